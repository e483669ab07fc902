#include "app/gui/NetworkServices.h"

#include "client/QtNetworkBackend.h"
#include "client/VendoClient.h"
#include "events/EventStream.h"
#include "jwt/JwksFetcher.h"
#include "jwt/JwtDecoder.h"
#include "jwt/SignatureVerifier.h"

#include <QCoreApplication>

#include <openssl/crypto.h>

namespace vendo::ui {

namespace {

// One profile's key set: a JwksFetcher (fetch, cache, refetch for an unknown kid) and the verifier.
class JwksSignatureChecker final : public QObject, public SignatureChecker
{
public:
    JwksSignatureChecker(QNetworkAccessManager *network, const QUrl &url, const jwt::Clock &clock, int timeoutMs,
                         std::function<void(const jwt::SignatureCheck &)> onChecked)
        : m_onChecked(std::move(onChecked))
    {
        jwt::JwksFetcher::Options options;
        options.timeoutMs = timeoutMs;
        m_fetcher = new jwt::JwksFetcher(network, url, clock, options, this);
        connect(m_fetcher, &jwt::JwksFetcher::resolved, this, &JwksSignatureChecker::onResolved);
    }

    void check(const QString &jwt) override
    {
        m_jwt = jwt;
        // May answer at once from the cache.
        m_fetcher->resolve(jwt::decode(jwt.toUtf8()).kid());
    }

    void keySet(std::function<void(std::optional<jwt::JwkSet>)> done) override
    {
        if (std::optional<jwt::JwkSet> cached = m_fetcher->cachedKeys()) {
            done(std::move(cached));
            return;
        }
        m_keySetWaiters.append(std::move(done));
        m_fetcher->resolve();
    }

private:
    void onResolved(const jwt::JwksResult &result)
    {
        for (const auto &done : std::exchange(m_keySetWaiters, {}))
            done(result.keys.isEmpty() ? std::nullopt : std::optional<jwt::JwkSet>(result.keys));
        if (m_jwt.isEmpty())
            return; // asked for the key set alone
        const jwt::DecodedJwt decoded = jwt::decode(m_jwt.toUtf8());
        if (!result.ok() && result.keys.isEmpty()) {
            jwt::SignatureCheck check;
            check.kid = decoded.kid();
            check.detail = QCoreApplication::translate("vendo::ui::InspectorSession",
                                                       "The key set at %1 could not be loaded: %2")
                               .arg(m_fetcher->url().toString(), result.message);
            m_onChecked(check);
            return;
        }
        m_onChecked(jwt::SignatureVerifier::verify(decoded, result.keys));
    }

    std::function<void(const jwt::SignatureCheck &)> m_onChecked;
    jwt::JwksFetcher *m_fetcher = nullptr;
    QString m_jwt;
    QList<std::function<void(std::optional<jwt::JwkSet>)>> m_keySetWaiters;
};

// The app's event stream: core/events' EventStream, its signals handed to the window's callbacks.
class StreamFeed final : public EventFeed
{
public:
    StreamFeed(const client::VendoClient &client, Callbacks callbacks)
        : m_stream(client.events({}))
    {
        QObject::connect(m_stream.get(), &events::EventStream::eventReceived, m_stream.get(),
                         [onEvent = std::move(callbacks.onEvent)](const events::StreamEvent &event) {
                             if (onEvent)
                                 onEvent(event);
                         });
        QObject::connect(m_stream.get(), &events::EventStream::statusChanged, m_stream.get(),
                         [onStatus = std::move(callbacks.onStatus)](const events::StreamStatus &status) {
                             if (onStatus)
                                 onStatus(status);
                         });
    }
    ~StreamFeed() override
    {
        // Closing the reply reports a status: the window that made this feed is being torn down.
        m_stream->disconnect();
        m_stream->stop();
    }

    void start() override { m_stream->start(); }
    void stop() override { m_stream->stop(); }
    const events::StreamStatus &status() const override { return m_stream->status(); }

private:
    std::unique_ptr<events::EventStream> m_stream;
};

} // namespace

NetworkServices::NetworkServices(QNetworkAccessManager *network)
    : m_network(network)
    , m_http(std::make_shared<const client::QtNetworkBackend>(network))
{ }

NetworkServices::~NetworkServices() = default;

std::shared_ptr<const client::HttpBackend> NetworkServices::http()
{
    return m_http;
}

std::unique_ptr<SignatureChecker>
NetworkServices::signatureChecker(const QUrl &jwksUrl, const jwt::Clock &clock, int timeoutMs,
                                  std::function<void(const jwt::SignatureCheck &)> onChecked)
{
    return std::make_unique<JwksSignatureChecker>(m_network, jwksUrl, clock, timeoutMs, std::move(onChecked));
}

std::unique_ptr<EventFeed> NetworkServices::eventFeed(const client::VendoClient &client, EventFeed::Callbacks callbacks)
{
    return std::make_unique<StreamFeed>(client, std::move(callbacks));
}

QString NetworkServices::openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace vendo::ui

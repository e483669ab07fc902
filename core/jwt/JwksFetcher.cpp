#include "jwt/JwksFetcher.h"

#include "jwt/UrlPolicy.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace vendo::jwt {

namespace {

// "a", "b", "c" and 4 more: a set may hold thousands of keys; a warning names a few.
QString kidList(const QStringList &kids)
{
    constexpr qsizetype kShown = 5;
    QStringList quoted;
    for (const QString &kid : kids.first(qMin(kids.size(), kShown)))
        quoted << QStringLiteral("\"%1\"").arg(kid);
    const QString shown = quoted.join(QStringLiteral(", "));
    return kids.size() <= kShown ? shown : JwksFetcher::tr("%1 and %2 more").arg(shown).arg(kids.size() - kShown);
}

// A JWKS URL serves public keys to anyone: private members or shared secrets there are a leak that
// lets whoever fetched them sign tokens (still usable for checking, so a warning, not a failure).
QStringList exposureWarnings(const QUrl &url, const QList<JwkSet::Exposure> &exposures)
{
    QStringList privateKids;
    QStringList members;
    QStringList symmetricKids;
    for (const JwkSet::Exposure &exposure : exposures) {
        if (exposure.symmetric) {
            symmetricKids << exposure.kid;
            continue;
        }
        privateKids << exposure.kid;
        for (const QString &member : exposure.privateMembers) {
            if (!members.contains(member))
                members << member;
        }
    }
    QStringList warnings;
    if (!privateKids.isEmpty())
        warnings << JwksFetcher::tr("The JWKS at %1 publishes private key members (%2) of key(s) %3: anyone who "
                                    "fetches it can sign tokens. Rotate these keys and publish public members only.")
                        .arg(url.toDisplayString(), members.join(QStringLiteral(", ")), kidList(privateKids));
    if (!symmetricKids.isEmpty())
        warnings << JwksFetcher::tr("The JWKS at %1 publishes symmetric (oct) key(s) %2: a shared secret at a URL "
                                    "lets anyone who fetches it sign HS* tokens. Rotate them and keep them private.")
                        .arg(url.toDisplayString(), kidList(symmetricKids));
    return warnings;
}

} // namespace

JwksFetcher::JwksFetcher(QNetworkAccessManager *network, const QUrl &url, const Clock &clock, Options options,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(url)
    , m_clock(clock)
    , m_options(options)
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<JwksResult>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        finishFetch(JwksResult::Error::Timeout,
                    tr("The JWKS at %1 did not answer within %2 s.")
                        .arg(m_url.toDisplayString())
                        .arg(m_options.timeoutMs / 1000.0),
                    0);
    });
}

JwksFetcher::JwksFetcher(QNetworkAccessManager *network, const QUrl &url, const Clock &clock, QObject *parent)
    : JwksFetcher(network, url, clock, Options {}, parent)
{ }

JwksFetcher::~JwksFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool JwksFetcher::cacheFresh() const
{
    return m_cache && m_clock.nowSecsSinceEpoch() - m_fetchedAt < m_options.cacheSeconds;
}

std::optional<JwkSet> JwksFetcher::cachedKeys() const
{
    return cacheFresh() ? m_cache : std::nullopt;
}

void JwksFetcher::clearCache()
{
    m_cache.reset();
    m_refetchedFor.clear();
}

void JwksFetcher::resolve(const QString &kid)
{
    const QString problem = insecureUrlProblem(m_url, QStringLiteral("JWKS"));
    if (!problem.isEmpty()) {
        emit resolved(JwksResult { kid, JwksResult::Error::InsecureUrl, problem, {}, false, 0 });
        return;
    }
    if (m_reply) {
        m_waiting.append(kid);
        return;
    }
    if (cacheFresh()) {
        const bool known = kid.isEmpty() || m_cache->containsKid(kid);
        // A kid the set lacks usually means the issuer rotated keys: fetch again, but only once per
        // kid, so a stream of tokens with a bogus kid cannot turn into a stream of requests.
        if (known || m_refetchedFor.contains(kid)) {
            emit resolved(JwksResult { kid, JwksResult::Error::None, {}, *m_cache, true, 0 });
            return;
        }
        m_refetchedFor.insert(kid);
    } else {
        m_refetchedFor.clear();
    }
    m_waiting.append(kid);
    startFetch();
}

void JwksFetcher::startFetch()
{
    ++m_fetchCount;
    m_body.clear();
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader("Accept", "application/jwk-set+json, application/json");
    m_reply = m_network->get(request);
    m_timer->start(m_options.timeoutMs);

    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_options.maxBytes)
            finishFetch(JwksResult::Error::TooLarge,
                        tr("The JWKS at %1 is %2 bytes; more than %3 bytes is not a key set.")
                            .arg(m_url.toDisplayString())
                            .arg(length.toLongLong())
                            .arg(m_options.maxBytes),
                        m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
    });
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        m_body += m_reply->read(m_options.maxBytes + 1 - m_body.size());
        if (m_body.size() > m_options.maxBytes)
            finishFetch(JwksResult::Error::TooLarge,
                        tr("The JWKS at %1 is larger than %2 bytes; that is not a key set.")
                            .arg(m_url.toDisplayString())
                            .arg(m_options.maxBytes),
                        m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
    });
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = m_reply->error();
        if (error == QNetworkReply::InsecureRedirectError || error == QNetworkReply::TooManyRedirectsError) {
            finishFetch(JwksResult::Error::CrossOriginRedirect,
                        tr("The JWKS at %1 redirects to another origin; keys are only taken from the URL given.")
                            .arg(m_url.toDisplayString()),
                        status);
            return;
        }
        if (status != 0 && status != 200) {
            finishFetch(JwksResult::Error::HttpStatus,
                        tr("The JWKS at %1 answered HTTP %2.").arg(m_url.toDisplayString()).arg(status), status);
            return;
        }
        if (error != QNetworkReply::NoError) {
            finishFetch(
                JwksResult::Error::Network,
                tr("The JWKS at %1 could not be fetched: %2").arg(m_url.toDisplayString(), m_reply->errorString()),
                status);
            return;
        }
        m_body += m_reply->readAll();
        if (m_body.size() > m_options.maxBytes) {
            finishFetch(JwksResult::Error::TooLarge,
                        tr("The JWKS at %1 is larger than %2 bytes; that is not a key set.")
                            .arg(m_url.toDisplayString())
                            .arg(m_options.maxBytes),
                        status);
            return;
        }
        auto set = JwkSet::fromJson(m_body);
        if (!set) {
            finishFetch(JwksResult::Error::Malformed,
                        tr("The JWKS at %1 is not usable: %2").arg(m_url.toDisplayString(), set.error().message),
                        status);
            return;
        }
        m_cache = std::move(set).value();
        m_cache->setWarnings(exposureWarnings(m_url, m_cache->exposures()));
        m_fetchedAt = m_clock.nowSecsSinceEpoch();
        finishFetch(JwksResult::Error::None, {}, status);
    });
}

void JwksFetcher::finishFetch(JwksResult::Error error, const QString &message, int status)
{
    m_timer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_body.clear();
    const QStringList waiting = std::exchange(m_waiting, {});
    for (const QString &kid : waiting) {
        JwksResult result { kid, error, message, {}, false, status };
        if (error == JwksResult::Error::None)
            result.keys = *m_cache;
        emit resolved(result);
    }
}

} // namespace vendo::jwt

// Compiled here, not in the library's bundle of moc output: a program that uses another class of
// this library does not link this one, nor the library it needs (QtNetwork, OpenSSL, QtKeychain).
#include "moc_JwksFetcher.cpp"

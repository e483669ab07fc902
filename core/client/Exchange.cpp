#include "client/Exchange.h"

#include "client/ClientConfig.h"

#include <QTimer>

namespace vendo::client {

namespace {

// An exchange that fails as soon as it starts: a client without a backend (VendoClient()), or a
// backend that cannot reach the network.
class UnavailableExchange final : public Exchange
{
public:
    UnavailableExchange(const QUrl &url, VendoError error, QObject *parent)
        : Exchange(parent)
        , m_error(std::move(error))
    {
        m_outcome.meta.url = url;
    }

    void start() override { failBeforeStart(m_error); }
    void abort() override
    {
        if (m_done)
            return;
        finishWith(VendoError::make(VendoError::Kind::Cancelled, Exchange::tr("The request was cancelled.")));
    }
    void failBeforeStart(const VendoError &error) override
    {
        QTimer::singleShot(0, this, [this, error] {
            if (!m_done)
                finishWith(error);
        });
    }

private:
    void finishWith(const VendoError &error)
    {
        m_done = true;
        m_outcome.error = error;
        emit done();
    }

    VendoError m_error;
    bool m_done = false;
};

} // namespace

Exchange::Exchange(QObject *parent)
    : QObject(parent)
{ }

Exchange *Exchange::create(std::shared_ptr<const ClientConfig> config, const QUrl &url, bool userBearer,
                           QObject *parent)
{
    if (const std::shared_ptr<const HttpBackend> http = config->http)
        return http->createExchange(std::move(config), url, userBearer, parent);
    return failing(url, VendoError::make(VendoError::Kind::Network, tr("No network access manager was given.")),
                   parent);
}

Exchange *Exchange::failing(const QUrl &url, const VendoError &error, QObject *parent)
{
    return new UnavailableExchange(url, error, parent);
}

} // namespace vendo::client

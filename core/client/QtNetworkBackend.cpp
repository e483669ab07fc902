#include "client/QtNetworkBackend.h"

#include "client/NetworkExchange.h"
#include "client/VendoClient.h"

namespace vendo::client {

QtNetworkBackend::QtNetworkBackend(QNetworkAccessManager *network)
    : m_network(network)
{ }

Exchange *QtNetworkBackend::createExchange(std::shared_ptr<const ClientConfig> config, const QUrl &url, bool userBearer,
                                           QObject *parent) const
{
    return new NetworkExchange(m_network, std::move(config), url, userBearer, parent);
}

VendoClient::VendoClient(QNetworkAccessManager *network, const Profile &profile, const QString &apiKey)
    : VendoClient(network ? std::make_shared<const QtNetworkBackend>(network) : nullptr, profile, apiKey)
{ }

} // namespace vendo::client

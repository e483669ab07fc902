#pragma once

#include "client/Exchange.h"

class QNetworkAccessManager;

namespace vendo::client {

// The HttpBackend over a QNetworkAccessManager, which must outlive every exchange made from it.
// VendoClient(QNetworkAccessManager *, ...) is defined beside it (QtNetworkBackend.cpp), so that
// only a program that builds clients that way links QtNetwork.
class QtNetworkBackend final : public HttpBackend
{
public:
    explicit QtNetworkBackend(QNetworkAccessManager *network);

    Exchange *createExchange(std::shared_ptr<const ClientConfig> config, const QUrl &url, bool userBearer,
                             QObject *parent) const override;
    QNetworkAccessManager *network() const { return m_network; }

private:
    QNetworkAccessManager *m_network;
};

} // namespace vendo::client

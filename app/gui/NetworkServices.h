#pragma once

#include "ui/window/Services.h"

class QNetworkAccessManager;

namespace vendo::ui {

// The Services over a QNetworkAccessManager (which must outlive it and every client and checker made
// from it): client::QtNetworkBackend, jwt::JwksFetcher with jwt::SignatureVerifier, events::EventStream
// and OpenSSL.
class NetworkServices final : public Services
{
public:
    explicit NetworkServices(QNetworkAccessManager *network);
    ~NetworkServices() override;

    std::shared_ptr<const client::HttpBackend> http() override;
    std::unique_ptr<SignatureChecker>
    signatureChecker(const QUrl &jwksUrl, const jwt::Clock &clock, int timeoutMs,
                     std::function<void(const jwt::SignatureCheck &)> onChecked) override;
    std::unique_ptr<EventFeed> eventFeed(const client::VendoClient &client, EventFeed::Callbacks callbacks) override;
    QString cryptoLibraryVersion() override { return openSslVersion(); }

    static QString openSslVersion();

private:
    QNetworkAccessManager *m_network;
    std::shared_ptr<const client::HttpBackend> m_http;
};

} // namespace vendo::ui

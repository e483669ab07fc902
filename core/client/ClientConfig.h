#pragma once

#include "client/Profile.h"
#include "client/RetryPolicy.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>

#include <chrono>

class QNetworkAccessManager;

namespace vendo::jwt {
class Clock;
}

namespace vendo::client {

class RequestLog;

// The immutable state behind a VendoClient value (internal to core/client).
struct ClientConfig
{
    QNetworkAccessManager *network = nullptr;
    Profile profile;
    QString apiKey;
    QString userJwt; // empty: not scoped
    QString apiVersion;
    IdentityTransport transport = IdentityTransport::Header;
    std::chrono::milliseconds timeout { 30'000 };
    RetryPolicy retry;
    QPointer<RequestLog> log;
    const jwt::Clock *clock = nullptr;

    // The headers every request carries; `userBearer` sends the JWT as the bearer (whoami as user).
    QList<QPair<QByteArray, QByteArray>> requestHeaders(bool userBearer) const;
    QStringList secrets() const; // for the log's last-line-of-defence scrub
};

} // namespace vendo::client

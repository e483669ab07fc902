#pragma once

#include "client/Profile.h"
#include "client/RetryPolicy.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>

#include <chrono>
#include <memory>

namespace vendo::jwt {
class Clock;
}

namespace vendo::client {

class HttpBackend;
class RequestLog;

// The immutable state behind a VendoClient value (internal to core/client).
struct ClientConfig
{
    std::shared_ptr<const HttpBackend> http; // nullptr: every exchange fails (no network)
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

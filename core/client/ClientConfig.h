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

// Which of the usual headers a request carries. The contract's set by default; the SDK lens narrows it
// to reproduce what one SDK version sends (docs/sdk-differences.md), e.g. token() without the user JWT.
struct HeaderShape
{
    bool userJwt = true; // X-Vendo-User-JWT (or the JWT as bearer) on a scoped client
    bool apiVersion = true; // Vendo-API-Version
    bool accept = true; // Accept: application/json

    bool operator==(const HeaderShape &) const = default;
};

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
    HeaderShape headerShape;
    std::chrono::milliseconds timeout { 30'000 };
    RetryPolicy retry;
    // tokens(): a slug the bulk answer left null is asked again singly for its reason; an SDK's
    // reproduction that does not ask again (TypeScript 1.3.1) turns this off.
    bool singlyAfterBulk = true;
    QPointer<RequestLog> log;
    const jwt::Clock *clock = nullptr;

    // The headers every request carries; `userBearer` sends the JWT as the bearer (whoami as user).
    QList<QPair<QByteArray, QByteArray>> requestHeaders(bool userBearer) const;
    QStringList secrets() const; // for the log's last-line-of-defence scrub
};

} // namespace vendo::client

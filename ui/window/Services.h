#pragma once

#include "jwt/JwkSet.h"
#include "jwt/SignatureCheck.h"
#include "ui/window/EventFeed.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace vendo::client {
class HttpBackend;
class VendoClient;
} // namespace vendo::client
namespace vendo::jwt {
class Clock;
}

namespace vendo::ui {

// Checks identity tokens' signatures against one key set (a profile's JWKS URL), fetched and cached.
class SignatureChecker
{
public:
    virtual ~SignatureChecker() = default;
    // Checks `jwt`; the checker's callback answers once for this call, possibly before it returns
    // when the key set is cached, always with the check of the token named last.
    virtual void check(const QString &jwt) = 0;
    // The whole key set, for a bulk audit (fetched, or from the cache): `done` answers once, with no
    // keys when they cannot be loaded. The default has none.
    virtual void keySet(std::function<void(std::optional<jwt::JwkSet>)> done) { done(std::nullopt); }
};

// What the window reaches the network and OpenSSL through (app/gui/NetworkServices, in vendo_gui_context):
// the widgets know no HTTP details, and no QtNetwork type.
class Services
{
public:
    virtual ~Services() = default;

    // What VendoClient sends its requests through.
    virtual std::shared_ptr<const client::HttpBackend> http() = 0;
    // A checker for the key set at `jwksUrl`; `onChecked` receives every answer.
    virtual std::unique_ptr<SignatureChecker>
    signatureChecker(const QUrl &jwksUrl, const jwt::Clock &clock, int timeoutMs,
                     std::function<void(const jwt::SignatureCheck &)> onChecked)
        = 0;
    // The live event stream of `client`'s app (its API key; never the user JWT), idle until started.
    virtual std::unique_ptr<EventFeed> eventFeed(const client::VendoClient &client, EventFeed::Callbacks callbacks) = 0;
    // "OpenSSL 3.0.x ..." for the About dialog.
    virtual QString cryptoLibraryVersion() = 0;
};

} // namespace vendo::ui

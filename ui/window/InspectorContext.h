#pragma once

#include "client/Profile.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

class QSettings;

namespace vendo::client {
class ProfileStore;
}
namespace vendo::jwt {
class Clock;
}
namespace vendo::secrets {
class SecretStore;
}

namespace vendo::ui {

class Services;

// A ready-made identity the "Sample identities" menu offers (sandbox mode).
struct SampleIdentity
{
    QString id; // stable: "valid", "expiring-soon", "expired", "not-yet-valid", "bad-signature", "no-connections"
    QString title; // translated menu text
    QString description; // translated tool tip
    std::function<QString()> mint; // a fresh token each time (a secret: never logged)
};

// A captured webhook delivery the Webhook panel's Samples menu offers (sandbox mode).
struct SampleDelivery
{
    QString id; // valid, tampered_body, stale_timestamp, wrong_secret, trailing_newline
    QString title; // translated menu text
    std::function<QByteArray()> capture; // signed now: request line, headers, blank line, body
};

// What the window is built from: everything that lives outside ui/ (network, secret store, clock,
// profiles) is handed in, so tests and the sandbox mode choose their own.
struct InspectorContext
{
    Services *services = nullptr; // required: the network, OpenSSL (see Services.h)
    secrets::SecretStore *secretStore = nullptr; // required
    // The profiles' webhook secrets (a store of kind SecretKind::WebhookSecret); nullptr: none.
    secrets::SecretStore *webhookSecretStore = nullptr;
    const jwt::Clock *clock = nullptr; // nullptr: the system clock
    QList<client::Profile> profiles; // empty: the built-in profiles
    QString initialProfileId; // empty: the first profile
    // Where custom profiles are saved (the settings file the CLI shares, see app/gui/WindowContext.cpp);
    // nullptr: the window offers no profile editing.
    client::ProfileStore *profileStore = nullptr;
    QList<SampleIdentity> samples; // non-empty in sandbox mode
    QList<SampleDelivery> webhookSamples; // non-empty in sandbox mode
    // Sandbox mode: changes a few seeded connections, so that the live events have something to show
    // (the screenshots, a demonstration). Empty otherwise.
    std::function<void()> playSampleEvents;
    QString storageNote; // shown beside the key status, e.g. "sandbox demo key"
    QSettings *settings = nullptr; // window geometry only (never a secret); nullptr: no persistence
    int jwksTimeoutMs = 10'000; // a key set that does not arrive in time leaves the signature unchecked
};

} // namespace vendo::ui

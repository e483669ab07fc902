#pragma once

#include "sandbox/EventSettings.h"
#include "sandbox/Fault.h"
#include "sandbox/SandboxError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace vendo::sandbox {

struct Tenant
{
    QString id;
    QString name;
    double balanceUsd = 0;
};

struct SandboxUser
{
    QString id; // the JWT `sub`
    QString email;
    QString tenantId;
    QString name;
    QString role = QStringLiteral("authenticated");
    QString description; // what this identity is for (shown by the GUI's "Sample identities" menu)
};

struct ScenarioApiKey
{
    enum class State { Active, Revoked, Expired };
    QString key;
    QString tenantId;
    State state = State::Active;
    QString label;
};

// Display data of a provider, merged into every connection of that slug. A slug that is not in the
// catalog is unknown to the service (404 provider_unknown).
struct Provider
{
    QString slug;
    QJsonObject fields; // display_name, category, base_url, logo_url, brand_color, docs_url
};

struct ScenarioConnection
{
    QString owner; // a user id (user-scoped) or a tenant id (the app's own connection)
    QString slug;
    QJsonObject fields; // the wire object without the provider's display fields
    bool revoked = false; // token calls answer 403 connection_revoked
    std::optional<qint64> tokenLifetimeSeconds = 3600; // nullopt: `expires_at: null`

    QString status() const { return fields.value(QStringLiteral("status")).toString(); }
    QString profile() const { return fields.value(QStringLiteral("profile")).toString(); }
};

class Scenario;
// A scenario, or the SandboxError (kind Scenario) that says which file and field is wrong.
using ScenarioLoad = SandboxResult<Scenario>;

// Everything a sandbox serves: tenants, users, keys, providers, connections, faults and settings.
// A plain value: copy it, tweak it in a test, hand it to SandboxServer.
class Scenario
{
public:
    QString name;
    QList<Tenant> tenants;
    QList<SandboxUser> users;
    QList<ScenarioApiKey> apiKeys;
    QList<Provider> providers;
    QList<ScenarioConnection> connections;
    QList<Fault> faults;
    EventSettings events; // pings, the timeline of connection changes, stream faults
    int latencyMs = 0; // added to every answer
    // The HMAC key of the sample webhook deliveries (VENDO_WEBHOOK_SECRET in --print-env). A
    // sandbox-only secret, like the seeded API keys.
    QString webhookSecret = QStringLiteral("whsec_sandbox_demo_7f3a9c1e5b2d4f6a8c0e2b4d");
    QByteArray signingKeyPem; // PKCS#8 EC P-256 private key; empty: a fresh key per server start
    QString signingKeyId; // kid; empty: derived from the key

    // The compiled-in default scenario (core/sandbox/scenarios/default.json).
    static Scenario defaults();
    static ScenarioLoad fromJson(const QByteArray &json, const QString &source = QString());
    static ScenarioLoad fromFile(const QString &fileName);

    const Tenant *tenant(const QString &id) const;
    const SandboxUser *user(const QString &id) const;
    const ScenarioApiKey *apiKey(const QString &key) const;
    const Provider *provider(const QString &slug) const;
    // The first active key; the sandbox's demo key.
    QString demoApiKey() const;
};

} // namespace vendo::sandbox

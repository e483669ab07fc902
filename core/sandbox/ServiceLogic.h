#pragma once

#include "sandbox/IdentityAuthority.h"
#include "sandbox/RecordedRequest.h"
#include "sandbox/Reply.h"
#include "sandbox/Scenario.h"
#include "sandbox/WebhookSamples.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <chrono>
#include <expected>
#include <functional>
#include <optional>
#include <variant>

namespace vendo::jwt {
class Clock;
}

namespace vendo::sandbox {

class EventHub;

// Who a request acts for, once its credentials were checked.
struct Caller
{
    QString tenantId; // the API key's tenant (app scope) or the user's tenant (user scope)
    QString userId; // empty: the app itself (no X-Vendo-User-JWT)
    QString clientKey; // identifies the client for "fail N times" counters (in memory only)
    // The app key the service embeds in connect / set-up links, as the real one does: the bearer when
    // it is a key, else the first active key of the caller's tenant.
    QString appKey;
};

// The request -> reply logic of the sandbox, without any I/O: routing, API key and identity
// checks, scoping, seeded data and fault selection. SandboxServer puts its replies on the wire.
class ServiceLogic
{
public:
    // The scenario is the live state: the admin API and the timeline change its connections.
    ServiceLogic(Scenario &scenario, const IdentityAuthority &identity);

    void setOrigin(const QString &origin) { m_origin = origin; }
    void setClock(const vendo::jwt::Clock *clock) { m_clock = clock; }
    void resetFaultCounters()
    {
        m_faultHits.clear();
        m_streamFaultHits.clear();
    }
    // Sends a sample webhook delivery to a URL (POST /sandbox/webhooks/deliver); SandboxServer's network.
    void setWebhookSender(std::function<void(const QUrl &url, const WebhookSample &sample)> sender)
    {
        m_sendWebhook = std::move(sender);
    }
    // Where connection changes are published and event streams counted (LiveEndpoints.cpp).
    void setEventHub(EventHub *hub) { m_events = hub; }

    // Applies a change to the connection `owner` has for `slug` and publishes the event it makes
    // (docs/sandbox.md "Live events"). The connection as the API lists it, or why not.
    SandboxResult<QJsonObject> changeConnection(const QString &owner, const QString &slug,
                                                const ConnectionChange &change);

    // `body` is the request body (used by the admin API's POST routes only).
    Reply handle(const RecordedRequest &request, const QByteArray &body);

    QString issuer() const { return m_origin + QStringLiteral("/auth/v1"); }
    static QString credentialsPrefix() { return QStringLiteral("/credentials"); }
    static QString jwksPath() { return QStringLiteral("/auth/v1/.well-known/jwks.json"); }

private:
    // Which error conventions an endpoint follows: the credentials service's coded error objects, or
    // the API's {"error":{"message"}} bodies.
    enum class Surface { Credentials, Api };

    Reply tokenEndpoint(const RecordedRequest &request, const QString &slug);
    Reply bulkEndpoint(const RecordedRequest &request);
    Reply connectionsEndpoint(const RecordedRequest &request);
    Reply balanceEndpoint(const RecordedRequest &request);
    Reply jwksEndpoint(const RecordedRequest &request);
    Reply adminEndpoint(const RecordedRequest &request, const QStringList &segments, const QByteArray &body);
    // LiveEndpoints.cpp: the event stream, and the admin routes that change connections and publish events.
    Reply eventsEndpoint(const RecordedRequest &request);
    Reply liveAdminEndpoint(const RecordedRequest &request, const QStringList &segments, const QByteArray &body);
    Reply webhookAdminEndpoint(const RecordedRequest &request, const QStringList &segments, const QByteArray &body);
    QString tenantOf(const QString &owner) const;

    std::expected<Caller, Reply> authenticate(const RecordedRequest &request, Surface surface) const;
    Reply authFailure(Surface surface, const QString &code, const QString &message) const;

    // The token answer for one slug in the caller's scope, ignoring slug faults.
    Reply tokenFor(const Caller &caller, const QString &slug) const;
    QJsonObject tokenObject(const QString &owner, const QString &slug, std::optional<qint64> lifetime) const;
    QJsonObject connectionObject(const ScenarioConnection &connection, const Caller &caller) const;
    // The SDK's connectUrl: {origin}/connections/connect/<slug>?app_key=<the caller's key>.
    QString connectUrl(const QString &slug, const Caller &caller) const;

    // Faults matching this endpoint/slug/caller, in scenario order; bumps the per-client counters of
    // the ones that fire. Latencies add up; the first with an error or transport decides the answer.
    struct FaultOutcome
    {
        std::chrono::milliseconds latency { 0 };
        const Fault *decisive = nullptr;
    };
    FaultOutcome fireFaults(FaultEndpoint endpoint, const QString &slug, const Caller &caller,
                            bool slugFaultsOnly = false);
    Reply faultReply(Fault fault, Reply normal, const Caller &caller) const;
    bool slugHasFault(const QString &slug) const;

    QDateTime now() const;
    QString expand(QString text) const;
    // expand(), and "{app_key}" replaced by the caller's app key.
    QString expandFor(QString text, const Caller &caller) const;
    // DNS rebinding: a page on another site that resolves its name to 127.0.0.1 reaches the sandbox
    // with its own name in Host. Only the sandbox's own loopback authority is served.
    bool isOwnHost(const QByteArray &host) const;

    Scenario &m_scenario;
    const IdentityAuthority &m_identity;
    const vendo::jwt::Clock *m_clock = nullptr;
    QString m_origin;
    QHash<QString, int> m_faultHits; // "<fault index>|<client key>" -> times fired
    QHash<int, int> m_streamFaultHits; // stream fault index -> streams it applied to
    EventHub *m_events = nullptr;
    std::function<void(const QUrl &, const WebhookSample &)> m_sendWebhook;
};

} // namespace vendo::sandbox

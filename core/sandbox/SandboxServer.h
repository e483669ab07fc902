#pragma once

#include "sandbox/MintOptions.h"
#include "sandbox/RecordedRequest.h"
#include "sandbox/Scenario.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>

class QHttpServer;
class QNetworkAccessManager;
class QHttpServerResponder;

namespace vendo::jwt {
class Clock;
}

namespace vendo::sandbox {

class EventHub;
class IdentityAuthority;
class ServiceLogic;
class ReplyWriter;

// A local Vendo-compatible service on loopback: the API (connections, balance), the credentials
// service mounted under /credentials on the same port, a JWKS, and a sandbox-only admin API under
// /sandbox/. Serves a Scenario (seeded tenants, users, connections and faults). See docs/sandbox.md.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(Scenario scenario = Scenario::defaults(), QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on `address` (loopback by default) and `port` (0: any free port). Fails with a Listen
    // error when the port is taken, or the SigningKey error when the signing key could not be created.
    SandboxResult<void> start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Closes the listening socket and abandons answers still pending (hangs, latency).
    void stop();
    bool isListening() const;
    quint16 port() const;

    QUrl baseUrl() const; // API origin: http://127.0.0.1:PORT
    QUrl credentialsUrl() const; // baseUrl() + "/credentials"
    QUrl jwksUrl() const; // baseUrl() + "/auth/v1/.well-known/jwks.json"
    QUrl issuer() const; // baseUrl() + "/auth/v1" (the `iss` of minted tokens)
    QString demoApiKey() const; // the scenario's first active API key (a sandbox-only secret)
    QString webhookSecret() const; // the scenario's webhook secret (a sandbox-only secret)

    const Scenario &scenario() const;
    QList<SandboxUser> users() const;
    QString keyId() const; // kid of the signing key in the JWKS
    QByteArray jwksJson() const; // the JWKS document served at jwksUrl()

    // A compact ES256 JWT for a seeded user, signed in-process (no HTTP).
    MintResult mintToken(const QString &userId, const MintOptions &options = {}) const;

    // Added to every answer, on top of the scenario's latency_ms and fault latencies.
    void setGlobalLatency(std::chrono::milliseconds latency);
    std::chrono::milliseconds globalLatency() const;

    // The time source for token lifetimes, JWT checks and HTTP-dates. Default: the system clock.
    // The clock must outlive the server.
    void setClock(const vendo::jwt::Clock *clock);

    // The live event streams (docs/sandbox.md "Live events"). The ping interval starts as the
    // scenario's events.ping_interval_ms.
    void setPingInterval(std::chrono::milliseconds interval);
    int eventStreamCount() const;
    // What the admin call POST /sandbox/connections/{owner}/{slug} does: the connection as the API now
    // lists it, or why not (no such connection, or the sandbox is not running).
    SandboxResult<QJsonObject> changeConnection(const QString &owner, const QString &slug,
                                                const ConnectionChange &change);

    // Test hooks: what arrived, and how often.
    QList<RecordedRequest> requestLog() const; // oldest first, at most 1000 entries
    int hitCount(const QString &path) const; // requests whose decoded path is exactly `path`
    int totalRequests() const;
    void clearRequestLog();
    // Forgets every "fail N times" counter, so flaky faults fail again from the start.
    void resetFaultCounters();

signals:
    // Emitted once per request, after its answer (or transport fault) was decided.
    void requestServed(const vendo::sandbox::RecordedRequest &request);

private:
    void onRequest(RecordedRequest request, const QByteArray &body, QHttpServerResponder &&responder);
    void record(const RecordedRequest &request);
    void startTimeline();

    Scenario m_scenario;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<IdentityAuthority> m_identity;
    std::unique_ptr<ServiceLogic> m_logic;
    std::unique_ptr<ReplyWriter> m_writer;
    std::unique_ptr<EventHub> m_events;
    std::unique_ptr<QNetworkAccessManager> m_network; // sample webhook deliveries, made on first use
    QList<QObject *> m_timeline; // the pending steps' timers (children of this), stopped by stop()
    const vendo::jwt::Clock *m_clock;
    std::chrono::milliseconds m_globalLatency { 0 };
    quint16 m_port = 0;
    std::optional<SandboxError> m_setupError; // the signing key could not be created
    QList<RecordedRequest> m_log;
    QHash<QString, int> m_hits;
    int m_total = 0;
};

} // namespace vendo::sandbox

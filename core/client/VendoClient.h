#pragma once

#include "client/HeaderBlock.h"
#include "client/Profile.h"
#include "client/Responses.h"
#include "client/Result.h"
#include "client/RetryPolicy.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace vendo::jwt {
class Clock;
}

namespace vendo::events {
class EventStream;
struct EventStreamOptions;
} // namespace vendo::events

namespace vendo::client {

class ConnectionsJob;
class HttpBackend;
class RequestLog;
class TokenJob;
class TokensJob;
class WhoamiJob;
struct ClientConfig;
struct HeaderShape;

// The scoped Vendo client, behaving like the official SDKs' clients (docs/service-contract.md). An immutable value:
// every `with...`/`for...` returns a new client and leaves this one untouched. Copies share the
// HTTP backend (its QNetworkAccessManager) and the RequestLog, which must outlive every job started
// from them.
class VendoClient
{
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout { 30'000 };

    // `apiKey` may be empty: then every operation and scoping answers VendoOnlyFeature.
    VendoClient(std::shared_ptr<const HttpBackend> http, const Profile &profile, const QString &apiKey);
    // Over a QtNetworkBackend of `network` (defined in QtNetworkBackend.cpp).
    VendoClient(QNetworkAccessManager *network, const Profile &profile, const QString &apiKey);
    // An unconfigured client (production profile, no key, no network): every operation fails with
    // VendoOnlyFeature. Lets holders keep a client member before a profile is chosen.
    VendoClient();

    VendoClient withApiVersion(const QString &apiVersion) const;
    VendoClient withIdentityTransport(IdentityTransport transport) const;
    VendoClient withTimeout(std::chrono::milliseconds timeout) const;
    VendoClient withRetryPolicy(const RetryPolicy &policy) const;
    VendoClient withRequestLog(RequestLog *log) const; // nullptr: no log
    VendoClient withClock(const jwt::Clock *clock) const; // for Retry-After dates; nullptr: system clock
    // Sends only the headers `shape` keeps (the SDK lens's reproductions); the contract's set by default.
    VendoClient withHeaderShape(const HeaderShape &shape) const;
    VendoClient withSinglyAfterBulk(bool askAgain) const; // tokens(): see ClientConfig::singlyAfterBulk

    // A new client scoped to one end user. VendoOnlyFeature without an API key, IdentityNotPresent for
    // an empty/whitespace JWT, InvalidInput for one too long to be a header; no client-side validation.
    Result<VendoClient> forUser(const QString &jwt) const;
    // forUser(trimmed X-Vendo-User-JWT), looked up case-insensitively.
    Result<VendoClient> forRequest(const HeaderList &headers) const;
    Result<VendoClient> forRequest(const QMap<QString, QString> &headers) const;
    Result<VendoClient> forRequest(const QList<QPair<QByteArray, QByteArray>> &headers) const;
    // A pasted header block / curl command / HAR; `requestIndex` picks one of several requests.
    Result<VendoClient> forRequest(const QByteArray &headerBlock, qsizetype requestIndex = 0) const;

    // Operations. Each returns a running job that reports through its `finished` signal; `parent`
    // owns it if given, otherwise it deletes itself after reporting.
    TokenJob *token(const QString &slug, QObject *parent = nullptr) const;
    TokensJob *tokens(const QStringList &slugs, QObject *parent = nullptr) const;
    ConnectionsJob *connections(bool sandbox = false, QObject *parent = nullptr) const;
    // As::User needs a scoped client (IdentityNotPresent otherwise).
    WhoamiJob *whoami(Identity::As as = Identity::As::App, QObject *parent = nullptr) const;
    // The live event stream of this client's app (its key, never the user JWT), over the client's
    // QNetworkAccessManager, with its timeout, API version, request log and clock. Returned idle:
    // connect its signals, then start(). Defined in core/events (ClientEvents.cpp), so that only a
    // program that streams events links vendo_events; the dependency stays events -> client.
    events::EventStream *events(const events::EventStreamOptions &options, QObject *parent = nullptr) const;

    bool hasApiKey() const;
    bool isScoped() const;
    const Profile &profile() const;
    QString apiVersion() const;
    IdentityTransport identityTransport() const;
    const HeaderShape &headerShape() const;
    std::chrono::milliseconds timeout() const;
    const RetryPolicy &retryPolicy() const;
    RequestLog *requestLog() const;
    QString apiKeyPrefix() const; // the 12-character display prefix, empty without a key
    QString redactedJwt() const; // header.payload.<signature redacted>, empty when not scoped
    // The API key and the identity token, for LiveSecrets (never for display).
    QStringList secrets() const;

    // The request headers an operation would send, redacted, for display ("what will be sent").
    QList<QPair<QString, QString>> redactedRequestHeaders(bool asUserBearer = false) const;

private:
    explicit VendoClient(std::shared_ptr<const ClientConfig> config);
    template<typename Change> VendoClient changed(Change change) const;

    std::shared_ptr<const ClientConfig> m_config;
};

} // namespace vendo::client

#pragma once

#include "client/VendoClient.h"
#include "sdk/SdkTable.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrl>

#include <optional>

namespace vendo::sdk {

// What the lens needs to know about the case: where the service is, the key and the identity.
struct RequestContext
{
    QUrl apiBase; // origin, e.g. https://vendo.run
    QUrl credentialsBase; // e.g. https://credentials.vendo.run
    QString apiKey; // empty: none configured
    QString userJwt; // empty: the client is not scoped
    QStringList slugs; // token(): the first; tokens(): all
    bool apiKeyInEnvironment = true; // whether VENDO_API_KEY is set where the customer's code runs
};

// The request an SDK sends for an operation, secrets included (redact before showing).
struct PredictedRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    int attempts = 1;
    int timeoutMs = 0; // 0: the SDK sets none
    // Aspects this SDK's sources do not document: the contract's value stands in, and the lens says so.
    QList<Aspect> assumedFromContract;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    bool hasHeader(const QByteArray &name) const;
};

// What an SDK raises, or returns, before or instead of a request.
struct Raised
{
    QString className; // "AuthError", "NotConnected", ...; empty when nothing is raised
    QString code;
    QString raisedBy; // "construction", "scoping", "token()"
    bool assumedFromContract = false;
};

// The request `sdk` sends for `operation` (Token, Tokens, Connections, Whoami, Events), or what it
// raises instead (token() outside Vendo mode).
struct Prediction
{
    std::optional<PredictedRequest> request;
    Raised raised;
};
Prediction predict(Sdk sdk, Operation operation, const RequestContext &context);

// forUser(jwt) / forRequest(headers). `headerValue` is X-Vendo-User-JWT as the headers carry it
// (nullopt: absent). Nothing raised means a scoped client; `scopedJwt` is what it will send.
struct ScopingPrediction
{
    Raised raised;
    QString scopedJwt;
};
ScopingPrediction predictScoping(Sdk sdk, Operation operation, bool hasApiKey,
                                 const std::optional<QString> &headerValue);

// The class `sdk` raises for an error answer.
Raised predictError(Sdk sdk, int httpStatus, const QByteArray &codeHeader, const QByteArray &body);

// Until when `sdk` would serve a token fetched at `fetchedAt` from its in-process cache instead of
// asking the service again; nullopt when it keeps no cache (or it is not documented).
std::optional<QDateTime> cachedUntil(Sdk sdk, const QDateTime &fetchedAt, const std::optional<QDateTime> &expiresAt);

// One way `sdk` departs from the contract.
struct Difference
{
    Operation operation;
    Aspect aspect;
    Value contract;
    std::optional<Value> sdk; // nullopt: not documented for this SDK
    QString explanation; // translated; for "not documented", says so
    QString source;
};
// Every difference for `operation` (all operations when nullopt), in table order.
QList<Difference> differences(Sdk sdk, std::optional<Operation> operation = std::nullopt);

// "Reproduce as <SDK>": a client that sends what `sdk` sends for `operation` (its headers, API version,
// attempts and backoff), through the inspector's own client, so that every safety rule still holds.
struct Reproduction
{
    std::optional<client::VendoClient> client; // nullopt: this operation cannot be reproduced
    QString whyNot; // translated, when `client` is nullopt
    // The SDK sets no timeout; the reproduction keeps the client's, since it must end.
    bool sdkWaitsForever = false;
    QList<Aspect> assumedFromContract;
};
Reproduction reproduce(Sdk sdk, Operation operation, const client::VendoClient &client);

} // namespace vendo::sdk

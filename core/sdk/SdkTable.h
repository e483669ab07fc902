#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace vendo::sdk {

// The SDK whose behaviour the inspector shows or reproduces. `Contract` is the documented service
// contract (docs/service-contract.md), the default and the reference every SDK is compared with.
enum class Sdk { Contract, TypeScript_1_3_1, Python_1_2_0, Swift_1_0_0 };

// What a row of an SDK's table is about.
enum class Operation {
    Construction, // creating the client
    ForUser, // forUser(jwt) / for_user(jwt)
    ForRequest, // forRequest(headers) / for_request(headers)
    Token, // token(slug)
    Tokens, // tokens(slugs), the bulk endpoint
    Connections, // connections.list()
    Whoami, // the balance endpoint as "who am I"
    Errors, // how an error answer becomes a class
    Events, // events.subscribe()
    Webhooks, // webhooks.verify()
};

// One fact about one operation. The value's type is fixed per aspect (see SdkTable.cpp's header).
enum class Aspect {
    SendsAuthorization, // bool
    SendsUserJwt, // bool: X-Vendo-User-JWT on a scoped client's request
    ApiVersion, // QString: the Vendo-API-Version sent; empty: not sent
    Accept, // QString: the Accept sent; empty: not sent
    UserAgent, // QString: the User-Agent sent; empty: the HTTP library's own
    Path, // QString: "{api}/..." or "{credentials}/..." with {slug} / {slugs}
    Attempts, // int
    BackoffBaseMs, // int
    BackoffCapMs, // int
    Jitter, // QString: "additive" (0 to +25 %) or "symmetric" (±25 %)
    TimeoutMs, // int; 0: no timeout at all
    RetriesOn429, // bool
    CacheFreshMarginS, // int: a cached token is served while expires_at is further away than this
    CacheNullExpiryS, // int: how long a token with expires_at null stays cached
    VendoModeFrom, // QString: "key" (the configured key) or "env" (the VENDO_API_KEY variable)
    NoKeyClass, // QString: the class raised without an API key
    NoKeyCode, // QString: its code
    NoKeyRaisedBy, // QString: "construction", "scoping"
    TrimsJwt, // bool
    UnknownCodeClass, // QString: the class for a code the SDK does not know
    KnowsLegacyCodes, // bool: older spellings (not_connected, ...) get their class
    NetworkFailure, // QString: what a network failure raises once attempts are spent
    SendsLastEventId, // bool
    HonoursRetryField, // bool: the SSE retry: field sets the reconnect delay
    DetectsDeadStream, // bool: 60 s without a ping is a dead stream
    ErrorAnswerRaises, // QString: what a non-200 stream answer does
    NonHexSignature, // QString: "not hex" or "mismatch"
    TrimsEnvSecret, // bool
    AsksSinglyAfterBulk, // bool: tokens() asks again with a single request for a slug the bulk answer left null
};

using Value = std::variant<bool, int, QString>;

// A fact with where it comes from, and what it means for a support case when it differs from the
// contract (empty for the contract's own rows).
struct Row
{
    Operation operation;
    Aspect aspect;
    Value value;
    const char *source = ""; // "src/_client.ts:169-172", "documentation", "docs/service-contract.md: Errors"
    // What the difference means for a support case, one line; empty for the contract's own rows.
    // Marked with QT_TRANSLATE_NOOP("vendo::sdk", ...): translate with explanationText().
    const char *explanation = "";
};

// How much of an SDK's behaviour is known, and from what.
enum class Basis { Contract, SourceCode, Documentation };

struct SdkInfo
{
    Sdk sdk;
    QString key; // "contract", "ts-1.3.1", "python-1.2", "swift-1.0": the CLI's --sdk values
    QString name; // "TypeScript 1.3.1"
    Basis basis;
    QString sourceNote; // "runvendo/vendo-sdk-js at 5810e45", "public documentation only"
};

const SdkInfo &info(Sdk sdk);
QList<Sdk> allSdks();
std::optional<Sdk> sdkFromKey(const QString &key);
QStringList sdkKeys();

// Every row of the SDK's table.
const QList<Row> &table(Sdk sdk);
// The SDK's row for (operation, aspect); nullopt: the SDK's sources say nothing (not documented).
std::optional<Row> find(Sdk sdk, Operation operation, Aspect aspect);

QString operationName(Operation operation); // "token()", "forRequest()", ...
QString aspectName(Aspect aspect); // translated, e.g. "sends X-Vendo-User-JWT"
QString explanationText(const Row &row); // the row's explanation, translated
QString valueText(const Value &value); // "yes", "no", "30000", "2026-05-02", "(not sent)"

} // namespace vendo::sdk

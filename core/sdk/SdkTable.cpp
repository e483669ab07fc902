#include "sdk/SdkTable.h"

#include <QCoreApplication>

// One table per SDK; every row names its source. docs/sdk-differences.md is the same table for people.
// A row an SDK's table lacks is "not documented": the lens says so instead of guessing.

namespace vendo::sdk {

namespace {

using enum Operation;
using enum Aspect;

constexpr const char *kContract = "docs/service-contract.md";

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

// The documented contract: what the other tables are compared with.
QList<Row> contractTable()
{
    const char *scoping = "docs/service-contract.md: Scoping a client to one end user";
    const char *client = "docs/service-contract.md: How the SDKs behave as clients";
    const char *errors = "docs/service-contract.md: Errors";
    const char *events = "docs/service-contract.md: Live events";
    const char *webhooks = "docs/service-contract.md: Webhooks";
    QList<Row> rows {
        { Construction, VendoModeFrom, s("key"), kContract },
        { ForUser, NoKeyClass, s("VendoOnlyFeature"), scoping },
        { ForUser, NoKeyCode, s("vendo_only_feature"), scoping },
        { ForUser, NoKeyRaisedBy, s("scoping"), scoping },
        { ForUser, TrimsJwt, false, scoping },
        { ForRequest, NoKeyClass, s("VendoOnlyFeature"), scoping },
        { ForRequest, NoKeyCode, s("vendo_only_feature"), scoping },
        { ForRequest, NoKeyRaisedBy, s("scoping"), scoping },
        { ForRequest, TrimsJwt, true, scoping },
        { Errors, UnknownCodeClass, s("VendoError"), errors },
        { Errors, KnowsLegacyCodes, true, errors },
        { Errors, NetworkFailure, s("VendoError (upstream_error)"), errors },
        { Token, Path, s("{credentials}/{slug}"), "docs/service-contract.md: A provider token" },
        { Token, VendoModeFrom, s("key"), kContract },
        { Token, CacheFreshMarginS, 60, client },
        { Token, CacheNullExpiryS, 50 * 60, client },
        { Tokens, Path, s("{credentials}/_bulk?slugs={slugs}"), "docs/service-contract.md: Several tokens" },
        // A null in the bulk answer has no reason; the single request gives it (the inspector's own probe).
        { Tokens, AsksSinglyAfterBulk, true, "docs/service-contract.md: Several tokens" },
        { Connections, Path, s("{api}/api/deployments/me/connections"), "docs/service-contract.md: Connections" },
        { Whoami, Path, s("{api}/api/v1/balance"), "docs/service-contract.md: Who am I" },
        { Events, Path, s("{api}/api/deployments/me/events"), events },
        { Events, SendsAuthorization, true, events },
        { Events, SendsUserJwt, false, events },
        { Events, Accept, s("text/event-stream"), events },
        { Events, BackoffBaseMs, 1000, events },
        { Events, BackoffCapMs, 30'000, events },
        { Events, Jitter, s("symmetric"), events },
        { Events, SendsLastEventId, true, events },
        { Events, HonoursRetryField, true, events },
        { Events, DetectsDeadStream, true, events },
        { Events, ErrorAnswerRaises, s("the error's class"), events },
        { Webhooks, NonHexSignature, s("not hex"), webhooks },
        { Webhooks, TrimsEnvSecret, false, webhooks },
    };
    // Every request operation sends the same headers and retries the same way.
    for (const Operation op : { Token, Tokens, Connections, Whoami }) {
        rows.append({ op, SendsAuthorization, true, scoping });
        rows.append({ op, SendsUserJwt, true, scoping });
        rows.append({ op, ApiVersion, s("2026-05-07"), scoping });
        rows.append({ op, Accept, s("application/json"), scoping });
        rows.append({ op, Attempts, 3, client });
        rows.append({ op, BackoffBaseMs, 500, client });
        rows.append({ op, BackoffCapMs, 10'000, client });
        rows.append({ op, Jitter, s("additive"), client });
        rows.append({ op, TimeoutMs, 30'000, client });
        rows.append({ op, RetriesOn429, false, client });
    }
    return rows;
}

// TypeScript @vendodev/sdk 1.3.1, read from runvendo/vendo-sdk-js at 5810e45.
QList<Row> typeScriptTable()
{
    QList<Row> rows {
        { Construction, VendoModeFrom, s("key"), "src/_client.ts:42" },
        { ForUser, NoKeyClass, s("AuthError"), "src/_client.ts:42-48",
          QT_TRANSLATE_NOOP("vendo::sdk",
                            "Without a key the constructor throws AuthError (app_unknown): forUser() is never reached, "
                            "so the customer sees AuthError, not VendoOnlyFeature.") },
        { ForUser, NoKeyCode, s("app_unknown"), "src/_client.ts:42-48",
          QT_TRANSLATE_NOOP("vendo::sdk", "The code is app_unknown, as for an unknown key.") },
        { ForUser, NoKeyRaisedBy, s("construction"), "src/_client.ts:42-48",
          QT_TRANSLATE_NOOP("vendo::sdk", "The error comes from new Vendo(), before any scoping call.") },
        { ForUser, TrimsJwt, false, "src/_client.ts:99-130" },
        { ForRequest, NoKeyClass, s("AuthError"), "src/_client.ts:42-48, 133",
          QT_TRANSLATE_NOOP("vendo::sdk",
                            "Without a key the constructor throws AuthError (app_unknown) before forRequest() runs.") },
        { ForRequest, NoKeyCode, s("app_unknown"), "src/_client.ts:42-48",
          QT_TRANSLATE_NOOP("vendo::sdk", "The code is app_unknown, as for an unknown key.") },
        { ForRequest, NoKeyRaisedBy, s("construction"), "src/_client.ts:42-48",
          QT_TRANSLATE_NOOP("vendo::sdk", "The error comes from new Vendo(), before forRequest() runs.") },
        { ForRequest, TrimsJwt, true, "src/_client.ts:265-282" },
        { Errors, UnknownCodeClass, s("VendoError"), "src/errors.ts:153" },
        { Errors, KnowsLegacyCodes, false, "src/errors.ts:111-127",
          QT_TRANSLATE_NOOP("vendo::sdk",
                            "Older spellings (not_connected, needs_reauth, ...) are not in its table: they raise the "
                            "base VendoError.") },
        { Errors, NetworkFailure, s("VendoError (upstream_error)"), "src/_http.ts:124-131" },

        // Scoped API calls go through its HTTP adapter, close to the contract.
        { Connections, Path, s("{api}/api/deployments/me/connections"), "src/connections.ts" },
        { Whoami, Path, s("{api}/api/billing/balance"), "src/billing.ts",
          QT_TRANSLATE_NOOP("vendo::sdk",
                            "The SDK has no who-am-I: billing.balance() calls /api/billing/balance, another endpoint "
                            "with other fields.") },

        // token(): a plain fetch with the key alone.
        { Token, Path, s("{credentials}/{slug}"), "src/_client.ts:151-155, 168" },
        { Token, VendoModeFrom, s("env"), "src/_client.ts:165",
          QT_TRANSLATE_NOOP("vendo::sdk",
                            "Vendo mode is decided by the VENDO_API_KEY environment variable, not the key given to the "
                            "constructor: without the variable token() looks for a BYOK variable and raises "
                            "NotConnected (binding_missing).") },
        { Token, SendsAuthorization, true, "src/_client.ts:169-172" },
        { Token, SendsUserJwt, false, "src/_client.ts:169-172",
          QT_TRANSLATE_NOOP(
              "vendo::sdk",
              "token() sends no X-Vendo-User-JWT: a client scoped with forUser() still gets the app's own "
              "connection, not the user's (wrong account, or NotConnected for this user).") },
        { Token, ApiVersion, QString(), "src/_client.ts:169-172",
          QT_TRANSLATE_NOOP("vendo::sdk",
                            "token() sends no Vendo-API-Version: the service's default version answers.") },
        { Token, Accept, QString(), "src/_client.ts:169-172",
          QT_TRANSLATE_NOOP("vendo::sdk", "token() sends no Accept header.") },
        { Token, UserAgent, QString(), "src/_client.ts:169-172" },
        { Token, Attempts, 1, "src/_client.ts:169",
          QT_TRANSLATE_NOOP("vendo::sdk",
                            "token() makes one attempt: a 502/503 that the contract retries fails at once.") },
        { Token, TimeoutMs, 0, "src/_client.ts:169",
          QT_TRANSLATE_NOOP("vendo::sdk", "token() sets no timeout: a service that never answers hangs the call.") },
        { Token, RetriesOn429, false, "src/_client.ts:169" },
        { Token, CacheFreshMarginS, 60, "src/_client.ts:166-167" },
        { Token, CacheNullExpiryS, 50 * 60, "src/_client.ts:179" },

        { Tokens, Path, s("{credentials}/_bulk?slugs={slugs}"), "src/_client.ts:222" },
        { Tokens, SendsAuthorization, true, "src/_client.ts:223-226" },
        { Tokens, SendsUserJwt, false, "src/_client.ts:223-226",
          QT_TRANSLATE_NOOP("vendo::sdk", "tokens() sends no X-Vendo-User-JWT either: the app's bindings answer.") },
        { Tokens, ApiVersion, QString(), "src/_client.ts:223-226",
          QT_TRANSLATE_NOOP("vendo::sdk", "tokens() sends no Vendo-API-Version.") },
        { Tokens, Accept, QString(), "src/_client.ts:223-226",
          QT_TRANSLATE_NOOP("vendo::sdk", "tokens() sends no Accept header.") },
        { Tokens, UserAgent, QString(), "src/_client.ts:223-226" },
        { Tokens, Attempts, 1, "src/_client.ts:223",
          QT_TRANSLATE_NOOP("vendo::sdk",
                            "tokens() makes one attempt: a failed bulk request throws; a slug it could not resolve "
                            "comes back null.") },
        { Tokens, TimeoutMs, 0, "src/_client.ts:223", QT_TRANSLATE_NOOP("vendo::sdk", "tokens() sets no timeout.") },
        { Tokens, RetriesOn429, false, "src/_client.ts:223" },
        { Tokens, AsksSinglyAfterBulk, false, "src/_client.ts:232-237",
          QT_TRANSLATE_NOOP(
              "vendo::sdk",
              "tokens() returns the bulk answer's null as it is: the customer's code never learns why.") },

        { Events, Path, s("{api}/api/deployments/me/events"), "src/events.ts:34" },
        { Events, SendsAuthorization, true, "src/events.ts:37-43" },
        { Events, SendsUserJwt, false, "src/events.ts:37-43" },
        { Events, Accept, s("text/event-stream"), "src/events.ts:37-43" },
        { Events, ApiVersion, QString(), "src/events.ts:37-43" },
        { Events, BackoffBaseMs, 1000, "src/events.ts:20" },
        { Events, BackoffCapMs, 30'000, "src/events.ts:19" },
        { Events, Jitter, s("additive"), "src/events.ts:96-104",
          QT_TRANSLATE_NOOP(
              "vendo::sdk",
              "Reconnect delays only grow by up to 25 %, and a stream that ends cleanly reconnects at once.") },
        { Events, SendsLastEventId, false, "src/events.ts:56, 76",
          QT_TRANSLATE_NOOP("vendo::sdk",
                            "Reconnects send no Last-Event-ID: events that happened during a drop are lost.") },
        { Events, HonoursRetryField, false, "src/events.ts:77-80",
          QT_TRANSLATE_NOOP(
              "vendo::sdk",
              "The server's retry: field is passed to the caller but does not change the reconnect delay.") },
        { Events, DetectsDeadStream, false, "src/events.ts",
          QT_TRANSLATE_NOOP("vendo::sdk", "A stream that stops sending pings is not noticed: the SDK waits forever.") },
        { Events, ErrorAnswerRaises, s("a plain Error, then reconnects forever"), "src/events.ts:45-47, 96-104",
          QT_TRANSLATE_NOOP("vendo::sdk",
                            "A 401 or a 429 (stream limit) is not raised as its class: the SDK logs a plain Error and "
                            "keeps reconnecting.") },

        { Webhooks, NonHexSignature, s("mismatch"), "src/webhooks.ts:80-88",
          QT_TRANSLATE_NOOP("vendo::sdk",
                            "A signature that is not hex is reported as a mismatch (Node's hex decoder does not fail); "
                            "upper-case hex is accepted.") },
        { Webhooks, TrimsEnvSecret, true, "src/webhooks.ts:48",
          QT_TRANSLATE_NOOP("vendo::sdk",
                            "VENDO_WEBHOOK_SECRET is trimmed, so a secret with a trailing newline still verifies.") },
    };
    for (const Operation op : { Connections, Whoami }) {
        rows.append({ op, SendsAuthorization, true, "src/_http.ts:102-108" });
        rows.append({ op, SendsUserJwt, true, "src/_http.ts:108" });
        rows.append({ op, ApiVersion, s("2026-05-02"), "src/_http.ts:35",
                      QT_TRANSLATE_NOOP("vendo::sdk", "The SDK asks for API version 2026-05-02, not 2026-05-07.") });
        rows.append({ op, Accept, s("application/json"), "src/_http.ts:104" });
        rows.append({ op, UserAgent, s("@vendodev/sdk/0.1.0"), "src/_http.ts:36" });
        rows.append({ op, Attempts, 3, "src/_http.ts:10-15" });
        rows.append({ op, BackoffBaseMs, 500, "src/_http.ts:12" });
        rows.append({ op, BackoffCapMs, 10'000, "src/_http.ts:13" });
        rows.append({ op, Jitter, s("additive"), "src/_http.ts:158-163" });
        rows.append({ op, TimeoutMs, 30'000, "src/_http.ts:53" });
        rows.append({ op, RetriesOn429, false, "src/_http.ts:145-150" });
    }
    return rows;
}

// Python vendo 1.2.0: its documentation only.
QList<Row> pythonTable()
{
    const char *docs = "Python SDK documentation";
    QList<Row> rows {
        { ForUser, NoKeyClass, s("VendoOnlyFeature"), docs },
        { ForUser, NoKeyCode, s("vendo_only_feature"), docs },
        { ForUser, NoKeyRaisedBy, s("scoping"), docs },
        { ForRequest, NoKeyClass, s("VendoOnlyFeature"), docs },
        { ForRequest, NoKeyCode, s("vendo_only_feature"), docs },
        { ForRequest, NoKeyRaisedBy, s("scoping"), docs },
    };
    for (const Operation op : { Token, Tokens, Connections, Whoami })
        rows.append({ op, SendsUserJwt, true, docs });
    return rows;
}

// Swift Vendo 1.0.0: its documentation only.
QList<Row> swiftTable()
{
    const char *docs = "Swift SDK documentation";
    QList<Row> rows;
    for (const Operation op : { Token, Tokens, Connections, Whoami }) {
        rows.append({ op, SendsUserJwt, true, docs });
        rows.append({ op, ApiVersion, s("2026-05-07"), docs });
    }
    return rows;
}

} // namespace

const SdkInfo &info(Sdk sdk)
{
    static const QList<SdkInfo> infos {
        { Sdk::Contract, s("contract"), QCoreApplication::translate("vendo::sdk", "Documented contract"),
          Basis::Contract, s("docs/service-contract.md") },
        { Sdk::TypeScript_1_3_1, s("ts-1.3.1"), s("TypeScript 1.3.1"), Basis::SourceCode,
          s("runvendo/vendo-sdk-js at 5810e45") },
        { Sdk::Python_1_2_0, s("python-1.2"), s("Python 1.2.0"), Basis::Documentation,
          QCoreApplication::translate("vendo::sdk", "public documentation only") },
        { Sdk::Swift_1_0_0, s("swift-1.0"), s("Swift 1.0.0"), Basis::Documentation,
          QCoreApplication::translate("vendo::sdk", "public documentation only") },
    };
    return infos.at(static_cast<int>(sdk));
}

QList<Sdk> allSdks()
{
    return { Sdk::Contract, Sdk::TypeScript_1_3_1, Sdk::Python_1_2_0, Sdk::Swift_1_0_0 };
}

std::optional<Sdk> sdkFromKey(const QString &key)
{
    for (const Sdk sdk : allSdks()) {
        if (info(sdk).key.compare(key, Qt::CaseInsensitive) == 0)
            return sdk;
    }
    return std::nullopt;
}

QStringList sdkKeys()
{
    QStringList keys;
    for (const Sdk sdk : allSdks())
        keys << info(sdk).key;
    return keys;
}

const QList<Row> &table(Sdk sdk)
{
    static const QList<Row> tables[] = { contractTable(), typeScriptTable(), pythonTable(), swiftTable() };
    return tables[static_cast<int>(sdk)];
}

std::optional<Row> find(Sdk sdk, Operation operation, Aspect aspect)
{
    for (const Row &row : table(sdk)) {
        if (row.operation == operation && row.aspect == aspect)
            return row;
    }
    return std::nullopt;
}

QString operationName(Operation operation)
{
    switch (operation) {
    case Construction:
        return s("new Vendo()");
    case ForUser:
        return s("forUser()");
    case ForRequest:
        return s("forRequest()");
    case Token:
        return s("token()");
    case Tokens:
        return s("tokens()");
    case Connections:
        return s("connections.list()");
    case Whoami:
        return QCoreApplication::translate("vendo::sdk", "who am I (balance)");
    case Errors:
        return QCoreApplication::translate("vendo::sdk", "error answers");
    case Events:
        return s("events.subscribe()");
    case Webhooks:
        return s("webhooks.verify()");
    }
    return {};
}

QString aspectName(Aspect aspect)
{
    const char *name = "";
    switch (aspect) {
    case SendsAuthorization:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "sends Authorization");
        break;
    case SendsUserJwt:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "sends X-Vendo-User-JWT");
        break;
    case ApiVersion:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "Vendo-API-Version");
        break;
    case Accept:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "Accept");
        break;
    case UserAgent:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "User-Agent");
        break;
    case Path:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "URL");
        break;
    case Attempts:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "attempts");
        break;
    case BackoffBaseMs:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "first retry delay (ms)");
        break;
    case BackoffCapMs:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "longest retry delay (ms)");
        break;
    case Jitter:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "jitter");
        break;
    case TimeoutMs:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "timeout (ms)");
        break;
    case RetriesOn429:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "retries a 429");
        break;
    case CacheFreshMarginS:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "serves a cached token until expiry minus (s)");
        break;
    case CacheNullExpiryS:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "caches a non-expiring token for (s)");
        break;
    case VendoModeFrom:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "Vendo mode decided by");
        break;
    case NoKeyClass:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "raises without an API key");
        break;
    case NoKeyCode:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "code without an API key");
        break;
    case NoKeyRaisedBy:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "raised by");
        break;
    case TrimsJwt:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "trims the JWT");
        break;
    case UnknownCodeClass:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "class for an unknown code");
        break;
    case KnowsLegacyCodes:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "knows older code spellings");
        break;
    case NetworkFailure:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "network failure raises");
        break;
    case SendsLastEventId:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "sends Last-Event-ID");
        break;
    case HonoursRetryField:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "honours retry:");
        break;
    case DetectsDeadStream:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "detects a dead stream");
        break;
    case ErrorAnswerRaises:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "an error answer");
        break;
    case NonHexSignature:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "a signature that is not hex");
        break;
    case TrimsEnvSecret:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "trims VENDO_WEBHOOK_SECRET");
        break;
    case AsksSinglyAfterBulk:
        name = QT_TRANSLATE_NOOP("vendo::sdk", "asks singly for a slug the bulk answer left null");
        break;
    }
    return QCoreApplication::translate("vendo::sdk", name);
}

QString explanationText(const Row &row)
{
    return *row.explanation ? QCoreApplication::translate("vendo::sdk", row.explanation) : QString();
}

QString valueText(const Value &value)
{
    if (const bool *flag = std::get_if<bool>(&value))
        return *flag ? QCoreApplication::translate("vendo::sdk", "yes")
                     : QCoreApplication::translate("vendo::sdk", "no");
    if (const int *number = std::get_if<int>(&value))
        return QString::number(*number);
    const QString &text = std::get<QString>(value);
    return text.isEmpty() ? QCoreApplication::translate("vendo::sdk", "(not sent)") : text;
}

} // namespace vendo::sdk

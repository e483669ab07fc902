#pragma once

#include "client/Responses.h"
#include "client/VendoClient.h"
#include "sdk/SdkLens.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace vendo::sdk {

// The SDK lens as the CLI prints it and the window shows it (docs/sdk-differences.md): what one SDK
// sends for one operation, redacted and compared with the contract, and what it gives the caller.
// Every HTTP detail stays here, so that ui/ only lays the texts out.

// The lens's view of a client: its origins, its key and its identity (secrets: redact before showing).
RequestContext contextFor(const client::VendoClient &client, const QStringList &slugs = {});

// What `sdk` sends for `operation`, secrets redacted.
struct Sends
{
    Sdk sdk = Sdk::Contract;
    Operation operation = Operation::Token;
    bool sendsRequest = false; // false: it raises instead (`raised`)
    QString method;
    QString url;
    QList<QPair<QString, QString>> headers; // name, redacted value, in the order sent
    QStringList absentVsContract; // headers the contract sends here and this SDK does not
    int attempts = 1;
    int timeoutMs = 0; // 0: none at all
    Raised raised;
    QStringList assumedFromContract; // aspect names the SDK's sources do not document
    bool fromDocumentation = false; // Python / Swift: their documentation only
};
Sends sends(Sdk sdk, Operation operation, const RequestContext &context);
// The same when the customer's code scopes first with `scoping` (forUser / forRequest) and the scoping
// itself may raise: no API key (TypeScript's constructor, the others' scoping call) or, for forRequest,
// a missing or blank X-Vendo-User-JWT (`headerValue` as the headers carry it; nullopt: absent).
Sends sendsAfterScoping(Sdk sdk, Operation operation, Operation scoping, const RequestContext &context,
                        const std::optional<QString> &headerValue);
QJsonObject toJson(const Sends &sends);
// Translated lines: "GET <url>", "  Header: value", "  (no X-Vendo-User-JWT: the contract sends it)", ...
QStringList describe(const Sends &sends);

QJsonObject toJson(const Difference &difference);
// "sends X-Vendo-User-JWT: contract yes, TypeScript 1.3.1 no"
QString differenceLine(Sdk sdk, const Difference &difference);

// What the SDK gives the caller for an outcome the inspector observed: the class it raises, or the value it
// returns, and what the outcome means for the case.
struct Outcome
{
    QString className; // what it raises; empty when it returns
    QString code;
    QString returns; // what it returns instead ("a token", "null", ...), translated
    QString note; // translated; e.g. the app's binding was fetched, not the user's
    bool fromDocumentation = false;
};
// `error` nullptr: the operation succeeded. `scoped`: the client was scoped to a user.
Outcome outcome(Sdk sdk, Operation operation, bool scoped, const QString &slug, const client::VendoError *error);
Outcome outcome(Sdk sdk, bool scoped, const client::TokenResult &result, bool bulk = false);
QJsonObject toJson(const Outcome &outcome);
// "NotConnected (binding_missing)" or "returns a token".
QString outcomeText(const Outcome &outcome);

// One run of an operation in the lens: a reproduction as an SDK, or the inspector's own run as the contract.
struct Run
{
    Sdk sdk = Sdk::Contract; // Contract: "probe as contract"
    Operation operation = Operation::Token;
    QString subject; // the slug, or the operation's name
    int httpStatus = 0;
    int attempts = 0;
    Outcome outcome;
    bool isReproduction() const { return sdk != Sdk::Contract; }
    // "Reproduction · TypeScript 1.3.1" or "Contract"; translated.
    QString label() const;
};
QJsonObject toJson(const Run &run);

// "(from documentation)" for Python and Swift, "(from source: ...)" for TypeScript; translated.
QString basisText(Sdk sdk);
QJsonObject sdkJson(Sdk sdk);

} // namespace vendo::sdk

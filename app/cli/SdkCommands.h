#pragma once

#include "client/Explain.h"
#include "sdk/SdkTable.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace vendo::cli {

class ClientContext;

// The SDK lens on the command line (docs/sdk-differences.md): `--sdk ts-1.3.1|python-1.2|swift-1.0|contract`
// on token, connections, whoami and headers, and the per-SDK classes of `explain`.

QCommandLineOption sdkOption();
// The SDK --sdk names (the contract when absent); on an unknown name prints the valid ones and returns
// the usage error to stop with.
std::optional<int> parseSdk(const QCommandLineParser &parser, const QCommandLineOption &option, sdk::Sdk &chosen);

// The client of token, connections or whoami, built for the SDK chosen: with a lens, a scoping the contract's
// client refuses (no key, no identity header) is left for runAsSdk to judge as that SDK would. On failure
// returns the exit code to stop with (the error printed).
std::optional<int> buildClientFor(sdk::Sdk chosen, ClientContext &context);

// What the SDK sends for the operation (redacted), the differences that apply, then the request run as
// that SDK runs it, labelled as a reproduction, with the class it would raise or the value it would return.
// `slugs`: token() with one, tokens() with several.
int runAsSdk(sdk::Sdk which, sdk::Operation operation, ClientContext &context, const QStringList &slugs = {});

// `headers --sdk`: what the SDK's forRequest() makes of the identity found (nullopt: none).
QJsonObject headersSdkJson(sdk::Sdk which, const std::optional<QString> &headerValue);
void printHeadersSdk(sdk::Sdk which, const std::optional<QString> &headerValue);

// `explain`: the class each SDK raises for the code explained; empty when it names no code.
QJsonArray explainSdkJson(const client::Explanation &explanation);
void printExplainSdk(const client::Explanation &explanation);

} // namespace vendo::cli

#pragma once

#include "client/VendoError.h"

#include <QStringList>

#include <optional>

namespace vendo::client {

// The one table of what each error kind is called, means and asks people to do (docs/service-contract.md "Errors").
namespace ErrorCatalog {

// Current wire codes (the TypeScript SDK's spellings).
std::optional<VendoError::Kind> kindForCode(const QString &code);
// Older SDK spellings, recognised when decoding pasted text; returns the kind and the current code.
std::optional<std::pair<VendoError::Kind, QString>> kindForLegacyCode(const QString &code);
// Transport/local kinds by their code ("connection_refused", ...).
std::optional<VendoError::Kind> kindForTransportCode(const QString &code);
// A class name as printed by an SDK or by this tool ("NotConnected", "TlsError", ...).
std::optional<VendoError::Kind> kindForClassName(const QString &name);

QStringList currentCodes();
QStringList legacyCodes();

QString className(VendoError::Kind kind);
QString meaning(VendoError::Kind kind); // translated
QString remediation(VendoError::Kind kind, const QString &code = {}); // translated, one line
int typicalStatus(VendoError::Kind kind); // 0 when none (client-side or transport)

bool isServiceKind(VendoError::Kind kind);
bool isTransportKind(VendoError::Kind kind);
bool isProtocolKind(VendoError::Kind kind);

} // namespace ErrorCatalog

} // namespace vendo::client

#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace vendo::cli {

// Exit codes, as DESIGN.md fixes them for scripts.
enum ExitCode : int {
    Success = 0,
    ServiceError = 1, // the service answered with an error
    UsageError = 2, // bad arguments, unknown or unavailable command
    LocalPrecondition = 3, // IdentityNotPresent, VendoOnlyFeature, malformed input
    TransportFailure = 4, // refused, DNS, TLS, timeout, reset, protocol
};

QTextStream &out();
QTextStream &err();

// True when standard output is a terminal: colour and other decoration are used only then.
bool stdoutIsTerminal();

} // namespace vendo::cli

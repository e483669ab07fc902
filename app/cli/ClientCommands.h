#pragma once

#include <QStringList>

namespace vendo::cli {

// Front ends of core/client (docs/architecture.md "The command line"). Options common to token/connections/whoami:
// --profile NAME, --base-url URL, --credentials-url URL (over VENDO_BASE_URL / VENDO_CREDENTIALS_URL),
// --jwt JWT | --jwt-file FILE | --headers-file FILE ("-" = stdin), --request N, --json, --reveal,
// --timeout SECONDS, --attempts N, --identity-transport header|bearer, --sdk NAME (SdkCommands.h). The API key comes
// from VENDO_API_KEY, else the profile's keychain entry; never from the command line. Exit codes: 0 success, 1 service
// error, 2 usage, 3 local precondition, 4 transport failure.
int runToken(const QStringList &arguments);
int runConnections(const QStringList &arguments);
int runWhoami(const QStringList &arguments);
// `headers [FILE|-]`: what forRequest would make of a header block, curl command or HAR file.
int runHeaders(const QStringList &arguments);
// `explain CODE|STATUS|LOGLINE|-`.
int runExplain(const QStringList &arguments);

} // namespace vendo::cli

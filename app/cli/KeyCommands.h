#pragma once

#include <QStringList>

namespace vendo::cli {

// `key set|show|delete [--profile NAME] [--webhook] [--json]`: the profile's API key, or with --webhook
// its webhook secret, in the OS keychain ("<profile>/api-key", "<profile>/webhook-secret"). The secret
// is read from standard input or a no-echo prompt, never from the command line.
// Exit codes: 0 done; 2 usage error; 3 local precondition (malformed key, no key, keychain
// unavailable, locked, denied or not answering).
int runKey(const QStringList &arguments);

} // namespace vendo::cli

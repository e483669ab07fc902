#pragma once

#include <QLoggingCategory>

namespace vendo::secrets {

// "vendo.keychain": the secret store: which backend answers, and how an operation ended (never the key). Debug and info
// are off by default; QT_LOGGING_RULES="vendo.keychain.debug=true" or the programs' --verbose switch them on
// (docs/architecture.md, "Diagnostics"). Nothing logged here may carry a secret: URLs and values go through
// client::Redaction first, or are not logged.
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)

} // namespace vendo::secrets

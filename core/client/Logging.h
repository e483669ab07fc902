#pragma once

#include <QLoggingCategory>

namespace vendo::client {

// "vendo.client": requests to the service: each attempt (method, redacted URL, status, duration) and each retry
// decision. Debug and info are off by default; QT_LOGGING_RULES="vendo.client.debug=true" or the programs' --verbose
// switch them on (docs/architecture.md, "Diagnostics"). Nothing logged here may carry a secret: URLs and values go
// through client::Redaction first, or are not logged.
Q_DECLARE_LOGGING_CATEGORY(lcClient)

} // namespace vendo::client

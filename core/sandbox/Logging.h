#pragma once

#include <QLoggingCategory>

namespace vendo::sandbox {

// "vendo.sandbox": the local sandbox service: where it listens, the scenario it serves, each request it answers. Debug
// and info are off by default; QT_LOGGING_RULES="vendo.sandbox.debug=true" or the programs' --verbose switch them on
// (docs/architecture.md, "Diagnostics"). Nothing logged here may carry a secret: URLs and values go through
// client::Redaction first, or are not logged.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

} // namespace vendo::sandbox

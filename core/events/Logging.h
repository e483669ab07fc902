#pragma once

#include <QLoggingCategory>

namespace vendo::events {

// "vendo.events": the live event stream: connections, reconnect decisions, replays. Debug and info are off by default;
// QT_LOGGING_RULES="vendo.events.debug=true" or the programs' --verbose switch them on (docs/architecture.md,
// "Diagnostics"). Nothing logged here may carry a secret: URLs and values go through client::Redaction first, or are
// not logged.
Q_DECLARE_LOGGING_CATEGORY(lcEvents)

} // namespace vendo::events

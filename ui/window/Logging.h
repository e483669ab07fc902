#pragma once

#include <QLoggingCategory>

namespace vendo::ui {

// "vendo.ui": the window: the input classified, the identity scoped, the key status. Debug and info are off by default;
// QT_LOGGING_RULES="vendo.ui.debug=true" or the programs' --verbose switch them on (docs/architecture.md,
// "Diagnostics"). Nothing logged here may carry a secret: URLs and values go through client::Redaction first, or are
// not logged.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace vendo::ui

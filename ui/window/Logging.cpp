#include "ui/window/Logging.h"

namespace vendo::ui {

Q_LOGGING_CATEGORY(lcUi, "vendo.ui", QtWarningMsg)

} // namespace vendo::ui

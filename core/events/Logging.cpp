#include "events/Logging.h"

namespace vendo::events {

Q_LOGGING_CATEGORY(lcEvents, "vendo.events", QtWarningMsg)

} // namespace vendo::events

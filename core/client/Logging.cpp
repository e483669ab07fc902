#include "client/Logging.h"

namespace vendo::client {

Q_LOGGING_CATEGORY(lcClient, "vendo.client", QtWarningMsg)

} // namespace vendo::client

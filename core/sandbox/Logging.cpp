#include "sandbox/Logging.h"

namespace vendo::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "vendo.sandbox", QtWarningMsg)

} // namespace vendo::sandbox

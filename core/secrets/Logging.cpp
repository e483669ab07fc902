#include "secrets/Logging.h"

namespace vendo::secrets {

Q_LOGGING_CATEGORY(lcKeychain, "vendo.keychain", QtWarningMsg)

} // namespace vendo::secrets

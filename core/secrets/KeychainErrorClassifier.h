#pragma once

#include "secrets/SecretResult.h"

#include <qt6keychain/keychain.h>

namespace vendo::secrets {

// Turns QtKeychain's (error, errorString) into a SecretStatus. On Linux every unreachable keychain is
// OtherError and only the text tells the cases apart (docs/platform-notes.md, "QtKeychain on Linux").
class KeychainErrorClassifier
{
public:
    static SecretStatus classify(SecretOperation operation, QKeychain::Error error, const QString &errorString);
};

} // namespace vendo::secrets

#pragma once

#include "secrets/SecretResult.h"

#include <QString>

namespace vendo::secrets {

// A Vendo API key: `vendo_sk_` followed by 32 characters of [A-Za-z0-9_-].
class ApiKey
{
public:
    static constexpr int kPrefixLength = 9; // "vendo_sk_"
    static constexpr int kBodyLength = 32;
    static constexpr int kLength = kPrefixLength + kBodyLength;
    static constexpr int kDisplayPrefixLength = 12;

    static QString prefix() { return QStringLiteral("vendo_sk_"); }
    // The trimmed key, or why the text is not a key (SecretFormat, and a message that never repeats it).
    static SecretCheck check(const QString &input);

    // The only form of a key that people ever see: its first 12 characters and an ellipsis.
    static QString displayPrefix(const QString &key);
};

} // namespace vendo::secrets

#pragma once

#include <QString>

namespace vendo::secrets {

// A Vendo API key: `vendo_sk_` followed by 32 characters of [A-Za-z0-9_-].
struct ApiKeyCheck
{
    enum class Problem {
        None,
        Empty,
        MissingPrefix,
        TooShort,
        TooLong,
        InvalidCharacter,
    };

    Problem problem = Problem::None;
    QString key; // the trimmed key (valid only when problem == None)
    bool wasTrimmed = false; // surrounding whitespace was removed
    int position = -1; // offending character index for InvalidCharacter
    QString message; // translated, specific, never contains the key itself

    bool ok() const { return problem == Problem::None; }
};

class ApiKey
{
public:
    static constexpr int kPrefixLength = 9; // "vendo_sk_"
    static constexpr int kBodyLength = 32;
    static constexpr int kLength = kPrefixLength + kBodyLength;
    static constexpr int kDisplayPrefixLength = 12;

    static QString prefix() { return QStringLiteral("vendo_sk_"); }
    static ApiKeyCheck check(const QString &input);

    // The only form of a key that people ever see: its first 12 characters and an ellipsis.
    static QString displayPrefix(const QString &key);
};

} // namespace vendo::secrets

#include "secrets/ApiKey.h"

#include <QCoreApplication>

namespace vendo::secrets {

namespace {

bool isKeyCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-';
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::secrets::ApiKey)
};

} // namespace

SecretCheck ApiKey::check(const QString &input)
{
    const QString trimmed = input.trimmed();
    const bool wasTrimmed = trimmed.size() != input.size();
    const QString trimNote = wasTrimmed ? Tr::tr(" (surrounding whitespace was removed)") : QString();

    if (trimmed.isEmpty())
        return std::unexpected(SecretError::badFormat(SecretFormat::Empty, Tr::tr("The API key is empty.")));
    if (!trimmed.startsWith(prefix())) {
        return std::unexpected(SecretError::badFormat(
            SecretFormat::MissingPrefix,
            Tr::tr("A Vendo API key starts with \"vendo_sk_\"; this one does not%1.").arg(trimNote)));
    }
    for (int i = kPrefixLength; i < trimmed.size(); ++i) {
        if (!isKeyCharacter(trimmed.at(i))) {
            return std::unexpected(
                SecretError::badFormat(SecretFormat::InvalidCharacter,
                                       Tr::tr("Character %1 of the API key is not allowed: after \"vendo_sk_\" only "
                                              "letters, digits, \"_\" and \"-\" may follow%2.")
                                           .arg(i + 1)
                                           .arg(trimNote),
                                       i));
        }
    }
    const int body = int(trimmed.size()) - kPrefixLength;
    if (body < kBodyLength) {
        return std::unexpected(SecretError::badFormat(
            SecretFormat::TooShort,
            Tr::tr("The API key is too short: %1 characters follow \"vendo_sk_\", 32 are expected%2.")
                .arg(body)
                .arg(trimNote)));
    }
    if (body > kBodyLength) {
        return std::unexpected(SecretError::badFormat(
            SecretFormat::TooLong,
            Tr::tr("The API key is too long: %1 characters follow \"vendo_sk_\", 32 are expected%2.")
                .arg(body)
                .arg(trimNote)));
    }
    return CheckedSecret { trimmed, wasTrimmed,
                           wasTrimmed ? Tr::tr("Surrounding whitespace was removed from the API key.") : QString() };
}

QString ApiKey::displayPrefix(const QString &key)
{
    return key.left(kDisplayPrefixLength) + QStringLiteral("…");
}

} // namespace vendo::secrets

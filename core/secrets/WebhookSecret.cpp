#include "secrets/WebhookSecret.h"

#include <QCoreApplication>

namespace vendo::secrets {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::secrets::WebhookSecret)
};

} // namespace

SecretCheck WebhookSecret::check(const QString &input)
{
    const QString trimmed = input.trimmed();
    const bool wasTrimmed = trimmed.size() != input.size();
    if (trimmed.isEmpty())
        return std::unexpected(SecretError::badFormat(SecretFormat::Empty, Tr::tr("The webhook secret is empty.")));
    if (trimmed.size() > kMaxLength) {
        return std::unexpected(SecretError::badFormat(
            SecretFormat::TooLong, Tr::tr("The webhook secret is longer than %1 characters.").arg(kMaxLength)));
    }
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const char16_t c = trimmed.at(i).unicode();
        if (c <= u' ' || c > u'~') {
            return std::unexpected(
                SecretError::badFormat(SecretFormat::InvalidCharacter,
                                       Tr::tr("Character %1 of the webhook secret is not allowed: only printable ASCII "
                                              "without spaces.")
                                           .arg(i + 1),
                                       int(i)));
        }
    }
    return CheckedSecret { trimmed, wasTrimmed,
                           wasTrimmed ? Tr::tr("Surrounding whitespace was removed from the webhook secret.")
                                      : QString() };
}

QString WebhookSecret::displayPrefix(const QString &secret)
{
    return secret.left(std::min<qsizetype>(kDisplayPrefixLength, secret.size() / 4)) + QStringLiteral("…");
}

} // namespace vendo::secrets

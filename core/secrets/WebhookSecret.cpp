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
    SecretCheck result;
    const QString trimmed = input.trimmed();
    result.wasTrimmed = trimmed.size() != input.size();
    if (trimmed.isEmpty()) {
        result.message = Tr::tr("The webhook secret is empty.");
        return result;
    }
    if (trimmed.size() > kMaxLength) {
        result.message = Tr::tr("The webhook secret is longer than %1 characters.").arg(kMaxLength);
        return result;
    }
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const char16_t c = trimmed.at(i).unicode();
        if (c <= u' ' || c > u'~') {
            result.message = Tr::tr("Character %1 of the webhook secret is not allowed: only printable ASCII "
                                    "without spaces.")
                                 .arg(i + 1);
            return result;
        }
    }
    result.ok = true;
    result.value = trimmed;
    if (result.wasTrimmed)
        result.message = Tr::tr("Surrounding whitespace was removed from the webhook secret.");
    return result;
}

QString WebhookSecret::displayPrefix(const QString &secret)
{
    return secret.left(std::min<qsizetype>(kDisplayPrefixLength, secret.size() / 4)) + QStringLiteral("…");
}

} // namespace vendo::secrets

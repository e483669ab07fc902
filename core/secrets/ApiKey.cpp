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

ApiKeyCheck ApiKey::check(const QString &input)
{
    ApiKeyCheck result;
    const QString trimmed = input.trimmed();
    result.wasTrimmed = trimmed.size() != input.size();
    const QString trimNote = result.wasTrimmed ? Tr::tr(" (surrounding whitespace was removed)") : QString();

    if (trimmed.isEmpty()) {
        result.problem = ApiKeyCheck::Problem::Empty;
        result.message = Tr::tr("The API key is empty.");
        return result;
    }
    if (!trimmed.startsWith(prefix())) {
        result.problem = ApiKeyCheck::Problem::MissingPrefix;
        result.message = Tr::tr("A Vendo API key starts with \"vendo_sk_\"; this one does not%1.").arg(trimNote);
        return result;
    }
    for (int i = kPrefixLength; i < trimmed.size(); ++i) {
        if (!isKeyCharacter(trimmed.at(i))) {
            result.problem = ApiKeyCheck::Problem::InvalidCharacter;
            result.position = i;
            result.message = Tr::tr("Character %1 of the API key is not allowed: after \"vendo_sk_\" only "
                                    "letters, digits, \"_\" and \"-\" may follow%2.")
                                 .arg(i + 1)
                                 .arg(trimNote);
            return result;
        }
    }
    const int body = int(trimmed.size()) - kPrefixLength;
    if (body < kBodyLength) {
        result.problem = ApiKeyCheck::Problem::TooShort;
        result.message = Tr::tr("The API key is too short: %1 characters follow \"vendo_sk_\", 32 are expected%2.")
                             .arg(body)
                             .arg(trimNote);
        return result;
    }
    if (body > kBodyLength) {
        result.problem = ApiKeyCheck::Problem::TooLong;
        result.message = Tr::tr("The API key is too long: %1 characters follow \"vendo_sk_\", 32 are expected%2.")
                             .arg(body)
                             .arg(trimNote);
        return result;
    }
    result.key = trimmed;
    if (result.wasTrimmed)
        result.message = Tr::tr("Surrounding whitespace was removed from the API key.");
    return result;
}

QString ApiKey::displayPrefix(const QString &key)
{
    return key.left(kDisplayPrefixLength) + QStringLiteral("…");
}

} // namespace vendo::secrets

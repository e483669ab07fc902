#include "client/Redaction.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace vendo::client::Redaction {

namespace {

bool looksLikeJwt(const QString &value)
{
    return value.count(QLatin1Char('.')) == 2 && value.size() > 10 && !value.contains(QLatin1Char(' '));
}

bool isSecretKey(const QString &key)
{
    static const QStringList secretKeys = {
        QStringLiteral("access_token"),
        QStringLiteral("refresh_token"),
        QStringLiteral("api_key"),
        QStringLiteral("setup_url"),
        QStringLiteral("client_secret"),
        QStringLiteral("id_token"),
        // An error's connect_url may be the connection's setup_url, which embeds the app key.
        QStringLiteral("connect_url"),
    };
    return secretKeys.contains(key, Qt::CaseInsensitive);
}

QJsonValue maskEverything(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = maskEverything(it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(maskEverything(item));
        return array;
    }
    if (value.isNull() || value.isUndefined())
        return value;
    return secret(value.isString() ? value.toString() : value.toVariant().toString());
}

} // namespace

QString apiKey(const QString &key)
{
    if (key.isEmpty())
        return {};
    return key.left(12) + QString::fromUtf8("\u2026");
}

QString jwt(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (!looksLikeJwt(trimmed))
        return token(trimmed);
    const qsizetype lastDot = trimmed.lastIndexOf(QLatin1Char('.'));
    return trimmed.left(lastDot + 1) + QStringLiteral("<signature redacted>");
}

QString token(const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("%1%2(%3 chars)").arg(value.left(4), QString::fromUtf8("\u2026")).arg(value.size());
}

QString secret(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.startsWith(QLatin1String("vendo_sk_")))
        return apiKey(trimmed);
    if (looksLikeJwt(trimmed))
        return jwt(trimmed);
    return token(trimmed);
}

QString headerValue(const QString &name, const QString &value)
{
    if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
        const qsizetype space = value.indexOf(QLatin1Char(' '));
        if (space > 0)
            return value.left(space + 1) + secret(value.mid(space + 1));
        return secret(value);
    }
    if (name.compare(QLatin1String("X-Vendo-User-JWT"), Qt::CaseInsensitive) == 0)
        return jwt(value);
    if (name.compare(QLatin1String("Cookie"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("Set-Cookie"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("X-Api-Key"), Qt::CaseInsensitive) == 0)
        return token(value);
    return value;
}

QJsonValue json(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecretKey(it.key()) && !it.value().isNull()) {
                it.value() = maskEverything(it.value());
            } else if (it.key() == QLatin1String("metadata") && it.value().isObject()) {
                QJsonObject metadata = it.value().toObject();
                if (metadata.contains(QLatin1String("credential")))
                    metadata.insert(QLatin1String("credential"),
                                    maskEverything(metadata.value(QLatin1String("credential"))));
                it.value() = json(metadata);
            } else {
                it.value() = json(it.value());
            }
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(json(item));
        return array;
    }
    return value;
}

QString scrub(QString text, const QStringList &secrets)
{
    for (const QString &s : secrets) {
        if (s.size() < 8) // too short to be a credential; replacing it would garble the text
            continue;
        text.replace(s, secret(s));
        // A JWT's signature alone is still a secret-bearing fragment.
        if (looksLikeJwt(s)) {
            const QString signature = s.mid(s.lastIndexOf(QLatin1Char('.')) + 1);
            if (signature.size() >= 8)
                text.replace(signature, QStringLiteral("<signature redacted>"));
        }
    }
    return text;
}

} // namespace vendo::client::Redaction

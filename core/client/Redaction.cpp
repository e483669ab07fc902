#include "client/Redaction.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

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

const QString kEllipsis = QString::fromUtf8("\u2026");

// A credential query item's value: a key keeps its prefix, anything else is masked like a token.
// A value masked already (it holds the ellipsis) is left as it is, so masking twice changes nothing.
QString maskedItemValue(const QString &raw)
{
    if (raw.isEmpty() || raw.contains(kEllipsis))
        return raw;
    const QString decoded = QUrl::fromPercentEncoding(raw.toUtf8());
    return decoded.startsWith(QLatin1String("vendo_sk_")) ? apiKey(decoded) : token(decoded);
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
    return jwt(value, QStringLiteral("<signature redacted>"));
}

QString jwt(const QString &value, const QString &marker)
{
    const QString trimmed = value.trimmed();
    if (!looksLikeJwt(trimmed))
        return token(trimmed);
    const qsizetype lastDot = trimmed.lastIndexOf(QLatin1Char('.'));
    return trimmed.left(lastDot + 1) + marker;
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
    if (trimmed.contains(QLatin1String("://")))
        return url(trimmed);
    if (trimmed.startsWith(QLatin1String("vendo_sk_")))
        return apiKey(trimmed);
    if (looksLikeJwt(trimmed))
        return jwt(trimmed);
    return token(trimmed);
}

QString url(const QString &value)
{
    return text(value);
}

QString text(const QString &value)
{
    // A key is 41 characters; 12 or fewer are a prefix shown already (masking twice changes nothing).
    static const QRegularExpression keyPattern(QStringLiteral("vendo_sk_[A-Za-z0-9_-]{4,}"));
    static const QRegularExpression credentialItem(
        QStringLiteral(
            "([?&;](?:app_key|api_key|key|token|access_token|refresh_token|client_secret)=)([^&#\\s\"'<>]*)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!value.contains(QLatin1Char('=')) && !value.contains(QLatin1String("vendo_sk_")))
        return value; // the common case: nothing to look at
    QString result;
    result.reserve(value.size());
    qsizetype done = 0;
    for (auto it = keyPattern.globalMatch(value); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(value).mid(done, match.capturedStart() - done);
        result += apiKey(match.captured());
        done = match.capturedEnd();
    }
    result += QStringView(value).mid(done);

    QString masked;
    masked.reserve(result.size());
    done = 0;
    for (auto it = credentialItem.globalMatch(result); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        masked += QStringView(result).mid(done, match.capturedStart() - done);
        masked += match.captured(1) + maskedItemValue(match.captured(2));
        done = match.capturedEnd();
    }
    masked += QStringView(result).mid(done);
    return masked;
}

QString headerValue(const QString &name, const QString &value)
{
    if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
        // A credential is masked whole, whatever it looks like: one that happens to hold "://" is not
        // a link whose key alone needs masking (the header fuzzer found a token shown that way).
        const auto credential = [](const QString &c) {
            const QString trimmed = c.trimmed();
            if (trimmed.startsWith(QLatin1String("vendo_sk_")))
                return apiKey(trimmed);
            return looksLikeJwt(trimmed) ? jwt(trimmed) : token(trimmed);
        };
        const qsizetype space = value.indexOf(QLatin1Char(' '));
        if (space > 0)
            return value.left(space + 1) + credential(value.mid(space + 1));
        return credential(value);
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
    if (value.isString())
        return text(value.toString());
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

#include "client/ResponseDecoder.h"

#include "client/ErrorCatalog.h"
#include "client/Redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace vendo::client::ResponseDecoder {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::client::ResponseDecoder)
};

std::unexpected<VendoError> malformed(const QString &what)
{
    return std::unexpected(VendoError::make(VendoError::Kind::MalformedBody,
                                            Tr::tr("The answer does not match the contract: %1.").arg(what)));
}

std::optional<QDateTime> parseExpiry(const QJsonValue &value)
{
    const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

Result<ProviderToken> tokenFromObject(const QString &slug, const QJsonObject &object)
{
    const QJsonValue access = object.value(QLatin1String("access_token"));
    if (!access.isString() || access.toString().isEmpty())
        return malformed(Tr::tr("\"access_token\" is missing or not a string"));
    ProviderToken token;
    token.slug = slug;
    token.accessToken = access.toString();
    token.tokenType = object.value(QLatin1String("token_type")).toString(QStringLiteral("Bearer"));
    const QJsonValue expires = object.value(QLatin1String("expires_at"));
    if (!expires.isNull() && !expires.isUndefined()) {
        const auto when = parseExpiry(expires);
        if (!when)
            return malformed(Tr::tr("\"expires_at\" is not an ISO-8601 time"));
        token.expiresAt = when;
    }
    return token;
}

void collectStrings(const QJsonValue &value, QStringList &into)
{
    if (value.isString()) {
        into.append(value.toString());
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.value(), into);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectStrings(item, into);
    } else if (value.isDouble()) {
        into.append(value.toVariant().toString());
    }
}

} // namespace

std::optional<int> parseRetryAfter(const QByteArray &raw, const QDateTime &now)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<int>(int(qMin<qlonglong>(seconds, INT_MAX)));
    // IMF-fixdate, RFC 850 and asctime (RFC 9110 asks recipients to accept all three). The day name
    // is dropped: QLocale checks it against the date, and RFC 850's two-digit year makes that fail.
    QString text = QString::fromLatin1(value).simplified();
    text.remove(QLatin1String(" GMT"));
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    text = comma >= 0 ? text.mid(comma + 1).trimmed() : text.section(QLatin1Char(' '), 1);
    QDateTime when;
    const QLocale c = QLocale::c();
    for (const char *format : { "dd MMM yyyy HH:mm:ss", "dd-MMM-yy HH:mm:ss", "MMM d HH:mm:ss yyyy" }) {
        when = c.toDateTime(text, QString::fromLatin1(format));
        if (when.isValid())
            break;
    }
    if (when.isValid()) {
        when = QDateTime(when.date(), when.time(), Qt::UTC);
        if (when.date().year() < 1970)
            when = when.addYears(100);
    }
    if (!when.isValid())
        return std::nullopt;
    // A date centuries ahead is more seconds than an int holds: capped like a number of seconds is.
    return int(qBound(qint64(0), now.secsTo(when), qint64(INT_MAX)));
}

VendoError errorFromResponse(int httpStatus, const QByteArray &codeHeader, const QByteArray &retryAfterHeader,
                             const QByteArray &body, const QDateTime &now, const QByteArray &contentType)
{
    VendoError error;
    error.httpStatus = httpStatus;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject root = document.object();
    const QJsonValue errorValue = root.value(QLatin1String("error"));
    QString bodyCode;
    std::optional<int> bodyRetryAfter;
    if (errorValue.isObject()) {
        const QJsonObject e = errorValue.toObject();
        bodyCode = e.value(QLatin1String("code")).toString();
        error.message = e.value(QLatin1String("message")).toString();
        error.slug = e.value(QLatin1String("slug")).toString();
        error.connectUrl = e.value(QLatin1String("connect_url")).toString();
        error.suggestedFix = e.value(QLatin1String("suggested_fix")).toString();
        const QJsonValue retry = e.value(QLatin1String("retry_after"));
        if (retry.isDouble() && retry.toDouble() >= 0)
            bodyRetryAfter = int(qMin(retry.toDouble(), double(INT_MAX)));
    } else if (errorValue.isString()) {
        // The credentials service's {"error": string, "detail": string}.
        error.message = errorValue.toString();
        error.detail = root.value(QLatin1String("detail")).toString();
    } else if (root.value(QLatin1String("message")).isString()) {
        error.message = root.value(QLatin1String("message")).toString();
    } else if (!body.trimmed().isEmpty() && parseError.error != QJsonParseError::NoError) {
        // Not JSON at all (a proxy's HTML page, plain text): its length and type only, as in the request
        // log. An excerpt could hold anything the server echoed, credentials included.
        error.detail
            = Tr::tr("%n byte(s) of %1 that are not JSON.", nullptr, int(qMin<qsizetype>(body.size(), INT_MAX)))
                  .arg(contentType.isEmpty() ? Tr::tr("no content type")
                                             : QString::fromLatin1(contentType.left(100)).simplified());
    }
    error.message = Redaction::text(error.message);
    error.detail = Redaction::text(error.detail);
    error.suggestedFix = Redaction::text(error.suggestedFix);

    const QString headerCode = QString::fromLatin1(codeHeader.trimmed());
    error.code = !headerCode.isEmpty() ? headerCode : bodyCode;
    if (error.code.isEmpty()) {
        error.kind = VendoError::Kind::Base;
        error.code = QStringLiteral("internal_error");
    } else {
        error.kind = ErrorCatalog::kindForCode(error.code).value_or(VendoError::Kind::Base);
    }
    if (error.message.isEmpty())
        error.message = Tr::tr("HTTP %1 without a message.").arg(httpStatus);

    error.retryAfter = parseRetryAfter(retryAfterHeader, now);
    if (!error.retryAfter)
        error.retryAfter = bodyRetryAfter;
    return error;
}

Result<ProviderToken> token(const QString &slug, const QJsonDocument &json)
{
    if (!json.isObject())
        return malformed(Tr::tr("the body is not a JSON object"));
    return tokenFromObject(slug, json.object());
}

Result<QMap<QString, std::optional<ProviderToken>>> bulkTokens(const QJsonDocument &json)
{
    const QJsonValue tokens = json.object().value(QLatin1String("tokens"));
    if (!tokens.isObject())
        return malformed(Tr::tr("\"tokens\" is missing or not an object"));
    QMap<QString, std::optional<ProviderToken>> result;
    const QJsonObject object = tokens.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isNull()) {
            result.insert(it.key(), std::nullopt);
            continue;
        }
        if (!it.value().isObject())
            return malformed(Tr::tr("the entry for \"%1\" is neither an object nor null").arg(it.key()));
        Result<ProviderToken> token = tokenFromObject(it.key(), it.value().toObject());
        if (!token)
            return std::unexpected(token.error());
        result.insert(it.key(), token.value());
    }
    return result;
}

Result<QList<Connection>> connections(const QJsonDocument &json)
{
    const QJsonValue list = json.object().value(QLatin1String("connections"));
    if (!list.isArray())
        return malformed(Tr::tr("\"connections\" is missing or not an array"));
    QList<Connection> result;
    for (const QJsonValue &value : list.toArray()) {
        if (!value.isObject())
            return malformed(Tr::tr("a connection entry is not an object"));
        const QJsonObject o = value.toObject();
        const auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
        Connection c;
        c.id = text("id");
        c.slug = text("slug");
        c.displayName = text("display_name");
        c.category = text("category");
        c.profile = text("profile");
        c.status = text("status");
        c.baseUrl = text("base_url");
        c.errorMessage = Redaction::text(text("error_message"));
        c.docsUrl = text("docs_url");
        c.logoUrl = text("logo_url");
        c.brandColor = text("brand_color");
        c.exclusive = o.value(QLatin1String("exclusive")).toBool();
        c.hasApiKey = o.value(QLatin1String("api_key")).isString();
        c.hasSetupUrl = o.value(QLatin1String("setup_url")).isString();
        if (c.hasSetupUrl)
            c.setupUrl = QUrl(o.value(QLatin1String("setup_url")).toString(), QUrl::StrictMode);
        c.redacted = Redaction::json(o).toObject();
        collectStrings(o.value(QLatin1String("api_key")), c.secretValues);
        collectStrings(o.value(QLatin1String("setup_url")), c.secretValues);
        collectStrings(o.value(QLatin1String("metadata")).toObject().value(QLatin1String("credential")),
                       c.secretValues);
        if (c.slug.isEmpty())
            return malformed(Tr::tr("a connection has no \"slug\""));
        result.append(c);
    }
    return result;
}

Result<Identity> identity(Identity::As as, const QJsonDocument &json)
{
    const QJsonObject o = json.object();
    const QJsonValue tenant = o.value(QLatin1String("tenant_id"));
    const QJsonValue balance = o.value(QLatin1String("balance_usd"));
    if (!tenant.isString())
        return malformed(Tr::tr("\"tenant_id\" is missing or not a string"));
    if (!balance.isDouble())
        return malformed(Tr::tr("\"balance_usd\" is missing or not a number"));
    Identity identity;
    identity.as = as;
    identity.tenantId = tenant.toString();
    identity.balanceUsd = balance.toDouble();
    return identity;
}

} // namespace vendo::client::ResponseDecoder

#include "client/VendoError.h"

#include "client/ErrorCatalog.h"
#include "client/Redaction.h"

#include <QCoreApplication>

namespace vendo::client {

VendoError VendoError::make(Kind kind, const QString &message)
{
    VendoError error;
    error.kind = kind;
    error.code = kindCode(kind);
    error.message = message;
    return error;
}

QString VendoError::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::AuthError:
        return QStringLiteral("app_unknown");
    case Kind::NotConnected:
        return QStringLiteral("binding_missing");
    case Kind::NeedsReauth:
        return QStringLiteral("connection_needs_reauth");
    case Kind::BalanceExhausted:
        return QStringLiteral("balance_exhausted");
    case Kind::SpendCapExceeded:
        return QStringLiteral("spend_cap_daily");
    case Kind::RateLimited:
        return QStringLiteral("upstream_rate_limited");
    case Kind::UpstreamError:
        return QStringLiteral("upstream_error");
    case Kind::ValidationError:
        return QStringLiteral("validation_failed");
    case Kind::IdempotencyConflict:
        return QStringLiteral("idempotency_conflict");
    case Kind::VendoOnlyFeature:
        return QStringLiteral("vendo_only_feature");
    case Kind::IdentityNotPresent:
        return QStringLiteral("identity_not_present");
    case Kind::Base:
        return QStringLiteral("internal_error");
    case Kind::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case Kind::HostNotFound:
        return QStringLiteral("host_not_found");
    case Kind::Tls:
        return QStringLiteral("tls_error");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::ConnectionReset:
        return QStringLiteral("connection_reset");
    case Kind::Network:
        return QStringLiteral("network_error");
    case Kind::MalformedBody:
        return QStringLiteral("malformed_body");
    case Kind::OversizedBody:
        return QStringLiteral("oversized_body");
    case Kind::UnexpectedContentType:
        return QStringLiteral("unexpected_content_type");
    case Kind::RedirectRefused:
        return QStringLiteral("redirect_refused");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure_url");
    case Kind::InvalidInput:
        return QStringLiteral("invalid_input");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("internal_error");
}

QString VendoError::className() const
{
    return ErrorCatalog::className(kind);
}

QString VendoError::sdkClass() const
{
    if (ErrorCatalog::isServiceKind(kind))
        return className();
    // The TypeScript SDK wraps every transport or parse failure in its base class.
    return QStringLiteral("VendoError");
}

QString VendoError::sdkCode() const
{
    if (ErrorCatalog::isServiceKind(kind))
        return ErrorCatalog::kindForCode(code) ? code : QStringLiteral("internal_error");
    if (ErrorCatalog::isTransportKind(kind))
        return QStringLiteral("upstream_error");
    return QStringLiteral("internal_error");
}

VendoError::Category VendoError::category() const
{
    if (httpStatus != 0 && ErrorCatalog::isServiceKind(kind))
        return Category::Service; // even a client-side class, when the service itself sent its code
    switch (kind) {
    case Kind::VendoOnlyFeature:
    case Kind::IdentityNotPresent:
    case Kind::InsecureUrl:
    case Kind::InvalidInput:
    case Kind::Cancelled:
        return Category::Local;
    default:
        break;
    }
    if (ErrorCatalog::isServiceKind(kind))
        return Category::Service;
    return Category::Transport;
}

bool VendoError::isRetryable() const
{
    if (kind == Kind::Tls)
        return false; // a certificate problem does not go away by asking again
    if (ErrorCatalog::isTransportKind(kind))
        return true;
    if (ErrorCatalog::isServiceKind(kind))
        return httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    return false;
}

QString VendoError::remediation() const
{
    return ErrorCatalog::remediation(kind, code);
}

QString VendoError::summary() const
{
    if (!message.isEmpty())
        return message;
    return ErrorCatalog::meaning(kind);
}

QString VendoError::shownConnectUrl(UrlDisclosure disclosure) const
{
    return disclosure == UrlDisclosure::Revealed ? connectUrl : Redaction::url(connectUrl);
}

QJsonObject VendoError::toJson(UrlDisclosure disclosure) const
{
    QJsonObject object {
        { QStringLiteral("class"), className() },
        { QStringLiteral("sdk_class"), sdkClass() },
        { QStringLiteral("sdk_code"), sdkCode() },
        { QStringLiteral("code"), code },
        { QStringLiteral("status"), httpStatus },
        { QStringLiteral("message"), Redaction::text(summary()) },
        { QStringLiteral("retry_after"), retryAfter ? QJsonValue(*retryAfter) : QJsonValue() },
        { QStringLiteral("remediation"), remediation() },
    };
    const auto addIfSet = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    addIfSet("slug", slug);
    addIfSet("connect_url", shownConnectUrl(disclosure));
    addIfSet("suggested_fix", Redaction::text(suggestedFix));
    addIfSet("detail", Redaction::text(detail));
    addIfSet("request_id", requestId);
    return object;
}

} // namespace vendo::client

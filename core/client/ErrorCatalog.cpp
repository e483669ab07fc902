#include "client/ErrorCatalog.h"

#include <QCoreApplication>

#include <array>

namespace vendo::client::ErrorCatalog {

namespace {

using Kind = VendoError::Kind;

struct CodeRow
{
    const char *code;
    Kind kind;
};

constexpr std::array kCurrentCodes = {
    CodeRow { "app_unknown", Kind::AuthError },
    CodeRow { "app_revoked", Kind::AuthError },
    CodeRow { "app_expired", Kind::AuthError },
    CodeRow { "binding_missing", Kind::NotConnected },
    CodeRow { "connection_revoked", Kind::NotConnected },
    CodeRow { "connection_needs_reauth", Kind::NeedsReauth },
    CodeRow { "balance_exhausted", Kind::BalanceExhausted },
    CodeRow { "spend_cap_daily", Kind::SpendCapExceeded },
    CodeRow { "spend_cap_monthly", Kind::SpendCapExceeded },
    CodeRow { "upstream_rate_limited", Kind::RateLimited },
    CodeRow { "upstream_error", Kind::UpstreamError },
    CodeRow { "validation_failed", Kind::ValidationError },
    CodeRow { "idempotency_conflict", Kind::IdempotencyConflict },
    CodeRow { "vendo_only_feature", Kind::VendoOnlyFeature },
    CodeRow { "identity_not_present", Kind::IdentityNotPresent },
    CodeRow { "provider_unknown", Kind::Base },
    CodeRow { "profile_unsupported", Kind::Base },
    CodeRow { "internal_error", Kind::Base },
};

struct LegacyRow
{
    const char *legacy;
    Kind kind;
    const char *current;
};

constexpr std::array kLegacyCodes = {
    LegacyRow { "not_connected", Kind::NotConnected, "binding_missing" },
    LegacyRow { "needs_reauth", Kind::NeedsReauth, "connection_needs_reauth" },
    LegacyRow { "auth", Kind::AuthError, "app_unknown" },
    LegacyRow { "rate_limited", Kind::RateLimited, "upstream_rate_limited" },
    LegacyRow { "balance_exhausted", Kind::BalanceExhausted, "balance_exhausted" },
    LegacyRow { "spend_cap_exceeded", Kind::SpendCapExceeded, "spend_cap_daily" },
    LegacyRow { "upstream", Kind::UpstreamError, "upstream_error" },
    LegacyRow { "validation", Kind::ValidationError, "validation_failed" },
    LegacyRow { "idempotency_conflict", Kind::IdempotencyConflict, "idempotency_conflict" },
    LegacyRow { "vendo_only_feature", Kind::VendoOnlyFeature, "vendo_only_feature" },
    LegacyRow { "identity_not_present", Kind::IdentityNotPresent, "identity_not_present" },
    LegacyRow { "other", Kind::Base, "internal_error" },
};

struct KindRow
{
    Kind kind;
    const char *className;
    int typicalStatus;
    const char *meaning;
    const char *remediation;
};

// clang-format off
constexpr std::array kKinds = {
    KindRow { Kind::AuthError, "AuthError", 401,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The API key or the user's identity token is unknown, revoked or expired."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Issue a new API key, or ask the user to sign in again for a fresh identity token.") },
    KindRow { Kind::NotConnected, "NotConnected", 403,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The user or app has no active connection for this provider."),
              QT_TRANSLATE_NOOP("vendo::client::Errors",
                                "The customer connects the provider in your app (its connections or integrations "
                                "screen), signed in as themselves; the app makes the link. Never send them the set-up "
                                "link shown here: it carries the app's API key. It is for you only, opened after a "
                                "confirmation that shows its host.") },
    KindRow { Kind::NeedsReauth, "NeedsReauth", 401,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The provider's OAuth grant has expired."),
              QT_TRANSLATE_NOOP("vendo::client::Errors",
                                "The customer re-authorizes the provider in your app (its connections or "
                                "integrations screen: reconnect), signed in as themselves; the app makes the link. "
                                "Never send them the connect URL shown here: it carries the app's API key. It is for "
                                "you only, opened after a confirmation that shows its host.") },
    KindRow { Kind::BalanceExhausted, "BalanceExhausted", 402,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The wallet is empty."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Top up the wallet on vendo.run.") },
    KindRow { Kind::SpendCapExceeded, "SpendCapExceeded", 429,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "A daily or monthly spend cap has been reached."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Wait until the cap resets (see Retry-After) or raise the cap.") },
    KindRow { Kind::RateLimited, "RateLimited", 429,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The provider (or the service) is rate limiting requests."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Wait for the Retry-After interval before trying again.") },
    KindRow { Kind::UpstreamError, "UpstreamError", 502,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The provider failed to answer the service."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Retry later; check the provider's status page if it persists.") },
    KindRow { Kind::ValidationError, "ValidationError", 400,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The service rejected the request as malformed."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Check the slug and parameters sent (see the request log).") },
    KindRow { Kind::IdempotencyConflict, "IdempotencyConflict", 409,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The same idempotency key was used with a different payload."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Use a new idempotency key for a different request.") },
    KindRow { Kind::VendoOnlyFeature, "VendoOnlyFeature", 0,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "No API key is configured, so the client is not in Vendo mode."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Store an API key for this profile (or set VENDO_API_KEY).") },
    KindRow { Kind::IdentityNotPresent, "IdentityNotPresent", 0,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The request carries no X-Vendo-User-JWT header (or it is empty)."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Make the caller send X-Vendo-User-JWT with the user's identity token.") },
    KindRow { Kind::Base, "VendoError", 0,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The service reported an error without a known code."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Read the message and the request id, and contact Vendo support if it persists.") },
    KindRow { Kind::ConnectionRefused, "NetworkError", 0,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Nothing accepted the connection at that address and port."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Check the profile's URL and port, and that the service is running.") },
    KindRow { Kind::HostNotFound, "NetworkError", 0,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The host name could not be resolved."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Check the host name in the profile and the machine's DNS settings.") },
    KindRow { Kind::Tls, "TlsError", 0,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The TLS handshake failed; the server's certificate was not accepted."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Check the certificate problem named here, the system clock and any intercepting proxy.") },
    KindRow { Kind::Timeout, "Timeout", 0,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "No complete answer arrived within the timeout."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Retry; if it persists, check connectivity or raise the timeout.") },
    KindRow { Kind::ConnectionReset, "NetworkError", 0,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The connection was closed or reset before the answer was complete."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Retry; a proxy or load balancer may be dropping connections.") },
    KindRow { Kind::Network, "NetworkError", 0,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The request failed at the network level."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Check network connectivity and proxy settings, then retry.") },
    KindRow { Kind::MalformedBody, "ProtocolError", 0,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The answer's body is not the JSON the contract describes."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Check that the URL points at the Vendo service and not at a proxy or web page.") },
    KindRow { Kind::OversizedBody, "ProtocolError", 0,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The answer was larger than 1 MiB and was abandoned."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Check that the URL points at the Vendo service; its answers are small.") },
    KindRow { Kind::UnexpectedContentType, "ProtocolError", 0,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The answer is not application/json."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Check that the URL points at the Vendo service and not at a login page or proxy.") },
    KindRow { Kind::RedirectRefused, "ProtocolError", 0,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The server redirected to another origin; credentials are never sent there."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Use the final URL directly in the profile if it is trustworthy.") },
    KindRow { Kind::InsecureUrl, "ConfigurationError", 0,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The URL uses plain http on a host that is not loopback."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Use an https URL in the profile.") },
    KindRow { Kind::InvalidInput, "InputError", 0,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The input could not be used."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Correct the input as the message says and try again.") },
    KindRow { Kind::Cancelled, "Cancelled", 0,
              QT_TRANSLATE_NOOP("vendo::client::Errors", "The request was cancelled."),
              QT_TRANSLATE_NOOP("vendo::client::Errors", "Run it again when needed.") },
};
// clang-format on

const KindRow &row(Kind kind)
{
    for (const KindRow &r : kKinds) {
        if (r.kind == kind)
            return r;
    }
    return kKinds[11]; // Base
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::client::Errors)
};

} // namespace

std::optional<VendoError::Kind> kindForCode(const QString &code)
{
    for (const CodeRow &r : kCurrentCodes) {
        if (code == QLatin1String(r.code))
            return r.kind;
    }
    return std::nullopt;
}

std::optional<std::pair<VendoError::Kind, QString>> kindForLegacyCode(const QString &code)
{
    for (const LegacyRow &r : kLegacyCodes) {
        if (code == QLatin1String(r.legacy))
            return std::pair { r.kind, QString::fromLatin1(r.current) };
    }
    return std::nullopt;
}

std::optional<VendoError::Kind> kindForTransportCode(const QString &code)
{
    for (const KindRow &r : kKinds) {
        if (!isServiceKind(r.kind) && VendoError::kindCode(r.kind) == code)
            return r.kind;
    }
    return std::nullopt;
}

std::optional<VendoError::Kind> kindForClassName(const QString &name)
{
    if (name == QLatin1String("VendoError"))
        return Kind::Base;
    for (const KindRow &r : kKinds) {
        if (isServiceKind(r.kind) && name == QLatin1String(r.className))
            return r.kind;
    }
    // Transport classes name a family; pick its most general member.
    if (name == QLatin1String("NetworkError"))
        return Kind::Network;
    if (name == QLatin1String("TlsError"))
        return Kind::Tls;
    if (name == QLatin1String("Timeout"))
        return Kind::Timeout;
    return std::nullopt;
}

QStringList currentCodes()
{
    QStringList codes;
    for (const CodeRow &r : kCurrentCodes)
        codes << QString::fromLatin1(r.code);
    return codes;
}

QStringList legacyCodes()
{
    QStringList codes;
    for (const LegacyRow &r : kLegacyCodes)
        codes << QString::fromLatin1(r.legacy);
    return codes;
}

QString className(Kind kind)
{
    return QString::fromLatin1(row(kind).className);
}

QString meaning(Kind kind)
{
    return Tr::tr(row(kind).meaning);
}

QString remediation(Kind kind, const QString &code)
{
    if (kind == Kind::Base) {
        if (code == QLatin1String("provider_unknown"))
            return Tr::tr(
                QT_TRANSLATE_NOOP("vendo::client::Errors", "Check the provider slug: the service does not know it."));
        if (code == QLatin1String("profile_unsupported"))
            return Tr::tr(QT_TRANSLATE_NOOP("vendo::client::Errors",
                                            "This connection profile is not supported for token access; use the "
                                            "provider's own integration."));
    }
    return Tr::tr(row(kind).remediation);
}

int typicalStatus(Kind kind)
{
    return row(kind).typicalStatus;
}

bool isServiceKind(Kind kind)
{
    return kind <= Kind::Base;
}

bool isTransportKind(Kind kind)
{
    return kind >= Kind::ConnectionRefused && kind <= Kind::Network;
}

bool isProtocolKind(Kind kind)
{
    return kind >= Kind::MalformedBody && kind <= Kind::RedirectRefused;
}

} // namespace vendo::client::ErrorCatalog

#include "jwt/Claims.h"

#include "jwt/RawJson.h"

#include <QCoreApplication>

#include <array>

namespace vendo::jwt {

namespace {

struct KnownClaim
{
    const char *name;
    bool registered;
    const char *description;
};

// The one place claim descriptions live. RFC 7519 section 4.1 first, then what Vendo (Supabase auth)
// identity tokens carry.
constexpr std::array kKnownClaims = {
    KnownClaim { "iss", true, QT_TRANSLATE_NOOP("vendo::jwt::Claims", "Issuer: who created and signed the token") },
    KnownClaim { "sub", true,
                 QT_TRANSLATE_NOOP("vendo::jwt::Claims", "Subject: the user id; Vendo derives the tenant from it") },
    KnownClaim { "aud", true,
                 QT_TRANSLATE_NOOP("vendo::jwt::Claims",
                                   "Audience: who the token is meant for (\"authenticated\" for signed-in users)") },
    KnownClaim { "exp", true, QT_TRANSLATE_NOOP("vendo::jwt::Claims", "Expiration time: not accepted from then on") },
    KnownClaim { "nbf", true, QT_TRANSLATE_NOOP("vendo::jwt::Claims", "Not before: not accepted until then") },
    KnownClaim { "iat", true, QT_TRANSLATE_NOOP("vendo::jwt::Claims", "Issued at: when the token was created") },
    KnownClaim { "jti", true, QT_TRANSLATE_NOOP("vendo::jwt::Claims", "JWT ID: a unique identifier of this token") },
    KnownClaim { "email", false, QT_TRANSLATE_NOOP("vendo::jwt::Claims", "The user's email address") },
    KnownClaim { "phone", false, QT_TRANSLATE_NOOP("vendo::jwt::Claims", "The user's phone number") },
    KnownClaim { "role", false,
                 QT_TRANSLATE_NOOP("vendo::jwt::Claims",
                                   "Database role the token acts as (\"authenticated\", \"anon\", \"service_role\")") },
    KnownClaim { "app_metadata", false,
                 QT_TRANSLATE_NOOP("vendo::jwt::Claims",
                                   "Metadata only the service can set; holds the tenant id and sign-in providers") },
    KnownClaim { "user_metadata", false,
                 QT_TRANSLATE_NOOP("vendo::jwt::Claims", "Metadata the user can edit (name, avatar, ...)") },
    KnownClaim { "session_id", false,
                 QT_TRANSLATE_NOOP("vendo::jwt::Claims", "The sign-in session this token was issued for") },
    KnownClaim { "aal", false,
                 QT_TRANSLATE_NOOP("vendo::jwt::Claims",
                                   "Authenticator assurance level: aal1 (one factor) or aal2 (multi-factor)") },
    KnownClaim { "amr", false,
                 QT_TRANSLATE_NOOP("vendo::jwt::Claims",
                                   "Authentication methods used to sign in (password, otp, oauth, ...) and when") },
    KnownClaim { "is_anonymous", false,
                 QT_TRANSLATE_NOOP("vendo::jwt::Claims", "Whether the user signed in anonymously") },
    KnownClaim { "auth_time", false, QT_TRANSLATE_NOOP("vendo::jwt::Claims", "When the user actually authenticated") },
};

const KnownClaim *known(QByteArrayView name)
{
    for (const KnownClaim &claim : kKnownClaims) {
        if (name == claim.name)
            return &claim;
    }
    return nullptr;
}

} // namespace

QString Claim::description() const
{
    return Claims::describe(name);
}

bool Claim::isRegistered() const
{
    const KnownClaim *claim = known(name);
    return claim && claim->registered;
}

QString Claims::describe(QByteArrayView name)
{
    const KnownClaim *claim = known(name);
    return claim ? QCoreApplication::translate("vendo::jwt::Claims", claim->description) : QString();
}

bool Claims::isDateClaim(QByteArrayView name)
{
    return name == "exp" || name == "nbf" || name == "iat" || name == "auth_time";
}

QList<Claim> Claims::fromPayloadJson(QByteArrayView payloadJson)
{
    QList<Claim> claims;
    const QList<RawJson::Member> members = RawJson::topLevelMembers(payloadJson);
    claims.reserve(members.size());
    for (const RawJson::Member &member : members) {
        Claim claim;
        claim.name = member.name;
        claim.rawValue = member.rawValue.toByteArray();
        claim.jsonType = RawJson::typeOf(member.rawValue);
        if (isDateClaim(member.name))
            claim.date = NumericDate::fromRawJson(member.rawValue);
        claims.append(std::move(claim));
    }
    return claims;
}

QList<Claim> Claims::fromToken(const DecodedJwt &token)
{
    if (!token.payload)
        return {};
    return fromPayloadJson(token.payloadJson);
}

} // namespace vendo::jwt

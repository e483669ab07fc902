#include "jwt/Claims.h"

#include "jwt/RawJson.h"

#include <QCoreApplication>

#include <array>

namespace vendo::jwt {

namespace {

struct KnownClaim
{
    QByteArrayView name; // a view, so that comparisons check the length before any byte
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
        if (RawJson::sameBytes(name, claim.name))
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
    if (name.size() == 3)
        return RawJson::sameBytes(name, "exp") || RawJson::sameBytes(name, "nbf") || RawJson::sameBytes(name, "iat");
    return RawJson::sameBytes(name, "auth_time");
}

const Claim *Claims::find(const QList<Claim> &claims, QByteArrayView name)
{
    for (const Claim &claim : claims) {
        if (RawJson::sameBytes(claim.name, name))
            return &claim;
    }
    return nullptr;
}

QString Claims::string(const QList<Claim> &claims, QByteArrayView name)
{
    const Claim *claim = find(claims, name);
    return claim ? RawJson::stringValue(claim->rawValue).value_or(QString()) : QString();
}

QList<Claim> Claims::fromPayloadJson(QByteArrayView payloadJson)
{
    return fromShared(payloadJson.toByteArray());
}

namespace {

// One claim whose name and value point into the shared payload, not copies: a bulk audit reads a
// dozen claims per token. `name` is unescaped; it may point into the payload or be its own bytes.
Claim makeClaim(const QByteArray &payloadJson, const QByteArray &name, QByteArrayView rawValue)
{
    const char *begin = payloadJson.constData();
    const bool inside = name.constData() >= begin && name.constData() < begin + payloadJson.size();
    const KnownClaim *knownClaim = known(name);
    return Claim {
        .name = knownClaim ? QByteArray::fromRawData(knownClaim->name.data(), knownClaim->name.size())
            : inside       ? QByteArray::fromRawData(name.constData(), name.size())
                           : QByteArray(name.constData(), name.size()), // unescaped: its own bytes
        .rawValue = QByteArray::fromRawData(rawValue.data(), rawValue.size()),
        .source = payloadJson,
        .jsonType = RawJson::typeOf(rawValue),
        .date = Claims::isDateClaim(name) ? std::optional(NumericDate::fromRawJson(rawValue)) : std::nullopt,
    };
}

} // namespace

QList<Claim> Claims::fromShared(const QByteArray &payloadJson)
{
    QList<Claim> claims;
    claims.reserve(16);
    RawJson::forEachTopLevelMember(payloadJson, [&](const QByteArray &name, QByteArrayView rawValue, qsizetype) {
        claims.append(makeClaim(payloadJson, name, rawValue));
    });
    return claims;
}

QList<Claim> Claims::fromToken(const DecodedJwt &token)
{
    if (!token.payloadIsObject)
        return {};
    if (token.payloadMembers.isEmpty())
        return fromShared(token.payloadJson);
    // The decoder already found the members while validating the JSON.
    QList<Claim> claims;
    claims.reserve(token.payloadMembers.size());
    for (const RawJson::MemberSpan &member : token.payloadMembers) {
        const QByteArrayView quoted = member.quotedKey(token.payloadJson);
        // The scan already knows whether the key has escapes: only those need unescaping.
        claims.append(makeClaim(token.payloadJson,
                                member.keyEscaped ? RawJson::keyName(quoted)
                                                  : QByteArray::fromRawData(quoted.data() + 1, quoted.size() - 2),
                                member.rawValue(token.payloadJson)));
    }
    return claims;
}

} // namespace vendo::jwt

#include "sandbox/IdentityAuthority.h"

#include "jwt/JwsSigner.h"
#include "jwt/JwtDecoder.h"
#include "jwt/SignatureVerifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace vendo::sandbox {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::sandbox::IdentityAuthority)
};

// Session ids are derived, not random, so that the same user minted at the same second gets the
// same claims (determinism of the sandbox's answers).
QString sessionIdFor(const QString &userId, qint64 iat)
{
    static const QUuid kNamespace = QUuid::fromString(QLatin1String("6f1c1d8e-3b0a-4a59-9a6e-5d1f0c2b7e41"));
    return QUuid::createUuidV5(kNamespace, userId + QLatin1Char(':') + QString::number(iat))
        .toString(QUuid::WithoutBraces);
}

bool audienceMatches(const QJsonValue &aud)
{
    const QString expected = QStringLiteral("authenticated");
    if (aud.isString())
        return aud.toString() == expected;
    if (aud.isArray()) {
        const QJsonArray list = aud.toArray();
        return std::any_of(list.begin(), list.end(), [&](const QJsonValue &v) { return v.toString() == expected; });
    }
    return false;
}

} // namespace

IdentityAuthority::IdentityAuthority(jwt::Key key, jwt::Key strangerKey)
    : m_key(std::move(key))
    , m_strangerKey(std::move(strangerKey))
    , m_jwks(QList<jwt::Key> { m_key })
{ }

SandboxResult<IdentityAuthority> IdentityAuthority::create(const Scenario &scenario)
{
    jwt::Key key;
    if (scenario.signingKeyPem.isEmpty()) {
        auto generated = jwt::Key::generate(jwt::Algorithm::ES256);
        if (!generated)
            return std::unexpected(SandboxError::make(
                SandboxError::Kind::SigningKey,
                Tr::tr("Could not generate the sandbox's signing key: %1").arg(generated.error().message)));
        key = generated.value();
    } else {
        auto loaded = jwt::Key::fromPem(scenario.signingKeyPem);
        if (!loaded)
            return std::unexpected(SandboxError::make(
                SandboxError::Kind::SigningKey,
                Tr::tr("The scenario's signing key cannot be read: %1").arg(loaded.error().message)));
        key = loaded.value();
        if (key.type() != jwt::KeyType::EC || key.curve() != QLatin1String("P-256") || !key.hasPrivate())
            return std::unexpected(
                SandboxError::make(SandboxError::Kind::SigningKey,
                                   Tr::tr("The scenario's signing key must be an EC P-256 private key (ES256).")));
    }
    key.setAlg(jwt::Algorithm::ES256);
    key.setUse(QStringLiteral("sig"));
    key.setKid(scenario.signingKeyId.isEmpty() ? QStringLiteral("sbx-") + key.thumbprint().left(16)
                                               : scenario.signingKeyId);

    auto stranger = jwt::Key::generate(jwt::Algorithm::ES256);
    if (!stranger)
        return std::unexpected(SandboxError::make(
            SandboxError::Kind::SigningKey,
            Tr::tr("Could not generate the sandbox's signing key: %1").arg(stranger.error().message)));
    jwt::Key strangerKey = stranger.value();
    strangerKey.setKid(QStringLiteral("sbx-unknown-") + strangerKey.thumbprint().left(12));
    return IdentityAuthority(std::move(key), std::move(strangerKey));
}

QByteArray IdentityAuthority::jwksJson() const
{
    return QJsonDocument(m_jwks.toPublicJson()).toJson(QJsonDocument::Compact);
}

MintResult IdentityAuthority::mint(const SandboxUser &user, const MintOptions &options, const QString &issuer,
                                   qint64 now) const
{
    const qint64 lifetime = std::max<qint64>(1, options.lifetime.count());
    qint64 iat = now;
    switch (options.variant) {
    case MintOptions::Variant::Expired:
        iat = now - lifetime - 300; // expired five minutes ago
        break;
    case MintOptions::Variant::NotYetValid:
        iat = now + 600; // valid only from ten minutes from now
        break;
    default:
        break;
    }

    QJsonObject claims {
        { QStringLiteral("iss"), issuer },
        { QStringLiteral("aud"), QStringLiteral("authenticated") },
        { QStringLiteral("sub"), user.id },
        { QStringLiteral("email"), user.email },
        { QStringLiteral("role"), user.role },
        { QStringLiteral("iat"), iat },
        { QStringLiteral("exp"), iat + lifetime },
        { QStringLiteral("app_metadata"),
          QJsonObject { { QStringLiteral("provider"), QStringLiteral("email") },
                        { QStringLiteral("providers"), QJsonArray { QStringLiteral("email") } },
                        { QStringLiteral("tenant_id"), user.tenantId } } },
        { QStringLiteral("user_metadata"), QJsonObject { { QStringLiteral("name"), user.name } } },
        { QStringLiteral("session_id"), sessionIdFor(user.id, iat) },
        { QStringLiteral("aal"), QStringLiteral("aal1") },
        { QStringLiteral("is_anonymous"), false },
    };
    if (options.variant == MintOptions::Variant::NotYetValid)
        claims.insert(QStringLiteral("nbf"), iat);
    for (auto it = options.extraClaims.begin(); it != options.extraClaims.end(); ++it) {
        if (it.value().isNull())
            claims.remove(it.key()); // null removes a standard claim (training: "no exp")
        else
            claims.insert(it.key(), it.value());
    }

    jwt::Key signingKey = m_key;
    if (options.variant == MintOptions::Variant::WrongSignature) {
        signingKey = m_strangerKey;
        signingKey.setKid(m_key.kid()); // looks like ours, is not
    } else if (options.variant == MintOptions::Variant::UnknownKid) {
        signingKey = m_strangerKey;
    }

    auto signedToken = jwt::JwsSigner::sign(jwt::Algorithm::ES256, signingKey, claims);
    if (!signedToken)
        return std::unexpected(
            SandboxError::make(SandboxError::Kind::SigningFailed,
                               Tr::tr("Could not sign the token: %1").arg(signedToken.error().message)));
    return QString::fromLatin1(signedToken.value());
}

std::expected<IdentityAuthority::VerifiedUser, IdentityAuthority::Refusal>
IdentityAuthority::verify(const QByteArray &token, const Scenario &scenario, const QString &issuer, qint64 now) const
{
    const auto fail = [](Refusal refusal) { return std::unexpected(refusal); };

    const jwt::DecodedJwt decoded = jwt::JwtDecoder::decode(token);
    if (!decoded.structureOk() || !decoded.header || !decoded.payload || !decoded.cleanup.isEmpty())
        return fail(Refusal::Malformed);
    if (decoded.alg() != QLatin1String("ES256"))
        return fail(Refusal::UnsupportedAlg);

    const jwt::SignatureCheck check = jwt::SignatureVerifier::verify(decoded, m_jwks);
    if (check.status == jwt::SignatureStatus::KeyNotFound)
        return fail(Refusal::UnknownKid);
    if (check.status != jwt::SignatureStatus::Valid)
        return fail(Refusal::BadSignature);

    const QJsonObject &claims = *decoded.payload;
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return fail(Refusal::Malformed);
    if (static_cast<qint64>(exp.toDouble()) <= now)
        return fail(Refusal::Expired);
    const QJsonValue nbf = claims.value(QStringLiteral("nbf"));
    const QJsonValue iat = claims.value(QStringLiteral("iat"));
    // A minute of leeway for clocks that disagree a little; a token minted ahead of time is refused.
    if ((nbf.isDouble() && static_cast<qint64>(nbf.toDouble()) > now + 60)
        || (iat.isDouble() && static_cast<qint64>(iat.toDouble()) > now + 60))
        return fail(Refusal::NotYetValid);
    if (claims.value(QStringLiteral("iss")).toString() != issuer)
        return fail(Refusal::WrongIssuer);
    if (!audienceMatches(claims.value(QStringLiteral("aud"))))
        return fail(Refusal::WrongAudience);

    const SandboxUser *user = scenario.user(claims.value(QStringLiteral("sub")).toString());
    if (!user)
        return fail(Refusal::UnknownUser);
    return VerifiedUser { user->id, user->tenantId };
}

} // namespace vendo::sandbox

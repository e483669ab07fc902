#pragma once

#include "jwt/JwkSet.h"
#include "jwt/Key.h"
#include "sandbox/MintOptions.h"
#include "sandbox/Scenario.h"

#include <QByteArray>
#include <QString>

#include <expected>
#include <memory>

namespace vendo::sandbox {

// The sandbox's identity issuer: its ES256 signing key, the JWKS that publishes it, minting of
// Supabase-style user tokens and the server-side verification of incoming ones. All crypto is
// core/jwt's.
class IdentityAuthority
{
public:
    // Why the service refuses an identity token.
    enum class Refusal {
        Malformed,
        UnsupportedAlg,
        UnknownKid,
        BadSignature,
        Expired,
        NotYetValid,
        WrongIssuer,
        WrongAudience,
        UnknownUser,
    };
    // Whom an accepted identity token names.
    struct VerifiedUser
    {
        QString userId;
        QString tenantId;
    };

    // Loads the scenario's key, or generates a fresh P-256 key. Fails with a SigningKey error.
    static SandboxResult<IdentityAuthority> create(const Scenario &scenario);

    QString keyId() const { return m_key.kid(); }
    QByteArray jwksJson() const;

    MintResult mint(const SandboxUser &user, const MintOptions &options, const QString &issuer, qint64 now) const;
    std::expected<VerifiedUser, Refusal> verify(const QByteArray &token, const Scenario &scenario,
                                                const QString &issuer, qint64 now) const;

private:
    IdentityAuthority(jwt::Key key, jwt::Key strangerKey);

    jwt::Key m_key; // signs; published in the JWKS
    jwt::Key m_strangerKey; // signs the "wrong signature" and "unknown kid" training tokens; never published
    jwt::JwkSet m_jwks;
};

} // namespace vendo::sandbox

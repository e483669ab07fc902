#pragma once

#include "jwt/JwkSet.h"
#include "jwt/Key.h"
#include "sandbox/MintOptions.h"
#include "sandbox/Scenario.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <variant>

namespace vendo::sandbox {

// The sandbox's identity issuer: its ES256 signing key, the JWKS that publishes it, minting of
// Supabase-style user tokens and the server-side verification of incoming ones. All crypto is
// core/jwt's.
class IdentityAuthority
{
public:
    struct Verification
    {
        enum class Problem {
            None,
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
        Problem problem = Problem::None;
        QString userId;
        QString tenantId;

        bool ok() const { return problem == Problem::None; }
    };

    // Loads the scenario's key, or generates a fresh P-256 key. Fails with a SigningKey error.
    static SandboxResult<IdentityAuthority> create(const Scenario &scenario);

    QString keyId() const { return m_key.kid(); }
    QByteArray jwksJson() const;

    MintResult mint(const SandboxUser &user, const MintOptions &options, const QString &issuer, qint64 now) const;
    Verification verify(const QByteArray &token, const Scenario &scenario, const QString &issuer, qint64 now) const;

private:
    IdentityAuthority(jwt::Key key, jwt::Key strangerKey);

    jwt::Key m_key; // signs; published in the JWKS
    jwt::Key m_strangerKey; // signs the "wrong signature" and "unknown kid" training tokens; never published
    jwt::JwkSet m_jwks;
};

} // namespace vendo::sandbox

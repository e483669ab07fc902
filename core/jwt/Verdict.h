#pragma once

#include "jwt/DecodedJwt.h"
#include "jwt/SignatureCheck.h"

#include <QList>
#include <QString>

namespace vendo::jwt {

enum class TimeStatus {
    Valid,
    Expired,
    NotYetValid,
    NoExp, // a warning too: never reported as expired
    Unknown, // no readable payload, or exp/nbf not a number
};

// "valid", "expired", "not_yet_valid", "no_exp", "unknown" (docs/architecture.md --json).
QString timeStatusName(TimeStatus status);

enum class WarningKind {
    AlgNone,
    HmacOnIdentityToken,
    MissingKid,
    IatInFuture,
    UnusualLifetime,
    IssuerMismatch,
    AudienceMismatch,
    NoExp,
    BadDate, // a date claim that is not a whole NumericDate
    ExpiredWithinLeeway,
    Encrypted,
    KeySetExposesSecrets, // the JWKS fetched from a URL holds private members or oct keys
};

struct Warning
{
    WarningKind kind;
    QString code; // stable: "alg_none", "hmac_identity_token", "missing_kid", "iat_in_future",
                  // "unusual_lifetime", "iss_mismatch", "aud_mismatch", "no_exp", "bad_date",
                  // "expired_within_leeway", "encrypted", "jwks_exposes_secrets"
    QString message; // translated
};

// What the judge is told. Expectations are plain strings: this module does not know profiles.
struct VerdictOptions
{
    // The operator's local leeway for exp (and nbf), for issuers other than Vendo's. The service
    // enforces exp with none (docs/service-contract.md, "How the SDKs behave as clients"), so the
    // headline verdict uses 0 unless the operator chooses one.
    qint64 leewaySeconds = 0;
    // How far ahead of now nbf and iat may be before the token is "not yet valid": the service's 60 s
    // (docs/service-contract.md; the sandbox does the same). The larger of this and the leeway applies.
    qint64 futureToleranceSeconds = 60;
    QString expectedIssuer; // empty: not checked
    QString expectedAudience; // empty: not checked
    qint64 expectedLifetimeSeconds = 3600; // Vendo issues 1-hour tokens
    qint64 lifetimeToleranceSeconds = 300; // farther than this from the expected lifetime: a warning
};

// Three independent answers plus warnings.
struct Verdict
{
    bool structureOk = false;
    QList<StructureProblem> problems;

    TimeStatus time = TimeStatus::Unknown;
    // Expired: seconds since exp. NotYetValid: seconds until nbf. Valid: seconds until exp. Else 0.
    qint64 timeDeltaSeconds = 0;
    qint64 evaluatedAt = 0; // the clock's now, seconds since the epoch
    qint64 leewaySeconds = 0;

    SignatureCheck signature;
    QList<Warning> warnings;

    bool hasWarning(WarningKind kind) const;
    // One translated line for the time axis: "valid, expires in 12 min", "expired 3 h ago", ...
    QString timeText() const;
};

} // namespace vendo::jwt

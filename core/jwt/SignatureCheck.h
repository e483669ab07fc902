#pragma once

#include <QString>
#include <QStringList>

namespace vendo::jwt {

// The signature axis of a verdict.
enum class SignatureStatus {
    NotChecked, // no key given
    Valid,
    Invalid, // wrong signature, or a key that exists but must not be used for this alg
    KeyNotFound, // no key with the token's kid (or none fitting its alg)
    UnsupportedAlg,
    Unsigned, // alg "none"
};

// "not_checked", "valid", "invalid", "key_not_found", "unsupported_alg", "unsigned" (docs/architecture.md --json).
QString signatureStatusName(SignatureStatus status);

struct SignatureCheck
{
    SignatureStatus status = SignatureStatus::NotChecked;
    QString kid; // the token's kid (what was looked for)
    QString keyKid; // the kid of the key that verified (Valid) or was tried last
    QString detail; // translated explanation for people
    QStringList keySetWarnings; // the key set's own warnings (JwkSet::warnings), for the verdict
};

} // namespace vendo::jwt

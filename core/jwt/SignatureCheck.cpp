#include "jwt/SignatureCheck.h"

namespace vendo::jwt {

// Apart from SignatureVerifier: naming a status must not link OpenSSL.
QString signatureStatusName(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::NotChecked:
        return QStringLiteral("not_checked");
    case SignatureStatus::Valid:
        return QStringLiteral("valid");
    case SignatureStatus::Invalid:
        return QStringLiteral("invalid");
    case SignatureStatus::KeyNotFound:
        return QStringLiteral("key_not_found");
    case SignatureStatus::UnsupportedAlg:
        return QStringLiteral("unsupported_alg");
    case SignatureStatus::Unsigned:
        return QStringLiteral("unsigned");
    }
    return {};
}

} // namespace vendo::jwt

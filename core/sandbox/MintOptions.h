#pragma once

#include "sandbox/SandboxError.h"

#include <QJsonObject>
#include <QString>

#include <chrono>
#include <optional>

namespace vendo::sandbox {

// How SandboxServer::mintToken() shapes an identity token. The defaults give a valid one-hour
// token; the variants give the broken tokens that support engineers must learn to recognise.
struct MintOptions
{
    enum class Variant {
        Valid,
        Expired, // exp in the past (iat = now - lifetime - 60 s)
        NotYetValid, // iat and nbf in the future
        WrongSignature, // signed by a key that is not in the JWKS, with the JWKS's kid
        UnknownKid, // correctly signed, but its kid is not in the JWKS
    };

    std::chrono::seconds lifetime { 3600 };
    Variant variant = Variant::Valid;
    QJsonObject extraClaims; // added to, or replacing, the standard claims
};

// A compact JWS (a secret: never log it), or why none was made (UnknownUser, SigningFailed).
using MintResult = SandboxResult<QString>;

} // namespace vendo::sandbox

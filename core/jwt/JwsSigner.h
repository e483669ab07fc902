#pragma once

#include "jwt/Key.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace vendo::jwt {

// Produces JWS signatures with OpenSSL EVP: for ES* the raw r||s form JOSE requires (RFC 7518
// section 3.4), not DER.
class JwsSigner
{
public:
    // The signature bytes over `signingInput` ("<b64 header>.<b64 payload>").
    static Result<QByteArray> signRaw(Algorithm alg, const Key &key, QByteArrayView signingInput);

    // A compact JWS from the exact header and payload JSON bytes given. The algorithm is the header's
    // "alg"; it must be one this module supports and fit the key.
    static Result<QByteArray> sign(const Key &key, QByteArrayView headerJson, QByteArrayView payloadJson);

    // Convenience for minting: header {"alg": <alg>, "typ": "JWT", "kid": <key kid if any>} plus
    // `extraHeader` members, payload serialized compactly.
    static Result<QByteArray> sign(Algorithm alg, const Key &key, const QJsonObject &payload,
                                   const QJsonObject &extraHeader = {});
};

} // namespace vendo::jwt

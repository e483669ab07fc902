#pragma once

#include "jwt/DecodedJwt.h"
#include "jwt/JwkSet.h"
#include "jwt/SignatureCheck.h"

namespace vendo::jwt {

// Checks a decoded JWS against keys. Selection follows RFC 7515/7517 practice: the token's kid picks
// the candidates, then only keys whose kty/crv/alg/use fit the token's alg are tried. A key that
// fits the kid but not the alg is never used (algorithm confusion): the verdict is Invalid.
class SignatureVerifier
{
public:
    // RSA keys shorter than this are refused (NIST SP 800-131A; 1024-bit moduli are within reach).
    static constexpr int kMinRsaBits = 2048;

    static SignatureCheck verify(const DecodedJwt &token, const JwkSet &keys);
    static SignatureCheck verify(const DecodedJwt &token, const Key &key);

    // The bare primitive: whether `signature` is a valid `alg` signature of `signingInput` under `key`.
    // False on any mismatch (wrong key type, wrong ES signature length, ...), never a crash.
    static bool verifyRaw(Algorithm alg, const Key &key, QByteArrayView signingInput, QByteArrayView signature);

private:
    static SignatureCheck checkAgainst(const DecodedJwt &token, const JwkSet &keys);
};

} // namespace vendo::jwt

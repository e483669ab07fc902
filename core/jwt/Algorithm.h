#pragma once

#include <QByteArrayView>
#include <QString>

namespace vendo::jwt {

// The JWS algorithms this module signs and verifies (RFC 7518 + RFC 8037 EdDSA over Ed25519).
enum class Algorithm {
    Unknown, // anything else, including a missing "alg"
    None, // "none": an unsecured JWS
    HS256,
    HS384,
    HS512,
    RS256,
    RS384,
    RS512,
    PS256,
    PS384,
    PS512,
    ES256,
    ES384,
    ES512,
    EdDSA,
};

// The JWK "kty" a key must have to be used with an algorithm.
enum class KeyType { Unknown, EC, RSA, OKP, Oct };

Algorithm algorithmFromName(QByteArrayView name);
QString algorithmName(Algorithm alg); // "ES256"; empty for Unknown
KeyType keyTypeFor(Algorithm alg); // Unknown for None/Unknown
QString keyTypeName(KeyType type); // "EC", "RSA", "OKP", "oct"
KeyType keyTypeFromName(QByteArrayView name);
// The JWK "crv" an EC/OKP key needs for `alg` ("P-256" for ES256, "Ed25519" for EdDSA); empty otherwise.
QString curveFor(Algorithm alg);
bool isHmac(Algorithm alg);
// The SHA-2 size the algorithm hashes with (256/384/512); 0 for EdDSA, None, Unknown.
int hashBits(Algorithm alg);
// ES*: the byte length of r and of s in the JOSE signature (32, 48, 66); 0 otherwise.
int ecCoordinateBytes(Algorithm alg);
// Every algorithm that can sign (all but None/Unknown), in a stable order, for tests and tables.
const Algorithm *signingAlgorithmsBegin();
const Algorithm *signingAlgorithmsEnd();

} // namespace vendo::jwt

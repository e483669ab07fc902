#pragma once

#include "jwt/Algorithm.h"

#include <QByteArrayView>

#include <array>
#include <cstddef>

namespace vendo::jwt {

// A DER ECDSA-Sig-Value (SEQUENCE of the INTEGERs r and s) in a fixed buffer: verification runs per
// token in a bulk audit, so it neither allocates nor goes through BIGNUM.
struct EcdsaDer
{
    // P-521 coordinates are 66 bytes; the longest encoding is a 3-byte SEQUENCE header plus two
    // INTEGERs of tag, length, sign byte and 66 bytes.
    static constexpr int kMaxCoordinateBytes = 66;
    static constexpr size_t kMaxBytes = 3 + 2 * (2 + 1 + kMaxCoordinateBytes);

    std::array<unsigned char, kMaxBytes> bytes {};
    size_t size = 0;

    QByteArrayView view() const { return QByteArrayView(bytes.data(), qsizetype(size)); }
};

// JOSE r||s (RFC 7518 section 3.4) to DER, as X.690 encodes INTEGERs: minimal length, a zero byte
// before a set top bit. False when `signature` is not exactly twice `alg`'s coordinate size.
bool joseToDer(Algorithm alg, QByteArrayView signature, EcdsaDer &der);

} // namespace vendo::jwt

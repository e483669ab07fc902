#include "jwt/EcdsaDer.h"

#include <cstring>

namespace vendo::jwt {

namespace {

// Appends one DER INTEGER holding the unsigned big-endian `value`: leading zero bytes dropped, one
// zero byte put back when the top bit is set (DER integers are signed), as X.690 section 8.3 says.
void appendDerInteger(EcdsaDer &der, size_t &at, const unsigned char *value, int width)
{
    int skip = 0;
    while (skip < width - 1 && value[skip] == 0)
        ++skip;
    const int length = width - skip;
    const bool pad = (value[skip] & 0x80) != 0;
    der.bytes[at++] = 0x02;
    der.bytes[at++] = static_cast<unsigned char>(length + (pad ? 1 : 0));
    if (pad)
        der.bytes[at++] = 0x00;
    std::memcpy(der.bytes.data() + at, value + skip, size_t(length));
    at += size_t(length);
}

} // namespace

// Written directly: through BIGNUM and i2d_ECDSA_SIG it was 7 % of verifying an ES256 token.
bool joseToDer(Algorithm alg, QByteArrayView signature, EcdsaDer &der)
{
    const int width = ecCoordinateBytes(alg);
    if (width == 0 || width > EcdsaDer::kMaxCoordinateBytes || signature.size() != 2 * width)
        return false;
    const auto *bytes = reinterpret_cast<const unsigned char *>(signature.data());
    // The body first, after room for the longest SEQUENCE header (tag, 0x81, length).
    size_t at = 3;
    appendDerInteger(der, at, bytes, width);
    appendDerInteger(der, at, bytes + width, width);
    const size_t body = at - 3;
    // P-521's body can pass 127 bytes, which takes the long length form.
    const size_t header = body < 0x80 ? 2 : 3;
    const size_t start = 3 - header;
    der.bytes[start] = 0x30;
    if (header == 2) {
        der.bytes[start + 1] = static_cast<unsigned char>(body);
    } else {
        der.bytes[start + 1] = 0x81;
        der.bytes[start + 2] = static_cast<unsigned char>(body);
    }
    if (start > 0)
        std::memmove(der.bytes.data(), der.bytes.data() + start, header + body);
    der.size = header + body;
    return true;
}

} // namespace vendo::jwt

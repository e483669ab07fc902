#pragma once

#include "jwt/DecodedJwt.h"

#include <QByteArrayView>

namespace vendo::jwt {

// Tolerant decoding of whatever a person pasted: a clean token, one with "Bearer " or an
// "X-Vendo-User-JWT:" header name in front, quotes or line breaks around or inside it, one cut short.
class JwtDecoder
{
public:
    static DecodedJwt decode(QByteArrayView input);
};

// Shorthand for JwtDecoder::decode.
inline DecodedJwt decode(QByteArrayView input)
{
    return JwtDecoder::decode(input);
}

} // namespace vendo::jwt

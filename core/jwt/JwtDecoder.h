#pragma once

#include "jwt/DecodedJwt.h"

#include <QByteArrayView>

namespace vendo::jwt {

// Tolerant decoding of whatever a person pasted: a clean token, one with "Bearer " or an
// "X-Vendo-User-JWT:" header name in front, quotes or line breaks around or inside it, one cut short.
class JwtDecoder
{
public:
    // Whether to build DecodedJwt::header/payload as QJsonObject. Everything else (validation, raw
    // JSON, alg/kid/typ, problems) is the same either way; Skip is for bulk work that reads raw JSON.
    enum class JsonObjects { Build, Skip };

    static DecodedJwt decode(QByteArrayView input, JsonObjects objects = JsonObjects::Build);
};

// Shorthand for JwtDecoder::decode.
inline DecodedJwt decode(QByteArrayView input)
{
    return JwtDecoder::decode(input);
}

} // namespace vendo::jwt

#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace vendo::jwt {

// Unpadded base64url (RFC 7515 section 2), the encoding of every JWS segment and JWK member.
QByteArray base64UrlEncode(QByteArrayView data);
// Strict: no padding, no standard-base64 characters, no whitespace. nullopt on any deviation.
std::optional<QByteArray> base64UrlDecode(QByteArrayView text);

} // namespace vendo::jwt

#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace vendo::jwt {

// Unpadded base64url (RFC 7515 section 2), the encoding of every JWS segment and JWK member.
QByteArray base64UrlEncode(QByteArrayView data);
// Strict: no padding, no standard-base64 characters, no whitespace. nullopt on any deviation.
std::optional<QByteArray> base64UrlDecode(QByteArrayView text);
// The same into `out` (left untouched on failure), for callers that keep their own buffer.
bool base64UrlDecodeInto(QByteArrayView text, QByteArray &out);
// Offset of the first byte that is not a base64url character, or -1.
qsizetype base64UrlInvalidOffset(QByteArrayView text);

} // namespace vendo::jwt

#include "jwt/Base64Url.h"

#include <array>

namespace vendo::jwt {

namespace {

// 6-bit value of each base64url character; kInvalid for every other byte. A table rather than Qt's
// decoder: every byte of every token goes through here in a bulk audit, and QByteArray::fromBase64Encoding
// was the largest single cost of decoding a token (28 % of the profile).
constexpr quint8 kInvalid = 0xFF;
constexpr auto kDecodeTable = [] {
    std::array<quint8, 256> table {};
    table.fill(kInvalid);
    quint8 value = 0;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[size_t(c)] = value++;
    for (int c = 'a'; c <= 'z'; ++c)
        table[size_t(c)] = value++;
    for (int c = '0'; c <= '9'; ++c)
        table[size_t(c)] = value++;
    table[size_t('-')] = value++;
    table[size_t('_')] = value++;
    return table;
}();

} // namespace

QByteArray base64UrlEncode(QByteArrayView data)
{
    return QByteArray::fromRawData(data.data(), data.size())
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

qsizetype base64UrlInvalidOffset(QByteArrayView text)
{
    const auto *s = reinterpret_cast<const uchar *>(text.data());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (kDecodeTable[s[i]] == kInvalid)
            return i;
    }
    return -1;
}

bool base64UrlDecodeInto(QByteArrayView text, QByteArray &out)
{
    const qsizetype n = text.size();
    if (n % 4 == 1)
        return false;
    const qsizetype whole = n / 4;
    const qsizetype tail = n % 4; // 0, 2 or 3 characters: 0, 1 or 2 more bytes
    QByteArray decoded(whole * 3 + (tail == 0 ? 0 : tail - 1), Qt::Uninitialized);
    const auto *in = reinterpret_cast<const uchar *>(text.data());
    auto *o = reinterpret_cast<uchar *>(decoded.data());
    // OR-ing the looked-up values lets one test per quad catch an invalid character (0xFF has bits
    // a valid 6-bit value never sets).
    quint32 bad = 0;
    for (qsizetype q = 0; q < whole; ++q, in += 4, o += 3) {
        const quint32 a = kDecodeTable[in[0]], b = kDecodeTable[in[1]], c = kDecodeTable[in[2]],
                      d = kDecodeTable[in[3]];
        bad |= a | b | c | d;
        const quint32 bits = (a << 18) | (b << 12) | (c << 6) | d;
        o[0] = uchar(bits >> 16);
        o[1] = uchar(bits >> 8);
        o[2] = uchar(bits);
    }
    if (tail >= 2) {
        const quint32 a = kDecodeTable[in[0]], b = kDecodeTable[in[1]];
        const quint32 c = tail == 3 ? kDecodeTable[in[2]] : 0;
        bad |= a | b | c;
        const quint32 bits = (a << 18) | (b << 12) | (c << 6);
        o[0] = uchar(bits >> 16);
        if (tail == 3)
            o[1] = uchar(bits >> 8);
    }
    if (bad & 0xC0)
        return false;
    out = std::move(decoded);
    return true;
}

std::optional<QByteArray> base64UrlDecode(QByteArrayView text)
{
    QByteArray out;
    if (!base64UrlDecodeInto(text, out))
        return std::nullopt;
    return out;
}

} // namespace vendo::jwt

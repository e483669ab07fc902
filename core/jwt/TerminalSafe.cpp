#include "jwt/TerminalSafe.h"

#include <array>

namespace vendo::jwt {

namespace {

// The six characters of \uXXXX for a UTF-16 code unit.
std::array<char, 6> unicodeEscape(char16_t c)
{
    static constexpr char kHex[] = "0123456789abcdef";
    return { '\\', 'u', kHex[c >> 12], kHex[(c >> 8) & 0xf], kHex[(c >> 4) & 0xf], kHex[c & 0xf] };
}

} // namespace

void appendUnicodeEscape(QByteArray &out, char16_t c)
{
    const std::array<char, 6> escape = unicodeEscape(c);
    out.append(escape.data(), qsizetype(escape.size()));
}

void appendTerminalSafe(QString &out, QStringView text)
{
    qsizetype clean = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!isTerminalUnsafe(c))
            continue;
        out.append(text.sliced(clean, i - clean));
        const std::array<char, 6> escape = unicodeEscape(c);
        out.append(QLatin1StringView(escape.data(), qsizetype(escape.size())));
        clean = i + 1;
    }
    out.append(text.sliced(clean));
}

QString terminalSafe(QStringView text)
{
    QString safe;
    appendTerminalSafe(safe, text);
    return safe;
}

void appendTerminalSafeJson(QByteArray &out, QByteArrayView json)
{
    qsizetype clean = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto byte = uchar(json[i]);
        // Every character the rule names is DEL or has a two- or three-byte UTF-8 form (lead C2, D8, E2).
        char16_t c = 0;
        qsizetype length = 1;
        if (byte == 0x7f) {
            c = byte;
        } else if ((byte == 0xc2 || byte == 0xd8) && i + 1 < json.size()) {
            c = char16_t((byte & 0x1f) << 6 | (uchar(json[i + 1]) & 0x3f));
            length = 2;
        } else if (byte == 0xe2 && i + 2 < json.size()) {
            c = char16_t((byte & 0x0f) << 12 | (uchar(json[i + 1]) & 0x3f) << 6 | (uchar(json[i + 2]) & 0x3f));
            length = 3;
        }
        if (c == 0 || !isTerminalUnsafe(c))
            continue;
        out.append(json.sliced(clean, i - clean));
        appendUnicodeEscape(out, c);
        i += length - 1;
        clean = i + 1;
    }
    out.append(json.sliced(clean));
}

} // namespace vendo::jwt

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace vendo::jwt {

// What a terminal acts on, or lets reorder a line: every C0 control character (newline and tab
// included), DEL, every C1 control character, and the bidirectional formatting characters (ALM, LRM,
// RLM, the embeddings and overrides U+202A..U+202E, the isolates U+2066..U+2069), with which a value
// could make the text after it read backwards ("Trojan Source", CVE-2021-42574). Text from a token, a
// server, a file or an argument has every one of them escaped before it reaches a terminal: the CLI's
// human output (cli::TerminalText), its --json output and the audit's NDJSON (AuditJson); and before
// it reaches a reader: both report formats, the copied case summary and the window (ui::shownText).
constexpr bool isTerminalUnsafe(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

// `text` appended to `out` with every character isTerminalUnsafe names written as \u001b, \u009b,
// \u202e...: visible, and inert on a terminal or in a viewer that honours bidirectional overrides.
void appendTerminalSafe(QString &out, QStringView text);
QString terminalSafe(QStringView text);

// `json` (UTF-8 JSON text, valid: C0 only as the layout's line breaks and indentation) appended to
// `out` with DEL, C1 and the bidirectional formatting characters written as \u escapes. Outside
// strings JSON holds none of them, and inside one the escape means the same character.
void appendTerminalSafeJson(QByteArray &out, QByteArrayView json);

// The \uXXXX escape of a UTF-16 code unit, appended to `out`.
void appendUnicodeEscape(QByteArray &out, char16_t c);

} // namespace vendo::jwt

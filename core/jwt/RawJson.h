#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace vendo::jwt {

// A small tokenizer over raw JSON bytes. QJsonDocument re-sorts keys, rounds integers above 2^53
// and silently keeps only one of two duplicate keys; displaying and diagnosing a token needs the
// bytes exactly as the issuer wrote them.
class RawJson
{
public:
    struct Member
    {
        QByteArray name; // unescaped key
        QByteArrayView rawValue; // the value's JSON text, a view into the input
        qsizetype offset = 0; // of the key's opening quote
    };
    struct Duplicate
    {
        QByteArray name;
        qsizetype offset = 0; // of the second occurrence's opening quote
    };

    // Where a top-level member's key and value are in the text; what a second walk would find.
    struct MemberSpan
    {
        qsizetype keyOffset = 0; // of the opening quote
        qsizetype keyLength = 0; // quotes included
        qsizetype valueOffset = 0;
        qsizetype valueLength = 0;
        bool keyEscaped = false; // the key contains a backslash escape

        QByteArrayView quotedKey(QByteArrayView json) const { return json.sliced(keyOffset, keyLength); }
        QByteArrayView rawValue(QByteArrayView json) const { return json.sliced(valueOffset, valueLength); }
    };

    // A strict RFC 8259 check in one pass, finding the first duplicate key on the way. Cheaper than
    // QJsonDocument, and it says precisely where and why text is not JSON.
    struct Scan
    {
        bool valid = false;
        bool isObject = false; // the top-level value is an object
        qsizetype errorOffset = -1;
        const char *error = nullptr; // untranslated; translate in context "vendo::jwt::RawJson"
        std::optional<Duplicate> duplicate;
        // The top-level object's members in order, when the text is a valid object (empty otherwise).
        QList<MemberSpan> members;
    };
    static Scan scan(QByteArrayView json);
    // The text of a JSON string value (quotes removed, escapes resolved); nullopt if `rawValue` is not a string.
    static std::optional<QString> stringValue(QByteArrayView rawValue);

    // How pretty() laid a text out.
    enum class Layout {
        Indented,
        AsReceivedNotJson, // scan() rejected the text (nested too deeply, truncated, ...): shown verbatim
        AsReceivedTooLarge, // indented, it would exceed kMaxIndentedBytes: shown verbatim
    };
    struct Pretty
    {
        QByteArray text;
        Layout layout = Layout::Indented;
    };
    // Indenting adds a line and `indent` spaces per level for every bracket and comma, so the output
    // grows with length times depth: 48 KiB of nested arrays inside scan()'s depth limit would become
    // megabytes. Past this many bytes the text is shown as received instead.
    static constexpr qsizetype kMaxIndentedBytes = 256 * 1024;
    // Re-indented JSON (two spaces), keys in their original order, numbers and strings byte for byte,
    // when scan() accepts the text and the result stays within kMaxIndentedBytes; otherwise the text
    // exactly as received, and the layout says why. Linear in the input either way.
    static Pretty pretty(QByteArrayView json, int indent = 2);
    static QByteArray prettyPrint(QByteArrayView json, int indent = 2) { return pretty(json, indent).text; }
    // One translated sentence on why a text is shown as received (empty for Layout::Indented).
    static QString layoutNote(Layout layout);
    // The first key that appears twice in the same object, at any depth.
    static std::optional<Duplicate> findDuplicateKey(QByteArrayView json);
    // The members of the top-level object in their original order (empty if it is not an object).
    static QList<Member> topLevelMembers(QByteArrayView json);
    // The same walk without building a list: `visit(name, rawValue, offset)` per member. `name` may
    // point into `json` (no copy): it is only valid during the call.
    static void forEachTopLevelMember(
        QByteArrayView json,
        const std::function<void(const QByteArray &name, QByteArrayView rawValue, qsizetype offset)> &visit);
    // The unescaped name of a key given with its quotes (a view into `quoted` when it has no escapes).
    static QByteArray keyName(QByteArrayView quoted);
    // Equality of two short byte strings (keys, claim names) by an inline loop: for a few bytes it
    // beats the call into memcmp that QByteArrayView's operator== makes.
    static bool sameBytes(QByteArrayView a, QByteArrayView b)
    {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i] != b[i])
                return false;
        }
        return true;
    }
    // "string", "number", "boolean", "null", "object", "array" for a raw value's text.
    static const char *typeOf(QByteArrayView rawValue);
};

} // namespace vendo::jwt

// Fuzz target: the raw-JSON scanner and pretty-printer that show a token's header and payload byte for
// byte (jwt/RawJson.h): scan, duplicate keys, the top-level member walk, string values, the printer.
// Besides crashes it checks what RawJson.h promises: the two member walks and the two duplicate
// searches agree, and the printer changes nothing but whitespace outside strings, keeps valid JSON
// valid, and is idempotent.
#include "FuzzTarget.h"
#include "jwt/RawJson.h"

#include <cstring>

namespace {

using vendo::jwt::RawJson;

// The text without the whitespace between tokens (RawJson's four JSON whitespace bytes); strings,
// escapes included, are kept as they are, an unterminated one to the end.
QByteArray withoutLayout(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json[++i];
            else if (c == '"')
                inString = false;
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            out += c;
            inString = c == '"';
        }
    }
    return out;
}

void checkMembers(QByteArrayView json, const RawJson::Scan &scan)
{
    const QList<RawJson::Member> members = RawJson::topLevelMembers(json);
    VENDO_FUZZ_CHECK(members.size() == scan.members.size());
    for (qsizetype i = 0; i < members.size(); ++i) {
        const RawJson::MemberSpan &span = scan.members[i];
        VENDO_FUZZ_CHECK(span.keyOffset == members[i].offset);
        VENDO_FUZZ_CHECK(RawJson::keyName(span.quotedKey(json)) == members[i].name);
        VENDO_FUZZ_CHECK(span.rawValue(json) == members[i].rawValue);
        // A member's value is a JSON text of its own, of the type its first byte says.
        const QByteArrayView value = members[i].rawValue;
        VENDO_FUZZ_CHECK(RawJson::scan(value).valid);
        const bool isString = std::strcmp(RawJson::typeOf(value), "string") == 0;
        VENDO_FUZZ_CHECK(RawJson::stringValue(value).has_value() == isString);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json = vendo::fuzz::input(data, size);
    const RawJson::Scan scan = RawJson::scan(json);
    const QByteArray pretty = RawJson::prettyPrint(json);
    VENDO_FUZZ_CHECK(withoutLayout(pretty) == withoutLayout(json));
    if (!scan.valid) {
        VENDO_FUZZ_CHECK(scan.error != nullptr && scan.errorOffset >= 0 && scan.errorOffset <= json.size());
        (void)RawJson::findDuplicateKey(json);
        (void)RawJson::topLevelMembers(json);
        return 0;
    }

    const auto duplicate = RawJson::findDuplicateKey(json);
    VENDO_FUZZ_CHECK(duplicate.has_value() == scan.duplicate.has_value());
    if (duplicate)
        VENDO_FUZZ_CHECK(duplicate->name == scan.duplicate->name && duplicate->offset == scan.duplicate->offset);
    if (scan.isObject)
        checkMembers(json, scan);

    const RawJson::Scan again = RawJson::scan(pretty);
    VENDO_FUZZ_CHECK(again.valid && again.isObject == scan.isObject && again.members.size() == scan.members.size());
    VENDO_FUZZ_CHECK(again.duplicate.has_value() == scan.duplicate.has_value());
    VENDO_FUZZ_CHECK(RawJson::prettyPrint(pretty) == pretty);
    return 0;
}

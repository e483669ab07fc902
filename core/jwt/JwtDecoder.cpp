#include "jwt/JwtDecoder.h"

#include "jwt/Base64Url.h"
#include "jwt/CriticalHeader.h"
#include "jwt/RawJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUtf8StringView>

#include <array>

namespace vendo::jwt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::jwt::JwtDecoder)
};

QString displaySegmentName(Segment segment)
{
    switch (segment) {
    case Segment::Header:
        return Tr::tr("header");
    case Segment::Payload:
        return Tr::tr("payload");
    case Segment::Signature:
        return Tr::tr("signature");
    case Segment::Whole:
        break;
    }
    return Tr::tr("token");
}

// A table, not comparisons: every byte of every token passes through here in a bulk audit.
constexpr auto kBase64UrlTable = [] {
    std::array<bool, 256> table {};
    for (int c = 'A'; c <= 'Z'; ++c)
        table[size_t(c)] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        table[size_t(c)] = true;
    for (int c = '0'; c <= '9'; ++c)
        table[size_t(c)] = true;
    table[size_t('-')] = true;
    table[size_t('_')] = true;
    return table;
}();

bool isBase64UrlChar(char c)
{
    return kBase64UrlTable[uchar(c)];
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Whether any byte is whitespace. Whole blocks without an early exit, so that the compiler can test
// 32 bytes at a time: this runs over every byte of every token in a bulk audit, and a byte-by-byte
// loop with a branch was 13 % of decoding a token.
bool hasWhitespace(QByteArrayView text)
{
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    const qsizetype n = text.size();
    qsizetype i = 0;
    constexpr qsizetype kBlock = 32;
    for (; i + kBlock <= n; i += kBlock) {
        uchar low = 0; // any byte <= ' '
        for (qsizetype k = 0; k < kBlock; ++k)
            low |= uchar(p[i + k] <= ' ');
        if (low)
            break;
    }
    for (; i < n; ++i) {
        if (p[i] <= ' ' && isWhitespace(char(p[i])))
            return true;
    }
    return false;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && isWhitespace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isWhitespace(text.back()))
        text.chop(1);
    return text;
}

bool startsWithCaseInsensitive(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && qstrnicmp(text.data(), prefix.data(), prefix.size()) == 0;
}

// Offset of the first byte that is not part of valid UTF-8, or -1.
qsizetype invalidUtf8Offset(QByteArrayView bytes)
{
    if (QUtf8StringView(bytes).isValidUtf8())
        return -1;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto c = uchar(bytes[i]);
        int length = 0;
        if (c < 0x80)
            length = 1;
        else if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            length = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            length = 4;
        else
            return i;
        if (i + length > bytes.size())
            return i;
        const QByteArrayView sequence = bytes.sliced(i, length);
        if (!QUtf8StringView(sequence).isValidUtf8())
            return i;
        i += length;
    }
    return -1;
}

class Decoding
{
public:
    explicit Decoding(DecodedJwt &result)
        : m_result(result)
    { }

    void problem(Segment segment, StructureError error, qsizetype tokenOffset, qsizetype decodedOffset,
                 const QString &message)
    {
        m_result.problems.append(StructureProblem { segment, error, tokenOffset, decodedOffset, message });
    }

    // Base64url text of one segment to bytes, tolerating what can be tolerated (padding, the standard
    // alphabet, a dangling last character) so that people still see the content; each deviation is a
    // problem. Returns whether the segment decoded completely.
    bool decodeSegment(Segment segment, qsizetype segmentStart, QByteArrayView text, QByteArray &out)
    {
        if (text.isEmpty()) {
            problem(segment, StructureError::EmptySegment, segmentStart, -1,
                    Tr::tr("The %1 segment is empty (at byte %2).").arg(displaySegmentName(segment)).arg(segmentStart));
            return false;
        }
        // The common case in one pass; only text that fails it is looked at character by character.
        if (base64UrlDecodeInto(text, out))
            return true;
        const QString name = displaySegmentName(segment);
        bool complete = true;
        bool standardAlphabet = false;
        qsizetype usable = text.size();
        for (qsizetype i = base64UrlInvalidOffset(text); i >= 0 && i < text.size(); ++i) {
            const char c = text.at(i);
            if (isBase64UrlChar(c))
                continue;
            if (c == '=') {
                problem(segment, StructureError::Padding, segmentStart + i, -1,
                        Tr::tr("The %1 segment contains base64 padding \"=\" at byte %2; JWS segments are unpadded "
                               "base64url.")
                            .arg(name)
                            .arg(segmentStart + i));
                usable = i;
                complete = false;
                break;
            }
            if (c == '+' || c == '/') {
                if (!standardAlphabet)
                    problem(segment, StructureError::StandardBase64, segmentStart + i, -1,
                            Tr::tr("The %1 segment contains \"%2\" at byte %3: that is standard base64, not base64url "
                                   "(which uses \"-\" and \"_\").")
                                .arg(name, QString(QLatin1Char(c)))
                                .arg(segmentStart + i));
                standardAlphabet = true;
                complete = false;
                continue;
            }
            const QString shown = (uchar(c) >= 0x20 && uchar(c) < 0x7F)
                ? QStringLiteral("\"%1\"").arg(QLatin1Char(c))
                : QStringLiteral("0x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
            problem(segment, StructureError::InvalidCharacter, segmentStart + i, -1,
                    Tr::tr("The %1 segment contains the character %2 at byte %3, which base64url does not use.")
                        .arg(name, shown)
                        .arg(segmentStart + i));
            usable = i;
            complete = false;
            break;
        }
        QByteArray base64 = text.first(usable).toByteArray();
        if (base64.size() % 4 == 1) {
            problem(segment, StructureError::TruncatedBase64, segmentStart + base64.size() - 1, -1,
                    Tr::tr("The %1 segment has %2 base64url characters (ending at byte %3), a length no encoding "
                           "produces: the token was probably cut short.")
                        .arg(name)
                        .arg(base64.size())
                        .arg(segmentStart + base64.size() - 1));
            base64.chop(1);
            complete = false;
        }
        if (standardAlphabet)
            base64.replace('+', '-').replace('/', '_');
        if (!base64UrlDecodeInto(base64, out))
            return false;
        return complete;
    }

    // Validates the decoded JSON; returns whether it is an object (duplicates are reported but do not
    // stop it being one). Builds the QJsonObject into `object` when asked; `members` gets where the
    // top-level members are, so that nobody walks the JSON again to read them.
    bool parseJson(Segment segment, const QByteArray &bytes, std::optional<QJsonObject> *object,
                   QList<RawJson::MemberSpan> &members)
    {
        // Translated only when a message needs it: the common, valid case should not pay for it.
        const auto name = [segment] { return displaySegmentName(segment); };
        const qsizetype badUtf8 = invalidUtf8Offset(bytes);
        if (badUtf8 >= 0) {
            problem(segment, StructureError::NotUtf8, -1, badUtf8,
                    Tr::tr("The decoded %1 is not UTF-8 text: invalid byte 0x%2 at offset %3.")
                        .arg(name())
                        .arg(uchar(bytes.at(badUtf8)), 2, 16, QLatin1Char('0'))
                        .arg(badUtf8));
            return false;
        }
        RawJson::Scan scan = RawJson::scan(bytes);
        if (!scan.valid) {
            problem(segment, StructureError::InvalidJson, -1, scan.errorOffset,
                    Tr::tr("The decoded %1 is not valid JSON: %2 at offset %3.")
                        .arg(name(), QCoreApplication::translate("vendo::jwt::RawJson", scan.error))
                        .arg(scan.errorOffset));
            return false;
        }
        if (!scan.isObject) {
            const QByteArray first = bytes.trimmed().left(1);
            problem(segment, StructureError::NotAnObject, -1, 0,
                    Tr::tr("The decoded %1 is JSON but not an object (it is %2).")
                        .arg(name(), first == "[" ? Tr::tr("an array") : Tr::tr("a single value")));
            return false;
        }
        if (scan.duplicate) {
            problem(
                segment, StructureError::DuplicateKey, -1, scan.duplicate->offset,
                Tr::tr("The decoded %1 has the key \"%2\" twice (second at offset %3); readers disagree on which one "
                       "counts.")
                    .arg(name(), QString::fromUtf8(scan.duplicate->name))
                    .arg(scan.duplicate->offset));
        }
        members = std::move(scan.members);
        if (object) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
            if (document.isObject())
                *object = document.object();
        }
        return true;
    }

private:
    DecodedJwt &m_result;
};

// Removes what people paste around a token. Only allocates when something is actually removed.
QByteArray clean(QByteArrayView input, QStringList &notes)
{
    QByteArrayView text = trimmed(input);
    const auto unquote = [&] {
        while (text.size() >= 2 && (text.front() == '"' || text.front() == '\'' || text.front() == '`')
               && text.back() == text.front()) {
            text = trimmed(text.sliced(1, text.size() - 2));
            notes.append(Tr::tr("Removed surrounding quotes."));
        }
    };
    unquote();
    if (startsWithCaseInsensitive(text, "X-Vendo-User-JWT:")) {
        text = trimmed(text.sliced(qsizetype(sizeof("X-Vendo-User-JWT:") - 1)));
        notes.append(Tr::tr("Removed an \"X-Vendo-User-JWT:\" header name."));
        unquote();
    } else if (startsWithCaseInsensitive(text, "Authorization:")) {
        text = trimmed(text.sliced(qsizetype(sizeof("Authorization:") - 1)));
        notes.append(Tr::tr("Removed an \"Authorization:\" header name."));
        unquote();
    }
    if (startsWithCaseInsensitive(text, "Bearer") && text.size() > 6 && isWhitespace(text[6])) {
        text = trimmed(text.sliced(6));
        notes.append(Tr::tr("Removed a \"Bearer \" prefix."));
        unquote();
    }
    if (!hasWhitespace(text))
        return text.toByteArray();
    QByteArray compact;
    compact.reserve(text.size());
    for (const char c : text) {
        if (!isWhitespace(c))
            compact += c;
    }
    notes.append(Tr::tr("Removed line breaks and spaces inside the token."));
    return compact;
}

} // namespace

DecodedJwt JwtDecoder::decode(QByteArrayView input, JsonObjects objects)
{
    DecodedJwt result;
    Decoding decoding(result);
    if (input.size() > kMaxTokenInputBytes) {
        decoding.problem(Segment::Whole, StructureError::InputTooLarge, -1, -1,
                         Tr::tr("The input is %1 bytes; a token is at most %2 bytes (64 KiB). Nothing was decoded.")
                             .arg(input.size())
                             .arg(kMaxTokenInputBytes));
        return result;
    }
    result.token = clean(input, result.cleanup);
    if (result.token.isEmpty()) {
        decoding.problem(Segment::Whole, StructureError::Empty, 0, -1,
                         Tr::tr("There is no token: the input is empty."));
        return result;
    }
    result.segments = result.token.split('.');
    const qsizetype count = result.segments.size();
    if (count == 1) {
        decoding.problem(Segment::Whole, StructureError::NoDots, -1, -1,
                         Tr::tr("The token has no dots: a JWT is three base64url segments separated by dots "
                                "(header.payload.signature)."));
    } else if (count == 2) {
        decoding.problem(
            Segment::Signature, StructureError::MissingSignatureSegment, result.token.size(), -1,
            Tr::tr("The token has only one dot: the signature segment is missing at byte %1 (was it cut short?).")
                .arg(result.token.size()));
    } else if (count == 5) {
        result.isJwe = true;
        decoding.problem(Segment::Whole, StructureError::Encrypted, -1, -1,
                         Tr::tr("The token has five segments: it is an encrypted JWE. Only its header can be read; the "
                                "claims need the recipient's private key."));
    } else if (count != 3) {
        decoding.problem(
            Segment::Whole, StructureError::TooManySegments, -1, -1,
            Tr::tr("The token has %1 segments; a signed JWT has three (and an encrypted JWE five).").arg(count));
    }

    const bool build = objects == JsonObjects::Build;
    qsizetype offset = 0;
    result.headerDecoded = decoding.decodeSegment(Segment::Header, offset, result.segments.at(0), result.headerJson);
    if (!result.headerJson.isEmpty()) {
        QList<RawJson::MemberSpan> members;
        bool critical = false; // "crit" or "b64" is present: the rare header that needs a closer look
        result.headerIsObject
            = decoding.parseJson(Segment::Header, result.headerJson, build ? &result.header : nullptr, members);
        for (const RawJson::MemberSpan &member : members) {
            const QByteArrayView quoted = member.quotedKey(result.headerJson);
            const QByteArray name = member.keyEscaped ? RawJson::keyName(quoted)
                                                      : QByteArray::fromRawData(quoted.data() + 1, quoted.size() - 2);
            QString *field = RawJson::sameBytes(name, "alg") ? &result.headerAlg
                : RawJson::sameBytes(name, "kid")            ? &result.headerKid
                : RawJson::sameBytes(name, "typ")            ? &result.headerTyp
                                                             : nullptr;
            if (field)
                *field = RawJson::stringValue(member.rawValue(result.headerJson)).value_or(QString());
            critical = critical || RawJson::sameBytes(name, "crit") || RawJson::sameBytes(name, "b64");
        }
        if (critical) {
            if (const auto problem = criticalHeaderProblem(result.headerJson))
                decoding.problem(Segment::Header, StructureError::UnsupportedCritical, -1, problem->offset,
                                 problem->message);
        }
    }
    offset += result.segments.at(0).size() + 1;
    if (count >= 2 && !result.isJwe) {
        result.payloadDecoded
            = decoding.decodeSegment(Segment::Payload, offset, result.segments.at(1), result.payloadJson);
        if (!result.payloadJson.isEmpty())
            result.payloadIsObject = decoding.parseJson(Segment::Payload, result.payloadJson,
                                                        build ? &result.payload : nullptr, result.payloadMembers);
        offset += result.segments.at(1).size() + 1;
    }
    if (count >= 3 && !result.isJwe) {
        const QByteArray &text = result.segments.at(2);
        if (text.isEmpty()) {
            // An unsecured JWS ("alg": "none") legitimately ends with an empty segment.
            if (result.alg() != QLatin1String("none"))
                decoding.problem(
                    Segment::Signature, StructureError::EmptySegment, offset, -1,
                    Tr::tr("The signature segment is empty (at byte %1) although the header's alg is \"%2\".")
                        .arg(offset)
                        .arg(result.alg()));
            result.signatureDecoded = true;
        } else {
            result.signatureDecoded = decoding.decodeSegment(Segment::Signature, offset, text, result.signature);
        }
    }
    return result;
}

} // namespace vendo::jwt

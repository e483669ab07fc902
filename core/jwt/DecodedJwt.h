#pragma once

#include "jwt/RawJson.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vendo::jwt {

// Inputs larger than this are refused at once, before any copy or parse: a pasted identity token is
// well under 4 KiB, so 64 KiB leaves room for fat custom claims while bounding the work per input.
inline constexpr qsizetype kMaxTokenInputBytes = 64 * 1024;

// Which part of the compact serialization a problem is in.
enum class Segment { Whole = -1, Header = 0, Payload = 1, Signature = 2 };

enum class StructureError {
    InputTooLarge,
    Empty,
    NoDots, // one segment
    MissingSignatureSegment, // one dot: two segments
    TooManySegments, // four, or six and more
    Encrypted, // five segments: a JWE; only its header can be read
    EmptySegment,
    Padding, // '=' in a segment
    StandardBase64, // '+' or '/' in a segment
    InvalidCharacter,
    TruncatedBase64, // a length that no base64 text can have (4n+1)
    NotUtf8,
    InvalidJson,
    NotAnObject,
    DuplicateKey,
    UnsupportedCritical, // "crit" names an extension (or "b64": false) that this tool does not implement
};

// Stable snake_case names for --json: "input_too_large", "padding", "duplicate_key", ...
QString structureErrorName(StructureError error);
QString segmentName(Segment segment); // "header", "payload", "signature", "token" (not translated)

struct StructureProblem
{
    Segment segment = Segment::Whole;
    StructureError error = StructureError::Empty;
    // Byte offset in the cleaned token (`DecodedJwt::token`), or -1 when the problem is in decoded bytes.
    qsizetype tokenOffset = -1;
    // Byte offset in the decoded segment (the raw JSON), or -1 when the problem is in the base64 text.
    qsizetype decodedOffset = -1;
    QString message; // translated, precise, names the segment and the offset
};

// The outcome of decoding anything a person pasted. Never "refused": every part that could be read
// is here, beside a list of what was wrong with the rest.
struct DecodedJwt
{
    QByteArray token; // the compact token after removing prefixes, quotes and whitespace
    QStringList cleanup; // translated notes on what was removed ("Removed a "Bearer " prefix.")
    QList<QByteArray> segments; // the base64url texts, split at the dots
    bool isJwe = false;

    // Decoded segment bytes. The JSON ones are kept byte for byte (key order, big integers) for display.
    QByteArray headerJson;
    QByteArray payloadJson;
    QByteArray signature;
    bool headerDecoded = false; // headerJson holds the complete decoded segment
    bool payloadDecoded = false;
    bool signatureDecoded = false;

    bool headerIsObject = false; // the decoded header is valid JSON and an object
    bool payloadIsObject = false;
    // The parsed objects, when the header/payload is an object and the decoder was asked to build them
    // (JwtDecoder::JsonObjects::Build, the default). Bulk paths skip them and read the raw JSON.
    std::optional<QJsonObject> header;
    std::optional<QJsonObject> payload;
    // Where the payload's top-level members are in `payloadJson` (filled when payloadIsObject), so
    // that reading the claims does not walk the JSON a second time.
    QList<RawJson::MemberSpan> payloadMembers;
    // The header's "alg" / "kid" / "typ" strings, read from the raw JSON (empty when absent or not strings).
    QString headerAlg;
    QString headerKid;
    QString headerTyp;

    QList<StructureProblem> problems;

    bool structureOk() const { return problems.isEmpty(); }
    QString alg() const { return headerAlg; }
    QString kid() const { return headerKid; }
    QString typ() const { return headerTyp; }
    // "<header>.<payload>" as transmitted: the bytes a JWS signature covers.
    QByteArray signingInput() const;
    // header.payload.<redacted>: a JWT is a bearer secret, so this is the most any display shows.
    QString redacted() const;
};

} // namespace vendo::jwt

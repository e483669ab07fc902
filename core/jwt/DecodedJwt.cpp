#include "jwt/DecodedJwt.h"

namespace vendo::jwt {

QString structureErrorName(StructureError error)
{
    switch (error) {
    case StructureError::InputTooLarge:
        return QStringLiteral("input_too_large");
    case StructureError::Empty:
        return QStringLiteral("empty");
    case StructureError::NoDots:
        return QStringLiteral("no_dots");
    case StructureError::MissingSignatureSegment:
        return QStringLiteral("missing_signature_segment");
    case StructureError::TooManySegments:
        return QStringLiteral("too_many_segments");
    case StructureError::Encrypted:
        return QStringLiteral("encrypted");
    case StructureError::EmptySegment:
        return QStringLiteral("empty_segment");
    case StructureError::Padding:
        return QStringLiteral("padding");
    case StructureError::StandardBase64:
        return QStringLiteral("standard_base64");
    case StructureError::InvalidCharacter:
        return QStringLiteral("invalid_character");
    case StructureError::TruncatedBase64:
        return QStringLiteral("truncated_base64");
    case StructureError::NotUtf8:
        return QStringLiteral("not_utf8");
    case StructureError::InvalidJson:
        return QStringLiteral("invalid_json");
    case StructureError::NotAnObject:
        return QStringLiteral("not_an_object");
    case StructureError::DuplicateKey:
        return QStringLiteral("duplicate_key");
    case StructureError::UnsupportedCritical:
        return QStringLiteral("unsupported_critical");
    }
    return {};
}

QString segmentName(Segment segment)
{
    switch (segment) {
    case Segment::Header:
        return QStringLiteral("header");
    case Segment::Payload:
        return QStringLiteral("payload");
    case Segment::Signature:
        return QStringLiteral("signature");
    case Segment::Whole:
        break;
    }
    return QStringLiteral("token");
}

QByteArray DecodedJwt::signingInput() const
{
    if (segments.size() < 2)
        return {};
    return segments.at(0) + '.' + segments.at(1);
}

QString DecodedJwt::redacted() const
{
    if (segments.isEmpty())
        return {};
    if (segments.size() == 1)
        return QString::fromLatin1(segments.at(0).left(40)) + QStringLiteral(".<redacted>");
    return QString::fromLatin1(segments.at(0)) + QLatin1Char('.') + QString::fromLatin1(segments.at(1))
        + QStringLiteral(".<redacted>");
}

} // namespace vendo::jwt

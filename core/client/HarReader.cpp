#include "client/HarReader.h"

#include "client/HarHandler.h"
#include "client/HarStream.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <rapidjson/reader.h>
#include <vector>

namespace vendo::client {

namespace {

// A chunk no larger than an input of known size (one byte more, so that the first read is short and
// ends it): a pasted HAR of a few kilobytes does not allocate and wipe a megabyte.
HarReadTuning fitted(HarReadTuning tuning, qint64 knownSize)
{
    if (knownSize >= 0)
        tuning.chunkBytes = qMin(tuning.chunkBytes, knownSize + 1);
    return tuning;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::client::HeaderBlock)
};

std::unexpected<VendoError> invalid(const QString &message)
{
    return std::unexpected(VendoError::make(VendoError::Kind::InvalidInput, message));
}

// Names the limit, so that a person knows what would be accepted.
std::unexpected<VendoError> tooLarge(qint64 size)
{
    const QString limit
        = QStringLiteral("%1 (%2 bytes)")
              .arg(QLocale().formattedDataSize(HarReader::kMaxInputBytes, 0, QLocale::DataSizeIecFormat))
              .arg(HarReader::kMaxInputBytes);
    if (size < 0)
        return invalid(Tr::tr("The input is larger than %1, the limit for a HAR or JSON file.").arg(limit));
    return invalid(Tr::tr("The input is %1 (%2 bytes); the limit for a HAR or JSON file is %3.")
                       .arg(QLocale().formattedDataSize(size, 1, QLocale::DataSizeIecFormat))
                       .arg(size)
                       .arg(limit));
}

QString parseProblem(rapidjson::ParseErrorCode code)
{
    using namespace rapidjson;
    switch (code) {
    case kParseErrorDocumentEmpty:
        return Tr::tr("the document is empty");
    case kParseErrorDocumentRootNotSingular:
        return Tr::tr("more follows the JSON value");
    case kParseErrorValueInvalid:
        return Tr::tr("an invalid value");
    case kParseErrorObjectMissName:
        return Tr::tr("a member without a name");
    case kParseErrorObjectMissColon:
        return Tr::tr("a missing ':' after a member's name");
    case kParseErrorObjectMissCommaOrCurlyBracket:
        return Tr::tr("a missing ',' or '}' in an object");
    case kParseErrorArrayMissCommaOrSquareBracket:
        return Tr::tr("a missing ',' or ']' in an array");
    case kParseErrorStringUnicodeEscapeInvalidHex:
    case kParseErrorStringUnicodeSurrogateInvalid:
        return Tr::tr("an invalid escape in a string");
    case kParseErrorStringEscapeInvalid: // RapidJSON 1.1 says this of a raw control character too
        return Tr::tr("an invalid escape or a control character in a string");
    case kParseErrorStringMissQuotationMark:
        return Tr::tr("a string without its closing quote");
    case kParseErrorStringInvalidEncoding:
        return Tr::tr("a control character or invalid UTF-8 in a string");
    case kParseErrorNumberTooBig:
    case kParseErrorNumberMissFraction:
    case kParseErrorNumberMissExponent:
        return Tr::tr("an invalid number");
    default:
        break;
    }
    return Tr::tr("invalid JSON");
}

Result<HeaderBlock> readStream(har::HarChunkStream &stream, qint64 knownSize)
{
    har::HarHandler handler;
    har::WipingAllocator allocator;
    rapidjson::GenericReader<rapidjson::UTF8<>, rapidjson::UTF8<>, har::WipingAllocator> reader(&allocator);
    const rapidjson::ParseResult parsed = reader.Parse<rapidjson::kParseIterativeFlag>(stream, handler);
    if (stream.bytesRead() > HarReader::kMaxInputBytes)
        return tooLarge(-1);
    if (stream.readError())
        return invalid(
            Tr::tr("The input could not be read to its end (a read error after %1 bytes).").arg(stream.bytesRead()));
    if (handler.depthExceeded())
        return invalid(Tr::tr("The input looks like JSON (a HAR file?) but is nested deeper than %1 levels.")
                           .arg(HarReader::kMaxDepth));
    if (parsed.IsError()) {
        const qint64 at = stream.inputOffset(parsed.Offset());
        if (stream.atEnd() && parsed.Code() != rapidjson::kParseErrorDocumentRootNotSingular)
            return invalid(Tr::tr("The input looks like JSON (a HAR file?) but ends after %1 bytes, before the JSON "
                                  "is complete: is the file truncated?")
                               .arg(knownSize >= 0 ? knownSize : stream.bytesRead()));
        return invalid(Tr::tr("The input looks like JSON (a HAR file?) but does not parse: %1 at byte %2.")
                           .arg(parseProblem(parsed.Code()))
                           .arg(at));
    }
    if (!stream.atEnd())
        return invalid(Tr::tr("The input looks like JSON (a HAR file?) but holds a NUL byte at byte %1.")
                           .arg(stream.inputOffset(stream.Tell())));
    return handler.result();
}

} // namespace

bool HarReader::looksLikeJson(QByteArrayView text)
{
    qsizetype i = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        ++i;
    return i < text.size() && (text[i] == '{' || text[i] == '[');
}

Result<HeaderBlock> HarReader::read(QByteArrayView json, const Tuning &tuning)
{
    if (json.size() > kMaxInputBytes)
        return tooLarge(json.size());
    qsizetype position = 0;
    har::HarChunkStream stream(
        [json, &position](char *buffer, qint64 capacity) {
            const qint64 n = qMin<qint64>(capacity, json.size() - position);
            std::memcpy(buffer, json.data() + position, std::size_t(n));
            position += n;
            return n;
        },
        fitted(tuning, json.size()));
    return readStream(stream, json.size());
}

Result<HeaderBlock> HarReader::read(QIODevice &device, QByteArrayView head, const Tuning &tuning)
{
    const qint64 knownSize = device.isSequential() ? -1 : head.size() + device.size() - device.pos();
    if (knownSize > kMaxInputBytes)
        return tooLarge(knownSize);
    qsizetype headPosition = 0;
    qint64 total = 0;
    har::HarChunkStream stream(
        [&](char *buffer, qint64 capacity) -> qint64 {
            qint64 filled = 0;
            if (headPosition < head.size()) {
                filled = qMin<qint64>(capacity, head.size() - headPosition);
                std::memcpy(buffer, head.data() + headPosition, std::size_t(filled));
                headPosition += filled;
            }
            // Past the limit nothing more is read: the caller says the input is too large.
            while (filled < capacity && total + filled <= kMaxInputBytes) {
                const qint64 got = device.read(buffer + filled, capacity - filled);
                if (got < 0)
                    return -1;
                if (got == 0)
                    break; // the end (a blocking read of a pipe returns 0 only there)
                filled += got;
            }
            total += filled;
            return filled;
        },
        fitted(tuning, knownSize));
    return readStream(stream, knownSize);
}

} // namespace vendo::client

#include "client/HarReader.h"

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

void wipe(void *data, std::size_t size)
{
    auto *bytes = static_cast<volatile unsigned char *>(data);
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = 0;
}

// RapidJSON's reader copies every string into its own stack; a user's token passes through it. This
// allocator zeroes what it frees (the reader's Stack calls Free statically).
struct WipingAllocator
{
    static constexpr bool kNeedFree = true;
    static void *Malloc(std::size_t size)
    {
        if (size == 0)
            return nullptr;
        auto *block = static_cast<std::size_t *>(std::malloc(size + 16));
        if (!block)
            return nullptr;
        *block = size;
        return reinterpret_cast<char *>(block) + 16;
    }
    static void *Realloc(void *original, std::size_t originalSize, std::size_t newSize)
    {
        void *grown = Malloc(newSize);
        if (original && grown)
            std::memcpy(grown, original, std::min(originalSize, newSize));
        Free(original);
        return grown;
    }
    static void Free(void *pointer)
    {
        if (!pointer)
            return;
        char *block = static_cast<char *>(pointer) - 16;
        wipe(pointer, *reinterpret_cast<std::size_t *>(block));
        std::free(block);
    }
};

// A RapidJSON input stream over chunks (the shape of rapidjson::FileReadStream: a buffer, a pointer and a
// '\0' after the last chunk). Each chunk is filtered as it arrives: the inside of a JSON string longer
// than Tuning::keptStringBytes is dropped (the string ends early), so response bodies and data: URLs never
// reach the parser's stack and memory stays flat. A string is cut only between two plain characters,
// never inside an escape, so what remains still parses.
class ChunkStream
{
public:
    using Ch = char;
    // Fills `buffer` with up to `capacity` bytes; fewer only at the end of the input. -1: read error.
    using Source = std::function<qint64(char *buffer, qint64 capacity)>;

    ChunkStream(Source source, const HarReader::Tuning &tuning)
        : m_source(std::move(source))
        , m_chunkBytes(qMax<qint64>(1, tuning.chunkBytes))
        , m_keptStringBytes(qMax<qsizetype>(1, tuning.keptStringBytes))
        , m_buffer(std::size_t(m_chunkBytes) + 1)
    {
        refill();
    }
    ~ChunkStream() { wipe(m_buffer.data(), m_buffer.size()); }
    ChunkStream(const ChunkStream &) = delete;
    ChunkStream &operator=(const ChunkStream &) = delete;

    Ch Peek() const { return *m_current; }
    Ch Take()
    {
        const Ch c = *m_current;
        if (m_current < m_last)
            ++m_current;
        else if (!m_eof)
            refill();
        return c;
    }
    std::size_t Tell() const { return std::size_t(m_passedBefore + (m_current - m_buffer.data())); }
    // Output is never asked of a reader's input stream.
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) { }
    void Flush() { }
    std::size_t PutEnd(Ch *) { return 0; }

    bool atEnd() const { return m_eof && m_current == m_last; }
    bool readError() const { return m_readError; }
    qint64 bytesRead() const { return m_bytesRead; }
    // The input's byte offset of a parser offset (what Tell() returned) in the current chunk.
    qint64 inputOffset(std::size_t parserOffset) const
    {
        const qint64 inChunk = qint64(parserOffset) - m_passedBefore;
        qint64 dropped = m_droppedBefore;
        for (const auto &[at, total] : m_drops) {
            if (at > inChunk)
                break;
            dropped = total;
        }
        return qint64(parserOffset) + dropped + m_bomBytes;
    }

private:
    void refill()
    {
        m_passedBefore += m_passed;
        m_droppedBefore = m_droppedTotal;
        m_drops.clear();
        char *const begin = m_buffer.data();
        qint64 kept = 0;
        // A chunk that was all dropped string is no chunk: read on, so that only the end is empty.
        while (kept == 0 && !m_eof) {
            const qint64 capacity = m_chunkBytes;
            const qint64 got = m_source(begin, capacity);
            if (got < 0)
                m_readError = true;
            const qint64 n = qMax<qint64>(got, 0);
            m_bytesRead += n;
            // A UTF-8 BOM is skipped, even when the first chunks are shorter than it.
            qint64 start = 0;
            while (m_atStart && start < n) {
                if (uchar(begin[start]) != uchar("\xEF\xBB\xBF"[m_bomBytes])) {
                    m_atStart = false;
                    break;
                }
                ++start;
                m_atStart = ++m_bomBytes < 3;
            }
            kept = filter(begin + start, n - start);
            if (start > 0 && kept > 0)
                std::memmove(begin, begin + start, std::size_t(kept));
            if (n < capacity)
                m_eof = true;
        }
        m_passed = kept;
        m_current = begin;
        m_last = begin + kept - 1;
        if (m_eof) {
            begin[kept] = '\0';
            ++m_last;
        }
    }

    // Compacts the chunk in place; returns the bytes kept. Runs of plain characters are found with
    // memchr (the next '"' and '\\' are remembered until passed), so a body costs little more than a copy.
    qint64 filter(char *data, qint64 size)
    {
        qint64 write = 0;
        qint64 nextQuote = -1;
        qint64 nextBackslash = -1;
        const auto next = [data, size](char wanted, qint64 from, qint64 &cached) {
            if (cached < from) {
                const void *found = std::memchr(data + from, wanted, std::size_t(size - from));
                cached = found ? static_cast<const char *>(found) - data : size;
            }
            return cached;
        };
        const auto keep = [data, &write](qint64 from, qint64 count) {
            if (count > 0 && write != from)
                std::memmove(data + write, data + from, std::size_t(count));
            write += count;
        };
        qint64 read = 0;
        while (read < size) {
            if (!m_inString) {
                // Structure: kept as it is, up to and with the quote that opens the next string.
                const qint64 quote = next('"', read, nextQuote);
                keep(read, qMin(quote + 1, size) - read);
                read = quote + 1;
                if (quote < size) {
                    m_inString = true;
                    m_stringBytes = 0;
                    m_previousPlain = false;
                }
                continue;
            }
            if (m_escape > 0) {
                // "\\u" takes four hex digits after it; every other escape one character.
                const char c = data[read];
                m_escape = m_escape == 5 && c == 'u' ? 4 : m_escape == 5 ? 0 : m_escape - 1;
                m_previousPlain = false;
                if (m_dropping)
                    ++m_droppedTotal;
                else {
                    keep(read, 1);
                    ++m_stringBytes;
                }
                ++read;
                continue;
            }
            // A run of plain characters, then a '"' or a '\\'.
            const qint64 stop = qMin(next('"', read, nextQuote), next('\\', read, nextBackslash));
            const qint64 run = stop - read;
            if (run > 0) {
                qint64 kept = run;
                if (!m_dropping) {
                    // Cut once enough is kept, between two plain characters.
                    qint64 cut = qMax<qint64>(0, m_keptStringBytes - m_stringBytes);
                    if (cut == 0 && !m_previousPlain)
                        cut = 1;
                    if (cut < run) {
                        kept = cut;
                        m_dropping = true;
                    }
                    keep(read, kept);
                    m_stringBytes += kept;
                } else {
                    kept = 0;
                }
                m_droppedTotal += run - kept;
                m_previousPlain = true;
                read = stop;
                continue;
            }
            const char c = data[read];
            if (c == '"') {
                m_inString = false;
                if (m_dropping)
                    m_drops.emplace_back(write, m_droppedTotal);
                m_dropping = false;
            } else {
                m_escape = 5;
                m_previousPlain = false;
                if (m_dropping) {
                    ++m_droppedTotal;
                    ++read;
                    continue;
                }
                ++m_stringBytes;
            }
            keep(read, 1);
            ++read;
        }
        return write;
    }

    Source m_source;
    qint64 m_chunkBytes;
    qsizetype m_keptStringBytes;
    std::vector<char> m_buffer;
    char *m_current = nullptr;
    char *m_last = nullptr;
    bool m_eof = false;
    bool m_readError = false;
    bool m_atStart = true;
    qint64 m_bomBytes = 0;
    qint64 m_bytesRead = 0;
    qint64 m_passed = 0; // kept bytes in the current chunk
    qint64 m_passedBefore = 0; // kept bytes in earlier chunks
    qint64 m_droppedBefore = 0; // dropped bytes before the current chunk
    qint64 m_droppedTotal = 0;
    // In the current chunk: (kept offset where a dropped run ends, bytes dropped up to there in all).
    std::vector<std::pair<qint64, qint64>> m_drops;
    // The JSON lexer's state across chunks.
    bool m_inString = false;
    bool m_dropping = false;
    bool m_previousPlain = false;
    int m_escape = 0; // 5: just after '\\'; 4..1: hex digits of "\\u" still to come
    qsizetype m_stringBytes = 0;
};

bool isPseudoOrIdentityHeader(const QString &name)
{
    return name.startsWith(QLatin1Char(':')) || name.startsWith(QLatin1String("x-vendo-"), Qt::CaseInsensitive)
        || name.compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0;
}

bool carriesIdentity(const CapturedRequest &request)
{
    const std::optional<QString> jwt = request.header(u"X-Vendo-User-JWT");
    return jwt && !jwt->trimmed().isEmpty();
}

// Where the requests of one `entries` array go, and how many were kept.
struct Sink
{
    qsizetype elements = 0; // array elements, requests or not
    qsizetype requests = 0;
    qsizetype withIdentity = 0;
    qsizetype bearerOnly = 0;
    qsizetype listedWithIdentity = 0;
    qsizetype listedOther = 0;
    QList<CapturedRequest> listed;
};

// A request being read, and whether the entry had a (non-empty) request object.
struct Pending
{
    CapturedRequest request;
    bool requestSeen = false;
    bool requestHasMembers = false;
    void reset() { *this = Pending {}; }
};

enum class Role : quint8 {
    Skip,
    Root, // the top-level object
    RootArray, // a top-level array: a bare HAR headers array
    Log,
    Entries,
    Entry,
    Request,
    Response,
    Headers,
    Header,
    HeaderMap, // "headers": {name: value} at the top level
    MapArray, // an array value of a JSON header map: its first element is the value
};

enum class Member : quint8 {
    Other,
    Log,
    Entries,
    Request,
    Response,
    StartedDateTime,
    Headers,
    Method,
    Url,
    Status,
    Name,
    Value
};

Member keyOf(const char *text, rapidjson::SizeType length)
{
    const std::string_view key(text, length);
    static constexpr std::pair<std::string_view, Member> known[] = {
        { "log", Member::Log },
        { "entries", Member::Entries },
        { "request", Member::Request },
        { "response", Member::Response },
        { "startedDateTime", Member::StartedDateTime },
        { "headers", Member::Headers },
        { "method", Member::Method },
        { "url", Member::Url },
        { "status", Member::Status },
        { "name", Member::Name },
        { "value", Member::Value },
    };
    for (const auto &[name, id] : known) {
        if (key == name)
            return id;
    }
    return Member::Other;
}

struct Frame
{
    Role role = Role::Skip;
    Member key = Member::Other; // of the member being read, in an object
    bool gotFirst = false; // MapArray: the first element was taken
    QString mapName; // Root and HeaderMap: the member's name, for a JSON header map
};

class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler>
{
public:
    enum class Value { Object, Array, String, Number, Other };

    bool Null() { return scalar(Value::Other, {}, 0); }
    bool Bool(bool) { return scalar(Value::Other, {}, 0); }
    bool Int(int i) { return scalar(Value::Number, {}, double(i)); }
    bool Uint(unsigned u) { return scalar(Value::Number, {}, double(u)); }
    bool Int64(int64_t i) { return scalar(Value::Number, {}, double(i)); }
    bool Uint64(uint64_t u) { return scalar(Value::Number, {}, double(u)); }
    bool Double(double d) { return scalar(Value::Number, {}, d); }
    bool RawNumber(const char *, rapidjson::SizeType, bool) { return scalar(Value::Number, {}, 0); }
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        return scalar(Value::String, std::string_view(text, length), 0);
    }
    bool StartObject() { return open(Value::Object); }
    bool StartArray() { return open(Value::Array); }
    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        Frame &top = m_frames.back();
        top.key = keyOf(text, length);
        if (top.role == Role::Root || top.role == Role::HeaderMap)
            top.mapName = QString::fromUtf8(text, length);
        if (top.role == Role::Root && top.key == Member::Log)
            m_rootHasLog = true;
        if (top.role == Role::Request)
            m_target->requestHasMembers = true;
        return true;
    }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool EndArray(rapidjson::SizeType) { return close(); }

    bool depthExceeded() const { return m_depthExceeded; }
    Result<HeaderBlock> result();

private:
    bool open(Value kind);
    bool close();
    bool scalar(Value kind, std::string_view text, double number);
    Role childRole(Value kind);
    void add(Sink &sink, CapturedRequest request);
    QString keptValue(const QString &name, std::string_view text) const;
    static QString utf8(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

    std::vector<Frame> m_frames;
    bool m_depthExceeded = false;
    bool m_rootIsArray = false;
    bool m_rootHasLog = false;
    bool m_rootLogIsObject = false;
    bool m_rootEntriesIsArray = false;
    bool m_rootHeadersIsArray = false;
    bool m_rootHeadersIsObject = false;
    Sink m_logSink;
    Sink m_rootSink;
    Sink *m_sink = nullptr; // the entries array being read
    Pending m_entry; // an element of an entries array
    Pending m_rootEntry; // the top level as one HAR entry ("request", "response", "startedDateTime")
    Pending m_rootRequest; // the top level as a request ("method", "url", "headers": [...]) or a headers array
    Pending *m_target = nullptr; // what Request/Response/Headers/Header frames fill
    HeaderField m_header; // the header object being read
    bool m_headerHasName = false;
    HeaderList m_rootMap; // top-level string members: a JSON header map
    HeaderList m_headerMap; // members of "headers": {...}
    qsizetype m_keptBytes = 0;
};

Role Handler::childRole(Value kind)
{
    if (m_frames.empty())
        return kind == Value::Object ? Role::Root : kind == Value::Array ? Role::RootArray : Role::Skip;
    Frame &parent = m_frames.back();
    const bool object = kind == Value::Object;
    const bool array = kind == Value::Array;
    switch (parent.role) {
    case Role::Root:
        if (parent.key == Member::Log && object) {
            m_rootLogIsObject = true;
            return Role::Log;
        }
        if (parent.key == Member::Entries && array) {
            m_rootEntriesIsArray = true;
            m_sink = &m_rootSink;
            return Role::Entries;
        }
        if ((parent.key == Member::Request || parent.key == Member::Response) && object) {
            m_target = &m_rootEntry;
            if (parent.key == Member::Request)
                m_rootEntry.requestSeen = true;
            return parent.key == Member::Request ? Role::Request : Role::Response;
        }
        if (parent.key == Member::Headers && array) {
            m_rootHeadersIsArray = true;
            m_target = &m_rootRequest;
            return Role::Headers;
        }
        if (parent.key == Member::Headers && object) {
            m_rootHeadersIsObject = true;
            return Role::HeaderMap;
        }
        return array ? Role::MapArray : Role::Skip;
    case Role::RootArray:
        m_target = &m_rootRequest;
        return object ? Role::Header : Role::Skip;
    case Role::Log:
        if (parent.key == Member::Entries && array) {
            m_sink = &m_logSink;
            return Role::Entries;
        }
        return Role::Skip;
    case Role::Entries:
        return object ? Role::Entry : Role::Skip;
    case Role::Entry:
        if ((parent.key == Member::Request || parent.key == Member::Response) && object) {
            m_target = &m_entry;
            if (parent.key == Member::Request)
                m_entry.requestSeen = true;
            return parent.key == Member::Request ? Role::Request : Role::Response;
        }
        return Role::Skip;
    case Role::Request:
        return parent.key == Member::Headers && array ? Role::Headers : Role::Skip;
    case Role::Headers:
        return object ? Role::Header : Role::Skip;
    case Role::HeaderMap:
        return array ? Role::MapArray : Role::Skip;
    case Role::Skip:
    case Role::Response:
    case Role::Header:
    case Role::MapArray:
        break;
    }
    return Role::Skip;
}

bool Handler::open(Value kind)
{
    if (!m_frames.empty()) {
        Frame &parent = m_frames.back();
        if (parent.role == Role::Entries)
            ++m_sink->elements;
        if (parent.role == Role::MapArray && !parent.gotFirst) {
            // A JSON header map's array value: its first element, as text ("" when not a string).
            parent.gotFirst = true;
            const Frame &owner = m_frames.at(m_frames.size() - 2);
            (owner.role == Role::HeaderMap ? m_headerMap : m_rootMap).append({ owner.mapName, QString() });
        }
    }
    if (int(m_frames.size()) >= HarReader::kMaxDepth) {
        m_depthExceeded = true;
        return false;
    }
    const Role role = childRole(kind);
    if (role == Role::Entry)
        m_entry.reset();
    if (role == Role::Header) {
        m_header = {};
        m_headerHasName = false;
    }
    if (role == Role::RootArray)
        m_rootIsArray = true;
    Frame frame;
    frame.role = role;
    if (role == Role::MapArray)
        frame.mapName = m_frames.back().mapName;
    m_frames.push_back(std::move(frame));
    return true;
}

bool Handler::close()
{
    const Role role = m_frames.back().role;
    m_frames.pop_back();
    if (role == Role::Entry && m_entry.requestSeen && m_entry.requestHasMembers)
        add(*m_sink, std::move(m_entry.request));
    if (role == Role::Header && m_headerHasName && !m_header.name.isEmpty())
        m_target->request.headers.append(std::move(m_header));
    return true;
}

QString Handler::keptValue(const QString &name, std::string_view text) const
{
    const qsizetype limit
        = isPseudoOrIdentityHeader(name) ? HeaderBlock::kMaxHeaderValueBytes + 1 : HarReader::kMaxOtherHeaderValueChars;
    return utf8(text.substr(0, std::size_t(qMin<qsizetype>(qsizetype(text.size()), limit * 4)))).left(limit);
}

bool Handler::scalar(Value kind, std::string_view text, double number)
{
    if (m_frames.empty())
        return true; // a bare scalar: neither a HAR nor a header map (result() says so)
    Frame &parent = m_frames.back();
    const bool string = kind == Value::String;
    switch (parent.role) {
    case Role::Root:
        if (string) {
            if (parent.key == Member::StartedDateTime)
                m_rootEntry.request.time = utf8(text.substr(0, 256)).left(64);
            else if (parent.key == Member::Method)
                m_rootRequest.request.method = utf8(text.substr(0, 256)).left(64);
            else if (parent.key == Member::Url)
                m_rootRequest.request.url
                    = utf8(text.substr(0, HarReader::kMaxUrlChars * 4)).left(HarReader::kMaxUrlChars);
            if (m_keptBytes < HarReader::kMaxListedBytes) {
                m_rootMap.append({ parent.mapName, keptValue(parent.mapName, text) });
                m_keptBytes += 2 * (parent.mapName.size() + m_rootMap.constLast().value.size());
            }
        }
        break;
    case Role::HeaderMap:
        if (string && m_keptBytes < HarReader::kMaxListedBytes) {
            m_headerMap.append({ parent.mapName, keptValue(parent.mapName, text) });
            m_keptBytes += 2 * (parent.mapName.size() + m_headerMap.constLast().value.size());
        }
        break;
    case Role::MapArray:
        if (!parent.gotFirst) {
            parent.gotFirst = true;
            const Frame &owner = m_frames.at(m_frames.size() - 2);
            (owner.role == Role::HeaderMap ? m_headerMap : m_rootMap)
                .append({ owner.mapName, string ? keptValue(owner.mapName, text) : QString() });
        }
        break;
    case Role::Entries:
        ++m_sink->elements;
        break;
    case Role::Entry:
        if (string && parent.key == Member::StartedDateTime)
            m_entry.request.time = utf8(text.substr(0, 256)).left(64);
        break;
    case Role::Request:
        if (string && parent.key == Member::Method)
            m_target->request.method = utf8(text.substr(0, 256)).left(64);
        else if (string && parent.key == Member::Url)
            m_target->request.url = utf8(text.substr(0, HarReader::kMaxUrlChars * 4)).left(HarReader::kMaxUrlChars);
        break;
    case Role::Response:
        if (kind == Value::Number && parent.key == Member::Status && number >= 0 && number <= 999
            && number == double(int(number)))
            m_target->request.status = int(number);
        break;
    case Role::Header:
        if (string && parent.key == Member::Name) {
            m_header.name = utf8(text.substr(0, 1024)).left(256);
            m_headerHasName = true;
        } else if (string && parent.key == Member::Value) {
            m_header.value = utf8(text);
        }
        break;
    case Role::RootArray:
    case Role::Log:
    case Role::Headers:
    case Role::Skip:
        break;
    }
    return true;
}

void Handler::add(Sink &sink, CapturedRequest request)
{
    const qsizetype position = sink.requests++;
    const bool identity = carriesIdentity(request);
    bool bearer = false;
    if (!identity) {
        const std::optional<QString> authorization = request.header(u"Authorization");
        bearer = authorization && authorization->trimmed().startsWith(QLatin1String("Bearer eyJ"), Qt::CaseInsensitive);
    }
    sink.withIdentity += identity;
    sink.bearerOnly += bearer;
    const bool candidate = identity || bearer;
    const bool room = candidate ? sink.listedWithIdentity < HarReader::kMaxIdentityRequestsListed
                                : sink.listedOther < HarReader::kMaxOtherRequestsListed;
    if (!room || m_keptBytes >= HarReader::kMaxListedBytes)
        return;
    (candidate ? sink.listedWithIdentity : sink.listedOther) += 1;
    qsizetype bytes = request.method.size() + request.url.size() + request.time.size();
    for (HeaderField &field : request.headers) {
        if (!isPseudoOrIdentityHeader(field.name) && field.value.size() > HarReader::kMaxOtherHeaderValueChars)
            field.value.truncate(HarReader::kMaxOtherHeaderValueChars);
        bytes += field.name.size() + field.value.size() + 16;
    }
    m_keptBytes += 2 * bytes;
    request.index = position;
    sink.listed.append(std::move(request));
}

Result<HeaderBlock> Handler::result()
{
    HeaderBlock block;
    block.format = HeaderBlock::Format::Har;
    if (m_rootIsArray) {
        // A bare HAR headers array: one request of those headers.
        m_rootRequest.request.index = 0;
        block.requests.append(std::move(m_rootRequest.request));
        block.requestCount = 1;
        block.identityRequestCount = carriesIdentity(block.requests.constFirst()) ? 1 : 0;
        return block;
    }
    Sink single;
    Sink *sink = nullptr;
    if (m_rootLogIsObject) {
        sink = &m_logSink;
    } else if (m_rootEntriesIsArray) {
        sink = &m_rootSink;
    } else if (m_rootEntry.requestSeen) {
        ++single.elements;
        if (m_rootEntry.requestHasMembers)
            add(single, std::move(m_rootEntry.request));
        sink = &single;
    } else if (m_rootHeadersIsArray) {
        ++single.elements;
        add(single, std::move(m_rootRequest.request));
        sink = &single;
    }
    if ((sink && sink->elements > 0) || m_rootHasLog) {
        if (!sink || sink->requests == 0)
            return invalid(Tr::tr("The HAR file holds no requests."));
        block.requests = std::move(sink->listed);
        block.requestCount = sink->requests;
        block.identityRequestCount = sink->withIdentity;
        block.bearerOnlyRequestCount = sink->bearerOnly;
        return block;
    }
    // A JSON object of name → value (e.g. a logged header map); "headers" may wrap it.
    block.format = HeaderBlock::Format::JsonObject;
    CapturedRequest captured;
    captured.index = 0;
    captured.headers = m_rootHeadersIsObject ? std::move(m_headerMap) : std::move(m_rootMap);
    if (captured.headers.isEmpty())
        return invalid(Tr::tr("The JSON holds no header names with string values."));
    block.requests.append(std::move(captured));
    block.requestCount = 1;
    block.identityRequestCount = carriesIdentity(block.requests.constFirst()) ? 1 : 0;
    return block;
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

Result<HeaderBlock> readStream(ChunkStream &stream, qint64 knownSize)
{
    Handler handler;
    WipingAllocator allocator;
    rapidjson::GenericReader<rapidjson::UTF8<>, rapidjson::UTF8<>, WipingAllocator> reader(&allocator);
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
    ChunkStream stream(
        [json, &position](char *buffer, qint64 capacity) {
            const qint64 n = qMin<qint64>(capacity, json.size() - position);
            std::memcpy(buffer, json.data() + position, std::size_t(n));
            position += n;
            return n;
        },
        tuning);
    return readStream(stream, json.size());
}

Result<HeaderBlock> HarReader::read(QIODevice &device, QByteArrayView head, const Tuning &tuning)
{
    const qint64 knownSize = device.isSequential() ? -1 : head.size() + device.size() - device.pos();
    if (knownSize > kMaxInputBytes)
        return tooLarge(knownSize);
    qsizetype headPosition = 0;
    qint64 total = 0;
    ChunkStream stream(
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
        tuning);
    return readStream(stream, knownSize);
}

} // namespace vendo::client

#include "client/HarHandler.h"

#include <QCoreApplication>

#include <algorithm>

namespace vendo::client::har {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::client::HeaderBlock)
};

std::unexpected<VendoError> invalid(const QString &message)
{
    return std::unexpected(VendoError::make(VendoError::Kind::InvalidInput, message));
}

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

} // namespace

bool HarHandler::Key(const char *text, rapidjson::SizeType length, bool)
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

Role HarHandler::childRole(Value kind)
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

bool HarHandler::open(Value kind)
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

bool HarHandler::close()
{
    const Role role = m_frames.back().role;
    m_frames.pop_back();
    if (role == Role::Entry && m_entry.requestSeen && m_entry.requestHasMembers)
        add(*m_sink, std::move(m_entry.request));
    if (role == Role::Header && m_headerHasName && !m_header.name.isEmpty())
        m_target->request.headers.append(std::move(m_header));
    return true;
}

QString HarHandler::keptValue(const QString &name, std::string_view text) const
{
    const qsizetype limit
        = isPseudoOrIdentityHeader(name) ? HeaderBlock::kMaxHeaderValueBytes + 1 : HarReader::kMaxOtherHeaderValueChars;
    return utf8(text.substr(0, std::size_t(qMin<qsizetype>(qsizetype(text.size()), limit * 4)))).left(limit);
}

bool HarHandler::scalar(Value kind, std::string_view text, double number)
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

void HarHandler::add(Sink &sink, CapturedRequest request)
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

Result<HeaderBlock> HarHandler::result()
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

} // namespace vendo::client::har

#pragma once

#include "client/HarReader.h"

#include <rapidjson/reader.h>
#include <string_view>
#include <vector>

// The SAX handler of HarReader (core/client/HarReader.h). Not part of the module's interface.
namespace vendo::client::har {

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

struct Frame
{
    Role role = Role::Skip;
    Member key = Member::Other; // of the member being read, in an object
    bool gotFirst = false; // MapArray: the first element was taken
    QString mapName; // Root and HeaderMap: the member's name, for a JSON header map
};

// RapidJSON SAX events → the requests of a HAR (or a headers array, or a JSON header map), keeping only
// what HeaderBlock holds and counting what it does not list (HarReader's caps).
class HarHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, HarHandler>
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
    bool Key(const char *text, rapidjson::SizeType length, bool copy);
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

} // namespace vendo::client::har

#include "jwt/RawJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVarLengthArray>

#include <array>
#include <memory>

namespace vendo::jwt {

namespace {

enum class TokenType { BeginObject, EndObject, BeginArray, EndArray, Colon, Comma, String, Scalar, End, Bad };

struct Token
{
    TokenType type = TokenType::End;
    qsizetype start = 0;
    qsizetype end = 0;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDelimiter(char c)
{
    return isSpace(c) || c == ',' || c == ':' || c == '{' || c == '}' || c == '[' || c == ']' || c == '"';
}

class Tokenizer
{
public:
    explicit Tokenizer(QByteArrayView json)
        : m_json(json)
    { }

    Token next()
    {
        while (m_pos < m_json.size() && isSpace(m_json[m_pos]))
            ++m_pos;
        Token token;
        token.start = m_pos;
        if (m_pos >= m_json.size()) {
            token.type = TokenType::End;
            token.end = m_pos;
            return token;
        }
        const char c = m_json[m_pos];
        switch (c) {
        case '{':
            token.type = TokenType::BeginObject;
            break;
        case '}':
            token.type = TokenType::EndObject;
            break;
        case '[':
            token.type = TokenType::BeginArray;
            break;
        case ']':
            token.type = TokenType::EndArray;
            break;
        case ':':
            token.type = TokenType::Colon;
            break;
        case ',':
            token.type = TokenType::Comma;
            break;
        case '"': {
            qsizetype i = m_pos + 1;
            while (i < m_json.size() && m_json[i] != '"')
                i += m_json[i] == '\\' ? 2 : 1;
            if (i >= m_json.size()) {
                token.type = TokenType::Bad;
                token.end = m_json.size();
                m_pos = token.end;
                return token;
            }
            token.type = TokenType::String;
            token.end = i + 1;
            m_pos = token.end;
            return token;
        }
        default: {
            qsizetype i = m_pos;
            while (i < m_json.size() && !isDelimiter(m_json[i]))
                ++i;
            token.type = TokenType::Scalar;
            token.end = i;
            m_pos = i;
            return token;
        }
        }
        token.end = ++m_pos;
        return token;
    }

    QByteArrayView text(const Token &token) const { return m_json.sliced(token.start, token.end - token.start); }

private:
    QByteArrayView m_json;
    qsizetype m_pos = 0;
};

// Bytes a string scan must stop at: the closing quote, an escape, and control characters.
constexpr auto kStringSpecial = [] {
    std::array<bool, 256> table {};
    for (int c = 0; c < 0x20; ++c)
        table[size_t(c)] = true;
    table[size_t('"')] = true;
    table[size_t('\\')] = true;
    return table;
}();

bool containsByte(QByteArrayView text, char c)
{
    // Keys and claim values are a few bytes: a loop the compiler inlines beats a call to memchr.
    for (const char b : text) {
        if (b == c)
            return true;
    }
    return false;
}

// FNV-1a: enough to make a mismatch between two keys cost one comparison.
quint32 hashBytes(QByteArrayView bytes)
{
    quint32 hash = 2166136261u;
    for (const char c : bytes)
        hash = (hash ^ uchar(c)) * 16777619u;
    return hash;
}

void newline(QByteArray &out, int depth, int indent)
{
    out += '\n';
    out.append(qsizetype(depth) * indent, ' ');
}

} // namespace

// The key's characters without quotes; escapes resolved (rare in practice, so only then is JSON parsed).
QByteArray RawJson::keyName(QByteArrayView quoted)
{
    const QByteArrayView inner = quoted.sliced(1, quoted.size() - 2);
    if (!containsByte(inner, '\\'))
        return QByteArray::fromRawData(inner.data(), inner.size());
    const QByteArray wrapped = '[' + quoted.toByteArray() + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString().toUtf8();
}

RawJson::Scan RawJson::scan(QByteArrayView json)
{
    Scan result;
    const qsizetype n = json.size();
    const char *s = json.data();
    qsizetype pos = 0;
    const auto skipSpace = [&] {
        while (pos < n && isSpace(s[pos]))
            ++pos;
    };
    const auto fail = [&](qsizetype at, const char *why) {
        result.valid = false;
        result.errorOffset = at;
        result.error = why;
        return result;
    };
    // Returns the end (one past the closing quote) or -1, with `result` set.
    const auto string = [&](qsizetype start) -> qsizetype {
        qsizetype i = start + 1;
        while (i < n) {
            // Most string bytes are none of the three that need a look: skip them with one test each.
            while (i < n && !kStringSpecial[uchar(s[i])])
                ++i;
            if (i >= n)
                break;
            const char c = s[i];
            if (c == '"')
                return i + 1;
            if (c == '\\') {
                if (i + 1 >= n)
                    break;
                const char e = s[i + 1];
                if (e == 'u') {
                    for (int k = 2; k < 6; ++k) {
                        const char h = i + k < n ? s[i + k] : '\0';
                        if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'))) {
                            fail(i, QT_TRANSLATE_NOOP("vendo::jwt::RawJson", "invalid \\u escape"));
                            return -1;
                        }
                    }
                    i += 6;
                    continue;
                }
                if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't') {
                    fail(i, QT_TRANSLATE_NOOP("vendo::jwt::RawJson", "invalid escape in a string"));
                    return -1;
                }
                i += 2;
                continue;
            }
            if (uchar(c) < 0x20) {
                fail(i, QT_TRANSLATE_NOOP("vendo::jwt::RawJson", "control character inside a string"));
                return -1;
            }
            ++i;
        }
        fail(n, QT_TRANSLATE_NOOP("vendo::jwt::RawJson", "unterminated string"));
        return -1;
    };
    const auto digits = [&](qsizetype i) {
        while (i < n && s[i] >= '0' && s[i] <= '9')
            ++i;
        return i;
    };
    const auto number = [&](qsizetype start) -> qsizetype {
        qsizetype i = start;
        if (s[i] == '-')
            ++i;
        if (i >= n || s[i] < '0' || s[i] > '9') {
            fail(i, QT_TRANSLATE_NOOP("vendo::jwt::RawJson", "invalid number"));
            return -1;
        }
        i = s[i] == '0' ? i + 1 : digits(i);
        if (i < n && s[i] == '.') {
            const qsizetype after = digits(i + 1);
            if (after == i + 1) {
                fail(i + 1, QT_TRANSLATE_NOOP("vendo::jwt::RawJson", "invalid number"));
                return -1;
            }
            i = after;
        }
        const bool exponent = i < n && (s[i] == 'e' || s[i] == 'E');
        if (exponent) {
            ++i;
            if (i < n && (s[i] == '+' || s[i] == '-'))
                ++i;
            const qsizetype after = digits(i);
            if (after == i) {
                fail(i, QT_TRANSLATE_NOOP("vendo::jwt::RawJson", "invalid number"));
                return -1;
            }
            i = after;
        }
        // Qt's parser, which builds the header and payload objects, refuses a number that a double
        // cannot hold (beyond 1.8e308, or not zero yet below 4.9e-324): so does the scan. Only an
        // exponent or hundreds of digits get there.
        if (exponent || i - start > 300) {
            bool inRange = false;
            (void)QByteArray(s + start, i - start).toDouble(&inRange);
            if (!inRange) {
                fail(start, QT_TRANSLATE_NOOP("vendo::jwt::RawJson", "number too large or too small for a double"));
                return -1;
            }
        }
        return i;
    };

    // Keys seen in each open object, for duplicate detection without a copy per key: a hash and a
    // view into `json` (escaped keys, rare, keep their unescaped bytes).
    struct SeenKey
    {
        quint32 hash;
        QByteArrayView name;
        QByteArray unescaped;
    };
    struct Frame
    {
        bool object;
        QVarLengthArray<SeenKey, 16> keys;
        // Past kListedKeys keys, a hash set instead of the list: an object with thousands of keys
        // (a hostile 64 KiB token holds ~4,000) made the list's check quadratic. Names are views into
        // `json` or into `keys`' unescaped bytes, which no longer move once the set exists.
        std::unique_ptr<QSet<QByteArray>> keySet;
    };
    constexpr qsizetype kListedKeys = 32;
    QVarLengthArray<Frame, 8> stack;
    constexpr qsizetype kMaxDepth = 256;
    enum class State { Value, Key, AfterValue } state = State::Value;
    qsizetype valueStart = -1; // of the current top-level member's value
    // A value just ended at `pos`: when it was a top-level member's, that member is complete.
    const auto valueEnded = [&] {
        if (stack.size() == 1 && stack.front().object && valueStart >= 0) {
            MemberSpan &member = result.members.last();
            member.valueOffset = valueStart;
            member.valueLength = pos - valueStart;
            valueStart = -1;
        }
    };

    skipSpace();
    result.isObject = pos < n && s[pos] == '{';
    if (result.isObject)
        result.members.reserve(24); // one allocation for what identity tokens carry
    for (;;) {
        skipSpace();
        if (state == State::Value) {
            if (pos >= n)
                return fail(pos, QT_TRANSLATE_NOOP("vendo::jwt::RawJson", "unexpected end of the text"));
            const char c = s[pos];
            if (stack.size() == 1 && stack.front().object)
                valueStart = pos;
            if (c == '{' || c == '[') {
                if (stack.size() >= kMaxDepth)
                    return fail(pos, QT_TRANSLATE_NOOP("vendo::jwt::RawJson", "nested too deeply"));
                stack.append(Frame { c == '{', {}, nullptr });
                ++pos;
                skipSpace();
                if (pos < n && s[pos] == (c == '{' ? '}' : ']')) {
                    ++pos;
                    stack.removeLast();
                    valueEnded();
                    state = State::AfterValue;
                } else {
                    state = c == '{' ? State::Key : State::Value;
                }
                continue;
            }
            if (c == '"') {
                pos = string(pos);
                if (pos < 0)
                    return result;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                pos = number(pos);
                if (pos < 0)
                    return result;
            } else if (json.sliced(pos).startsWith("true") || json.sliced(pos).startsWith("null")) {
                pos += 4;
            } else if (json.sliced(pos).startsWith("false")) {
                pos += 5;
            } else {
                return fail(pos, QT_TRANSLATE_NOOP("vendo::jwt::RawJson", "unexpected character"));
            }
            valueEnded();
            state = State::AfterValue;
        } else if (state == State::Key) {
            if (pos >= n || s[pos] != '"')
                return fail(pos, QT_TRANSLATE_NOOP("vendo::jwt::RawJson", "expected a key in double quotes"));
            const qsizetype start = pos;
            pos = string(pos);
            if (pos < 0)
                return result;
            const QByteArrayView quoted = json.sliced(start, pos - start);
            const bool escaped = containsByte(quoted, '\\');
            if (stack.size() == 1)
                result.members.append(MemberSpan { start, pos - start, -1, 0, escaped });
            if (!result.duplicate) {
                Frame &frame = stack.last();
                SeenKey key { 0, quoted.sliced(1, quoted.size() - 2), {} };
                if (escaped) {
                    key.unescaped = keyName(quoted);
                    key.name = key.unescaped;
                }
                if (frame.keySet) {
                    const QByteArray name
                        = escaped ? key.unescaped : QByteArray::fromRawData(key.name.data(), key.name.size());
                    if (frame.keySet->contains(name))
                        result.duplicate = Duplicate { key.name.toByteArray(), start };
                    else
                        frame.keySet->insert(name);
                } else {
                    key.hash = hashBytes(key.name);
                    for (const SeenKey &seen : frame.keys) {
                        if (seen.hash == key.hash && sameBytes(seen.name, key.name)) {
                            result.duplicate = Duplicate { key.name.toByteArray(), start };
                            break;
                        }
                    }
                    // Moving keeps the unescaped bytes where they are, so the view stays valid.
                    frame.keys.append(std::move(key));
                    if (frame.keys.size() > kListedKeys) {
                        frame.keySet = std::make_unique<QSet<QByteArray>>();
                        frame.keySet->reserve(frame.keys.size() * 4);
                        for (const SeenKey &seen : frame.keys)
                            frame.keySet->insert(QByteArray::fromRawData(seen.name.data(), seen.name.size()));
                    }
                }
            }
            skipSpace();
            if (pos >= n || s[pos] != ':')
                return fail(pos, QT_TRANSLATE_NOOP("vendo::jwt::RawJson", "expected ':' after a key"));
            ++pos;
            state = State::Value;
        } else {
            if (stack.isEmpty()) {
                if (pos != n)
                    return fail(pos, QT_TRANSLATE_NOOP("vendo::jwt::RawJson", "unexpected text after the JSON value"));
                result.valid = true;
                if (!result.isObject)
                    result.members.clear();
                return result;
            }
            const bool object = stack.last().object;
            if (pos < n && s[pos] == ',') {
                ++pos;
                state = object ? State::Key : State::Value;
            } else if (pos < n && s[pos] == (object ? '}' : ']')) {
                ++pos;
                stack.removeLast();
                valueEnded();
            } else {
                return fail(pos,
                            object ? QT_TRANSLATE_NOOP("vendo::jwt::RawJson", "expected ',' or '}'")
                                   : QT_TRANSLATE_NOOP("vendo::jwt::RawJson", "expected ',' or ']'"));
            }
        }
    }
}

std::optional<QString> RawJson::stringValue(QByteArrayView rawValue)
{
    if (rawValue.size() < 2 || rawValue.front() != '"' || rawValue.back() != '"')
        return std::nullopt;
    const QByteArrayView inner = rawValue.sliced(1, rawValue.size() - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    const QByteArray wrapped = '[' + rawValue.toByteArray() + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

RawJson::Pretty RawJson::pretty(QByteArrayView json, int indent)
{
    // The scan bounds the depth (and so the indentation of a line) and proves that the tokenizer
    // below meets no broken token; rejected text keeps its bytes, a reader compares them with the
    // problem's offset.
    if (!scan(json).valid)
        return Pretty { json.toByteArray(), Layout::AsReceivedNotJson };
    const auto asReceived = [&] { return Pretty { json.toByteArray(), Layout::AsReceivedTooLarge }; };
    QByteArray out;
    out.reserve(qMin(json.size() * 2, kMaxIndentedBytes));
    Tokenizer tokenizer(json);
    int depth = 0;
    Token token = tokenizer.next();
    while (token.type != TokenType::End) {
        // One token adds at most its own bytes and one indented line: checking here bounds the work.
        if (out.size() > kMaxIndentedBytes)
            return asReceived();
        switch (token.type) {
        case TokenType::BeginObject:
        case TokenType::BeginArray: {
            const Token following = tokenizer.next();
            const TokenType close = token.type == TokenType::BeginObject ? TokenType::EndObject : TokenType::EndArray;
            out += tokenizer.text(token);
            if (following.type == close) {
                out += tokenizer.text(following);
                token = tokenizer.next();
                continue;
            }
            ++depth;
            newline(out, depth, indent);
            token = following;
            continue;
        }
        case TokenType::EndObject:
        case TokenType::EndArray:
            depth = qMax(0, depth - 1);
            newline(out, depth, indent);
            out += tokenizer.text(token);
            break;
        case TokenType::Colon:
            out += ": ";
            break;
        case TokenType::Comma:
            out += ',';
            newline(out, depth, indent);
            break;
        case TokenType::String:
        case TokenType::Scalar:
            out += tokenizer.text(token);
            break;
        case TokenType::Bad: // not after a valid scan
        case TokenType::End:
            break;
        }
        token = tokenizer.next();
    }
    if (out.size() > kMaxIndentedBytes)
        return asReceived();
    return Pretty { out, Layout::Indented };
}

QString RawJson::layoutNote(Layout layout)
{
    switch (layout) {
    case Layout::Indented:
        break;
    case Layout::AsReceivedNotJson:
        return QCoreApplication::translate("vendo::jwt::RawJson",
                                           "Shown as received, not indented: it is not valid JSON.");
    case Layout::AsReceivedTooLarge:
        return QCoreApplication::translate("vendo::jwt::RawJson",
                                           "Shown as received, not indented: indented it would exceed %1 KiB.")
            .arg(kMaxIndentedBytes / 1024);
    }
    return {};
}

std::optional<RawJson::Duplicate> RawJson::findDuplicateKey(QByteArrayView json)
{
    struct Frame
    {
        bool isObject = false;
        bool expectKey = false;
        QVarLengthArray<QByteArray, 24> keys;
    };
    QVarLengthArray<Frame, 8> stack;
    Tokenizer tokenizer(json);
    for (Token token = tokenizer.next(); token.type != TokenType::End && token.type != TokenType::Bad;
         token = tokenizer.next()) {
        switch (token.type) {
        case TokenType::BeginObject:
            stack.append(Frame { true, true, {} });
            break;
        case TokenType::BeginArray:
            stack.append(Frame { false, false, {} });
            break;
        case TokenType::EndObject:
        case TokenType::EndArray:
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case TokenType::Comma:
            if (!stack.isEmpty() && stack.last().isObject)
                stack.last().expectKey = true;
            break;
        case TokenType::String:
            if (!stack.isEmpty() && stack.last().isObject && stack.last().expectKey) {
                Frame &frame = stack.last();
                frame.expectKey = false;
                QByteArray name = keyName(tokenizer.text(token));
                for (const QByteArray &seen : frame.keys) {
                    if (seen == name)
                        return Duplicate { QByteArray(name.constData(), name.size()), token.start };
                }
                frame.keys.append(std::move(name));
            }
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

void RawJson::forEachTopLevelMember(
    QByteArrayView json,
    const std::function<void(const QByteArray &name, QByteArrayView rawValue, qsizetype offset)> &visit)
{
    Tokenizer tokenizer(json);
    Token token = tokenizer.next();
    if (token.type != TokenType::BeginObject)
        return;
    for (;;) {
        const Token key = tokenizer.next();
        if (key.type != TokenType::String)
            return;
        if (tokenizer.next().type != TokenType::Colon)
            return;
        const Token first = tokenizer.next();
        qsizetype end = first.end;
        if (first.type == TokenType::BeginObject || first.type == TokenType::BeginArray) {
            int depth = 1;
            while (depth > 0) {
                const Token inner = tokenizer.next();
                if (inner.type == TokenType::End || inner.type == TokenType::Bad)
                    return;
                if (inner.type == TokenType::BeginObject || inner.type == TokenType::BeginArray)
                    ++depth;
                else if (inner.type == TokenType::EndObject || inner.type == TokenType::EndArray)
                    --depth;
                end = inner.end;
            }
        } else if (first.type != TokenType::String && first.type != TokenType::Scalar) {
            return;
        }
        visit(keyName(tokenizer.text(key)), json.sliced(first.start, end - first.start), key.start);
        const Token separator = tokenizer.next();
        if (separator.type != TokenType::Comma)
            return;
    }
}

QList<RawJson::Member> RawJson::topLevelMembers(QByteArrayView json)
{
    QList<Member> members;
    forEachTopLevelMember(json, [&](const QByteArray &name, QByteArrayView rawValue, qsizetype offset) {
        members.append(Member { QByteArray(name.constData(), name.size()), rawValue, offset });
    });
    return members;
}

const char *RawJson::typeOf(QByteArrayView rawValue)
{
    if (rawValue.isEmpty())
        return "";
    switch (rawValue.front()) {
    case '"':
        return "string";
    case '{':
        return "object";
    case '[':
        return "array";
    case 't':
    case 'f':
        return "boolean";
    case 'n':
        return "null";
    default:
        return "number";
    }
}

} // namespace vendo::jwt

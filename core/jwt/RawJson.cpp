#include "jwt/RawJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

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

// The key's characters without quotes; escapes resolved (rare in practice, so only then is JSON parsed).
QByteArray keyName(QByteArrayView quoted)
{
    const QByteArrayView inner = quoted.sliced(1, quoted.size() - 2);
    if (!inner.contains('\\'))
        return QByteArray::fromRawData(inner.data(), inner.size());
    const QByteArray wrapped = '[' + quoted.toByteArray() + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString().toUtf8();
}

void newline(QByteArray &out, int depth, int indent)
{
    out += '\n';
    out.append(qsizetype(depth) * indent, ' ');
}

} // namespace

QByteArray RawJson::prettyPrint(QByteArrayView json, int indent)
{
    QByteArray out;
    out.reserve(json.size() * 2);
    Tokenizer tokenizer(json);
    int depth = 0;
    Token token = tokenizer.next();
    while (token.type != TokenType::End) {
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
        case TokenType::Bad:
            out += json.sliced(token.start);
            return out;
        case TokenType::End:
            break;
        }
        token = tokenizer.next();
    }
    return out;
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

QList<RawJson::Member> RawJson::topLevelMembers(QByteArrayView json)
{
    QList<Member> members;
    Tokenizer tokenizer(json);
    Token token = tokenizer.next();
    if (token.type != TokenType::BeginObject)
        return members;
    for (;;) {
        const Token key = tokenizer.next();
        if (key.type != TokenType::String)
            return members;
        if (tokenizer.next().type != TokenType::Colon)
            return members;
        const Token first = tokenizer.next();
        qsizetype end = first.end;
        if (first.type == TokenType::BeginObject || first.type == TokenType::BeginArray) {
            int depth = 1;
            while (depth > 0) {
                const Token inner = tokenizer.next();
                if (inner.type == TokenType::End || inner.type == TokenType::Bad)
                    return members;
                if (inner.type == TokenType::BeginObject || inner.type == TokenType::BeginArray)
                    ++depth;
                else if (inner.type == TokenType::EndObject || inner.type == TokenType::EndArray)
                    --depth;
                end = inner.end;
            }
        } else if (first.type != TokenType::String && first.type != TokenType::Scalar) {
            return members;
        }
        const QByteArray name = keyName(tokenizer.text(key));
        members.append(Member { QByteArray(name.constData(), name.size()), json.sliced(first.start, end - first.start),
                                key.start });
        const Token separator = tokenizer.next();
        if (separator.type != TokenType::Comma)
            return members;
    }
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

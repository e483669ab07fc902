#include "HostileTokens.h"

#include "jwt/Base64Url.h"
#include "jwt/JwtDecoder.h"

namespace vendo::test {

namespace {

const QByteArray kHeader = R"({"alg":"ES256","kid":"k1"})";
const QByteArray kPayload = R"({"sub":"u1","exp":4102444800,"iat":4102441200})";
// JSON bytes that fit in one segment beside the other two short ones, within 64 KiB of base64url.
constexpr qsizetype kRoom = (jwt::kMaxTokenInputBytes - 200) * 3 / 4;

HostileToken make(const QString &name, HostileToken::Part part, const QByteArray &json, HostileToken::Shown shown,
                  bool structureOk)
{
    const bool inHeader = part == HostileToken::Part::Header;
    HostileToken token { name, {}, part, json, shown, structureOk };
    token.token = jwt::base64UrlEncode(inHeader ? json : kHeader) + '.'
        + jwt::base64UrlEncode(inHeader ? kPayload : json) + ".c2ln";
    return token;
}

// `prefix` then as many `item`s (comma-separated) as fit, then `suffix`.
QByteArray filled(const QByteArray &prefix, const QByteArray &item, const QByteArray &suffix)
{
    QByteArray json = prefix;
    while (json.size() + item.size() + 1 + suffix.size() < kRoom)
        json += item + ',';
    json.chop(1);
    return json + suffix;
}

} // namespace

QList<HostileToken> hostileTokens()
{
    using Part = HostileToken::Part;
    using Shown = HostileToken::Shown;
    const QByteArray deep = QByteArray(250, '[') + QByteArray(250, ']');
    QByteArray keys = "{";
    for (int i = 0; keys.size() < kRoom - 100; ++i)
        keys += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ',';
    keys += R"("exp":4102444800})";
    return {
        make(QStringLiteral("45,000 [ in the header"), Part::Header, QByteArray(45'000, '['), Shown::AsReceived, false),
        make(QStringLiteral("{\"a\": nesting in the header"), Part::Header, QByteArray("{\"a\":").repeated(kRoom / 5),
             Shown::AsReceived, false),
        make(QStringLiteral("{\"a\": nesting in the payload"), Part::Payload, QByteArray("{\"a\":").repeated(kRoom / 5),
             Shown::AsReceived, false),
        make(QStringLiteral("deep arrays in the header"), Part::Header,
             filled(R"({"alg":"ES256","kid":"k1","a":[)", deep, "]}"), Shown::AsReceived, true),
        make(QStringLiteral("deep arrays in the payload"), Part::Payload,
             filled(R"({"sub":"u1","exp":4102444800,"a":[)", deep, "]}"), Shown::AsReceived, true),
        make(QStringLiteral("a long string in the payload"), Part::Payload,
             "{\"sub\":\"" + QByteArray(kRoom - 100, 'a') + "\",\"exp\":4102444800}", Shown::Indented, true),
        make(QStringLiteral("many keys in the payload"), Part::Payload, keys, Shown::Indented, true),
    };
}

} // namespace vendo::test

#include "jwt/Base64Url.h"
#include "jwt/Claims.h"
#include "jwt/JwtDecoder.h"
#include "jwt/RawJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace vendo::jwt;

namespace {

QByteArray b64(QByteArrayView json)
{
    return base64UrlEncode(json);
}

const QByteArray kHeader = b64(R"({"alg":"ES256","typ":"JWT","kid":"k1"})");
const QByteArray kPayload = b64(R"({"sub":"u1","exp":1767229200,"iat":1767225600})");
const QByteArray kSignature = b64(QByteArray(64, '\x01'));
const QByteArray kToken = kHeader + '.' + kPayload + '.' + kSignature;

// {"k0":0,"k1":1,...}: more members than any inline reservation holds.
QByteArray manyMembers(int count)
{
    QByteArray json = "{";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            json += ',';
        json += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i);
    }
    json += '}';
    return json;
}

// The first base64url-only character ('-' or '_') in an encoding, replaced by its standard-base64 twin.
QByteArray withStandardAlphabet(const QByteArray &segment, qsizetype *at)
{
    QByteArray copy = segment;
    for (qsizetype i = 0; i < copy.size(); ++i) {
        if (copy[i] == '-' || copy[i] == '_') {
            copy[i] = copy[i] == '-' ? '+' : '/';
            *at = i;
            return copy;
        }
    }
    *at = -1;
    return copy;
}

} // namespace

class TestDecoder : public QObject
{
    Q_OBJECT

private slots:
    void structure_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error"); // first problem's code; empty: none
        QTest::addColumn<QString>("segment");
        QTest::addColumn<qsizetype>("tokenOffset");
        QTest::addColumn<qsizetype>("decodedOffset");
        QTest::addColumn<bool>("headerParsed");
        QTest::addColumn<bool>("payloadParsed");

        const qsizetype payloadStart = kHeader.size() + 1;
        const qsizetype signatureStart = kHeader.size() + kPayload.size() + 2;
        const QString none;

        QTest::newRow("clean") << kToken << none << none << qsizetype(-1) << qsizetype(-1) << true << true;
        QTest::newRow("Bearer prefix") << QByteArray("Bearer " + kToken) << none << none << qsizetype(-1)
                                       << qsizetype(-1) << true << true;
        QTest::newRow("header line") << QByteArray("x-vendo-user-jwt:   " + kToken + "\r\n") << none << none
                                     << qsizetype(-1) << qsizetype(-1) << true << true;
        QTest::newRow("Authorization header with Bearer") << QByteArray("Authorization: Bearer " + kToken) << none
                                                          << none << qsizetype(-1) << qsizetype(-1) << true << true;
        QTest::newRow("quotes and line breaks")
            << QByteArray("  \"" + kHeader + ".\n" + kPayload + "\r\n." + kSignature + "\"\n") << none << none
            << qsizetype(-1) << qsizetype(-1) << true << true;
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty") << QStringLiteral("token") << qsizetype(0)
                               << qsizetype(-1) << false << false;
        QTest::newRow("whitespace only") << QByteArray(" \n\t ") << QStringLiteral("empty") << QStringLiteral("token")
                                         << qsizetype(0) << qsizetype(-1) << false << false;
        QTest::newRow("no dots") << kHeader << QStringLiteral("no_dots") << QStringLiteral("token") << qsizetype(-1)
                                 << qsizetype(-1) << true << false;
        QTest::newRow("one dot") << QByteArray(kHeader + '.' + kPayload) << QStringLiteral("missing_signature_segment")
                                 << QStringLiteral("signature") << qsizetype(kHeader.size() + kPayload.size() + 1)
                                 << qsizetype(-1) << true << true;
        QTest::newRow("four segments") << QByteArray(kToken + ".AAAA") << QStringLiteral("too_many_segments")
                                       << QStringLiteral("token") << qsizetype(-1) << qsizetype(-1) << true << true;
        QTest::newRow("five segments: JWE")
            << QByteArray(b64(R"({"alg":"RSA-OAEP","enc":"A256GCM"})") + ".AAAA.AAAA.AAAA.AAAA")
            << QStringLiteral("encrypted") << QStringLiteral("token") << qsizetype(-1) << qsizetype(-1) << true
            << false;
        QTest::newRow("empty header") << QByteArray('.' + kPayload + '.' + kSignature)
                                      << QStringLiteral("empty_segment") << QStringLiteral("header") << qsizetype(0)
                                      << qsizetype(-1) << false << true;
        QTest::newRow("empty payload") << QByteArray(kHeader + ".." + kSignature) << QStringLiteral("empty_segment")
                                       << QStringLiteral("payload") << payloadStart << qsizetype(-1) << true << false;
        QTest::newRow("empty signature, alg ES256")
            << QByteArray(kHeader + '.' + kPayload + '.') << QStringLiteral("empty_segment")
            << QStringLiteral("signature") << signatureStart << qsizetype(-1) << true << true;
        QTest::newRow("empty signature, alg none") << QByteArray(b64(R"({"alg":"none"})") + '.' + kPayload + '.')
                                                   << none << none << qsizetype(-1) << qsizetype(-1) << true << true;

        // 23 bytes: padded base64 ends in one '='.
        const QByteArray padded = QByteArray(R"({"alg":"ES256","k":"a"})").toBase64(QByteArray::Base64UrlEncoding);
        QVERIFY(padded.endsWith('='));
        QTest::newRow("padding") << QByteArray(padded + '.' + kPayload + '.' + kSignature) << QStringLiteral("padding")
                                 << QStringLiteral("header") << qsizetype(padded.indexOf('=')) << qsizetype(-1) << true
                                 << true;

        qsizetype at = -1;
        const QByteArray tilde = b64(R"({"sub":"~~~~~~","exp":1767229200})");
        const QByteArray standard = withStandardAlphabet(tilde, &at);
        QVERIFY(at >= 0);
        QTest::newRow("standard base64") << QByteArray(kHeader + '.' + standard + '.' + kSignature)
                                         << QStringLiteral("standard_base64") << QStringLiteral("payload")
                                         << qsizetype(payloadStart + at) << qsizetype(-1) << true << true;

        QByteArray starred = kPayload;
        starred[5] = '*';
        QTest::newRow("invalid character")
            << QByteArray(kHeader + '.' + starred + '.' + kSignature) << QStringLiteral("invalid_character")
            << QStringLiteral("payload") << qsizetype(payloadStart + 5) << qsizetype(-1) << true << false;

        QByteArray cut = kPayload.left(kPayload.size() / 4 * 4 - 3);
        QTest::newRow("truncated base64")
            << QByteArray(kHeader + '.' + cut + '.' + kSignature) << QStringLiteral("truncated_base64")
            << QStringLiteral("payload") << qsizetype(payloadStart + cut.size() - 1) << qsizetype(-1) << true << false;

        QTest::newRow("not UTF-8") << QByteArray(b64("{\"alg\":\"ES\xff\"}") + '.' + kPayload + '.' + kSignature)
                                   << QStringLiteral("not_utf8") << QStringLiteral("header") << qsizetype(-1)
                                   << qsizetype(10) << false << true;
        QTest::newRow("invalid JSON") << QByteArray(b64(R"({"alg":)") + '.' + kPayload + '.' + kSignature)
                                      << QStringLiteral("invalid_json") << QStringLiteral("header") << qsizetype(-1)
                                      << qsizetype(7) << false << true;
        QTest::newRow("number beyond a double")
            << QByteArray(kHeader + '.' + b64(R"({"exp":1e999})") + '.' + kSignature) << QStringLiteral("invalid_json")
            << QStringLiteral("payload") << qsizetype(-1) << qsizetype(7) << true << false;
        QTest::newRow("JSON array") << QByteArray(kHeader + '.' + b64("[1,2]") + '.' + kSignature)
                                    << QStringLiteral("not_an_object") << QStringLiteral("payload") << qsizetype(-1)
                                    << qsizetype(0) << true << false;
        QTest::newRow("JSON string") << QByteArray(kHeader + '.' + b64("\"hello\"") + '.' + kSignature)
                                     << QStringLiteral("not_an_object") << QStringLiteral("payload") << qsizetype(-1)
                                     << qsizetype(0) << true << false;
        QTest::newRow("duplicate key") << QByteArray(b64(R"({"alg":"ES256","alg":"none"})") + '.' + kPayload + '.'
                                                     + kSignature)
                                       << QStringLiteral("duplicate_key") << QStringLiteral("header") << qsizetype(-1)
                                       << qsizetype(15) << true << true;
        QTest::newRow("duplicate key, escaped")
            << QByteArray(kHeader + '.' + b64("{\"sub\":\"a\",\"s\\u0075b\":\"b\"}") + '.' + kSignature)
            << QStringLiteral("duplicate_key") << QStringLiteral("payload") << qsizetype(-1) << qsizetype(11) << true
            << true;
        QTest::newRow("duplicate key, nested")
            << QByteArray(kHeader + '.' + b64(R"({"app_metadata":{"p":1,"p":2}})") + '.' + kSignature)
            << QStringLiteral("duplicate_key") << QStringLiteral("payload") << qsizetype(-1) << qsizetype(23) << true
            << true;
        QTest::newRow("same key in sibling objects is fine")
            << QByteArray(kHeader + '.' + b64(R"({"a":{"p":1},"b":{"p":2}})") + '.' + kSignature) << none << none
            << qsizetype(-1) << qsizetype(-1) << true << true;
        QTest::newRow("too large") << QByteArray(kMaxTokenInputBytes + 1, 'A') << QStringLiteral("input_too_large")
                                   << QStringLiteral("token") << qsizetype(-1) << qsizetype(-1) << false << false;
        QTest::newRow("exactly at the limit")
            << QByteArray(kMaxTokenInputBytes, 'A') << QStringLiteral("no_dots") << QStringLiteral("token")
            << qsizetype(-1) << qsizetype(-1) << false << false;
    }

    void structure()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        QFETCH(QString, segment);
        QFETCH(qsizetype, tokenOffset);
        QFETCH(qsizetype, decodedOffset);
        QFETCH(bool, headerParsed);
        QFETCH(bool, payloadParsed);

        const DecodedJwt decoded = decode(input);
        if (error.isEmpty()) {
            QVERIFY2(decoded.structureOk(),
                     decoded.problems.isEmpty() ? "" : qPrintable(decoded.problems.first().message));
        } else {
            QVERIFY(!decoded.structureOk());
            const StructureProblem &first = decoded.problems.first();
            QCOMPARE(structureErrorName(first.error), error);
            QCOMPARE(segmentName(first.segment), segment);
            QCOMPARE(first.tokenOffset, tokenOffset);
            QCOMPARE(first.decodedOffset, decodedOffset);
            QVERIFY(!first.message.isEmpty());
            if (tokenOffset >= 0 && error != QLatin1String("empty"))
                QVERIFY2(first.message.contains(QString::number(tokenOffset)), qPrintable(first.message));
            if (decodedOffset > 0)
                QVERIFY2(first.message.contains(QString::number(decodedOffset)), qPrintable(first.message));
        }
        QCOMPARE(decoded.header.has_value(), headerParsed);
        QCOMPARE(decoded.payload.has_value(), payloadParsed);
    }

    void everyStructuralMessageIsDistinct()
    {
        QSet<QString> prefixes;
        const QList<QByteArray> inputs { "",
                                         "abc",
                                         kHeader + '.' + kPayload,
                                         kToken + ".A.B.C.D",
                                         '.' + kPayload + '.' + kSignature,
                                         QByteArray(R"({"alg":"ES256","k":"a"})").toBase64() + '.' + kPayload + '.'
                                             + kSignature,
                                         kHeader + ".e*J." + kSignature,
                                         kHeader + ".eyJhI." + kSignature,
                                         b64("[1]") + '.' + kPayload + '.' + kSignature,
                                         b64("{\"a\":1,\"a\":2}") + '.' + kPayload + '.' + kSignature,
                                         b64("{\"a\":") + '.' + kPayload + '.' + kSignature,
                                         b64("\xc3\x28") + '.' + kPayload + '.' + kSignature };
        QSet<QString> codes;
        for (const QByteArray &input : inputs) {
            const DecodedJwt decoded = decode(input);
            QVERIFY(!decoded.problems.isEmpty());
            codes.insert(structureErrorName(decoded.problems.first().error));
        }
        QCOMPARE(codes.size(), inputs.size());
    }

    void keepsEverythingThatDecodes()
    {
        const QByteArray cutPayload = kPayload.left(kPayload.size() - 8);
        const DecodedJwt decoded = decode(QByteArray(kHeader + '.' + cutPayload));
        QVERIFY(decoded.header.has_value());
        QCOMPARE(decoded.header->value(QLatin1String("kid")).toString(), QStringLiteral("k1"));
        QVERIFY(decoded.payloadJson.startsWith(R"({"sub":"u1","exp":)"));
        QVERIFY(!decoded.payload.has_value());
        QCOMPARE(decoded.redacted(), QString::fromLatin1(kHeader + '.' + cutPayload + ".<redacted>"));
    }

    void cleanupIsReported()
    {
        const DecodedJwt decoded = decode(QByteArray("'Bearer " + kToken + "'"));
        QVERIFY(decoded.structureOk());
        QCOMPARE(decoded.token, kToken);
        QCOMPARE(decoded.cleanup.size(), 2);
        QVERIFY(decode(kToken).cleanup.isEmpty());
    }

    void jweShowsItsHeader()
    {
        const DecodedJwt decoded
            = decode(QByteArray(b64(R"({"alg":"dir","enc":"A128GCM","kid":"e1"})") + "..AAAA.AAAA.AAAA"));
        QVERIFY(decoded.isJwe);
        QCOMPARE(decoded.kid(), QStringLiteral("e1"));
        QVERIFY(decoded.payloadJson.isEmpty());
    }

    void prettyPrintKeepsOrderAndBigIntegers()
    {
        const QByteArray raw
            = "{\"z\":1,\"a\":12345678901234567890123,\"n\":{\"b\":[1, 2.50,{}],\"e\":[]},\"s\":\"x\\\"}\"}";
        const QByteArray expected = "{\n"
                                    "  \"z\": 1,\n"
                                    "  \"a\": 12345678901234567890123,\n"
                                    "  \"n\": {\n"
                                    "    \"b\": [\n"
                                    "      1,\n"
                                    "      2.50,\n"
                                    "      {}\n"
                                    "    ],\n"
                                    "    \"e\": []\n"
                                    "  },\n"
                                    "  \"s\": \"x\\\"}\"\n"
                                    "}";
        QCOMPARE(RawJson::prettyPrint(raw), expected);
        QCOMPARE(RawJson::pretty(raw).layout, RawJson::Layout::Indented);
    }

    // Issue 16 item 8: text the scanner rejects is shown byte for byte, never half re-indented; and
    // what is re-indented stays bounded whatever its depth, so a 64 KiB token cannot make megabytes.
    void prettyPrintShowsRejectedTextAsReceived_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("layout");
        const int notJson = int(RawJson::Layout::AsReceivedNotJson);
        const int tooLarge = int(RawJson::Layout::AsReceivedTooLarge);
        // The largest JSON a 64 KiB token can carry in one segment.
        constexpr qsizetype kSegment = kMaxTokenInputBytes * 3 / 4;
        QTest::newRow("unterminated") << QByteArray("{\"a\": \"unterminated") << notJson;
        QTest::newRow("45,000 [") << QByteArray(45'000, '[') << notJson;
        QTest::newRow("{\"a\": nesting") << QByteArray("{\"a\":").repeated(kSegment / 5) << notJson;
        QByteArray deepArrays = "[";
        const QByteArray deep = QByteArray(250, '[') + QByteArray(250, ']');
        while (deepArrays.size() + deep.size() + 2 < kSegment)
            deepArrays += deep + ',';
        deepArrays.back() = ']';
        QTest::newRow("deep arrays within the depth limit") << deepArrays << tooLarge;
    }

    void prettyPrintShowsRejectedTextAsReceived()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, layout);
        const RawJson::Pretty pretty = RawJson::pretty(json);
        QCOMPARE(int(pretty.layout), layout);
        QCOMPARE(pretty.text, json);
        QVERIFY(!RawJson::layoutNote(pretty.layout).isEmpty());
    }

    void prettyPrintIndentsLargeFlatJson()
    {
        // 48 KiB of keys and long strings: indented, within the bound.
        QByteArray json = "{";
        for (int i = 0; json.size() < 40'000; ++i)
            json += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ',';
        json += "\"s\":\"" + QByteArray(8'000, 'a') + "\"}";
        const RawJson::Pretty pretty = RawJson::pretty(json);
        QCOMPARE(pretty.layout, RawJson::Layout::Indented);
        QVERIFY(pretty.text.startsWith("{\n  \"k0\": 0,\n  \"k1\": 1,\n"));
        QVERIFY(pretty.text.size() <= RawJson::kMaxIndentedBytes);
        QVERIFY(RawJson::layoutNote(pretty.layout).isEmpty());
    }

    // Thousands of keys in one object (a hostile 64 KiB token): the duplicate check stays linear and
    // still finds a duplicate, escaped or not, however far apart the two are.
    void duplicateAmongThousandsOfKeys_data()
    {
        QTest::addColumn<QByteArray>("last"); // the final member
        QTest::addColumn<QByteArray>("duplicate"); // empty: none
        QTest::newRow("no duplicate") << QByteArray(R"("end":1)") << QByteArray();
        QTest::newRow("the first key again") << QByteArray(R"("k0":1)") << QByteArray("k0");
        QTest::newRow("escaped") << QByteArray(R"("k\u0031":1)") << QByteArray("k1");
        QTest::newRow("escaped, first seen escaped") << QByteArray(R"("\u0065sc":1)") << QByteArray("esc");
    }

    void duplicateAmongThousandsOfKeys()
    {
        QFETCH(QByteArray, last);
        QFETCH(QByteArray, duplicate);
        QByteArray json = R"({"\u0065sc":0,)";
        for (int i = 0; i < 4'000; ++i)
            json += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ',';
        json += last + '}';
        const RawJson::Scan scan = RawJson::scan(json);
        QVERIFY(scan.valid);
        QCOMPARE(scan.members.size(), 4'002);
        QCOMPARE(scan.duplicate.has_value(), !duplicate.isEmpty());
        if (scan.duplicate) {
            QCOMPARE(scan.duplicate->name, duplicate);
            QCOMPARE(scan.duplicate->offset, json.lastIndexOf(',') + 1); // the second key's opening quote
        }
    }

    void strictJsonScan_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qsizetype>("offset");
        QTest::newRow("object") << QByteArray(" {\"a\":[1,-2.5e+3,true,false,null,{}],\"b\":\"\\u00e9\\n\"} ") << true
                                << qsizetype(-1);
        QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << false << qsizetype(7);
        QTest::newRow("trailing text") << QByteArray(R"({"a":1} x)") << false << qsizetype(8);
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << false << qsizetype(1);
        QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << false << qsizetype(5);
        QTest::newRow("leading zero") << QByteArray(R"({"a":01})") << false << qsizetype(6);
        QTest::newRow("bare dot") << QByteArray(R"({"a":1.})") << false << qsizetype(7);
        QTest::newRow("bad escape") << QByteArray("{\"a\":\"\\x\"}") << false << qsizetype(6);
        QTest::newRow("bad unicode escape") << QByteArray("{\"a\":\"\\u12G4\"}") << false << qsizetype(6);
        QTest::newRow("raw newline in string") << QByteArray("{\"a\":\"x\ny\"}") << false << qsizetype(7);
        QTest::newRow("unterminated string") << QByteArray("{\"a\":\"abc") << false << qsizetype(9);
        QTest::newRow("unterminated object") << QByteArray(R"({"a":1)") << false << qsizetype(6);
        QTest::newRow("NaN") << QByteArray(R"({"a":NaN})") << false << qsizetype(5);
        QTest::newRow("too deep") << QByteArray(300, '[') << false << qsizetype(256);
        // Found by fuzz_jwt_decoder: numbers a double cannot hold, which Qt's parser refuses.
        QTest::newRow("number beyond a double") << QByteArray(R"({"a":1e999})") << false << qsizetype(5);
        QTest::newRow("negative number beyond a double") << QByteArray(R"({"a":[-1.8e308]})") << false << qsizetype(6);
        QTest::newRow("number below the smallest double") << QByteArray(R"({"a":2e-324})") << false << qsizetype(5);
        QTest::newRow("330 digits after the point")
            << QByteArray("{\"a\":0." + QByteArray(330, '0') + "1}") << false << qsizetype(5);
        QTest::newRow("largest double") << QByteArray(R"({"a":1.7976931348623157e308})") << true << qsizetype(-1);
        QTest::newRow("smallest double") << QByteArray(R"({"a":4.9e-324})") << true << qsizetype(-1);
        QTest::newRow("zero with a huge exponent") << QByteArray(R"({"a":0e999})") << true << qsizetype(-1);
        QTest::newRow("400-digit integer")
            << QByteArray("{\"a\":" + QByteArray(400, '9') + "}") << false << qsizetype(5);
    }

    void strictJsonScan()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        QFETCH(qsizetype, offset);
        const RawJson::Scan scan = RawJson::scan(json);
        QCOMPARE(scan.valid, valid);
        QCOMPARE(scan.errorOffset, offset);
        QCOMPARE(scan.error == nullptr, valid);
        // Whatever we accept, Qt's parser must accept too (we build QJsonObjects from it).
        if (valid)
            QVERIFY(!QJsonDocument::fromJson(json).isNull());
    }

    // Bulk decoding skips QJsonObject; everything else must be identical.
    void skippingObjectsChangesNothingElse_data() { structure_data(); }

    void skippingObjectsChangesNothingElse()
    {
        QFETCH(QByteArray, input);
        const DecodedJwt full = JwtDecoder::decode(input, JwtDecoder::JsonObjects::Build);
        const DecodedJwt lean = JwtDecoder::decode(input, JwtDecoder::JsonObjects::Skip);
        QCOMPARE(lean.problems.size(), full.problems.size());
        for (qsizetype i = 0; i < full.problems.size(); ++i)
            QCOMPARE(lean.problems[i].message, full.problems[i].message);
        QCOMPARE(lean.headerIsObject, full.header.has_value());
        QCOMPARE(lean.payloadIsObject, full.payload.has_value());
        QVERIFY(!lean.header && !lean.payload);
        QCOMPARE(lean.alg(), full.header ? full.header->value(QLatin1String("alg")).toString() : QString());
        QCOMPARE(lean.kid(), full.header ? full.header->value(QLatin1String("kid")).toString() : QString());
        QCOMPARE(lean.payloadJson, full.payloadJson);
    }

    // The table-driven decoder must agree with Qt's (strict, URL alphabet) on every length and on
    // every kind of bad character at every position: it replaced Qt's for speed, not for behaviour.
    void base64UrlAgreesWithQt()
    {
        const auto qtDecode = [](const QByteArray &text) -> std::optional<QByteArray> {
            if (text.size() % 4 == 1 || text.contains('='))
                return std::nullopt;
            auto decoded = QByteArray::fromBase64Encoding(
                text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
            return decoded ? std::optional(decoded.decoded) : std::nullopt;
        };
        QByteArray bytes;
        for (int length = 0; length <= 70; ++length) {
            const QByteArray text = b64(bytes);
            QCOMPARE(base64UrlDecode(text), std::optional(bytes));
            QCOMPARE(base64UrlDecode(text), qtDecode(text));
            for (qsizetype at = 0; at < text.size(); ++at) {
                for (const char bad : { '=', '+', '/', '.', ' ', '\n', '\0', '\x80', '\xFF' }) {
                    QByteArray broken = text;
                    broken[at] = bad;
                    QVERIFY2(!base64UrlDecode(broken),
                             qPrintable(QStringLiteral("length %1, 0x%2 at %3")
                                            .arg(length)
                                            .arg(uchar(bad), 2, 16, QLatin1Char('0'))
                                            .arg(at)));
                    QCOMPARE(base64UrlInvalidOffset(broken), at);
                }
            }
            QCOMPARE(base64UrlInvalidOffset(text), qsizetype(-1));
            if ((text.size() + 1) % 4 == 1) // a length no encoding produces
                QVERIFY(!base64UrlDecode(QByteArray(text + 'A')));
            bytes.append(char((length * 37 + 11) & 0xFF));
        }
        QVERIFY(!base64UrlDecode("A"));
        QVERIFY(!base64UrlDecode("AAAAA"));
        QCOMPARE(base64UrlDecode(""), std::optional(QByteArray()));
    }

    // Claims read through the spans the decoder's scan recorded must be exactly those a fresh walk of
    // the payload finds: escaped keys, nesting, big numbers, duplicates, whitespace.
    void scannedMembersMatchAWalk_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("identity token") << QByteArray(
            R"({"iss":"https://auth.vendo.run/auth/v1","sub":"u1","aud":"authenticated",)"
            R"("exp":1767229200,"iat":1767225600,"app_metadata":{"provider":"email","x":[1,{"y":2}]},)"
            R"("amr":[{"method":"password","timestamp":1767225540}],"is_anonymous":false,"n":null})");
        QTest::newRow("whitespace everywhere") << QByteArray(" {\n \"a\" :\t[ 1 , 2 ] ,\r\n \"b\" : { } , \"c\":[] } ");
        QTest::newRow("escaped keys") << QByteArray("{\"e\\u0078p\":5,\"a\\\"b\":\"q\",\"\\\\\":true}");
        QTest::newRow("duplicate keys") << QByteArray(R"({"exp":1,"exp":2})");
        QTest::newRow("big integer and float") << QByteArray(R"({"n":9007199254740993,"f":-1.5e+3})");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("many members") << manyMembers(40);
    }

    void scannedMembersMatchAWalk()
    {
        QFETCH(QByteArray, payload);
        const DecodedJwt decoded = JwtDecoder::decode(QByteArray(kHeader + '.' + b64(payload) + '.' + kSignature),
                                                      JwtDecoder::JsonObjects::Skip);
        QVERIFY(decoded.payloadIsObject);
        const QList<RawJson::Member> walked = RawJson::topLevelMembers(payload);
        QCOMPARE(decoded.payloadMembers.size(), walked.size());
        const QList<Claim> claims = Claims::fromToken(decoded);
        const QList<Claim> fresh = Claims::fromShared(payload);
        QCOMPARE(claims.size(), walked.size());
        for (qsizetype i = 0; i < walked.size(); ++i) {
            QCOMPARE(claims[i].name, walked[i].name);
            QCOMPARE(claims[i].rawValue, walked[i].rawValue.toByteArray());
            QCOMPARE(claims[i].name, fresh[i].name);
            QCOMPARE(claims[i].rawValue, fresh[i].rawValue);
            QCOMPARE(QByteArray(claims[i].jsonType), QByteArray(fresh[i].jsonType));
            QCOMPARE(claims[i].date.has_value(), fresh[i].date.has_value());
            QCOMPARE(decoded.payloadMembers[i].keyOffset, walked[i].offset);
        }
    }

    // Header names are read through the scan's escape flag: an escaped name is still the same name.
    void headerNamesWithEscapes()
    {
        const QByteArray header = b64("{\"\\u0061lg\":\"ES256\",\"kid\":\"k\\u0031\",\"t\\u0079p\":\"JWT\"}");
        const DecodedJwt decoded
            = JwtDecoder::decode(QByteArray(header + '.' + kPayload + '.' + kSignature), JwtDecoder::JsonObjects::Skip);
        QVERIFY(decoded.structureOk());
        QCOMPARE(decoded.alg(), QStringLiteral("ES256"));
        QCOMPARE(decoded.kid(), QStringLiteral("k1"));
        QCOMPARE(decoded.typ(), QStringLiteral("JWT"));
        // A name that only starts like one is not it.
        const DecodedJwt other
            = JwtDecoder::decode(QByteArray(b64(R"({"algo":"ES256","al":"x"})") + '.' + kPayload + '.' + kSignature));
        QVERIFY(other.alg().isEmpty());
    }

    void topLevelMembersKeepRawText()
    {
        const auto members = RawJson::topLevelMembers(R"({ "b" : [1,{"x":2}] , "a":9007199254740993,"c":null })");
        QCOMPARE(members.size(), 3);
        QCOMPARE(members[0].name, QByteArray("b"));
        QCOMPARE(members[0].rawValue.toByteArray(), QByteArray(R"([1,{"x":2}])"));
        QCOMPARE(members[1].rawValue.toByteArray(), QByteArray("9007199254740993"));
        QCOMPARE(QByteArray(RawJson::typeOf(members[2].rawValue)), QByteArray("null"));
    }
};

QTEST_GUILESS_MAIN(TestDecoder)
#include "tst_decoder.moc"

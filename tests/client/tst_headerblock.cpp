// The header-block parser on real-world samples (tests/client/data): Chrome and Firefox devtools
// copies, curl commands as Chrome (bash and cmd) and docs write them, a Chrome HAR export; then the
// edge cases and limits.
#include "client/HarReader.h"
#include "client/HeaderBlock.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vendo::client;
using Format = HeaderBlock::Format;
using Kind = VendoError::Kind;

Q_DECLARE_METATYPE(vendo::client::HeaderBlock::Format)
Q_DECLARE_METATYPE(vendo::client::VendoError::Kind)

namespace {

const QString kJwt = QStringLiteral(
    "eyJhbGciOiJFUzI1NiIsImtpZCI6InNhbmRib3gta2V5LTEiLCJ0eXAiOiJKV1QifQ."
    "eyJzdWIiOiJhMTFjZTAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDEiLCJlbWFpbCI6ImFsaWNlQGFjbWUuZXhhbXBsZSJ9."
    "c2lnbmF0dXJlLWJ5dGVzLWZvci10ZXN0cy1vbmx5LW5vdC1yZWFs");

QByteArray readSample(const QString &name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

// One HAR entry as browsers write it, with a response body of `bodyBytes` (escapes included, so that
// the streaming filter must follow them across chunk boundaries).
QByteArray harEntry(int n, const QByteArray &extraHeader = {}, qsizetype bodyBytes = 64)
{
    QByteArray body;
    const QByteArray piece = "{\\\"id\\\": 1, \\\"name\\\": \\\"caf\\u00e9 \\ud83d\\ude00\\\"}\\n";
    while (body.size() < bodyBytes)
        body += piece;
    QByteArray headers = "{\"name\":\":method\",\"value\":\"GET\"},{\"name\":\"accept\",\"value\":\"*/*\"}";
    if (!extraHeader.isEmpty())
        headers += "," + extraHeader;
    return "{\"startedDateTime\":\"2026-12-01T09:00:" + QByteArray::number(10 + n % 50)
        + ".000Z\",\"time\":12.5,\"request\":{\"method\":\"GET\",\"url\":\"https://app.acme.example/api/"
        + QByteArray::number(n) + "\",\"httpVersion\":\"h2\",\"headers\":[" + headers
        + "],\"queryString\":[],\"cookies\":[]},\"response\":{\"status\":200,\"headers\":[],\"content\":{\"size\":"
        + QByteArray::number(body.size()) + ",\"mimeType\":\"application/json\",\"text\":\"" + body
        + "\"}},\"cache\":{},\"timings\":{\"wait\":10}}";
}

QByteArray har(const QList<QByteArray> &entries)
{
    QByteArray json = "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"test\"},\"entries\":[";
    for (qsizetype i = 0; i < entries.size(); ++i)
        json += (i ? "," : "") + entries.at(i);
    return json + "]}}";
}

QByteArray jwtHeader()
{
    return "{\"name\":\"X-Vendo-User-JWT\",\"value\":\"" + kJwt.toLatin1() + "\"}";
}

} // namespace

class TestHeaderBlock : public QObject
{
    Q_OBJECT

private slots:
    void samples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Format>("format");
        QTest::addColumn<int>("requests");
        QTest::addColumn<int>("requestWithJwt");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("identityHeader"); // name=value expected among identity headers
        QTest::addColumn<QString>("otherHeader"); // name=value that must be parsed exactly

        QTest::newRow("chrome http2 copy request headers")
            << "chrome_http2_copy_request_headers.txt" << Format::Lines << 1 << 0 << "GET"
            << "/api/agent/run?thread=42"
            << "X-Vendo-User-Email=alice@acme.example"
            << "sec-ch-ua=\"Chromium\";v=\"131\", \"Not_A Brand\";v=\"24\"";
        QTest::newRow("chrome http1.1 raw headers (CRLF, padded value)")
            << "chrome_http11_raw_headers.txt" << Format::Lines << 1 << 0 << "GET"
            << "/api/agent/run?thread=42"
            << "X-Vendo-User-Tenant-Id=tn_acme"
            << "Host=localhost:3000";
        QTest::newRow("firefox copy request headers")
            << "firefox_copy_request_headers.txt" << Format::Lines << 1 << 0 << "GET"
            << "/api/agent/run?thread=42"
            << "X-Vendo-User-Role=authenticated"
            << "TE=trailers";
        QTest::newRow("devtools headers pane (name and value on separate lines)")
            << "devtools_headers_pane_copy.txt" << Format::Lines << 1 << 0 << "GET"
            << "https://app.acme.example/api/agent/run"
            << "X-Vendo-User-Email=alice@acme.example"
            << "accept=application/json";
        QTest::newRow("chrome copy as cURL (bash)") << "chrome_copy_as_curl_bash.txt" << Format::Curl << 1 << 0 << "GET"
                                                    << "https://app.acme.example/api/agent/run?thread=42"
                                                    << "X-Vendo-User-Id=a11ce000-0000-4000-8000-000000000001"
                                                    << "sec-ch-ua=\"Chromium\";v=\"131\", \"Not_A Brand\";v=\"24\"";
        QTest::newRow("chrome copy as cURL (cmd)") << "chrome_copy_as_curl_cmd.txt" << Format::Curl << 1 << 0 << "GET"
                                                   << "https://app.acme.example/api/agent/run"
                                                   << ""
                                                   << "sec-ch-ua=\"Chromium\";v=\"131\"";
        QTest::newRow("docs curl with double quotes and data")
            << "docs_curl_double_quotes.txt" << Format::Curl << 1 << 0 << "POST"
            << "http://localhost:8000/agent"
            << "X-Vendo-User-Name=Alice \"Al\" Nguyen"
            << "Content-Type=application/json";
        QTest::newRow("chrome HAR export, three entries") << "chrome_export.har" << Format::Har << 3 << 1 << "POST"
                                                          << "https://app.acme.example/api/agent/run"
                                                          << "X-Vendo-User-Tenant-Id=tn_acme"
                                                          << ":method=POST";
    }

    void samples()
    {
        QFETCH(QString, file);
        QFETCH(Format, format);
        QFETCH(int, requests);
        QFETCH(int, requestWithJwt);
        QFETCH(QString, method);
        QFETCH(QString, url);
        QFETCH(QString, identityHeader);
        QFETCH(QString, otherHeader);

        const auto block = HeaderBlock::parse(readSample(file));
        QVERIFY2(block, qPrintable(block ? QString() : block.error().message));
        QCOMPARE(block->format, format);
        QCOMPARE(block->requests.size(), requests);
        for (int i = 0; i < block->requests.size(); ++i) {
            const auto identity = identityFromHeaders(block->requests.at(i).headers);
            QCOMPARE(identity.has_value(), i == requestWithJwt);
            if (i != requestWithJwt) {
                QCOMPARE(identity.error().kind, Kind::IdentityNotPresent);
                continue;
            }
            QCOMPARE(identity->jwt, kJwt);
            if (!identityHeader.isEmpty()) {
                const QString name = identityHeader.section(QLatin1Char('='), 0, 0);
                QCOMPARE(identity->identityHeaders.value(name), identityHeader.section(QLatin1Char('='), 1));
            }
        }
        const CapturedRequest &request = block->requests.at(requestWithJwt);
        QCOMPARE(request.method, method);
        QCOMPARE(request.url, url);
        QVERIFY(!request.label().isEmpty());
        const QString name = otherHeader.section(QLatin1Char('='), 0, 0);
        QCOMPARE(request.header(name).value_or(QStringLiteral("<missing>")), otherHeader.section(QLatin1Char('='), 1));
    }

    void inputs_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Format>("format");
        QTest::addColumn<int>("headers");

        QTest::newRow("one line") << QByteArray("X-Vendo-User-JWT: a.b.c") << true << Format::Lines << 1;
        QTest::newRow("json map") << QByteArray("{\"X-Vendo-User-JWT\": \"a.b.c\", \"Accept\": \"*/*\"}") << true
                                  << Format::JsonObject << 2;
        QTest::newRow("json headers wrapper")
            << QByteArray("{\"headers\": {\"x-vendo-user-jwt\": \"a.b.c\"}}") << true << Format::JsonObject << 1;
        QTest::newRow("har headers array")
            << QByteArray("[{\"name\":\"X-Vendo-User-JWT\",\"value\":\"a.b.c\"}]") << true << Format::Har << 1;
        QTest::newRow("har single entry") << QByteArray(
            "{\"request\":{\"method\":\"GET\",\"url\":\"u\",\"headers\":[{\"name\":\"a\",\"value\":\"b\"}]}}")
                                          << true << Format::Har << 1;
        QTest::newRow("bom and CR line ends") << QByteArray("\xEF\xBB\xBF"
                                                            "A: 1\rB: 2\r")
                                              << true << Format::Lines << 2;
        QTest::newRow("curl -H attached")
            << QByteArray("curl -HX-Vendo-User-JWT:a.b.c https://x") << true << Format::Curl << 1;
        QTest::newRow("two curl commands")
            << QByteArray("curl -H 'a: 1' u1 ;\ncurl -H 'b: 2' u2") << true << Format::Curl << 1;
        QTest::newRow("empty") << QByteArray() << false << Format::Lines << 0;
        QTest::newRow("whitespace") << QByteArray(" \n\t ") << false << Format::Lines << 0;
        QTest::newRow("prose") << QByteArray("hello there, nothing to see") << false << Format::Lines << 0;
        QTest::newRow("broken json") << QByteArray("{\"log\": {") << false << Format::Lines << 0;
        QTest::newRow("json map with an array value")
            << QByteArray("{\"X-Vendo-User-JWT\": [\"a.b.c\", \"d\"], \"n\": 5}") << true << Format::JsonObject << 1;
        QTest::newRow("har without entries") << QByteArray("{\"log\":{\"entries\":[]}}") << false << Format::Lines << 0;
        QTest::newRow("unterminated curl quote")
            << QByteArray("curl -H 'X-Vendo-User-JWT: a.b.c") << false << Format::Lines << 0;
        QTest::newRow("curl without headers") << QByteArray("curl https://example.com") << false << Format::Lines << 0;
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5) << false << Format::Lines << 0;
    }

    void inputs()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, ok);
        QFETCH(Format, format);
        QFETCH(int, headers);
        const auto block = HeaderBlock::parse(input);
        QCOMPARE(block.has_value(), ok);
        if (!ok) {
            QCOMPARE(block.error().kind, Kind::InvalidInput);
            QVERIFY(!block.error().message.isEmpty());
            return;
        }
        QCOMPARE(block->format, format);
        QCOMPARE(block->requests.constFirst().headers.size(), headers);
    }

    void twoCurlCommandsAreTwoRequests()
    {
        const auto block = HeaderBlock::parse("curl -H 'a: 1' https://one ;\ncurl --header \"b: 2\" https://two");
        QVERIFY(block);
        QCOMPARE(block->requests.size(), 2);
        QCOMPARE(block->requests.at(1).url, QStringLiteral("https://two"));
        QCOMPARE(block->requests.at(1).header(u"B").value_or(QString()), QStringLiteral("2"));
    }

    void sizeLimit()
    {
        const auto block = HeaderBlock::parse(QByteArray(HeaderBlock::kMaxInputBytes + 1, 'a'));
        QVERIFY(!block);
        QCOMPARE(block.error().kind, Kind::InvalidInput);
        QVERIFY(block.error().message.contains(QLatin1String("MiB")));
        // A huge JWT value parses but is refused as an identity, with a clear reason.
        const auto huge = HeaderBlock::parse("X-Vendo-User-JWT: " + QByteArray(200'000, 'a'));
        QVERIFY(huge);
        const auto identity = identityFromHeaders(huge->requests.constFirst().headers);
        QCOMPARE(identity.error().kind, Kind::InvalidInput);
    }

    // The streaming HAR reader (HarReader, RapidJSON's SAX reader): what it keeps, what it skips, and
    // what it says of broken input.
    void streamingHar_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("requests"); // -1: an error
        QTest::addColumn<int>("identityRequest"); // index in the input of the one with the JWT, or -1
        QTest::addColumn<QString>("message"); // part of the error

        const QByteArray valid = har({ harEntry(0), harEntry(1, jwtHeader()), harEntry(2) });
        QTest::newRow("valid HAR") << valid << 3 << 1 << QString();
        // 6 MB of bodies, escapes across every 1 MiB chunk boundary; the JWT after them.
        QTest::newRow("huge response bodies")
            << har({ harEntry(0, {}, 3'000'000), harEntry(1, {}, 3'000'000), harEntry(2, jwtHeader()) }) << 3 << 2
            << QString();
        QTest::newRow("BOM") << "\xEF\xBB\xBF\r\n " + valid << 3 << 1 << QString();
        QTest::newRow("0 entries") << QByteArray("{\"log\":{\"entries\":[]}}") << -1 << -1 << "no requests";
        QTest::newRow("log without entries")
            << QByteArray("{\"log\":{\"version\":\"1.2\"}}") << -1 << -1 << "no requests";
        QTest::newRow("truncated in a body")
            << har({ harEntry(0, {}, 500'000) }).left(300'000) << -1 << -1 << "truncated";
        QTest::newRow("truncated after an entry") << valid.left(valid.size() - 3) << -1 << -1 << "truncated";
        QTest::newRow("deep nesting") << QByteArray(200'000, '[') << -1 << -1 << "nested deeper than 512";
        QTest::newRow("deep nesting in a response")
            << "{\"log\":{\"entries\":[{\"response\":" + QByteArray(100'000, '[') << -1 << -1 << "nested deeper";
        QTest::newRow("entries not an array")
            << QByteArray("{\"log\":{\"entries\":{\"request\":{}}}}") << -1 << -1 << "no requests";
        QTest::newRow("request a string")
            << QByteArray("{\"log\":{\"entries\":[{\"request\":\"GET /\"}]}}") << -1 << -1 << "no requests";
        QTest::newRow("headers an object, status a string, name a number")
            << QByteArray("{\"log\":{\"entries\":[{\"request\":{\"method\":\"GET\",\"headers\":{\"a\":\"b\"}},"
                          "\"response\":{\"status\":\"200\"}},{\"request\":{\"headers\":[{\"name\":5,\"value\":\"x\"},"
                          "{\"name\":\"X-Vendo-User-JWT\",\"value\":[\"a.b.c\"]}]}}]}}")
            << 2 << -1 << QString();
        QTest::newRow("garbage after the JSON") << valid + " x" << -1 << -1 << "more follows";
        QTest::newRow("NUL after the JSON") << valid + QByteArray(1, '\0') + "junk" << -1 << -1 << "NUL byte";
        QTest::newRow("control character in a header")
            << QByteArray("{\"request\":{\"headers\":[{\"name\":\"a\x01\"}]}}") << -1 << -1 << "control character";
    }
    void streamingHar()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, requests);
        QFETCH(int, identityRequest);
        QFETCH(QString, message);
        QElapsedTimer timer;
        timer.start();
        // In memory, streamed from a device in 1 MiB chunks, and in chunks so small that every escape,
        // surrogate pair and dropped body crosses a boundary: the same answer.
        QBuffer device(&input);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QList<Result<HeaderBlock>> answers { HeaderBlock::parse(input), HarReader::read(device),
                                             HarReader::read(input, { 7, 128 * 1024 }),
                                             HarReader::read(input, { 4093, 128 * 1024 }) };
        if (input.size() < 100'000)
            answers << HarReader::read(input, { 1, 128 * 1024 });
        // Strings cut after 16 bytes (keys are strings too: "startedDateTime" is the longest that
        // counts; header values are cut as well): a valid HAR still parses, with every request.
        const Result<HeaderBlock> cut = HarReader::read(input, { 5, 16 });
        if (requests >= 0) {
            QVERIFY2(cut, qPrintable(cut ? QString() : cut.error().message));
            QCOMPARE(cut->requestCount, requests);
        }
        for (const Result<HeaderBlock> &block : std::as_const(answers)) {
            if (requests < 0) {
                QVERIFY2(!block, "parsed");
                QCOMPARE(block.error().kind, Kind::InvalidInput);
                QVERIFY2(block.error().message.contains(message), qPrintable(block.error().message));
                continue;
            }
            QVERIFY2(block, qPrintable(block ? QString() : block.error().message));
            QCOMPARE(block->format, Format::Har);
            QCOMPARE(block->requests.size(), requests);
            QCOMPARE(block->requestCount, requests);
            QCOMPARE(block->identityRequestCount, identityRequest >= 0 ? 1 : 0);
            for (const CapturedRequest &request : block->requests) {
                const auto identity = identityFromHeaders(request.headers);
                QCOMPARE(identity.has_value(), request.index == identityRequest);
                if (identity)
                    QCOMPARE(identity->jwt, kJwt);
            }
        }
        QVERIFY2(timer.elapsed() < 5'000, "bad input is answered quickly");
    }

    void streamedEntryKeepsRequestLineStatusTimeAndEscapes()
    {
        const QByteArray entry
            = "{\"startedDateTime\":\"2026-12-01T09:12:02.500Z\",\"request\":{\"method\":\"POST\",\"url\":\"https://"
              "a.example/"
              "caf\\u00e9?q=\\\"x\\\"\",\"headers\":[{\"name\":\"X-Note\",\"value\":\"\\ud83d\\ude00 \\\\ \\/\"},"
            + jwtHeader() + "]},\"response\":{\"status\":401,\"content\":{\"text\":\"" + QByteArray(400'000, 'b')
            + "\"}}}";
        const auto block = HeaderBlock::parse(har({ entry }));
        QVERIFY2(block, qPrintable(block ? QString() : block.error().message));
        const CapturedRequest &request = block->requests.constFirst();
        QCOMPARE(request.method, QStringLiteral("POST"));
        QCOMPARE(request.url, QStringLiteral("https://a.example/caf\u00e9?q=\"x\""));
        QCOMPARE(request.status, 401);
        QCOMPARE(request.time, QStringLiteral("2026-12-01T09:12:02.500Z"));
        QCOMPARE(request.header(u"X-Note").value_or(QString()), QStringLiteral("\U0001F600 \\ /"));
        QCOMPARE(identityFromHeaders(request.headers)->jwt, kJwt);
    }

    void parseErrorNamesTheByteOfTheFile()
    {
        // The bad byte comes after a body that the reader drops: the offset is still the file's.
        const QByteArray before
            = "{\"log\":{\"entries\":[{\"response\":{\"content\":{\"text\":\"" + QByteArray(300'000, 'z') + "\"}}}";
        const QByteArray input = before + " x]}}";
        const auto block = HeaderBlock::parse(input);
        QVERIFY(!block);
        QVERIFY2(block.error().message.contains(QStringLiteral("at byte %1").arg(before.size() + 1)),
                 qPrintable(block.error().message));
    }

    void listingIsCappedButEveryRequestIsCounted()
    {
        // 12,000 requests; the identity in the 11,500th: counted, and listed although the others stop
        // being listed after HarReader::kMaxOtherRequestsListed.
        QList<QByteArray> entries;
        for (int i = 0; i < 12'000; ++i)
            entries << (i == 11'499 ? harEntry(i, jwtHeader(), 0) : harEntry(i, {}, 0));
        const auto block = HeaderBlock::parse(har(entries));
        QVERIFY2(block, qPrintable(block ? QString() : block.error().message));
        QCOMPARE(block->requestCount, 12'000);
        QCOMPARE(block->identityRequestCount, 1);
        QCOMPARE(block->requests.size(), HarReader::kMaxOtherRequestsListed + 1);
        QCOMPARE(block->requests.constLast().index, 11'499);
        QVERIFY(identityFromHeaders(block->requests.constLast().headers).has_value());
        QCOMPARE(block->unlistedRequests(), 12'000 - HarReader::kMaxOtherRequestsListed - 1);
    }

    void largeFileIsStreamedAndOversizedOneRefusedAtOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // 40 MB (over the old 16 MiB limit): read from the file in chunks.
        QFile file(dir.filePath(QStringLiteral("big.har")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"log\":{\"entries\":[");
        for (int i = 0; i < 40; ++i)
            file.write(harEntry(i, i == 39 ? jwtHeader() : QByteArray(), 1'000'000) + (i < 39 ? "," : ""));
        file.write("]}}");
        file.close();
        QVERIFY(file.size() > 40'000'000);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto block = HarReader::read(file);
        file.close();
        QVERIFY2(block, qPrintable(block ? QString() : block.error().message));
        QCOMPARE(block->requestCount, 40);
        QCOMPARE(block->identityRequestCount, 1);

        // Sparse: larger than the limit on paper, nothing on disk; refused before a byte is read.
        QFile huge(dir.filePath(QStringLiteral("huge.har")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(HarReader::kMaxInputBytes + 1));
        huge.close();
        QVERIFY(huge.open(QIODevice::ReadOnly));
        QElapsedTimer timer;
        timer.start();
        const auto refused = HarReader::read(huge, "{");
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("2 GiB")), qPrintable(refused.error().message));
        QVERIFY(timer.elapsed() < 1'000);
    }
};

QTEST_GUILESS_MAIN(TestHeaderBlock)
#include "tst_headerblock.moc"

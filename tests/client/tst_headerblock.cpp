// The header-block parser on real-world samples (tests/client/data): Chrome and Firefox devtools
// copies, curl commands as Chrome (bash and cmd) and docs write them, a Chrome HAR export; then the
// edge cases and limits.
#include "client/HeaderBlock.h"

#include <QFile>
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
};

QTEST_GUILESS_MAIN(TestHeaderBlock)
#include "tst_headerblock.moc"

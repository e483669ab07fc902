// Captured deliveries as people paste them: header block + body, curl, HAR, separate parts. The body
// must come out byte for byte, since those are the bytes that were signed.
#include "FakeClock.h"
#include "webhooks/Delivery.h"
#include "webhooks/WebhookVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vendo;
using namespace vendo::webhooks;

namespace {

const QByteArray kSignature = "5f1e1b0c0a3d7e9f8c6b4a29180706f5e4d3c2b1a09f8e7d6c5b4a3928170605";
const QByteArray kTimestamp = "1767225600";
const QByteArray kBody
    = "{\"id\":\"evt_1\",\"type\":\"billing.cap_warned\",\"occurred_at\":\"2026-01-01T00:00:00Z\","
      "\"data\":{\"window\":\"daily\",\"pct\":80,\"connect_url\":"
      "\"https://vendo.run/connections/connect/x?app_key=vendo_sk_a1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6\"}}\n";

} // namespace

class TestDelivery : public QObject
{
    Q_OBJECT

private slots:
    void headerBlock_data()
    {
        QTest::addColumn<QByteArray>("eol");
        QTest::newRow("CRLF") << QByteArray("\r\n");
        QTest::newRow("LF") << QByteArray("\n");
    }

    void headerBlock()
    {
        QFETCH(QByteArray, eol);
        const QByteArray text = "POST /webhooks/vendo HTTP/1.1" + eol + "Host: hooks.example.com" + eol
            + "Content-Type: application/json" + eol + "vendo-signature: " + kSignature + eol
            + "Vendo-Timestamp: " + kTimestamp + eol + eol + kBody;
        const DeliveryParse parsed = parseDelivery(text);
        QVERIFY2(parsed.delivery, qPrintable(parsed.error));
        QCOMPARE(parsed.delivery->source, Delivery::Source::HeaderBlock);
        QCOMPARE(parsed.delivery->signature(), kSignature);
        QCOMPARE(parsed.delivery->timestamp(), kTimestamp);
        QCOMPARE(parsed.delivery->header("host"), QByteArray("hooks.example.com"));
        QCOMPARE(parsed.delivery->body, kBody); // trailing newline kept
    }

    void headerBlockBodyKeepsItsCrlf()
    {
        const QByteArray body = "{\r\n  \"id\": \"evt_1\"\r\n}\r\n\r\n";
        const DeliveryParse parsed = parseDelivery("Vendo-Signature: ab\nVendo-Timestamp: 1\n\n" + body);
        QVERIFY(parsed.delivery);
        QCOMPARE(parsed.delivery->body, body);
    }

    void headerBlockWithoutBody()
    {
        const DeliveryParse parsed = parseDelivery("Vendo-Signature: ab\nVendo-Timestamp: 1");
        QVERIFY(parsed.delivery);
        QVERIFY(parsed.delivery->body.isEmpty());
        QVERIFY(parsed.delivery->header("X-Other").isNull());
    }

    void curl_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<QByteArray>("body");
        const QByteArray headers = "-H 'Vendo-Signature: " + kSignature + "' --header \"Vendo-Timestamp: " + kTimestamp
            + "\" -H 'Content-Type: application/json'";
        QTest::newRow("--data-raw") << "curl 'https://hooks.example.com/vendo' " + headers
                + " --data-raw '{\"id\":\"evt_1\",\"data\":{}}'"
                                    << QByteArray("{\"id\":\"evt_1\",\"data\":{}}");
        QTest::newRow("--data, continuation") << "curl -X POST https://hooks.example.com/vendo \\\n  " + headers
                + " \\\n  --data '{\"a\": 1}'" << QByteArray("{\"a\": 1}");
        QTest::newRow("-d twice") << "curl https://h.example/x " + headers + " -d 'a=1' -d 'b=2'"
                                  << QByteArray("a=1&b=2");
        QTest::newRow("$'...' with a newline")
            << "curl https://h.example/x " + headers + " --data-binary $'{}\\n'" << QByteArray("{}\n");
    }

    void curl()
    {
        QFETCH(QByteArray, command);
        QFETCH(QByteArray, body);
        const DeliveryParse parsed = parseDelivery(command);
        QVERIFY2(parsed.delivery, qPrintable(parsed.error));
        QCOMPARE(parsed.delivery->source, Delivery::Source::Curl);
        QCOMPARE(parsed.delivery->signature(), kSignature);
        QCOMPARE(parsed.delivery->timestamp(), kTimestamp);
        QCOMPARE(parsed.delivery->body, body);
    }

    void curlBodyFromFileIsRefused()
    {
        const DeliveryParse parsed = parseDelivery("curl https://h.example/x -H 'Vendo-Timestamp: 1' -d @body.json");
        QVERIFY(!parsed.delivery);
        QVERIFY(parsed.error.contains(QLatin1String("@body.json")));
    }

    void curlUnterminatedQuote()
    {
        const DeliveryParse parsed = parseDelivery("curl https://h.example/x -H 'Vendo-Timestamp: 1");
        QVERIFY(!parsed.delivery);
        QVERIFY(!parsed.error.isEmpty());
    }

    void har_data()
    {
        QTest::addColumn<bool>("wholeFile");
        QTest::newRow("file") << true;
        QTest::newRow("entry") << false;
    }

    void har()
    {
        QFETCH(bool, wholeFile);
        QJsonObject request { { QStringLiteral("method"), QStringLiteral("POST") },
                              { QStringLiteral("url"), QStringLiteral("https://hooks.example.com/vendo") } };
        request.insert(QStringLiteral("headers"),
                       QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Vendo-Signature") },
                                                  { QStringLiteral("value"), QString::fromLatin1(kSignature) } },
                                    QJsonObject { { QStringLiteral("name"), QStringLiteral("vendo-timestamp") },
                                                  { QStringLiteral("value"), QString::fromLatin1(kTimestamp) } } });
        request.insert(QStringLiteral("postData"),
                       QJsonObject { { QStringLiteral("mimeType"), QStringLiteral("application/json") },
                                     { QStringLiteral("text"), QString::fromUtf8(kBody) } });
        const QJsonObject entry { { QStringLiteral("request"), request } };
        const QJsonObject file {
            { QStringLiteral("log"),
              QJsonObject { { QStringLiteral("entries"),
                              QJsonArray { QJsonObject { { QStringLiteral("request"), QJsonObject {} } }, entry } } } }
        };
        const DeliveryParse parsed = parseDelivery(QJsonDocument(wholeFile ? file : entry).toJson());
        QVERIFY2(parsed.delivery, qPrintable(parsed.error));
        QCOMPARE(parsed.delivery->source, Delivery::Source::Har);
        QCOMPARE(parsed.delivery->signature(), kSignature);
        QCOMPARE(parsed.delivery->timestamp(), kTimestamp);
        QCOMPARE(parsed.delivery->body, kBody);
    }

    void harWithoutPostData()
    {
        const DeliveryParse parsed = parseDelivery(R"({"log":{"entries":[{"request":{"headers":[]}}]}})");
        QVERIFY(!parsed.delivery);
        QVERIFY(parsed.error.contains(QLatin1String("postData")));
    }

    void separateParts()
    {
        const DeliveryParse parsed
            = parseDelivery("Vendo-Signature: " + kSignature + "\r\nVendo-Timestamp: " + kTimestamp + "\r\n", kBody);
        QVERIFY(parsed.delivery);
        QCOMPARE(parsed.delivery->source, Delivery::Source::Separate);
        QCOMPARE(parsed.delivery->signature(), kSignature);
        QCOMPARE(parsed.delivery->body, kBody);
    }

    // The limits: 1 MiB of body is accepted, one byte more is refused with a message naming the limit;
    // an endless paste is refused before it is parsed.
    void limits()
    {
        const QByteArray head = "Vendo-Signature: ab\nVendo-Timestamp: 1\n\n";
        QVERIFY(parseDelivery(head + QByteArray(Delivery::kMaxBodyBytes, 'x')).delivery);
        const DeliveryParse tooLarge = parseDelivery(head + QByteArray(Delivery::kMaxBodyBytes + 1, 'x'));
        QVERIFY(!tooLarge.delivery);
        QVERIFY(tooLarge.error.contains(QString::number(Delivery::kMaxBodyBytes)));
        QVERIFY(!parseDelivery("Vendo-Timestamp: 1\n", QByteArray(Delivery::kMaxBodyBytes + 1, 'x')).delivery);
        const DeliveryParse huge = parseDelivery(head + QByteArray(Delivery::kMaxInputBytes, 'x'));
        QVERIFY(!huge.delivery);
        QVERIFY(huge.error.contains(QString::number(Delivery::kMaxInputBytes)));
        QVERIFY(!parseDelivery("   \n ").delivery);
    }

    // From paste to verdict: a header block whose signature was made over its exact body.
    void parsedDeliveryVerifies()
    {
        const test::FakeClock clock;
        const WebhookVerifier verifier("whsec_paste", &clock);
        const QByteArray signature = verifier.sign(kTimestamp, kBody);
        const DeliveryParse parsed = parseDelivery("Vendo-Signature: " + signature
                                                   + "\r\nVendo-Timestamp: " + kTimestamp + "\r\n\r\n" + kBody);
        QVERIFY(parsed.delivery);
        QVERIFY(
            verifier.verify(parsed.delivery->signature(), parsed.delivery->timestamp(), parsed.delivery->body).valid);
    }
};

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"

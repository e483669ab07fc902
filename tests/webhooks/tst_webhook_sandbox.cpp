// The sandbox's sample webhook deliveries, judged by the inspector's own verifier: each capture the
// admin API hands out gets the verdict its name promises, and a delivery POSTed to a receiver is
// accepted with the secret --print-env gives.
#include "SandboxFixture.h"
#include "webhooks/Delivery.h"
#include "webhooks/WebhookDiagnosis.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using vendo::sandbox::SandboxServer;
using namespace vendo::webhooks;

class TestWebhookSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_server;
    SandboxHttp m_http;

private slots:
    void initTestCase()
    {
        {
            const auto started = m_server.start();
            QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        }
    }

    void samplesGetTheirVerdict_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("likelyCause");
        QTest::newRow("valid") << "valid" << QString() << QString();
        QTest::newRow("tampered body") << "tampered_body"
                                       << "signature_mismatch" << QString();
        QTest::newRow("stale timestamp") << "stale_timestamp"
                                         << "timestamp_drift" << QString();
        QTest::newRow("wrong secret") << "wrong_secret"
                                      << "signature_mismatch" << QString();
        QTest::newRow("trailing newline") << "trailing_newline"
                                          << "signature_mismatch"
                                          << "trailing_newline_added";
    }
    void samplesGetTheirVerdict()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        QFETCH(QString, likelyCause);
        const Exchange capture = m_http.get(endpoint(m_server, QStringLiteral("/sandbox/webhooks/samples/") + name));
        QCOMPARE(capture.status, 200);
        QVERIFY(capture.header("Content-Type").startsWith("text/plain"));
        QVERIFY(!capture.body.contains(m_server.webhookSecret().toUtf8())); // never the secret itself

        const DeliveryParse parsed = parseDelivery(capture.body);
        QVERIFY2(parsed.delivery, qPrintable(parsed.error));
        QCOMPARE(parsed.delivery->source, Delivery::Source::HeaderBlock);
        const Diagnosis diagnosis = diagnose(m_server.webhookSecret().toUtf8(), *parsed.delivery);
        QCOMPARE(diagnosis.verdict.valid, reason.isEmpty());
        QCOMPARE(diagnosis.verdict.reasonCode(), reason);
        QStringList causes;
        for (LikelyCause cause : diagnosis.likelyCauses)
            causes << likelyCauseCode(cause);
        // The expected cause leads (re-serialising the JSON also drops the newline, so it may follow).
        if (likelyCause.isEmpty())
            QVERIFY2(causes.isEmpty(), qPrintable(causes.join(QLatin1Char(' '))));
        else
            QCOMPARE(causes.value(0), likelyCause);
        if (name == QLatin1String("stale_timestamp"))
            QVERIFY(diagnosis.driftSeconds && *diagnosis.driftSeconds >= 899 && *diagnosis.driftSeconds <= 905);

        // The index promises the same verdict.
        const QJsonObject index = m_http.get(endpoint(m_server, QStringLiteral("/sandbox/webhooks"))).json();
        const QJsonValue expected = index.value(QStringLiteral("samples"))
                                        .toObject()
                                        .value(name)
                                        .toObject()
                                        .value(QStringLiteral("expected_reason"));
        QCOMPARE(expected.toString(), reason);
    }

    void unknownSampleIsRefused()
    {
        QCOMPARE(m_http.get(endpoint(m_server, QStringLiteral("/sandbox/webhooks/samples/nope"))).status, 404);
        QCOMPARE(m_http
                     .post(endpoint(m_server, QStringLiteral("/sandbox/webhooks/deliver")),
                           "{\"url\":\"ftp:/"
                           "/127.0.0.1/x\",\"sample\":\"valid\"}")
                     .status,
                 400);
    }

    // POST /sandbox/webhooks/deliver: the sandbox POSTs the signed sample to the receiver.
    void deliveredToAReceiver()
    {
        QTcpServer receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost));
        QByteArray received;
        connect(&receiver, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = receiver.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                received += socket->readAll();
                const qsizetype end = received.indexOf("\r\n\r\n");
                const qsizetype length = received.mid(received.toLower().indexOf("content-length:") + 15)
                                             .split('\r')
                                             .value(0)
                                             .trimmed()
                                             .toLongLong();
                if (end >= 0 && received.size() >= end + 4 + length)
                    socket->write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
            });
        });
        const QString url = QStringLiteral("http://127.0.0.1:%1/hooks/vendo").arg(receiver.serverPort());
        const Exchange queued
            = m_http.post(endpoint(m_server, QStringLiteral("/sandbox/webhooks/deliver")),
                          QJsonDocument(QJsonObject { { QStringLiteral("url"), url },
                                                      { QStringLiteral("sample"), QStringLiteral("valid") } })
                              .toJson());
        QCOMPARE(queued.status, 202);
        QTRY_VERIFY(received.contains("\r\n\r\n{"));
        QVERIFY(received.startsWith("POST /hooks/vendo HTTP/1.1\r\n"));
        const DeliveryParse parsed = parseDelivery(received);
        QVERIFY2(parsed.delivery, qPrintable(parsed.error));
        QTRY_VERIFY(parsed.delivery->body.endsWith('}'));
        const Diagnosis diagnosis = diagnose(m_server.webhookSecret().toUtf8(), *parsed.delivery);
        QVERIFY2(diagnosis.verdict.valid, qPrintable(diagnosis.explanation().join(QLatin1Char('\n'))));
        QCOMPARE(diagnosis.verdict.type, QStringLiteral("connection.status_changed"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookSandbox)
#include "tst_webhook_sandbox.moc"

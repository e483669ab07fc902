// The sandbox's event stream on the wire, read with a bare socket (no SSE client in between): the
// head, the event blocks, pings, the replay after Last-Event-ID; and who may open a stream.
#include "SandboxFixture.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

using vendo::sandbox::SandboxServer;
using vendo::sandbox::Scenario;

namespace {

// Opens a stream by hand and returns the socket; the caller reads what arrives.
std::unique_ptr<QTcpSocket> openStream(const SandboxServer &server, const QByteArray &authorization,
                                       const QByteArray &lastEventId = {})
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, server.port());
    if (!socket->waitForConnected(5000))
        return nullptr;
    QByteArray request
        = "GET /api/deployments/me/events HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(server.port())
        + "\r\nAccept: text/event-stream\r\nAuthorization: " + authorization + "\r\n";
    if (!lastEventId.isEmpty())
        request += "Last-Event-ID: " + lastEventId + "\r\n";
    socket->write(request + "\r\n");
    return socket;
}

} // namespace

class TestSandboxEvents : public QObject
{
    Q_OBJECT

    SandboxHttp m_http;

    void publish(const SandboxServer &server, int count)
    {
        const Exchange answer
            = m_http.post(endpoint(server, QStringLiteral("/sandbox/events")),
                          QByteArray(R"({"kind":"billing.balance_changed","fields":{"remaining_micros":7},"count":)")
                              + QByteArray::number(count) + "}");
        QCOMPARE(answer.status, 200);
    }

private slots:
    void wireFormat()
    {
        Scenario scenario = Scenario::defaults();
        scenario.events.pingIntervalMs = 100;
        SandboxServer server(scenario);
        {
            const auto started = server.start();
            QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        }
        publish(server, 3);

        auto socket = openStream(server, "Bearer " + server.demoApiKey().toUtf8(), "evt_1");
        QVERIFY(socket);
        QByteArray received;
        QTRY_VERIFY((received += socket->readAll(), received.contains(": ping\n\n")));
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        QVERIFY(headEnd > 0);
        const QByteArray head = received.left(headEnd);
        QVERIFY2(head.startsWith("HTTP/1.1 200 OK\r\n"), head.constData());
        QVERIFY(head.contains("Content-Type: text/event-stream; charset=utf-8\r\n"));
        QVERIFY(head.contains("Cache-Control: no-cache\r\n"));
        QVERIFY(!head.contains("Content-Length"));
        const QByteArray body = received.mid(headEnd + 4);
        // The replay after evt_1: evt_2 and evt_3, each id/event/data and a blank line, then pings.
        QVERIFY2(body.startsWith("id: evt_2\nevent: billing.balance_changed\ndata: {"), body.constData());
        const QList<QByteArray> blocks = body.split('\n');
        QCOMPARE(blocks.at(4), QByteArray("id: evt_3"));
        const QJsonObject data = QJsonDocument::fromJson(blocks.at(2).mid(6)).object();
        QCOMPARE(data.value(QStringLiteral("id")).toString(), QStringLiteral("evt_2"));
        QCOMPARE(data.value(QStringLiteral("kind")).toString(), QStringLiteral("billing.balance_changed"));
        QCOMPARE(data.value(QStringLiteral("remaining_micros")).toInt(), 7);
        QVERIFY(QDateTime::fromString(data.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(server.eventStreamCount(), 1);

        // A new event reaches the open stream; the client leaving frees its place.
        publish(server, 1);
        QTRY_VERIFY((received += socket->readAll(), received.contains("id: evt_4\n")));
        socket->disconnectFromHost();
        QTRY_COMPARE(server.eventStreamCount(), 0);
    }

    void whoMayOpenAStream_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::newRow("no key") << QByteArray() << 401;
        QTest::newRow("revoked key") << QByteArray("Bearer " + seeded::revokedKey.toUtf8()) << 401;
        QTest::newRow("unknown key") << QByteArray("Bearer vendo_sk_unknown_00000000000000000000000") << 401;
        QTest::newRow("user JWT as the bearer") << QByteArray("Bearer eyJhbGciOiJFUzI1NiJ9.e30.c2ln") << 401;
    }
    void whoMayOpenAStream()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        SandboxServer server;
        {
            const auto started = server.start();
            QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        }
        SandboxHttp::Headers headers;
        if (!authorization.isEmpty())
            headers.append({ QByteArrayLiteral("Authorization"), authorization });
        const Exchange answer
            = m_http.get(endpoint(server, QStringLiteral("/api/deployments/me/events")), headers, 3000);
        QCOMPARE(answer.status, status);
        QCOMPARE(server.eventStreamCount(), 0);
        QCOMPARE(m_http
                     .post(endpoint(server, QStringLiteral("/api/deployments/me/events")), {},
                           SandboxHttp::withKey(server.demoApiKey()))
                     .status,
                 405);
    }
};

QTEST_GUILESS_MAIN(TestSandboxEvents)
#include "tst_sandbox_events.moc"

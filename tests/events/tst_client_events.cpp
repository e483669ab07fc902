// VendoClient::events(): the stream a client makes carries that client's key, API version, timeout
// and request log, never its user JWT, and logs each connection attempt (not each event).
#include "SseTestServer.h"
#include "client/RequestLog.h"
#include "client/VendoClient.h"
#include "events/EventStream.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using namespace vendo;
using events::EventStream;
using events::StreamEvent;
using events::StreamState;
using test::SseTestServer;

namespace {

const QString kApiKey = QStringLiteral("vendo_sk_C1ientFact0ryK3y_0123456789abcd");
const QString kJwt = QStringLiteral("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1In0.c2lnbmF0dXJl");

QByteArray usageEvent(int id)
{
    return SseTestServer::event(
        QByteArray::number(id), "billing.usage_recorded",
        R"({"id":"evt_)" + QByteArray::number(id)
            + R"(","at":"2026-01-01T00:00:00Z","kind":"billing.usage_recorded","provider":"openai","micros":5})");
}

events::EventStreamOptions fastReconnects()
{
    events::EventStreamOptions options;
    options.reconnect.initialDelay = 20ms;
    options.reconnect.maxDelay = 80ms;
    return options;
}

} // namespace

class TestClientEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<StreamEvent>();
        qRegisterMetaType<events::StreamStatus>();
    }

    void streamFollowsTheClient()
    {
        SseTestServer server;
        QVERIFY(server.listen());
        server.setHandler([](QTcpSocket *socket, const SseTestServer::Request &, int index) {
            socket->write(SseTestServer::streamHead());
            for (int id = 1; id <= 20; ++id)
                socket->write(usageEvent(index * 20 + id));
            if (index == 0) {
                socket->flush();
                socket->disconnectFromHost(); // one reconnect: two attempts, forty events
            }
        });
        QNetworkAccessManager network;
        client::RequestLog log;
        const client::VendoClient app
            = client::VendoClient(&network, client::Profile::sandbox(server.baseUrl(), server.baseUrl()), kApiKey)
                  .withApiVersion(QStringLiteral("2030-01-01"))
                  .withRequestLog(&log)
                  .withTimeout(5s);
        const auto scoped = app.forUser(kJwt);
        QVERIFY(scoped.has_value());

        std::unique_ptr<EventStream> stream(scoped.value().events(fastReconnects()));
        QCOMPARE(stream->status().state, StreamState::Idle); // returned idle: signals first
        QCOMPARE(stream->url(), EventStream::eventsUrl(app.profile()));
        QSignalSpy received(stream.get(), &EventStream::eventReceived);
        stream->start();
        QTRY_COMPARE(received.count(), 40);

        QCOMPARE(server.requests().size(), 2);
        for (const SseTestServer::Request &request : server.requests()) {
            QCOMPARE(request.header("Authorization"), "Bearer " + kApiKey.toUtf8());
            QCOMPARE(request.header("Vendo-API-Version"), QByteArray("2030-01-01"));
            QCOMPARE(request.header("Accept"), QByteArray("text/event-stream"));
            QVERIFY(request.header("X-Vendo-User-JWT").isNull()); // the app's stream
        }
        QCOMPARE(server.requests().at(1).header("Last-Event-ID"), QByteArray("20"));
        QCOMPARE(log.entries().size(), 2); // per attempt, not per event
        QVERIFY(!log.exportJson().contains(kApiKey.toUtf8()));
        stream->stop();
    }

    // A client without a QNetworkAccessManager (no network backend) gives a stream that stops with a
    // network error instead of crashing.
    void clientWithoutNetwork()
    {
        const client::VendoClient offline(std::shared_ptr<const client::HttpBackend>(),
                                          client::Profile::sandbox(QUrl(QStringLiteral("http://127.0.0.1:9")),
                                                                   QUrl(QStringLiteral("http://127.0.0.1:9"))),
                                          kApiKey);
        QObject owner;
        EventStream *stream = offline.events(fastReconnects(), &owner);
        QCOMPARE(stream->parent(), &owner);
        stream->start();
        QTRY_COMPARE(stream->status().state, StreamState::Stopped);
        QVERIFY(stream->status().error);
        QCOMPARE(stream->status().error->kind, client::VendoError::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestClientEvents)
#include "tst_client_events.moc"

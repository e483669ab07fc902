// The event stream client against a loopback SSE server: headers, typed events, Last-Event-ID on a
// reconnect with nothing lost or repeated, 429 rate_limit_sse_streams, the ping timeout, the limits,
// and one redacted request-log entry per connection attempt.
#include "SseTestServer.h"
#include "client/ClientConfig.h"
#include "client/RequestLog.h"
#include "events/EventStream.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using namespace vendo;
using events::EventKind;
using events::EventStream;
using events::StreamEvent;
using events::StreamState;
using events::StreamStatus;
using test::SseTestServer;

namespace {

const QString kApiKey = QStringLiteral("vendo_sk_Ev3ntStr3amK3y_0123456789abcdef");

QByteArray eventJson(int id, const QByteArray &kind = "billing.usage_recorded")
{
    return R"({"id":"evt_)" + QByteArray::number(id) + R"(","at":"2026-01-01T00:00:)" + QByteArray::number(10 + id % 50)
        + R"(Z","kind":")" + kind + R"(","provider":"openai","micros":)" + QByteArray::number(1000 * id) + "}";
}

QByteArray sseEvent(int id)
{
    return SseTestServer::event(QByteArray::number(id), "billing.usage_recorded", eventJson(id));
}

} // namespace

class TestEventStream : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    client::ClientConfig config(const QUrl &base, client::RequestLog *log = nullptr) const
    {
        client::ClientConfig config;
        config.profile = client::Profile::sandbox(base, base);
        config.apiKey = kApiKey;
        config.apiVersion = QStringLiteral("2026-05-07");
        config.userJwt = QStringLiteral("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1In0.c2lnbmF0dXJl"); // never sent here
        config.timeout = 10s;
        config.log = log;
        return config;
    }

    static events::EventStreamOptions fastReconnects()
    {
        events::EventStreamOptions options;
        options.reconnect.initialDelay = 20ms;
        options.reconnect.maxDelay = 80ms;
        return options;
    }

    static QStringList ids(const QSignalSpy &spy)
    {
        QStringList ids;
        for (const QList<QVariant> &arguments : spy)
            ids << arguments.at(0).value<StreamEvent>().id;
        return ids;
    }

    static QList<StreamState> states(const QSignalSpy &spy)
    {
        QList<StreamState> states;
        for (const QList<QVariant> &arguments : spy)
            states << arguments.at(0).value<StreamStatus>().state;
        return states;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<StreamEvent>();
        qRegisterMetaType<StreamStatus>();
    }

    void headersAndTypedEvents()
    {
        SseTestServer server;
        QVERIFY(server.listen());
        server.setHandler([](QTcpSocket *socket, const SseTestServer::Request &, int) {
            socket->write(SseTestServer::streamHead() + ": ping\n\n");
            socket->write(SseTestServer::event(
                "1", "connection.status_changed",
                R"({"id":"evt_1","at":"2026-01-01T00:00:01Z","kind":"connection.status_changed","slug":"gmail","connection_id":"con_1","status":"needs_reauth"})"));
            socket->write(SseTestServer::event(
                "2", "connection_created",
                R"({"id":"evt_2","at":"2026-01-01T00:00:02Z","kind":"connection_created","slug":"slack","connection_id":"con_2"})"));
            socket->write(SseTestServer::event(
                "3", "billing.cap_warned",
                R"({"id":"evt_3","at":"2026-01-01T00:00:03Z","kind":"billing.cap_warned","window":"daily","pct":80})"));
            socket->write(
                "id: 4\nevent: billing.refund_issued\ndata: {\"id\":\"evt_4\",\"at\":\"2026-01-01T00:00:04Z\",\n"
                "data: \"kind\":\"billing.refund_issued\",\"micros\":5}\n\n");
        });
        EventStream stream(&m_network, config(server.baseUrl()), fastReconnects());
        QSignalSpy events(&stream, &EventStream::eventReceived);
        stream.start();
        QTRY_COMPARE(events.count(), 4);
        QCOMPARE(stream.status().state, StreamState::Connected);

        QCOMPARE(server.requests().size(), 1);
        const SseTestServer::Request &request = server.requests().constFirst();
        QCOMPARE(request.requestLine, QByteArray("GET /api/deployments/me/events HTTP/1.1"));
        QCOMPARE(request.header("Authorization"), "Bearer " + kApiKey.toUtf8());
        QCOMPARE(request.header("Accept"), QByteArray("text/event-stream"));
        QCOMPARE(request.header("Vendo-API-Version"), QByteArray("2026-05-07"));
        QVERIFY(request.header("Last-Event-ID").isNull());
        QVERIFY(request.header("X-Vendo-User-JWT").isNull()); // the app's stream: the key only

        const auto event = [&](int i) { return events.at(i).at(0).value<StreamEvent>(); };
        QCOMPARE(event(0).kind, EventKind::ConnectionStatusChanged);
        QCOMPARE(event(0).status, QStringLiteral("needs_reauth"));
        QCOMPARE(event(0).connectionId, QStringLiteral("con_1"));
        QCOMPARE(event(0).at, QDateTime(QDate(2026, 1, 1), QTime(0, 0, 1), Qt::UTC));
        QVERIFY(event(0).problem.isEmpty());
        QCOMPARE(event(1).kind, EventKind::ConnectionConnected);
        QVERIFY(event(1).legacyAlias);
        QCOMPARE(event(1).wireKind, QStringLiteral("connection_created"));
        QCOMPARE(event(2).kind, EventKind::BillingCapWarned);
        QCOMPARE(event(2).pct, 80.0);
        QCOMPARE(event(3).kind, EventKind::Unknown); // shown as it came
        QCOMPARE(event(3).wireKind, QStringLiteral("billing.refund_issued"));
        QVERIFY(event(3).summary().startsWith(QLatin1String("billing.refund_issued: {")));
        QCOMPARE(stream.status().lastEventId, QStringLiteral("4"));

        stream.stop();
        QCOMPARE(stream.status().state, StreamState::Stopped);
        QVERIFY(!stream.status().error);
    }

    // The server drops the connection after 4 events and half of the 5th; the reconnect sends
    // Last-Event-ID 4 and the server replays from 3: every event arrives once, in order.
    void dropReplayNoLossNoDuplicate()
    {
        SseTestServer server;
        QVERIFY(server.listen());
        server.setHandler([](QTcpSocket *socket, const SseTestServer::Request &request, int index) {
            socket->write(SseTestServer::streamHead());
            if (index == 0) {
                for (int id = 1; id <= 4; ++id)
                    socket->write(sseEvent(id));
                socket->write(sseEvent(5).left(20));
                socket->flush();
                socket->disconnectFromHost();
                return;
            }
            const int last = request.header("Last-Event-ID").toInt();
            for (int id = qMax(1, last - 1); id <= 100; ++id) // the replay overlaps by two
                socket->write(sseEvent(id));
        });
        EventStream stream(&m_network, config(server.baseUrl()), fastReconnects());
        QSignalSpy events(&stream, &EventStream::eventReceived);
        QSignalSpy statuses(&stream, &EventStream::statusChanged);
        stream.start();
        QTRY_COMPARE(events.count(), 100);
        QCOMPARE(server.requests().size(), 2);
        QVERIFY(server.requests().at(0).header("Last-Event-ID").isNull());
        QCOMPARE(server.requests().at(1).header("Last-Event-ID"), QByteArray("4"));
        QStringList expected;
        for (int id = 1; id <= 100; ++id)
            expected << QStringLiteral("evt_%1").arg(id);
        QCOMPARE(ids(events), expected);
        QCOMPARE(stream.status().duplicatesDropped, 2);
        QCOMPARE(stream.status().eventsReceived, 100);
        QCOMPARE(stream.status().attempt, 2);
        QCOMPARE(states(statuses),
                 (QList<StreamState> { StreamState::Connecting, StreamState::Connected, StreamState::Reconnecting,
                                       StreamState::Connecting, StreamState::Connected }));
        const StreamStatus reconnecting = statuses.at(2).at(0).value<StreamStatus>();
        QVERIFY(reconnecting.retryInMs >= 15 && reconnecting.retryInMs <= 25);
        QVERIFY(reconnecting.summary().contains(QLatin1String("attempt 2")));
    }

    // A sixth stream: 429 with Vendo-Error-Code rate_limit_sse_streams. The SDK's class is the base
    // VendoError; the state says "stream limit reached" and the stream keeps trying.
    void streamLimit()
    {
        SseTestServer server;
        QVERIFY(server.listen());
        server.setHandler([](QTcpSocket *socket, const SseTestServer::Request &, int index) {
            if (index < 2) {
                socket->write(SseTestServer::errorAnswer(
                    429, "rate_limit_sse_streams",
                    R"({"error":{"code":"rate_limit_sse_streams","message":"Too many event streams for this app"}})"));
                socket->disconnectFromHost();
                return;
            }
            socket->write(SseTestServer::streamHead() + sseEvent(1));
        });
        EventStream stream(&m_network, config(server.baseUrl()), fastReconnects());
        QSignalSpy statuses(&stream, &EventStream::statusChanged);
        QSignalSpy events(&stream, &EventStream::eventReceived);
        stream.start();
        QTRY_COMPARE(events.count(), 1);
        QCOMPARE(
            states(statuses),
            (QList<StreamState> { StreamState::Connecting, StreamState::StreamLimitReached, StreamState::Connecting,
                                  StreamState::StreamLimitReached, StreamState::Connecting, StreamState::Connected }));
        const StreamStatus limited = statuses.at(1).at(0).value<StreamStatus>();
        QVERIFY(limited.error);
        QCOMPARE(limited.error->code, QStringLiteral("rate_limit_sse_streams"));
        QCOMPARE(limited.error->kind, client::VendoError::Kind::Base);
        QCOMPARE(limited.error->sdkClass(), QStringLiteral("VendoError"));
        QCOMPARE(limited.error->httpStatus, 429);
        QVERIFY(limited.summary().startsWith(QLatin1String("stream limit reached")));
        // The delay doubles between the two refusals (20 ms, then 40 ms, ±25 %).
        QVERIFY(statuses.at(3).at(0).value<StreamStatus>().retryInMs >= 30);
        QVERIFY(!stream.status().error); // connected again: the old error is gone
    }

    void authErrorStops()
    {
        SseTestServer server;
        QVERIFY(server.listen());
        server.setHandler([](QTcpSocket *socket, const SseTestServer::Request &, int) {
            socket->write(SseTestServer::errorAnswer(401, "app_revoked",
                                                     R"({"error":{"code":"app_revoked","message":"Key revoked"}})"));
            socket->disconnectFromHost();
        });
        EventStream stream(&m_network, config(server.baseUrl()), fastReconnects());
        stream.start();
        QTRY_COMPARE(stream.status().state, StreamState::Stopped);
        QVERIFY(stream.status().error);
        QCOMPARE(stream.status().error->kind, client::VendoError::Kind::AuthError);
        QCOMPARE(server.requests().size(), 1);
    }

    // The server sends one event and then nothing, not even a ping: after the ping timeout the
    // stream counts as dead and reconnects from the last id.
    void deadStreamReconnects()
    {
        SseTestServer server;
        QVERIFY(server.listen());
        server.setHandler([](QTcpSocket *socket, const SseTestServer::Request &, int index) {
            socket->write(SseTestServer::streamHead() + sseEvent(index + 1));
        });
        auto options = fastReconnects();
        options.reconnect.pingTimeout = 300ms;
        EventStream stream(&m_network, config(server.baseUrl()), options);
        QSignalSpy statuses(&stream, &EventStream::statusChanged);
        stream.start();
        QTRY_COMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).header("Last-Event-ID"), QByteArray("1"));
        const StreamStatus reconnecting = statuses.at(2).at(0).value<StreamStatus>();
        QCOMPARE(reconnecting.state, StreamState::Reconnecting);
        QCOMPARE(reconnecting.error->kind, client::VendoError::Kind::Timeout);
        stream.stop();
    }

    // An event whose data never ends: the stream stops with a clear error instead of growing.
    void endlessEventStops()
    {
        SseTestServer server;
        QVERIFY(server.listen());
        server.setHandler([](QTcpSocket *socket, const SseTestServer::Request &, int) {
            socket->write(SseTestServer::streamHead() + "data: ");
            const QByteArray chunk(64 * 1024, 'x');
            for (int i = 0; i < 24; ++i) // 1.5 MiB on one line
                socket->write(chunk);
        });
        EventStream stream(&m_network, config(server.baseUrl()), fastReconnects());
        stream.start();
        QTRY_COMPARE(stream.status().state, StreamState::Stopped);
        QCOMPARE(stream.status().error->kind, client::VendoError::Kind::OversizedBody);
        QVERIFY(stream.status().error->message.contains(QString::number(events::SseParser::kMaxLineBytes)));
        QCOMPARE(server.requests().size(), 1);
    }

    void notAnEventStream()
    {
        SseTestServer server;
        QVERIFY(server.listen());
        server.setHandler([](QTcpSocket *socket, const SseTestServer::Request &, int) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        });
        EventStream stream(&m_network, config(server.baseUrl()), fastReconnects());
        stream.start();
        QTRY_COMPARE(stream.status().state, StreamState::Stopped);
        QCOMPARE(stream.status().error->kind, client::VendoError::Kind::UnexpectedContentType);
    }

    // A redirect to another origin is not followed: the key never reaches the other server.
    void crossOriginRedirectRefused()
    {
        SseTestServer elsewhere;
        QVERIFY(elsewhere.listen());
        SseTestServer server;
        QVERIFY(server.listen());
        const QByteArray target = elsewhere.baseUrl().toEncoded() + "/api/deployments/me/events";
        server.setHandler([target](QTcpSocket *socket, const SseTestServer::Request &, int) {
            socket->write("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + target
                          + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
        EventStream stream(&m_network, config(server.baseUrl()), fastReconnects());
        stream.start();
        QTRY_COMPARE(stream.status().state, StreamState::Stopped);
        QCOMPARE(stream.status().error->kind, client::VendoError::Kind::RedirectRefused);
        QVERIFY(elsewhere.requests().isEmpty());
    }

    void localPreconditions()
    {
        client::ClientConfig insecure = config(QUrl(QStringLiteral("http://vendo.example")));
        EventStream plainHttp(&m_network, insecure, fastReconnects());
        plainHttp.start();
        QTRY_COMPARE(plainHttp.status().state, StreamState::Stopped);
        QCOMPARE(plainHttp.status().error->kind, client::VendoError::Kind::InsecureUrl);

        client::ClientConfig keyless = config(QUrl(QStringLiteral("http://127.0.0.1:9")));
        keyless.apiKey.clear();
        EventStream noKey(&m_network, keyless, fastReconnects());
        noKey.start();
        QTRY_COMPARE(noKey.status().state, StreamState::Stopped);
        QCOMPARE(noKey.status().error->kind, client::VendoError::Kind::VendoOnlyFeature);
    }

    // One log entry per connection attempt, not per event; the key is redacted everywhere, also
    // inside an error body's connect URL.
    void requestLogOnePerAttemptRedacted()
    {
        SseTestServer server;
        QVERIFY(server.listen());
        const QByteArray leakyBody = R"({"error":{"code":"rate_limit_sse_streams","message":"Too many streams",)"
                                     R"("connect_url":"https://vendo.run/connections/connect/x?app_key=)"
            + kApiKey.toUtf8() + R"("}})";
        server.setHandler([leakyBody](QTcpSocket *socket, const SseTestServer::Request &, int index) {
            if (index == 1) {
                socket->write(SseTestServer::errorAnswer(429, "rate_limit_sse_streams", leakyBody));
                socket->disconnectFromHost();
                return;
            }
            socket->write(SseTestServer::streamHead());
            for (int id = 1; id <= 50; ++id)
                socket->write(sseEvent(index * 100 + id));
            if (index == 0) {
                socket->flush();
                socket->disconnectFromHost();
            }
        });
        client::RequestLog log;
        EventStream stream(&m_network, config(server.baseUrl(), &log), fastReconnects());
        QSignalSpy events(&stream, &EventStream::eventReceived);
        stream.start();
        QTRY_COMPARE(events.count(), 100);
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(log.entries().size(), 3);
        QCOMPARE(log.entries().at(0).outcome, QStringLiteral("ok"));
        QCOMPARE(log.entries().at(0).httpStatus, 200);
        QCOMPARE(log.entries().at(1).httpStatus, 429);
        QVERIFY(log.entries().at(1).willRetry);
        QCOMPARE(log.entries().at(2).outcome, QStringLiteral("ok"));
        for (int i = 0; i < log.entries().size(); ++i) {
            const client::RequestLogEntry &entry = log.entries().at(i);
            QCOMPARE(entry.attempt, i + 1);
            QCOMPARE(entry.maxAttempts, 0); // reconnects have no limit
            QCOMPARE(entry.url, stream.url().toString());
            bool sawAuthorization = false;
            for (const auto &[name, value] : entry.requestHeaders) {
                if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
                    sawAuthorization = true;
                    QVERIFY(value.contains(kApiKey.left(12)));
                }
            }
            QVERIFY(sawAuthorization);
        }
        QVERIFY(log.entries().at(1).responseBody.contains(QLatin1String("connect_url")));
        const QByteArray exported = log.exportJson();
        QVERIFY(!exported.contains(kApiKey.toUtf8()));
        QVERIFY(!exported.contains(kApiKey.mid(12).toUtf8()));
        QVERIFY(!exported.contains("c2lnbmF0dXJl")); // nor the user JWT, which is never sent here
    }
};

QTEST_GUILESS_MAIN(TestEventStream)
#include "tst_event_stream.moc"

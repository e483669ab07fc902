// The event stream client against the real sandbox over loopback: replay with Last-Event-ID, the
// five-stream limit, pings, drop and stall faults (nothing lost, nothing twice), and an admin change
// whose event arrives while the token endpoint's answer follows it.
#include "SandboxFixture.h"
#include "client/RequestLog.h"
#include "client/TokenJob.h"
#include "client/VendoClient.h"
#include "events/EventStream.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using namespace vendo;
using events::EventKind;
using events::EventStream;
using events::StreamEvent;
using events::StreamState;
using sandbox::SandboxServer;
using sandbox::Scenario;
using sandbox::StreamFault;

namespace {

events::EventStreamOptions fastReconnects(std::chrono::milliseconds pingTimeout = 60s)
{
    events::EventStreamOptions options;
    options.reconnect.initialDelay = 20ms;
    options.reconnect.maxDelay = 80ms;
    options.reconnect.pingTimeout = pingTimeout;
    return options;
}

QStringList idsOf(const QSignalSpy &spy)
{
    QStringList ids;
    for (const QList<QVariant> &arguments : spy)
        ids << arguments.at(0).value<StreamEvent>().id;
    return ids;
}

QStringList expectedIds(int first, int last)
{
    QStringList ids;
    for (int id = first; id <= last; ++id)
        ids << QStringLiteral("evt_%1").arg(id);
    return ids;
}

} // namespace

class TestEventsSandbox : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    SandboxHttp m_http;

    client::VendoClient app(const SandboxServer &server, client::RequestLog *log = nullptr,
                            const QString &key = QString()) const
    {
        return client::VendoClient(const_cast<QNetworkAccessManager *>(&m_network),
                                   client::Profile::sandbox(server.baseUrl(), server.credentialsUrl()),
                                   key.isEmpty() ? server.demoApiKey() : key)
            .withRetryPolicy(client::RetryPolicy::immediate())
            .withRequestLog(log);
    }

    // Publishes `count` events for the demo key's tenant through the admin API.
    QStringList publish(const SandboxServer &server, int count, const QString &tenant = QStringLiteral("tn_acme"))
    {
        const QJsonObject request { { QStringLiteral("tenant"), tenant },
                                    { QStringLiteral("kind"), QStringLiteral("billing.usage_recorded") },
                                    { QStringLiteral("fields"),
                                      QJsonObject { { QStringLiteral("provider"), QStringLiteral("openai") },
                                                    { QStringLiteral("micros"), 1200 } } },
                                    { QStringLiteral("count"), count } };
        const Exchange answer
            = m_http.post(endpoint(server, QStringLiteral("/sandbox/events")), QJsonDocument(request).toJson());
        QStringList ids;
        for (const QJsonValue &id : answer.json().value(QStringLiteral("ids")).toArray())
            ids << id.toString();
        return ids;
    }

    // Starts the sandbox; on failure the test fails with the sandbox's reason.
    static bool start(SandboxServer &server)
    {
        const auto started = server.start();
        if (!started)
            QTest::qFail(qPrintable(started.error().toString()), __FILE__, __LINE__);
        return started.has_value();
    }

    // The default scenario whose first `times` streams end (drop) or go silent (stall) after `events` events.
    static Scenario withStreamFault(bool stall, int events, int times)
    {
        Scenario scenario = Scenario::defaults();
        StreamFault fault;
        (stall ? fault.stallAfterEvents : fault.dropAfterEvents) = events;
        fault.failTimes = times;
        scenario.events.streamFaults = { fault };
        return scenario;
    }

    static bool waitConnected(const EventStream &stream)
    {
        return QTest::qWaitFor([&] { return stream.status().state == StreamState::Connected; }, 5000);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<StreamEvent>();
        qRegisterMetaType<events::StreamStatus>();
    }

    // A stream that was away gets, on its return, exactly what it missed (Last-Event-ID).
    void replayWithLastEventId()
    {
        SandboxServer server;
        QVERIFY(start(server));
        std::unique_ptr<EventStream> stream(app(server).events(fastReconnects()));
        QSignalSpy received(stream.get(), &EventStream::eventReceived);
        stream->start();
        QVERIFY(waitConnected(*stream));
        QCOMPARE(publish(server, 3), expectedIds(1, 3));
        QTRY_COMPARE(received.count(), 3);
        const StreamEvent first = received.at(0).at(0).value<StreamEvent>();
        QCOMPARE(first.kind, EventKind::BillingUsageRecorded);
        QCOMPARE(first.provider, QStringLiteral("openai"));
        QCOMPARE(first.micros, 1200);
        QVERIFY(first.at.isValid());

        stream->stop();
        QTRY_COMPARE(server.eventStreamCount(), 0);
        QCOMPARE(publish(server, 4), expectedIds(4, 7)); // while away
        server.clearRequestLog();
        stream->start();
        QTRY_COMPARE(received.count(), 7);
        QCOMPARE(idsOf(received), expectedIds(1, 7));
        QCOMPARE(stream->status().duplicatesDropped, 0);
        QCOMPARE(server.requestLog().constFirst().header("Last-Event-ID"), QByteArray("evt_3"));

        // Another app's events never reach this stream.
        QCOMPARE(publish(server, 2, QStringLiteral("tn_globex")).size(), 2);
        QCOMPARE(publish(server, 1), QStringList { QStringLiteral("evt_10") });
        QTRY_COMPARE(received.count(), 8);
        QCOMPARE(idsOf(received).constLast(), QStringLiteral("evt_10"));

        // The buffer keeps the last 100 events of an app.
        publish(server, 150);
        const Exchange state = m_http.get(endpoint(server, QStringLiteral("/sandbox/events")));
        const QJsonArray buffered = state.json()
                                        .value(QStringLiteral("tenants"))
                                        .toObject()
                                        .value(QStringLiteral("tn_acme"))
                                        .toObject()
                                        .value(QStringLiteral("buffered"))
                                        .toArray();
        QCOMPARE(buffered.size(), 100);
        QCOMPARE(buffered.last().toString(), QStringLiteral("evt_160"));
    }

    // A sixth stream of one app: 429 rate_limit_sse_streams, the SDK's base class, "stream limit
    // reached"; it gets in once one of the five closes. Another app is not affected.
    void sixthStreamIsRefused()
    {
        SandboxServer server;
        QVERIFY(start(server));
        std::vector<std::unique_ptr<EventStream>> five;
        for (int i = 0; i < 5; ++i) {
            five.emplace_back(app(server).events(fastReconnects()));
            five.back()->start();
        }
        for (const auto &stream : five)
            QVERIFY(waitConnected(*stream));
        QCOMPARE(server.eventStreamCount(), 5);

        client::RequestLog log;
        std::unique_ptr<EventStream> sixth(app(server, &log).events(fastReconnects()));
        QSignalSpy statuses(sixth.get(), &EventStream::statusChanged);
        sixth->start();
        QTRY_VERIFY(sixth->status().state == StreamState::StreamLimitReached);
        QVERIFY(sixth->status().error);
        QCOMPARE(sixth->status().error->code, QStringLiteral("rate_limit_sse_streams"));
        QCOMPARE(sixth->status().error->httpStatus, 429);
        // The usual error body: its message reached the client's decoder.
        QCOMPARE(sixth->status().error->message, QStringLiteral("Too many event streams for this app (at most 5)"));
        QCOMPARE(sixth->status().error->kind, client::VendoError::Kind::Base);
        QCOMPARE(sixth->status().error->sdkClass(), QStringLiteral("VendoError"));
        QCOMPARE(server.eventStreamCount(), 5);
        QCOMPARE(log.entries().constFirst().httpStatus, 429);

        std::unique_ptr<EventStream> otherApp(app(server, nullptr, seeded::globexKey).events(fastReconnects()));
        otherApp->start();
        QVERIFY(waitConnected(*otherApp));

        five.front()->stop();
        QVERIFY(waitConnected(*sixth));
        QCOMPARE(server.eventStreamCount(), 6); // five of acme, one of globex
    }

    // Pings keep a quiet stream alive: with a 50 ms ping and a 300 ms dead-stream limit, a second of
    // silence is not a reconnect.
    void pingsKeepTheStreamAlive()
    {
        Scenario scenario = Scenario::defaults();
        scenario.events.pingIntervalMs = 50;
        SandboxServer server(scenario);
        QVERIFY(start(server));
        std::unique_ptr<EventStream> stream(app(server).events(fastReconnects(300ms)));
        stream->start();
        QVERIFY(waitConnected(*stream));
        QTest::qWait(1000);
        QCOMPARE(stream->status().state, StreamState::Connected);
        QCOMPARE(stream->status().attempt, 1);

        // Without pings the same client declares the stream dead and reconnects.
        server.setPingInterval(60s);
        QTRY_VERIFY_WITH_TIMEOUT(stream->status().attempt >= 2, 3000);
    }

    // The sandbox drops the first three streams after three events each: the client reconnects with
    // Last-Event-ID and gets all twenty events once, in order.
    void dropFaultLosesNothing()
    {
        SandboxServer server(withStreamFault(false, 3, 3));
        QVERIFY(start(server));
        std::unique_ptr<EventStream> stream(app(server).events(fastReconnects()));
        QSignalSpy received(stream.get(), &EventStream::eventReceived);
        stream->start();
        QVERIFY(waitConnected(*stream));
        server.clearRequestLog();
        QCOMPARE(publish(server, 20).size(), 20);
        QTRY_COMPARE(received.count(), 20);
        QTest::qWait(100); // nothing more arrives
        QCOMPARE(idsOf(received), expectedIds(1, 20));
        QCOMPARE(stream->status().duplicatesDropped, 0);
        // Each reconnect carries the id of the last event received, and the client counts one attempt
        // per reconnect. Usually the three faults drop three of the client's streams (evt_3, evt_6,
        // evt_9). One CI run on a loaded machine ended with attempt 3 and every event received once: a
        // fault had been used up before the events started, most likely by a connection the client did
        // not keep (not confirmed). What must hold either way is checked against the requests the
        // sandbox received after the stream was up.
        QStringList lastIds;
        for (const auto &request : server.requestLog()) {
            if (request.path == QLatin1String("/api/deployments/me/events"))
                lastIds << QString::fromUtf8(request.header("Last-Event-ID"));
        }
        QVERIFY2(lastIds.size() >= 2 && lastIds.size() <= 3, qPrintable(lastIds.join(u',')));
        for (qsizetype i = 0; i < lastIds.size(); ++i)
            QCOMPARE(lastIds.at(i), QStringLiteral("evt_%1").arg(3 * (i + 1)));
        QCOMPARE(stream->status().attempt, 1 + int(lastIds.size()));
    }

    // Issue 18's figure: 100 forced drops (each of the first 100 streams after two events), 300 events: none lost,
    // none twice, and every reconnect waited what the schedule says (a connection that succeeded
    // resets the delay: 20 ms ±25 %).
    void hundredDropsLoseNothing()
    {
        SandboxServer server(withStreamFault(false, 2, 100));
        QVERIFY(start(server));
        std::unique_ptr<EventStream> stream(app(server).events(fastReconnects()));
        QSignalSpy received(stream.get(), &EventStream::eventReceived);
        QSignalSpy statuses(stream.get(), &EventStream::statusChanged);
        stream->start();
        QVERIFY(waitConnected(*stream));
        QElapsedTimer clock;
        clock.start();
        // In batches of 50: the replay buffer holds 100, so a batch is never pushed out of it before the
        // drops have walked through it (25 drops a batch; after four batches the fault is spent).
        for (int batch = 1; batch <= 6; ++batch) {
            QCOMPARE(publish(server, 50).size(), 50);
            QTRY_COMPARE_WITH_TIMEOUT(received.count(), batch * 50, 30'000);
        }
        const qint64 elapsed = clock.elapsed();
        QTest::qWait(100);
        QCOMPARE(idsOf(received), expectedIds(1, 300));
        QCOMPARE(stream->status().duplicatesDropped, 0);
        QCOMPARE(stream->status().attempt, 101);
        int reconnects = 0;
        for (const QList<QVariant> &arguments : std::as_const(statuses)) {
            const events::StreamStatus status = arguments.at(0).value<events::StreamStatus>();
            if (status.state != StreamState::Reconnecting)
                continue;
            ++reconnects;
            QVERIFY2(status.retryInMs >= 15 && status.retryInMs <= 25, qPrintable(QString::number(status.retryInMs)));
        }
        QCOMPARE(reconnects, 100);
        qInfo("100 forced drops: 300 events in %lld ms, 0 lost, 0 duplicated, 100 reconnects within 20 ms +-25 %%",
              elapsed);
    }

    // The first stream stalls after two events (no events, no pings): the client's dead-stream limit
    // ends it, and the reconnect replays what the stall held back.
    void stallFaultLosesNothing()
    {
        Scenario scenario = withStreamFault(true, 2, 1);
        scenario.events.pingIntervalMs = 50;
        SandboxServer server(scenario);
        QVERIFY(start(server));
        std::unique_ptr<EventStream> stream(app(server).events(fastReconnects(300ms)));
        QSignalSpy received(stream.get(), &EventStream::eventReceived);
        QSignalSpy statuses(stream.get(), &EventStream::statusChanged);
        stream->start();
        QVERIFY(waitConnected(*stream));
        QCOMPARE(publish(server, 6).size(), 6);
        QTRY_COMPARE(received.count(), 2);
        QTest::qWait(100);
        QCOMPARE(received.count(), 2); // stalled
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 6, 3000);
        QCOMPARE(idsOf(received), expectedIds(1, 6));
        QCOMPARE(stream->status().attempt, 2);
        // Why the first connection ended: the dead-stream limit.
        const auto reconnecting = std::find_if(statuses.begin(), statuses.end(), [](const QList<QVariant> &arguments) {
            return arguments.at(0).value<events::StreamStatus>().state == StreamState::Reconnecting;
        });
        QVERIFY(reconnecting != statuses.end());
        const events::StreamStatus why = reconnecting->at(0).value<events::StreamStatus>();
        QVERIFY(why.error);
        QCOMPARE(why.error->kind, client::VendoError::Kind::Timeout);
    }

    // An admin change of Bob's Google: the event arrives, and the token endpoint answers differently.
    void adminChangeReachesStreamAndTokens()
    {
        SandboxServer server;
        QVERIFY(start(server));
        std::unique_ptr<EventStream> stream(app(server).events(fastReconnects()));
        QSignalSpy received(stream.get(), &EventStream::eventReceived);
        stream->start();
        QVERIFY(waitConnected(*stream));

        const auto minted = server.mintToken(seeded::bob);
        QVERIFY(minted.has_value());
        const client::VendoClient bob = app(server).forUser(*minted).value();
        const auto tokenOf = [&] {
            QSignalSpy finished(bob.token(QStringLiteral("google")), &client::TokenJob::finished);
            return finished.wait(5000) ? finished.at(0).at(0).value<client::TokenResult>() : client::TokenResult();
        };
        QCOMPARE(tokenOf().value.error().code, QStringLiteral("connection_needs_reauth"));

        const QUrl change
            = endpoint(server, QStringLiteral("/sandbox/connections/") + seeded::bob + QStringLiteral("/google"));
        const Exchange reconnected = m_http.post(change, R"({"action":"reconnect"})");
        QCOMPARE(reconnected.status, 200);
        QTRY_COMPARE(received.count(), 1);
        StreamEvent event = received.at(0).at(0).value<StreamEvent>();
        QCOMPARE(event.kind, EventKind::ConnectionConnected);
        QCOMPARE(event.slug, QStringLiteral("google"));
        QCOMPARE(event.status, QStringLiteral("connected"));
        QCOMPARE(event.json.value(QStringLiteral("user_id")).toString(), seeded::bob);
        QCOMPARE(
            event.connectionId,
            reconnected.json().value(QStringLiteral("connection")).toObject().value(QStringLiteral("id")).toString());
        QVERIFY(tokenOf().ok());

        QCOMPARE(m_http.post(change, R"({"status":"error","error_message":"Google said no"})").status, 200);
        QTRY_COMPARE(received.count(), 2);
        event = received.at(1).at(0).value<StreamEvent>();
        QCOMPARE(event.kind, EventKind::ConnectionStatusChanged);
        QCOMPARE(event.status, QStringLiteral("error"));
        const client::TokenResult failing = tokenOf();
        QCOMPARE(failing.value.error().code, QStringLiteral("upstream_error"));
        QCOMPARE(failing.value.error().message, QStringLiteral("Google said no"));

        QCOMPARE(m_http.post(change, R"({"action":"revoke"})").status, 200);
        QTRY_COMPARE(received.count(), 3);
        QCOMPARE(received.at(2).at(0).value<StreamEvent>().kind, EventKind::ConnectionDisconnected);
        QCOMPARE(tokenOf().value.error().code, QStringLiteral("connection_revoked"));

        // Bad changes are refused with a reason, and publish nothing.
        QCOMPARE(m_http.post(change, R"({"status":"sleeping"})").status, 400);
        QCOMPARE(m_http.post(change, R"({})").status, 400);
        QCOMPARE(m_http.post(change, "not json").status, 400);
        QCOMPARE(
            m_http
                .post(endpoint(server, QStringLiteral("/sandbox/connections/nobody/google")), R"({"action":"revoke"})")
                .status,
            404);
        QTest::qWait(100);
        QCOMPARE(received.count(), 3);
    }

    // A scenario's timeline: Bob's Google becomes connected 200 ms after start, with no admin call.
    void timelineChangesOnSchedule()
    {
        Scenario scenario = Scenario::defaults();
        sandbox::TimelineEntry step;
        step.afterMs = 200;
        step.owner = seeded::bob;
        step.slug = QStringLiteral("google");
        step.change.status = QStringLiteral("connected");
        scenario.events.timeline = { step };
        SandboxServer server(scenario);
        QVERIFY(start(server));
        std::unique_ptr<EventStream> stream(app(server).events(fastReconnects()));
        QSignalSpy received(stream.get(), &EventStream::eventReceived);
        stream->start();
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 3000);
        const StreamEvent event = received.at(0).at(0).value<StreamEvent>();
        QCOMPARE(event.kind, EventKind::ConnectionConnected);
        QCOMPARE(event.json.value(QStringLiteral("user_id")).toString(), seeded::bob);
    }
};

QTEST_GUILESS_MAIN(TestEventsSandbox)
#include "tst_events_sandbox.moc"

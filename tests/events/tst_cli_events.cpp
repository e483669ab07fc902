// `vendo-inspector-cli events` as scripts use it: the real CLI in a child process against an
// in-process sandbox: the replay after --since, --kinds, NDJSON, terminal-safe human lines, --follow
// across a dropped stream (reconnect message on stderr, nothing lost or twice), the stream limit.
#include "CliProcess.h"
#include "SandboxFixture.h"
#include "client/VendoClient.h"
#include "events/EventStream.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace std::chrono_literals;
using vendo::sandbox::SandboxServer;
using vendo::sandbox::Scenario;

namespace {

using Run = vendo::test::CliRun;

QStringList idsOf(const QList<QJsonObject> &lines)
{
    QStringList ids;
    for (const QJsonObject &line : lines)
        ids << line.value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace

class TestCliEvents : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    SandboxHttp m_http;

    QProcessEnvironment environment(const SandboxServer &server, bool withKey = true) const
    {
        QProcessEnvironment env = vendo::test::isolatedCliEnvironment(m_home.path());
        vendo::test::setService(env, server.baseUrl(), server.credentialsUrl(),
                                withKey ? server.demoApiKey() : QString());
        return env;
    }

    static void checkNoKey(const SandboxServer &server, const Run &run)
    {
        if (QByteArray(run.out + run.err).contains(server.demoApiKey().toLatin1()))
            qFatal("the API key reached the CLI's output");
    }

    // Runs to the end, turning this thread's event loop (the sandbox lives here).
    Run run(const SandboxServer &server, const QStringList &arguments, bool withKey = true)
    {
        const Run result = vendo::test::runCli(
            QStringList { QStringLiteral("events"), QStringLiteral("--profile"), QStringLiteral("sandbox") }
                + arguments,
            environment(server, withKey), {}, 20s);
        checkNoKey(server, result);
        return result;
    }

    QStringList publish(const SandboxServer &server, int count, const QJsonObject &fields = {})
    {
        const QJsonObject request { { QStringLiteral("kind"), QStringLiteral("billing.usage_recorded") },
                                    { QStringLiteral("fields"),
                                      fields.isEmpty()
                                          ? QJsonObject { { QStringLiteral("provider"), QStringLiteral("openai") },
                                                          { QStringLiteral("micros"), 1500 } }
                                          : fields },
                                    { QStringLiteral("count"), count } };
        QStringList ids;
        for (const QJsonValue &id :
             m_http.post(endpoint(server, QStringLiteral("/sandbox/events")), QJsonDocument(request).toJson())
                 .json()
                 .value(QStringLiteral("ids"))
                 .toArray())
            ids << id.toString();
        return ids;
    }

private slots:
    void initTestCase() { QVERIFY2(!qEnvironmentVariable("VENDO_CLI").isEmpty(), "VENDO_CLI is not set"); }

    void replaySinceKindsAndExit()
    {
        SandboxServer server;
        {
            const auto started = server.start();
            QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        }
        QCOMPARE(publish(server, 3).size(), 3);
        QVERIFY(server.changeConnection(seeded::bob, QStringLiteral("google"),
                                        vendo::sandbox::ConnectionChange { QStringLiteral("connected"), {}, {} }));

        // Without --since nothing is replayed; the command exits once the stream is quiet.
        const Run fresh = run(server, { QStringLiteral("--json") });
        QCOMPARE(fresh.exitCode, 0);
        QVERIFY(fresh.out.isEmpty());

        const Run all = run(server, { QStringLiteral("--since"), QStringLiteral("0"), QStringLiteral("--json") });
        QCOMPARE(all.exitCode, 0);
        const QList<QJsonObject> lines = all.jsonLines();
        QCOMPARE(idsOf(lines),
                 (QStringList { QStringLiteral("evt_1"), QStringLiteral("evt_2"), QStringLiteral("evt_3"),
                                QStringLiteral("evt_4") }));
        QCOMPARE(lines.at(0).value(QStringLiteral("kind")).toString(), QStringLiteral("billing.usage_recorded"));
        QCOMPARE(lines.at(0).value(QStringLiteral("data")).toObject().value(QStringLiteral("micros")).toInt(), 1500);
        QCOMPARE(lines.at(3).value(QStringLiteral("kind")).toString(), QStringLiteral("connection.connected"));
        QCOMPARE(lines.at(3).value(QStringLiteral("data")).toObject().value(QStringLiteral("user_id")).toString(),
                 seeded::bob);

        const Run after = run(server, { QStringLiteral("--since"), QStringLiteral("evt_2"), QStringLiteral("--json") });
        QCOMPARE(idsOf(after.jsonLines()), (QStringList { QStringLiteral("evt_3"), QStringLiteral("evt_4") }));
        const Run onlyConnections
            = run(server,
                  { QStringLiteral("--since"), QStringLiteral("0"), QStringLiteral("--json"), QStringLiteral("--kinds"),
                    QStringLiteral("connection.connected,billing.cap_warned") });
        QCOMPARE(idsOf(onlyConnections.jsonLines()), QStringList { QStringLiteral("evt_4") });

        // Human lines: one per event, server text escaped (no raw control character reaches a terminal).
        publish(server, 1,
                QJsonObject { { QStringLiteral("provider"), QStringLiteral("evil\x1b]52;c;ZXZpbA==\x07") },
                              { QStringLiteral("micros"), 1 } });
        const Run human = run(server, { QStringLiteral("--since"), QStringLiteral("evt_4") });
        QCOMPARE(human.exitCode, 0);
        QCOMPARE(human.out.count('\n'), 1);
        QVERIFY2(human.out.startsWith("evt_5  "), human.out.constData());
        QVERIFY(!human.out.contains('\x1b') && !human.out.contains('\x07'));
        QVERIFY2(human.out.contains("\\u001b]52"), human.out.constData());
    }

    // --follow across a stream the server drops after two events: the CLI reconnects with
    // Last-Event-ID, says so on stderr, and prints every event once.
    void followAcrossADrop()
    {
        Scenario scenario = Scenario::defaults();
        vendo::sandbox::StreamFault drop;
        drop.dropAfterEvents = 2;
        drop.failTimes = 1;
        scenario.events.streamFaults = { drop };
        SandboxServer server(scenario);
        {
            const auto started = server.start();
            QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        }

        QProcess process;
        process.setProcessEnvironment(environment(server));
        process.start(qEnvironmentVariable("VENDO_CLI"),
                      { QStringLiteral("events"), QStringLiteral("--profile"), QStringLiteral("sandbox"),
                        QStringLiteral("--follow"), QStringLiteral("--json") });
        QVERIFY(process.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(server.eventStreamCount(), 1, 10'000);
        QCOMPARE(publish(server, 5).size(), 5);
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput(), out.count('\n') >= 5), 10'000);
        QVERIFY(server.changeConnection(seeded::bob, QStringLiteral("google"),
                                        vendo::sandbox::ConnectionChange { {}, {}, true }));
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput(), out.count('\n') >= 6), 10'000);
        QTest::qWait(200);
        out += process.readAllStandardOutput();
        process.kill();
        process.waitForFinished();
        const QByteArray err = process.readAllStandardError();
        checkNoKey(server, { 0, out, err });
        const Run result { 0, out, err };
        QCOMPARE(idsOf(result.jsonLines()),
                 (QStringList { QStringLiteral("evt_1"), QStringLiteral("evt_2"), QStringLiteral("evt_3"),
                                QStringLiteral("evt_4"), QStringLiteral("evt_5"), QStringLiteral("evt_6") }));
        QCOMPARE(result.jsonLines().constLast().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("connection.disconnected"));
        QVERIFY2(err.contains("reconnecting in"), err.constData());
        QVERIFY2(err.contains("connected again (attempt 2), resuming after evt_2"), err.constData());
    }

    // A sixth stream: without --follow the CLI reports the service's refusal (exit 1, the SDK's class).
    void streamLimitIsAServiceError()
    {
        SandboxServer server;
        {
            const auto started = server.start();
            QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        }
        QNetworkAccessManager network;
        const vendo::client::VendoClient app(
            &network, vendo::client::Profile::sandbox(server.baseUrl(), server.credentialsUrl()), server.demoApiKey());
        std::vector<std::unique_ptr<vendo::events::EventStream>> five;
        for (int i = 0; i < 5; ++i) {
            five.emplace_back(app.events(vendo::events::EventStreamOptions()));
            five.back()->start();
        }
        QTRY_COMPARE(server.eventStreamCount(), 5);
        const Run limited = run(server, { QStringLiteral("--json") });
        QVERIFY2(limited.exitCode == 1, QByteArray(limited.out + limited.err).constData());
        const QJsonObject error
            = QJsonDocument::fromJson(limited.out).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("rate_limit_sse_streams"));
        QCOMPARE(error.value(QStringLiteral("sdk_class")).toString(), QStringLiteral("VendoError"));
        QCOMPARE(error.value(QStringLiteral("status")).toInt(), 429);
    }

    void withoutAKey()
    {
        SandboxServer server;
        {
            const auto started = server.start();
            QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        }
        const Run keyless = run(server, {}, false);
        QCOMPARE(keyless.exitCode, 3);
        QVERIFY2(keyless.out.contains("VendoOnlyFeature"), keyless.out.constData());
        const Run usage = run(server, { QStringLiteral("--since"), QStringLiteral("a\nb") });
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliEvents)
#include "tst_cli_events.moc"

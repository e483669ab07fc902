#include "SandboxHttp.h"
#include "sandbox/Scenario.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

class TestSandboxExecutable : public QObject
{
    Q_OBJECT

private:
    static QString program() { return QStringLiteral(VENDO_SANDBOX_EXE); }

    // Starts `vendo-sandbox --print-env` and reads its four export lines.
    void startWithEnv(QProcess &process, QHash<QString, QString> &env)
    {
        process.start(program(), { QStringLiteral("--print-env") });
        QVERIFY(process.waitForStarted(10000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput(), out.count('\n') >= 4), 15000);
        for (const QByteArray &line : out.split('\n')) {
            if (!line.startsWith("export "))
                continue;
            const qsizetype equals = line.indexOf('=');
            env.insert(QString::fromUtf8(line.mid(7, equals - 7)), QString::fromUtf8(line.mid(equals + 1)));
        }
    }

    SandboxHttp m_http;

private slots:
    void printEnvGivesUsableExports()
    {
        QProcess process;
        QHash<QString, QString> env;
        startWithEnv(process, env);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(env.size(), 4);
        const QUrl base(env.value(QStringLiteral("VENDO_BASE_URL")));
        QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(env.value(QStringLiteral("VENDO_CREDENTIALS_URL")), base.toString() + QStringLiteral("/credentials"));
        QVERIFY(env.value(QStringLiteral("VENDO_API_KEY")).startsWith(QLatin1String("vendo_sk_")));
        // The sample deliveries' secret (tst_webhook_sandbox checks that it signs them).
        QCOMPARE(env.value(QStringLiteral("VENDO_WEBHOOK_SECRET")), vendo::sandbox::Scenario::defaults().webhookSecret);

        const Exchange token
            = m_http.get(QUrl(env.value(QStringLiteral("VENDO_CREDENTIALS_URL")) + QStringLiteral("/openai")),
                         SandboxHttp::withKey(env.value(QStringLiteral("VENDO_API_KEY"))));
        QCOMPARE(token.status, 200);

        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        // The human banner went to stderr, with identity tokens for the seeded users.
        const QByteArray banner = process.readAllStandardError();
        QVERIFY(banner.contains("alice@acme.example"));
        QVERIFY(banner.contains("eyJ"));
    }

#ifdef Q_OS_UNIX
    void ctrlCStopsCleanly()
    {
        QProcess process;
        QHash<QString, QString> env;
        startWithEnv(process, env);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(::kill(static_cast<pid_t>(process.processId()), SIGINT), 0);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
#endif

    void badInvocations_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("scenarioJson"); // written to a file that --scenario then names
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("port not a number")
            << QStringList { QStringLiteral("--port"), QStringLiteral("http") } << QByteArray() << 2 << "--port";
        QTest::newRow("port too big") << QStringList { QStringLiteral("--port"), QStringLiteral("70000") }
                                      << QByteArray() << 2 << "70000";
        QTest::newRow("missing scenario file")
            << QStringList { QStringLiteral("--scenario"), QStringLiteral("/nonexistent/scenario.json") }
            << QByteArray() << 2 << "scenario.json";
        QTest::newRow("invalid scenario")
            << QStringList { QStringLiteral("--scenario") }
            << QByteArray(R"({"tenants": [{"id": "t"}], "users": [], "api_keys": []})") << 2 << "api_keys";
    }
    void badInvocations()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, scenarioJson);
        QFETCH(int, exitCode);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        if (!scenarioJson.isEmpty()) {
            QFile file(dir.filePath(QStringLiteral("bad.json")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(scenarioJson);
            arguments.append(file.fileName());
        }
        QProcess process;
        process.start(program(), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), exitCode);
        const QString error = QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(error.contains(messagePart), qPrintable(error));
    }

    void portInUseFails()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        QProcess process;
        process.start(program(), { QStringLiteral("--port"), QString::number(occupant.serverPort()) });
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains(QByteArray::number(occupant.serverPort())));
    }
};

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "tst_sandbox_executable.moc"

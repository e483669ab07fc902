#include <QProcess>
#include <QTest>

class TestCliDispatch : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("VENDO_API_KEY"));
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("VENDO_CLI"), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30'000))
            return {};
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

private slots:
    void initTestCase() { QVERIFY2(!qEnvironmentVariable("VENDO_CLI").isEmpty(), "VENDO_CLI is not set"); }

    void helpListsEverySubcommand()
    {
        const Run result = run({ QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        for (const char *command :
             { "decode", "verify", "audit", "headers", "token", "connections", "whoami", "explain", "key" }) {
            QVERIFY2(result.out.contains(QLatin1String("\n  ") + QLatin1String(command)), command);
        }
    }

    void versionMatchesTheProject()
    {
        const Run result = run({ QStringLiteral("--version") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("vendo-inspector-cli " VENDO_VERSION));
    }

    void noCommandIsAUsageError()
    {
        const Run result = run({});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("Usage:")));
    }

    // A user's token in argv is visible to every local user: the CLI says so, and not for stdin.
    void tokenOnTheCommandLineIsWarnedAbout_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("warned");
        const QString token = QStringLiteral("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1In0.");
        QTest::newRow("decode TOKEN") << QStringList { QStringLiteral("decode"), token } << true;
        QTest::newRow("decode -") << QStringList { QStringLiteral("decode"), QStringLiteral("-") } << false;
        QTest::newRow("decode from stdin") << QStringList { QStringLiteral("decode") } << false;
        QTest::newRow("token --jwt") << QStringList { QStringLiteral("token"), QStringLiteral("openai"),
                                                      QStringLiteral("--jwt"), token }
                                     << true;
        QTest::newRow("token --jwt-file -") << QStringList { QStringLiteral("token"), QStringLiteral("openai"),
                                                             QStringLiteral("--jwt-file"), QStringLiteral("-") }
                                            << false;
    }

    void tokenOnTheCommandLineIsWarnedAbout()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, warned);
        const Run result = run(arguments, QByteArrayLiteral("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1In0.\n"));
        QVERIFY2(result.exitCode >= 0, "the CLI did not finish");
        QCOMPARE(result.err.contains(QLatin1String("visible in the process list")), warned);
    }

    void unknownCommandIsAUsageError()
    {
        const Run result = run({ QStringLiteral("frobnicate") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("unknown command 'frobnicate'")));
    }
};

QTEST_GUILESS_MAIN(TestCliDispatch)
#include "tst_cli_dispatch.moc"

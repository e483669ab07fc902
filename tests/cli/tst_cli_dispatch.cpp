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

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(qEnvironmentVariable("VENDO_CLI"), arguments);
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

    void unknownCommandIsAUsageError()
    {
        const Run result = run({ QStringLiteral("frobnicate") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("unknown command 'frobnicate'")));
    }
};

QTEST_GUILESS_MAIN(TestCliDispatch)
#include "tst_cli_dispatch.moc"

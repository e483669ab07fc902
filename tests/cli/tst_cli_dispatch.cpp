#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
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

    static Run run(const QStringList &arguments, const QByteArray &input = {}, const QString &apiKey = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("VENDO_API_KEY"));
        if (!apiKey.isEmpty())
            environment.insert(QStringLiteral("VENDO_API_KEY"), apiKey);
        // Custom profiles (and a legacy file) would change what --profile means: none here.
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("VENDO_CLI"), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30'000))
            return {};
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

    static QString configHome()
    {
        static QTemporaryDir dir;
        return dir.filePath(QStringLiteral("config"));
    }

    QTemporaryDir m_files;

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("VENDO_CLI").isEmpty(), "VENDO_CLI is not set");
        QVERIFY(m_files.isValid());
    }

    // Issue 19 item 16: a subcommand's help names the command as it is typed, not the executable's path.
    void subcommandHelpNamesTheCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("usage");
        QTest::newRow("token") << "token"
                               << "Usage: vendo-inspector-cli token [options] SLUG...";
        QTest::newRow("decode") << "decode"
                                << "Usage: vendo-inspector-cli decode [options] [TOKEN|FILE|-]";
        QTest::newRow("verify") << "verify"
                                << "Usage: vendo-inspector-cli verify [options] [TOKEN|FILE|-]";
        QTest::newRow("headers") << "headers"
                                 << "Usage: vendo-inspector-cli headers [options] [FILE|-]";
        QTest::newRow("connections") << "connections"
                                     << "Usage: vendo-inspector-cli connections [options]";
        QTest::newRow("explain") << "explain"
                                 << "Usage: vendo-inspector-cli explain [options] CODE|STATUS|LINE";
        QTest::newRow("key") << "key"
                             << "Usage: vendo-inspector-cli key [options] action";
        QTest::newRow("profile") << "profile"
                                 << "Usage: vendo-inspector-cli profile [options] action";
    }

    void subcommandHelpNamesTheCommand()
    {
        QFETCH(QString, command);
        QFETCH(QString, usage);
        const Run result = run({ command, QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.section(QLatin1Char('\n'), 0, 0), usage);
        QVERIFY2(!result.out.contains(qEnvironmentVariable("VENDO_CLI")), qPrintable(result.out));
    }

    // A file that cannot be read is an input error (exit 3, its own message), never a service error
    // class such as "VendoError (internal_error)".
    void missingFileIsAFileError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString missing = QStringLiteral("/nonexistent-dir/token.txt");
        QTest::newRow("decode FILE") << QStringList { QStringLiteral("decode"), missing };
        QTest::newRow("headers FILE") << QStringList { QStringLiteral("headers"), missing };
        QTest::newRow("token --jwt-file")
            << QStringList { QStringLiteral("token"), QStringLiteral("openai"), QStringLiteral("--jwt-file"), missing };
        QTest::newRow("connections --headers-file")
            << QStringList { QStringLiteral("connections"), QStringLiteral("--headers-file"), missing };
        QTest::newRow("verify --key") << QStringList { QStringLiteral("verify"), QStringLiteral("-"),
                                                       QStringLiteral("--key"), missing };
    }

    void missingFileIsAFileError()
    {
        QFETCH(QStringList, arguments);
        const QString key = QStringLiteral("vendo_sk_test_0123456789abcdef0123456789abcdef");
        const QByteArray token = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1In0.";
        const bool decode = arguments.constFirst() == QLatin1String("decode");
        const Run human = run(arguments, token, key);
        QCOMPARE(human.exitCode, 3);
        const QString all = human.out + human.err;
        QVERIFY2(!all.contains(QLatin1String("VendoError")) && !all.contains(QLatin1String("internal_error")),
                 qPrintable(all));
        // decode takes an argument that names no file as the token itself, and says so.
        QVERIFY2(all.contains(decode ? QStringLiteral("No file \"/nonexistent-dir/token.txt\" exists")
                                     : QStringLiteral("Cannot read \"/nonexistent-dir/token.txt\"")),
                 qPrintable(all));

        const Run json = run(arguments + QStringList { QStringLiteral("--json") }, token, key);
        QCOMPARE(json.exitCode, 3);
        if (decode)
            return; // a token judged malformed: the decode document itself
        const QJsonObject error
            = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("class")).toString(), QStringLiteral("LocalError"));
        QVERIFY2(error.value(QLatin1String("message")).toString().contains(QLatin1String("Cannot read")),
                 qPrintable(json.out));
    }

    // "decode token.txt" reads the file; its content may be the token alone or a message that holds it.
    void decodeReadsTheFileItNames()
    {
        const QByteArray token = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1c2VyLWZyb20tZmlsZSJ9.";
        QFile file(m_files.filePath(QStringLiteral("token.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(token + "\n");
        file.close();
        const Run result = run({ QStringLiteral("decode"), file.fileName(), QStringLiteral("--json") });
        QCOMPARE(result.exitCode, 0);
        const QJsonObject payload
            = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QLatin1String("payload")).toObject();
        QCOMPARE(payload.value(QLatin1String("sub")).toString(), QStringLiteral("user-from-file"));
        // A file name is no secret in argv: no warning about it.
        QVERIFY2(!result.err.contains(QLatin1String("visible in the process list")), qPrintable(result.err));
        QVERIFY(!result.err.contains(QLatin1String("taken as the token")));

        // A real token given as the argument is judged without that note.
        const Run literal = run({ QStringLiteral("decode"), QString::fromLatin1(token) });
        QCOMPARE(literal.exitCode, 0);
        QVERIFY(!literal.err.contains(QLatin1String("taken as the token")));
    }

    // The limits are stated as they are: a token is at most 65,536 bytes, and 65,536 bytes pass the reader.
    void tokenLimitIsStatedAsItIs()
    {
        const Run over = run({ QStringLiteral("decode") }, QByteArray(65537, 'A'));
        QCOMPARE(over.exitCode, 3);
        QVERIFY2(over.err.contains(QLatin1String("65536")), qPrintable(over.err));
        QVERIFY2(!over.err.contains(QLatin1String("65537")), qPrintable(over.err));
        const Run at = run({ QStringLiteral("decode"), QStringLiteral("--json") }, QByteArray(65536, 'A'));
        QCOMPARE(at.exitCode, 3); // read whole, then judged malformed (no dots): not "larger than the limit"
        QVERIFY(!at.err.contains(QLatin1String("larger than the limit")));
        QVERIFY(at.out.contains(QLatin1String("\"malformed\"")));
    }

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

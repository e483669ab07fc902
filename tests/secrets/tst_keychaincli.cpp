#include "CanaryScan.h"
#include "CliProcess.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#if defined(Q_OS_LINUX)
#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#endif

// `vendo-inspector-cli key ...` as a real process against the real Secret Service
// (run-with-secret-service.sh gives it a private keyring and a throwaway HOME).
namespace {

const QString kKey = QStringLiteral("vendo_sk_CLIcli123456789012345678____--xy");
const QString kEnvKey = QStringLiteral("vendo_sk_ENVenv123456789012345678____--xy");
const QString kPrefix = QStringLiteral("vendo_sk_CLI…");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments, const QByteArray &input = QByteArray(),
           const QProcessEnvironment &extra = QProcessEnvironment())
{
    // The session's private Secret Service (the test's launcher), without the test's own key.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("VENDO_API_KEY"));
    for (const QString &name : extra.keys())
        environment.insert(name, extra.value(name));
    const vendo::test::CliRun run = vendo::test::runCli(arguments, environment, input);
    return { run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err) };
}

QByteArray secretToolLookup(const QString &entry)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
                  { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("vendo-inspector"),
                    QStringLiteral("user"), entry });
    process.waitForFinished(15'000);
    return process.readAllStandardOutput();
}

// Every file under the directories where an application may write that holds `needle` in any form.
QStringList filesContaining(const QString &needle)
{
    return vendo::test::CanaryScan::filesContaining(needle);
}

} // namespace

#if defined(Q_OS_LINUX)
namespace {

// `key set --profile <profile>` on a pseudo-terminal; `atPrompt` runs once the hidden prompt shows,
// with the terminal's master side. Returns everything the terminal displayed and the wait status.
struct TerminalRun
{
    QByteArray screen;
    int status = -1;
    bool prompted = false;
};
template<typename AtPrompt> TerminalRun runKeySetOnTerminal(const char *profile, AtPrompt atPrompt)
{
    TerminalRun run;
    int master = -1;
    const QByteArray program = qgetenv("VENDO_CLI");
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0)
        return run;
    if (pid == 0) {
        unsetenv("VENDO_API_KEY");
        execl(program.constData(), program.constData(), "key", "set", "--profile", profile, nullptr);
        _exit(127);
    }
    for (;;) {
        pollfd fd { master, POLLIN, 0 };
        if (poll(&fd, 1, 30'000) <= 0)
            break; // no output for 30 s: the caller's assertions fail
        char buffer[4096];
        const ssize_t n = read(master, buffer, sizeof buffer);
        if (n <= 0)
            break; // the CLI exited and closed the terminal
        run.screen.append(buffer, n);
        if (!run.prompted && run.screen.contains("(input hidden): ")) {
            run.prompted = true;
            atPrompt(master);
        }
    }
    if (waitpid(pid, &run.status, 0) != pid)
        run.status = -1;
    close(master);
    return run;
}

} // namespace
#endif

class TestKeychainCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No session bus: run this suite through tests/secrets/run-with-secret-service.sh (ctest does).");
        QVERIFY(QFileInfo(qEnvironmentVariable("VENDO_CLI")).isExecutable());
        // `key` takes known profiles only: the ones these tests use are custom profiles.
        for (const char *profile : { "cli", "interrupted" }) {
            const Run added = runCli({ QStringLiteral("profile"), QStringLiteral("add"), QString::fromLatin1(profile),
                                       QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9"),
                                       QStringLiteral("--credentials-url"), QStringLiteral("http://127.0.0.1:9") });
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        }
    }

    void cleanup()
    {
        runCli({ QStringLiteral("key"), QStringLiteral("delete"), QStringLiteral("--profile"), QStringLiteral("cli") });
    }

    void setFromStdinShowDelete()
    {
        const Run set = runCli(
            { QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("cli") },
            kKey.toUtf8() + '\n');
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(set.out.contains(kPrefix), qPrintable(set.out));
        QVERIFY(!set.out.contains(kKey) && !set.err.contains(kKey));
        QCOMPARE(secretToolLookup(QStringLiteral("cli/api-key")), kKey.toUtf8());

        const Run show = runCli(
            { QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--profile"), QStringLiteral("cli") });
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains(kPrefix));
        QVERIFY(show.out.contains(QStringLiteral("Secret Service")));
        QVERIFY(!show.out.contains(kKey) && !show.err.contains(kKey));

        const Run removed = runCli(
            { QStringLiteral("key"), QStringLiteral("delete"), QStringLiteral("--profile"), QStringLiteral("cli") });
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(removed.out.contains(kPrefix));
        QVERIFY(secretToolLookup(QStringLiteral("cli/api-key")).isEmpty());

        const Run after = runCli(
            { QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--profile"), QStringLiteral("cli") });
        QCOMPARE(after.exitCode, 3);
        QVERIFY(after.err.contains(QStringLiteral("no API key")));
    }

    // --webhook: the same rules for the webhook secret, in its own entry beside the API key.
    void webhookSecretSetShowDelete()
    {
        const QString secret = QStringLiteral("whsec_CLIwebhookSecret0123456789abcdef");
        const QString prefix = QStringLiteral("whsec_…");
        const QStringList webhook { QStringLiteral("--profile"), QStringLiteral("cli"), QStringLiteral("--webhook") };
        QCOMPARE(runCli(QStringList { QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("--profile"),
                                      QStringLiteral("cli") },
                        kKey.toUtf8())
                     .exitCode,
                 0);
        const Run set = runCli(QStringList { QStringLiteral("key"), QStringLiteral("set") } + webhook,
                               "  " + secret.toUtf8() + '\n');
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(set.out.contains(QStringLiteral("webhook secret ") + prefix), qPrintable(set.out));
        QVERIFY(set.err.contains(QStringLiteral("whitespace was removed")));
        QVERIFY(!set.out.contains(secret) && !set.err.contains(secret));
        QCOMPARE(secretToolLookup(QStringLiteral("cli/webhook-secret")), secret.toUtf8());
        QCOMPARE(secretToolLookup(QStringLiteral("cli/api-key")), kKey.toUtf8()); // untouched

        const Run show
            = runCli(QStringList { QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--json") } + webhook);
        QCOMPARE(show.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("secret")).toString(), QStringLiteral("webhook_secret"));
        QCOMPARE(json.value(QStringLiteral("prefix")).toString(), prefix);
        QCOMPARE(json.value(QStringLiteral("keychain")).toObject().value(QStringLiteral("entry")).toString(),
                 QStringLiteral("cli/webhook-secret"));
        QVERIFY(!show.out.contains(secret.mid(6)) && !show.err.contains(secret.mid(6)));

        // VENDO_WEBHOOK_SECRET overrides for the process, shown by prefix too.
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("VENDO_WEBHOOK_SECRET"), QStringLiteral("envSecretValue0123456789"));
        const Run fromEnv
            = runCli(QStringList { QStringLiteral("key"), QStringLiteral("show") } + webhook, {}, environment);
        QCOMPARE(fromEnv.exitCode, 0);
        QVERIFY2(fromEnv.out.contains(QStringLiteral("envSec…")), qPrintable(fromEnv.out));
        QVERIFY(!fromEnv.out.contains(QStringLiteral("envSecretValue")));

        // Malformed: refused, nothing stored, the secret not echoed.
        const Run malformed
            = runCli(QStringList { QStringLiteral("key"), QStringLiteral("set") } + webhook, "two words\n");
        QCOMPARE(malformed.exitCode, 3);
        QVERIFY(!malformed.err.contains(QStringLiteral("two words")));
        QCOMPARE(secretToolLookup(QStringLiteral("cli/webhook-secret")), secret.toUtf8());

        const Run removed = runCli(QStringList { QStringLiteral("key"), QStringLiteral("delete") } + webhook);
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(removed.out.contains(prefix));
        QVERIFY(secretToolLookup(QStringLiteral("cli/webhook-secret")).isEmpty());
        QCOMPARE(secretToolLookup(QStringLiteral("cli/api-key")), kKey.toUtf8());
        const Run after = runCli(QStringList { QStringLiteral("key"), QStringLiteral("show") } + webhook);
        QCOMPARE(after.exitCode, 3);
        QVERIFY(after.err.contains(QStringLiteral("no webhook secret")));
        QVERIFY(after.err.contains(QStringLiteral("key set --webhook --profile cli")));
    }

    void showJson_data()
    {
        QTest::addColumn<QString>("environmentKey");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("keychain") << QString() << QStringLiteral("keychain") << kPrefix;
        QTest::newRow("environment overrides")
            << kEnvKey << QStringLiteral("environment") << QStringLiteral("vendo_sk_ENV…");
    }

    void showJson()
    {
        QFETCH(QString, environmentKey);
        QFETCH(QString, source);
        QFETCH(QString, prefix);
        QCOMPARE(
            runCli({ QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("cli") },
                   kKey.toUtf8())
                .exitCode,
            0);
        QProcessEnvironment env;
        if (!environmentKey.isEmpty())
            env.insert(QStringLiteral("VENDO_API_KEY"), environmentKey);
        const Run show = runCli({ QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--profile"),
                                  QStringLiteral("cli"), QStringLiteral("--json") },
                                QByteArray(), env);
        QCOMPARE(show.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("profile")).toString(), QStringLiteral("cli"));
        QCOMPARE(json.value(QStringLiteral("source")).toString(), source);
        QCOMPARE(json.value(QStringLiteral("prefix")).toString(), prefix);
        const QJsonObject keychain = json.value(QStringLiteral("keychain")).toObject();
        QCOMPARE(keychain.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(keychain.value(QStringLiteral("prefix")).toString(), kPrefix);
        QCOMPARE(keychain.value(QStringLiteral("entry")).toString(), QStringLiteral("cli/api-key"));
        QVERIFY(!show.out.contains(kKey) && !show.out.contains(kEnvKey));
    }

    void malformedEnvironmentKeyIsRefused()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("VENDO_API_KEY"), QStringLiteral("vendo_sk_x"));
        const Run show = runCli(
            { QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--profile"), QStringLiteral("cli") },
            QByteArray(), env);
        QCOMPARE(show.exitCode, 3);
        QVERIFY(show.err.contains(QStringLiteral("VENDO_API_KEY")));
        QVERIFY(show.err.contains(QStringLiteral("too short")));
    }

    void malformedKeyIsNotStored_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("wrong prefix") << QByteArray("sk_live_12345678901234567890123456789012")
                                      << QStringLiteral("starts with");
        QTest::newRow("too short") << QByteArray("vendo_sk_abc\n") << QStringLiteral("too short");
        QTest::newRow("too long") << (kKey.toUtf8() + "z") << QStringLiteral("too long");
        QTest::newRow("bad character") << QByteArray("vendo_sk_CLIcli123456789012345678____--x!")
                                       << QStringLiteral("Character 41");
        QTest::newRow("two lines") << (kKey.toUtf8() + '\n' + kKey.toUtf8() + '\n') << QStringLiteral("not allowed");
        QTest::newRow("binary") << QByteArray("vendo_sk_\xff\xfe\x00\x01", 13) << QStringLiteral("not allowed");
        QTest::newRow("4 KiB and more") << QByteArray(1 << 20, 'a') << QStringLiteral("4096");
    }

    void malformedKeyIsNotStored()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, says);
        const Run set = runCli(
            { QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("cli") },
            input);
        QCOMPARE(set.exitCode, 3);
        QVERIFY2(set.err.contains(says), qPrintable(set.err));
        QVERIFY(!set.err.contains(kKey));
        QVERIFY(secretToolLookup(QStringLiteral("cli/api-key")).isEmpty());
    }

    void keyOnTheCommandLineIsRefusedUnechoed()
    {
        const Run set = runCli({ QStringLiteral("key"), QStringLiteral("set"), kKey });
        QCOMPARE(set.exitCode, 2);
        QVERIFY(!set.out.contains(kKey) && !set.err.contains(kKey));
        QVERIFY(secretToolLookup(QStringLiteral("production/api-key")).isEmpty());
    }

#if defined(Q_OS_LINUX)
    // On a terminal, `key set` prompts and the typed key is not echoed: answer the prompt once it
    // shows, and look at everything the terminal displayed.
    void promptOnATerminalDoesNotEcho()
    {
        bool written = false;
        const TerminalRun run = runKeySetOnTerminal("cli", [&](int master) {
            const QByteArray line = kKey.toUtf8() + '\n';
            written = write(master, line.constData(), size_t(line.size())) == ssize_t(line.size());
        });
        QVERIFY(run.prompted && written);
        QVERIFY2(WIFEXITED(run.status) && WEXITSTATUS(run.status) == 0, run.screen.constData());
        QVERIFY2(!run.screen.contains(kKey.toUtf8()), "the typed key was echoed");
        QVERIFY(run.screen.contains(kPrefix.toUtf8()));
        QCOMPARE(secretToolLookup(QStringLiteral("cli/api-key")), kKey.toUtf8());
    }

    // Ctrl+C at the hidden prompt ends `key set` without leaving the operator's terminal mute.
    void interruptAtThePromptRestoresEcho()
    {
        bool echoOffWhilePrompting = false;
        bool interrupted = false;
        termios after {};
        const TerminalRun run = runKeySetOnTerminal("interrupted", [&](int master) {
            termios whilePrompting {};
            echoOffWhilePrompting = tcgetattr(master, &whilePrompting) == 0 && !(whilePrompting.c_lflag & ECHO);
            const char ctrlC = 0x03; // the line discipline turns it into SIGINT
            interrupted = write(master, &ctrlC, 1) == 1;
            // Read the terminal's state once the CLI has gone: the master stays open until then.
            pollfd fd { master, POLLIN, 0 };
            while (poll(&fd, 1, 30'000) > 0) {
                char buffer[256];
                if (read(master, buffer, sizeof buffer) <= 0)
                    break;
            }
            tcgetattr(master, &after);
        });
        QVERIFY(run.prompted && interrupted);
        QVERIFY2(echoOffWhilePrompting, "echo should be off while the prompt waits");
        QVERIFY2(WIFSIGNALED(run.status) && WTERMSIG(run.status) == SIGINT, run.screen.constData());
        QVERIFY2(after.c_lflag & ECHO, "the interrupted prompt left echo off");
        QVERIFY(secretToolLookup(QStringLiteral("interrupted/api-key")).isEmpty());
    }
#endif

    // The CLI part of issue 6's canary check: after storing a key and showing it, its bytes are in
    // no file under HOME, the XDG directories or TMPDIR (the keyring file itself is encrypted).
    void canaryKeyReachesNoFile()
    {
        const QString canary = QStringLiteral("vendo_sk_CANARYcanary0123456789_-CANARY99");
        // Only a throwaway HOME is scanned: the real one would be slow and not ours to judge.
        QVERIFY2(qEnvironmentVariable("VENDO_THROWAWAY_HOME") == QDir::homePath(),
                 "run this suite through tests/secrets/run-with-secret-service.sh");

        // The scan can fail: a planted copy is found.
        const QString planted = QDir::home().filePath(QStringLiteral(".cache/planted"));
        QVERIFY(QDir().mkpath(QFileInfo(planted).path()));
        {
            QFile file(planted);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("xx") + canary.toUtf8() + "yy");
        }
        QCOMPARE(filesContaining(canary), QStringList { QFileInfo(planted).canonicalFilePath() });
        QVERIFY(QFile::remove(planted));
        QVERIFY(filesContaining(canary).isEmpty());

        QCOMPARE(
            runCli({ QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("cli") },
                   canary.toUtf8())
                .exitCode,
            0);
        QCOMPARE(runCli({ QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--profile"),
                          QStringLiteral("cli") })
                     .exitCode,
                 0);
        QCOMPARE(runCli({ QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--profile"),
                          QStringLiteral("cli"), QStringLiteral("--json") })
                     .exitCode,
                 0);
        QCOMPARE(secretToolLookup(QStringLiteral("cli/api-key")), canary.toUtf8()); // it is stored...
        const QStringList hits = filesContaining(canary); // ...but in no file in clear
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestKeychainCli)
#include "tst_keychaincli.moc"

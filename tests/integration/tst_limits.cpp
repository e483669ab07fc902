// Oversized input everywhere (issue 10, README "Reliability"): every way in — pasted/stdin token,
// token/key/JWKS/header files, header blocks, the audit's lines, service answers, a fetched JWKS — is
// refused at its documented size with a message that names the limit. The 100 MiB cases are endless
// (/dev/zero) or sparse files, so nothing is allocated: a command that finishes at all read a bounded
// amount.
#include "HostileTokens.h"
#include "client/HeaderBlock.h"
#include "client/TokenJob.h"
#include "client/VendoClient.h"
#include "jwt/Clock.h"
#include "jwt/JwksFetcher.h"
#include "jwt/JwtDecoder.h"
#include "jwt/RawJson.h"
#include "sandbox/SandboxServer.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>
#endif

using namespace vendo;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QString output; // stdout + stderr
};

// `stdinFile`: a file (or /dev/zero) to read standard input from; empty: `input` is written.
CliRun runCli(const QStringList &arguments, const QString &stdinFile, const QByteArray &input = {},
              int timeoutMs = 60'000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("VENDO_API_KEY"));
    // Never contacted: every row fails while reading its input.
    environment.insert(QStringLiteral("VENDO_BASE_URL"), QStringLiteral("http://127.0.0.1:9"));
    environment.insert(QStringLiteral("VENDO_CREDENTIALS_URL"), QStringLiteral("http://127.0.0.1:9/credentials"));
    environment.insert(QStringLiteral("VENDO_API_KEY"), QStringLiteral("vendo_sk_limits_00000000000000000000000"));
    process.setProcessEnvironment(environment);
    if (!stdinFile.isEmpty())
        process.setStandardInputFile(stdinFile);
    process.start(QStringLiteral(VENDO_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(10'000))
        return run;
    if (stdinFile.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    // Generous: a command that reads an endless stream only finishes if it stops at its limit.
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return run;
}

#ifdef Q_OS_LINUX
// The same with standard output on a pseudo-terminal, as a person at a terminal sees it (the CLI
// indents JSON and colours only there). The output is drained while the CLI runs: a full terminal
// blocks its writer.
CliRun runCliOnTerminal(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    CliRun run;
    int master = -1;
    int slave = -1;
    char name[128] = {};
    if (openpty(&master, &slave, name, nullptr, nullptr) != 0)
        return run;
    struct termios mode;
    tcgetattr(slave, &mode);
    cfmakeraw(&mode); // no "\n" to "\r\n": the bytes the CLI wrote
    tcsetattr(slave, TCSANOW, &mode);
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
    QByteArray output;
    const auto drain = [&] {
        char buffer[65536];
        ssize_t got = 0;
        while ((got = read(master, buffer, sizeof buffer)) > 0)
            output.append(buffer, qsizetype(got));
    };
    QProcess process;
    process.setStandardOutputFile(QString::fromLocal8Bit(name));
    QSocketNotifier notifier(master, QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, drain);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(VENDO_CLI_PATH), arguments);
    close(slave);
    if (process.waitForStarted(10'000)) {
        process.write(input);
        process.closeWriteChannel();
        if (process.state() != QProcess::NotRunning)
            loop.exec();
    }
    run.finished = process.state() == QProcess::NotRunning;
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    drain();
    close(master);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(output + process.readAllStandardError());
    return run;
}
#endif

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sparse; // 100 MiB of holes
    QString m_oneMiB; // 1 MiB of 'a', no line break
    QString m_token; // a small valid-looking token

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sparse = m_dir.filePath(QStringLiteral("sparse-100MiB"));
        QFile sparse(m_sparse);
        QVERIFY(sparse.open(QIODevice::WriteOnly));
        QVERIFY(sparse.resize(100 * kMiB));
        m_oneMiB = m_dir.filePath(QStringLiteral("one-MiB"));
        QFile big(m_oneMiB);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QCOMPARE(big.write(QByteArray(kMiB, 'a')), kMiB);
        m_token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln");
    }

    void cli_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("stdinFile"); // "zero", "sparse", "mib", or "" (a small token)
        QTest::addColumn<QString>("limit"); // the figure the message must name
        const QStringList sandbox { QStringLiteral("--profile"), QStringLiteral("sandbox") };
        const QString sparse = QStringLiteral("@sparse");

        QTest::newRow("decode, endless stdin")
            << QStringList { QStringLiteral("decode"), QStringLiteral("-") } << "zero"
            << "65536";
        QTest::newRow("decode, 1 MiB stdin") << QStringList { QStringLiteral("decode"), QStringLiteral("-") } << "mib"
                                             << "65536";
        QTest::newRow("explain, endless stdin")
            << QStringList { QStringLiteral("explain"), QStringLiteral("-") } << "zero"
            << "65536";
        QTest::newRow("headers, endless stdin")
            << QStringList { QStringLiteral("headers"), QStringLiteral("-") } << "zero"
            << "16777216";
        QTest::newRow("headers, 100 MiB file") << QStringList { QStringLiteral("headers"), sparse } << ""
                                               << "16777216";
        QTest::newRow("verify, 100 MiB JWKS file")
            << QStringList { QStringLiteral("verify"), QStringLiteral("-"), QStringLiteral("--jwks"), sparse } << ""
            << "1048576";
        QTest::newRow("verify, 100 MiB key file")
            << QStringList { QStringLiteral("verify"), QStringLiteral("-"), QStringLiteral("--key"), sparse } << ""
            << "1048576";
        QTest::newRow("verify, endless secret file")
            << QStringList { QStringLiteral("verify"), QStringLiteral("-"), QStringLiteral("--secret-file"),
                             QStringLiteral("/dev/zero") }
            << ""
            << "1048576";
        QTest::newRow("token, 100 MiB --jwt-file")
            << QStringList { QStringLiteral("token"), QStringLiteral("openai"), QStringLiteral("--jwt-file"), sparse }
                + sandbox
            << ""
            << "1048576";
        QTest::newRow("token, endless --jwt-file -") << QStringList { QStringLiteral("token"), QStringLiteral("openai"),
                                                                      QStringLiteral("--jwt-file"),
                                                                      QStringLiteral("-") }
                + sandbox << "zero"
                                                     << "1048576";
        QTest::newRow("connections, endless --headers-file -")
            << QStringList { QStringLiteral("connections"), QStringLiteral("--headers-file"), QStringLiteral("-") }
                + sandbox
            << "zero"
            << "16777216";
        QTest::newRow("connections, 100 MiB --headers-file")
            << QStringList { QStringLiteral("connections"), QStringLiteral("--headers-file"), sparse } + sandbox << ""
            << "16777216";
        QTest::newRow("audit, a 1 MiB line") << QStringList { QStringLiteral("audit"), QStringLiteral("-") } << "mib"
                                             << "65536";
    }

    void cli()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, stdinFile);
        QFETCH(QString, limit);
        arguments.replaceInStrings(QStringLiteral("@sparse"), m_sparse);
        const QString source = stdinFile == QLatin1String("zero") ? QStringLiteral("/dev/zero")
            : stdinFile == QLatin1String("mib")                   ? m_oneMiB
                                                                  : QString();
        const CliRun run = runCli(arguments, source, m_token.toUtf8());
        QVERIFY2(run.finished, "still reading after 60 s: the input is not bounded");
        QCOMPARE(run.exitCode, 3); // a local precondition (docs/architecture.md exit codes)
        QVERIFY2(run.output.contains(limit), qPrintable(run.output));
    }

    // A log whose first line starts with a NUL byte (a file pre-allocated by a crashed writer) still
    // has every later line audited, from a pipe as from a file.
    void auditReadsPastNulBytes()
    {
        const QByteArray log = QByteArray("\0\0\0 junk\n", 9) + m_token.toUtf8() + '\n';
        const CliRun run = runCli({ QStringLiteral("audit"), QStringLiteral("-"), QStringLiteral("--json") }, {}, log);
        QVERIFY(run.finished);
        QVERIFY2(run.output.contains(QStringLiteral("\"line\":2")), qPrintable(run.output));
    }

    // Issue 16 item 8: a token at the 64 KiB limit whose JSON is built to be expensive to lay out
    // (45,000 '[' ran past 30 s) is decoded and shown by the real CLI process at once: JSON the scanner
    // rejects is printed as received beside the reason, and indented JSON is bounded. The process
    // timeout is only the hang guard (the time of each run is measured in the README, not asserted).
    void hostileJsonIsShownAtOnce_data()
    {
        QTest::addColumn<test::HostileToken>("hostile");
        for (const test::HostileToken &hostile : test::hostileTokens())
            QTest::newRow(qPrintable(hostile.name)) << hostile;
    }

    void hostileJsonIsShownAtOnce()
    {
        QFETCH(test::HostileToken, hostile);
        QVERIFY(hostile.token.size() <= jwt::kMaxTokenInputBytes);
        const CliRun run = runCli({ QStringLiteral("decode"), QStringLiteral("-") }, {}, hostile.token, 30'000);
        QVERIFY2(run.finished, "decode still running after 30 s");
        QCOMPARE(run.exitCode, hostile.structureOk ? 0 : 3);
        if (!hostile.structureOk)
            QVERIFY2(run.output.contains(QStringLiteral("nested too deeply")), qPrintable(run.output.right(2000)));
        // The header is printed in full: verbatim when it is not shown indented.
        if (hostile.part == test::HostileToken::Part::Header)
            QVERIFY(run.output.contains(QString::fromUtf8(hostile.json)));
        const qsizetype bound = hostile.token.size() + jwt::RawJson::kMaxIndentedBytes;
        QVERIFY2(run.output.size() < bound, qPrintable(QString::number(run.output.size())));
    }

#ifdef Q_OS_LINUX
    // At a terminal, decode --json indents its answer: bounded too (QJsonDocument's own indentation
    // made 25 MB of a 64 KiB token's nested arrays).
    void hostileJsonAtATerminal_data()
    {
        hostileJsonIsShownAtOnce_data();
    }

    void hostileJsonAtATerminal()
    {
        QFETCH(test::HostileToken, hostile);
        const CliRun run = runCliOnTerminal({ QStringLiteral("decode"), QStringLiteral("-"), QStringLiteral("--json") },
                                            hostile.token, 30'000);
        QVERIFY2(run.finished, "decode --json still running after 30 s");
        QCOMPARE(run.exitCode, hostile.structureOk ? 0 : 3);
        // Indented, or as compact as on a pipe when indenting would pass the bound: JSON either way.
        QVERIFY2(QJsonDocument::fromJson(run.output.toUtf8()).isObject(), qPrintable(run.output.left(200)));
        QVERIFY2(run.output.size() < hostile.token.size() + jwt::RawJson::kMaxIndentedBytes,
                 qPrintable(QString::number(run.output.size())));
    }
#endif

    void decoderInProcess()
    {
        const jwt::DecodedJwt decoded = jwt::JwtDecoder::decode(QByteArray(kMiB, 'a'));
        QVERIFY(!decoded.problems.isEmpty());
        QCOMPARE(decoded.problems.first().error, jwt::StructureError::InputTooLarge);
        QVERIFY2(decoded.problems.first().message.contains(QStringLiteral("65536")),
                 qPrintable(decoded.problems.first().message));
    }

    void headerBlockInProcess()
    {
        const auto block = client::HeaderBlock::parse(QByteArray(client::HeaderBlock::kMaxInputBytes + 1, 'a'));
        QVERIFY(!block.has_value());
        QCOMPARE(block.error().kind, client::VendoError::Kind::InvalidInput);
        QVERIFY2(block.error().message.contains(QStringLiteral("16 MiB")), qPrintable(block.error().message));
    }

    // The service's answer and the JWKS: the sandbox serves a valid JSON body over 1 MiB.
    void responseBody()
    {
        sandbox::Scenario scenario = sandbox::Scenario::defaults();
        sandbox::Fault oversized;
        oversized.transport = sandbox::FaultTransport::Oversized;
        scenario.faults = { oversized };
        sandbox::SandboxServer server(scenario);
        QVERIFY(server.start());
        QNetworkAccessManager network;
        const client::VendoClient app(&network, client::Profile::sandbox(server.baseUrl(), server.credentialsUrl()),
                                      server.demoApiKey());
        auto *job = app.token(QStringLiteral("openai"));
        QSignalSpy done(job, &client::TokenJob::finished);
        QVERIFY(done.wait(20'000));
        const auto result = done.first().first().value<client::TokenResult>();
        QVERIFY(!result.ok());
        QCOMPARE(result.value.error().kind, client::VendoError::Kind::OversizedBody);
        QVERIFY2(result.value.error().message.contains(QStringLiteral("1048576")),
                 qPrintable(result.value.error().message));
        QCOMPARE(result.meta.attempts, 1);

        jwt::JwksFetcher fetcher(&network, server.jwksUrl(), jwt::SystemClock::instance());
        QSignalSpy resolved(&fetcher, &jwt::JwksFetcher::resolved);
        fetcher.resolve();
        QVERIFY(resolved.count() == 1 || resolved.wait(20'000));
        const auto jwks = resolved.first().first().value<jwt::JwksResult>();
        QCOMPARE(jwks.error, jwt::JwksResult::Error::TooLarge);
        QVERIFY2(jwks.message.contains(QStringLiteral("262144")), qPrintable(jwks.message));
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"

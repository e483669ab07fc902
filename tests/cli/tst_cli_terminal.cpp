// Hostile text never reaches a terminal raw: the real vendo-inspector-cli, given a forged token or a
// sandbox whose answers carry ESC ] 52 (clipboard write), BEL, CSI as the C1 byte U+009B and DEL, prints
// them escaped as \u001b... in every human output, and as JSON escapes in --json output.
#include "CliProcess.h"
#include "TerminalText.h"
#include "jwt/JwkSet.h"
#include "jwt/JwsSigner.h"
#include "jwt/Key.h"
#include "jwt/TerminalSafe.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_LINUX)
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace vendo;

namespace {

// OSC 52 (write "pwned" to the clipboard) ended by BEL, CSI as one C1 character, DEL, the other C0
// characters a value could use to move the cursor (CR, TAB, a newline, backspace), and a right-to-left
// override and isolate that would make the rest of the line read backwards.
const QString kHostile = QStringLiteral("\x1b]52;c;cHduZWQ=\x07") + QChar(0x9b) + QStringLiteral("2J") + QChar(0x7f)
    + QStringLiteral("\r\t\n\b") + QChar(0x202e) + QStringLiteral("gnp.") + QChar(0x2067) + QStringLiteral("!");
const QByteArray kHostileEscaped
    = "\\u001b]52;c;cHduZWQ=\\u0007\\u009b2J\\u007f\\u000d\\u0009\\u000a\\u0008\\u202egnp.\\u2067!";
const QString kAlice = QStringLiteral("a11ce000-0000-4000-8000-000000000001");
constexpr qint64 kNow = 1'767'225'600;

// The offset and value of the first byte a terminal would act on, other than the program's own newlines:
// C0 except '\n', DEL, C1 in UTF-8 (C2 80..C2 9F), and the bidirectional formatting characters in UTF-8
// (ALM D8 9C; LRM, RLM E2 80 8E..8F; embeddings and overrides E2 80 AA..AE; isolates E2 81 A6..A9).
// -1 when the output is clean.
qsizetype firstControl(const QByteArray &output)
{
    const auto at = [&output](qsizetype i) { return i < output.size() ? uchar(output.at(i)) : 0; };
    for (qsizetype i = 0; i < output.size(); ++i) {
        const uchar byte = at(i);
        if ((byte < 0x20 && byte != '\n') || byte == 0x7f)
            return i;
        if (byte == 0xc2 && at(i + 1) >= 0x80 && at(i + 1) <= 0x9f)
            return i;
        if (byte == 0xd8 && at(i + 1) == 0x9c)
            return i;
        if (byte == 0xe2 && at(i + 1) == 0x80
            && ((at(i + 2) >= 0x8e && at(i + 2) <= 0x8f) || (at(i + 2) >= 0xaa && at(i + 2) <= 0xae)))
            return i;
        if (byte == 0xe2 && at(i + 1) == 0x81 && at(i + 2) >= 0xa6 && at(i + 2) <= 0xa9)
            return i;
    }
    return -1;
}

QByteArray describe(const QByteArray &output, qsizetype at)
{
    if (at < 0)
        return {};
    return "control byte 0x" + QByteArray::number(uchar(output.at(at)), 16) + " at " + QByteArray::number(at)
        + " in: " + output.mid(qMax<qsizetype>(0, at - 60), 120).toPercentEncoding(" \n\"{}[]:,.=()/");
}

#define VERIFY_TERMINAL_SAFE(output)                                                                                   \
    do {                                                                                                               \
        const qsizetype at = firstControl(output);                                                                     \
        QVERIFY2(at < 0, describe(output, at).constData());                                                            \
    } while (false)

using Run = vendo::test::CliRun;

} // namespace

class TestCliTerminal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    jwt::Key m_key;
    QByteArray m_token; // signed by m_key, whose kid is hostile too
    QString m_jwks;
    std::unique_ptr<sandbox::SandboxServer> m_server;

    // With an event loop spinning, so that the in-process sandbox answers the child.
    Run run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcessEnvironment env = test::isolatedCliEnvironment(m_dir.path());
        test::setService(env, m_server->baseUrl(), m_server->credentialsUrl(), m_server->demoApiKey());
        return test::runCli(arguments, env, input, std::chrono::seconds(60));
    }

    static QStringList at(QStringList arguments)
    {
        return arguments << QStringLiteral("--now") << QString::number(kNow);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("VENDO_CLI").isEmpty(), "VENDO_CLI is not set");
        QVERIFY(m_dir.isValid());
        m_key = jwt::Key::generate(jwt::Algorithm::ES256, kHostile).value();
        // The header and payload as a forger writes them: C0 characters as JSON escapes (JSON allows no
        // other way), the C1 character and DEL as raw UTF-8 (JSON allows them unescaped).
        const QByteArray hostileJson = QJsonDocument(QJsonArray { kHostile }).toJson(QJsonDocument::Compact).mid(1);
        const QByteArray value = hostileJson.chopped(1); // "...", the quoted string
        QVERIFY(value.contains("\xc2\x9b") && value.contains('\x7f') && value.contains("\\u001b"));
        const QByteArray header = R"({"alg":"ES256","typ":"JWT","kid":)" + value + "}";
        const QByteArray payload = R"({"sub":)" + value + R"(,"iss":)" + value + R"(,"aud":"authenticated",)"
            + R"("iat":1767222000,"exp":1767229200,"name":)" + value + ",\"x\\u001b[2J\\u0007" + "\xc2\x9b"
            + "claim\":" + value + "}";
        m_token = jwt::JwsSigner::sign(m_key, header, payload).value();
        QFile jwks(m_dir.filePath(QStringLiteral("jwks.json")));
        QVERIFY(jwks.open(QIODevice::WriteOnly));
        jwks.write(QJsonDocument(jwt::JwkSet({ m_key }).toPublicJson()).toJson());
        m_jwks = jwks.fileName();

        // A service whose answers carry the same text: a provider's display name, a connection's status,
        // profile and error message, and an error's message and suggested fix.
        sandbox::Scenario scenario = sandbox::Scenario::defaults();
        for (sandbox::Provider &provider : scenario.providers)
            provider.fields.insert(QStringLiteral("display_name"), kHostile);
        for (sandbox::ScenarioConnection &connection : scenario.connections) {
            if (connection.owner == kAlice && connection.slug == QLatin1String("anthropic")) {
                connection.fields.insert(QStringLiteral("status"), kHostile);
                connection.fields.insert(QStringLiteral("error_message"), kHostile);
            }
        }
        sandbox::Fault fault;
        fault.slug = QStringLiteral("openai");
        fault.endpoint = sandbox::FaultEndpoint::Token;
        fault.status = 409;
        fault.code = QStringLiteral("connection_needs_reauth");
        fault.message = kHostile;
        fault.suggestedFix = kHostile;
        scenario.faults.prepend(fault);
        m_server = std::make_unique<sandbox::SandboxServer>(scenario);
        const auto started = m_server->start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    }

    // Every control character a value can hold, C0, DEL and C1, comes out as a \u escape, and nothing else
    // is touched; the program's own line breaks and colours are the only control bytes rendered.
    void escapesEveryControlCharacter()
    {
        for (char16_t c = 0; c < 0x100; ++c) {
            const bool control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
            const QString expected
                = control ? QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0')) : QString(QChar(c));
            QCOMPARE(jwt::terminalSafe(QString(QChar(c))), expected);
        }
        // The bidirectional formatting characters, and their neighbours left alone.
        for (char16_t c :
             { 0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069 }) {
            QVERIFY(jwt::isTerminalUnsafe(c));
            QCOMPARE(jwt::terminalSafe(QString(QChar(c))),
                     QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0')));
        }
        for (char16_t c : { 0x061b, 0x200d, 0x2010, 0x2029, 0x202f, 0x2065, 0x206a, 0x05d0 })
            QCOMPARE(jwt::terminalSafe(QString(QChar(c))), QString(QChar(c)));
        QCOMPARE(jwt::terminalSafe(QStringLiteral("plain ✓ text")), QStringLiteral("plain ✓ text"));

        cli::TerminalText text = cli::TerminalText::styled(kHostile, cli::Colour::Red);
        text += cli::TerminalText::lineBreak();
        text += kHostile;
        text += cli::TerminalText::lines(QStringLiteral("usage\nline two\x1b"));
        const QByteArray plain = text.render(false).toUtf8();
        QCOMPARE(plain, kHostileEscaped + '\n' + kHostileEscaped + "usage\nline two\\u001b");
        const QByteArray coloured = text.render(true).toUtf8();
        QCOMPARE(coloured, "\x1b[31m" + kHostileEscaped + "\x1b[0m\n" + kHostileEscaped + "usage\nline two\\u001b");
    }

    void decodeHuman()
    {
        const Run r = run(at({ QStringLiteral("decode"), QStringLiteral("-") }), m_token);
        QCOMPARE(r.exitCode, 0);
        VERIFY_TERMINAL_SAFE(r.out);
        VERIFY_TERMINAL_SAFE(r.err);
        QVERIFY2(r.out.contains("x\\u001b[2J\\u0007\\u009bclaim"), r.out.constData()); // the claim's name
        QVERIFY(r.out.contains("\\u009b2J\\u007f")); // raw C1 and DEL of the values, escaped
    }

    void verifyHuman()
    {
        // The forged issuer does not match the expected one: verify says so (exit 3), escaped like the rest.
        const Run r = run(at({ QStringLiteral("verify"), QStringLiteral("-"), QStringLiteral("--jwks"), m_jwks,
                               QStringLiteral("--expect-iss"), QStringLiteral("https://vendo.example/auth/v1") }),
                          m_token);
        QCOMPARE(r.exitCode, 3);
        VERIFY_TERMINAL_SAFE(r.out);
        VERIFY_TERMINAL_SAFE(r.err);
        QVERIFY2(r.out.contains(QByteArray("valid (key \"" + kHostileEscaped + "\")")), r.out.constData()); // the kid
    }

    void auditHuman()
    {
        const QByteArray log
            = "GET /api/run 200 token=" + m_token + "\nplain " + kHostile.toUtf8() + "\n" + m_token + "\n";
        const Run r = run(at({ QStringLiteral("audit"), QStringLiteral("-"), QStringLiteral("--jwks"), m_jwks }), log);
        // kHostile's own newline splits the plain line; its tail, "\b!", is judged (and refused) as a token.
        QCOMPARE(r.exitCode, 3);
        VERIFY_TERMINAL_SAFE(r.out);
        VERIFY_TERMINAL_SAFE(r.err);
        QVERIFY2(r.out.contains(QByteArray("sub=" + kHostileEscaped)), r.out.constData()); // each line's subject
        QVERIFY(r.out.contains(QByteArray("2 " + kHostileEscaped))); // the summary's issuer and key id tables
    }

    // JSON output escapes the same characters the JSON way, and carries the values intact.
    void jsonOutputs()
    {
        const Run decoded
            = run(at({ QStringLiteral("decode"), QStringLiteral("-"), QStringLiteral("--json") }), m_token);
        QCOMPARE(decoded.exitCode, 0);
        VERIFY_TERMINAL_SAFE(decoded.out);
        const QJsonObject object = QJsonDocument::fromJson(decoded.out).object();
        QCOMPARE(object.value(QLatin1String("payload")).toObject().value(QLatin1String("sub")).toString(), kHostile);
        QCOMPARE(object.value(QLatin1String("header")).toObject().value(QLatin1String("kid")).toString(), kHostile);

        const Run audited
            = run(at({ QStringLiteral("audit"), QStringLiteral("-"), QStringLiteral("--json") }), m_token + '\n');
        QCOMPARE(audited.exitCode, 0);
        VERIFY_TERMINAL_SAFE(audited.out);
        const QList<QByteArray> lines = audited.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // the header (docs/audit-format.md), one record, the summary
        const QJsonObject record = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(record.value(QLatin1String("iss")).toString(), kHostile);
        QCOMPARE(record.value(QLatin1String("sub")).toString(), kHostile);
        QCOMPARE(record.value(QLatin1String("kid")).toString(), kHostile);

        const Run connections = run({ QStringLiteral("connections"), QStringLiteral("--jwt-file"), QStringLiteral("-"),
                                      QStringLiteral("--json") },
                                    m_server->mintToken(kAlice).value().toLatin1());
        QCOMPARE(connections.exitCode, 0);
        VERIFY_TERMINAL_SAFE(connections.out);
        const QJsonArray list
            = QJsonDocument::fromJson(connections.out).object().value(QLatin1String("connections")).toArray();
        QVERIFY(!list.isEmpty());
        QCOMPARE(list.at(0).toObject().value(QLatin1String("display_name")).toString(), kHostile);
    }

    void connectionsHuman()
    {
        const Run r = run({ QStringLiteral("connections"), QStringLiteral("--jwt-file"), QStringLiteral("-") },
                          m_server->mintToken(kAlice).value().toLatin1());
        QCOMPARE(r.exitCode, 0);
        VERIFY_TERMINAL_SAFE(r.out);
        VERIFY_TERMINAL_SAFE(r.err);
        QVERIFY2(r.out.count(kHostileEscaped) >= 3, r.out.constData()); // names, a status, an error message
    }

    void tokenHuman()
    {
        const Run r = run({ QStringLiteral("token"), QStringLiteral("openai"), QStringLiteral("--jwt-file"),
                            QStringLiteral("-"), QStringLiteral("--attempts"), QStringLiteral("1") },
                          m_server->mintToken(kAlice).value().toLatin1());
        QCOMPARE(r.exitCode, 1);
        VERIFY_TERMINAL_SAFE(r.out);
        VERIFY_TERMINAL_SAFE(r.err);
        QVERIFY2(r.out.contains(QByteArray("Service suggests: " + kHostileEscaped)), r.out.constData());
    }

#if defined(Q_OS_LINUX)
    // On a terminal the output is coloured: the colours' SGR codes are then the only escape sequences,
    // and the terminal's own CR LF the only other control bytes.
    void onATerminal_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("decode") << QStringLiteral("decode") << QByteArray("x\\u001b[2J\\u0007\\u009bclaim");
        QTest::newRow("audit") << QStringLiteral("audit") << QByteArray("sub=" + kHostileEscaped);
    }

    void onATerminal()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, escaped);
        const QString tokenFile = m_dir.filePath(QStringLiteral("token.txt"));
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_token + '\n');
        file.close();
        const QByteArray program = qgetenv("VENDO_CLI");
        const QByteArray commandName = command.toLatin1();
        const QByteArray input = command == QLatin1String("decode") ? m_token : tokenFile.toLocal8Bit();
        int master = -1;
        const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
        QVERIFY(pid >= 0);
        if (pid == 0) {
            execl(program.constData(), program.constData(), commandName.constData(), input.constData(), "--now",
                  "1767225600", nullptr);
            _exit(127);
        }
        QByteArray screen;
        for (;;) {
            pollfd fd { master, POLLIN, 0 };
            if (poll(&fd, 1, 30'000) <= 0)
                break;
            char buffer[4096];
            const ssize_t n = read(master, buffer, sizeof buffer);
            if (n <= 0)
                break; // the CLI exited and closed the terminal
            screen.append(buffer, n);
        }
        int status = -1;
        QCOMPARE(waitpid(pid, &status, 0), pid);
        close(master);
        QVERIFY2(WIFEXITED(status), screen.constData());
        QVERIFY2(screen.contains("\x1b[1m"), "no colour on a terminal");
        QByteArray rest = screen;
        rest.replace("\r\n", "\n");
        rest = QString::fromUtf8(rest).remove(QRegularExpression(QStringLiteral("\x1b\\[[0-9;]*m"))).toUtf8();
        VERIFY_TERMINAL_SAFE(rest);
        QVERIFY2(rest.contains(escaped), rest.constData());
    }
#endif

    // A hostile argument is a value too: an unknown command's name and a slug are echoed escaped.
    void argumentsEchoedEscaped()
    {
        const Run unknown = run({ kHostile });
        QCOMPARE(unknown.exitCode, 2);
        VERIFY_TERMINAL_SAFE(unknown.err);
        QVERIFY(unknown.err.contains(kHostileEscaped));
    }
};

QTEST_GUILESS_MAIN(TestCliTerminal)
#include "tst_cli_terminal.moc"

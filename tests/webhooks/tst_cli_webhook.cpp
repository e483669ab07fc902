// `vendo-inspector-cli webhook verify` as a real process: every sample delivery the sandbox hands out
// gets the SDK's verdict and exit code, the reason and the likely cause; the secret comes from
// --secret-file or VENDO_WEBHOOK_SECRET and never reaches the output; --now and --max-age move the
// timestamp check; a hostile event type reaches the terminal escaped.
#include "CliProcess.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using vendo::sandbox::SandboxServer;

namespace {

using Run = vendo::test::CliRun;

} // namespace

class TestCliWebhook : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    SandboxHttp m_http;
    QTemporaryDir m_home;

    Run verify(const QStringList &arguments, const QByteArray &input, const QString &secret)
    {
        QProcessEnvironment env = vendo::test::isolatedCliEnvironment(m_home.path());
        if (!secret.isNull())
            env.insert(QStringLiteral("VENDO_WEBHOOK_SECRET"), secret);
        const Run run = vendo::test::runCli(
            QStringList { QStringLiteral("webhook"), QStringLiteral("verify") } + arguments, env, input);
        if (QByteArray(run.out + run.err).contains(m_server.webhookSecret().toUtf8()))
            qFatal("the webhook secret reached the CLI's output");
        return run;
    }

    QByteArray sample(const QString &name)
    {
        return m_http.get(endpoint(m_server, QStringLiteral("/sandbox/webhooks/samples/") + name)).body;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("VENDO_CLI").isEmpty(), "VENDO_CLI is not set");
        {
            const auto started = m_server.start();
            QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        }
    }

    void eachSample_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("likelyCause");
        QTest::newRow("valid") << "valid" << 0 << QString() << QString();
        QTest::newRow("tampered body") << "tampered_body" << 3 << "signature_mismatch" << QString();
        QTest::newRow("stale timestamp") << "stale_timestamp" << 3 << "timestamp_drift" << QString();
        QTest::newRow("wrong secret") << "wrong_secret" << 3 << "signature_mismatch" << QString();
        QTest::newRow("trailing newline") << "trailing_newline" << 3 << "signature_mismatch"
                                          << "trailing_newline_added";
    }
    void eachSample()
    {
        QFETCH(QString, name);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        QFETCH(QString, likelyCause);
        const QByteArray capture = sample(name);
        QVERIFY(capture.contains("Vendo-Signature: "));

        const Run json = verify({ QStringLiteral("-"), QStringLiteral("--json") }, capture, m_server.webhookSecret());
        QCOMPARE(json.exitCode, exitCode);
        const QJsonObject verdict = json.json();
        QCOMPARE(verdict.value(QStringLiteral("valid")).toBool(), exitCode == 0);
        QCOMPARE(verdict.value(QStringLiteral("reason")).toString(), reason);
        QCOMPARE(verdict.value(QStringLiteral("secret_source")).toString(), QStringLiteral("environment"));
        QCOMPARE(verdict.value(QStringLiteral("input")).toString(), QStringLiteral("header_block"));
        const QJsonArray causes = verdict.value(QStringLiteral("likely_causes")).toArray();
        QCOMPARE(causes.isEmpty() ? QString() : causes.first().toObject().value(QStringLiteral("code")).toString(),
                 likelyCause);
        if (exitCode == 0)
            QCOMPARE(verdict.value(QStringLiteral("event")).toObject().value(QStringLiteral("type")).toString(),
                     QStringLiteral("connection.status_changed"));

        // The same from a file, in words: verdict, reason and likely cause.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("capture.txt"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(capture);
        out.close();
        const Run human = verify({ file }, {}, m_server.webhookSecret());
        QCOMPARE(human.exitCode, exitCode);
        QVERIFY2(human.out.startsWith(exitCode == 0 ? QByteArray("ACCEPTED")
                                                    : QByteArray("REFUSED  ValidationError (" + reason.toUtf8() + ")")),
                 human.out.constData());
        if (!likelyCause.isEmpty())
            QVERIFY2(human.out.contains("Likely cause: a trailing newline was added"), human.out.constData());
        if (name == QLatin1String("stale_timestamp"))
            QVERIFY2(human.out.contains("Clock drift: 90"), human.out.constData());
    }

    void secretSources()
    {
        const QByteArray valid = sample(QStringLiteral("valid"));
        QTemporaryDir dir;
        const auto secretFile = [&](const QByteArray &content) {
            const QString path = dir.filePath(QStringLiteral("secret"));
            QFile file(path);
            file.open(QIODevice::WriteOnly | QIODevice::Truncate);
            file.write(content);
            return path;
        };
        // A file's final line break is not part of the secret; the file wins over the environment.
        const Run fromFile = verify({ QStringLiteral("--secret-file"),
                                      secretFile(m_server.webhookSecret().toUtf8() + '\n'), QStringLiteral("--json") },
                                    valid, QStringLiteral("not-the-secret"));
        QCOMPARE(fromFile.exitCode, 0);
        QCOMPARE(fromFile.json().value(QStringLiteral("secret_source")).toString(), QStringLiteral("file"));
        // Other whitespace is: the likely cause names it.
        const Run padded
            = verify({ QStringLiteral("--secret-file"), secretFile("  " + m_server.webhookSecret().toUtf8() + "  "),
                       QStringLiteral("--json") },
                     valid, QString());
        QCOMPARE(padded.exitCode, 3);
        QCOMPARE(padded.json()
                     .value(QStringLiteral("likely_causes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("secret_needs_trimming"));
        // No secret anywhere (no keychain reachable here): the tool says so, exit 3.
        const Run none = verify({ QStringLiteral("--json") }, valid, QString());
        QCOMPARE(none.exitCode, 3);
        QVERIFY(!none.json().value(QStringLiteral("valid")).toBool());
        const Run missingFile
            = verify({ QStringLiteral("--secret-file"), dir.filePath(QStringLiteral("absent")) }, valid, QString());
        QCOMPARE(missingFile.exitCode, 3);
    }

    void timestampOptions()
    {
        const QByteArray stale = sample(QStringLiteral("stale_timestamp"));
        const QByteArray timestamp = stale.mid(stale.indexOf("Vendo-Timestamp: ") + 17).split('\r').value(0);
        QCOMPARE(verify({ QStringLiteral("--now"), QString::fromLatin1(timestamp) }, stale, m_server.webhookSecret())
                     .exitCode,
                 0);
        QCOMPARE(
            verify({ QStringLiteral("--max-age"), QStringLiteral("1000") }, stale, m_server.webhookSecret()).exitCode,
            0);
        QCOMPARE(
            verify({ QStringLiteral("--max-age"), QStringLiteral("899") }, stale, m_server.webhookSecret()).exitCode,
            3);
        QCOMPARE(
            verify({ QStringLiteral("--max-age"), QStringLiteral("-1") }, stale, m_server.webhookSecret()).exitCode, 2);
        QCOMPARE(verify({ QStringLiteral("--now"), QStringLiteral("soon") }, stale, m_server.webhookSecret()).exitCode,
                 2);
    }

    void badInput()
    {
        const Run notADelivery = verify({}, "hello", m_server.webhookSecret());
        QCOMPARE(notADelivery.exitCode, 3);
        QVERIFY(!notADelivery.err.isEmpty());
        const Run usage = verify({ QStringLiteral("a"), QStringLiteral("b") }, {}, m_server.webhookSecret());
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(!usage.err.contains("a b"));
        const Run oversized = verify({}, QByteArray(9 * 1024 * 1024, 'x'), m_server.webhookSecret());
        QCOMPARE(oversized.exitCode, 3);
    }

    // A signed delivery whose event type carries terminal controls: accepted, and printed escaped.
    void hostileEventIsEscaped()
    {
        const QByteArray body = "{\"id\":\"wh_1\",\"type\":\"evil\\u001b]52;c;ZXZpbA==\\u0007\",\"occurred_at\":\"2026-"
                                "01-01T00:00:00Z\",\"data\":{}}";
        const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        const QByteArray signature
            = QMessageAuthenticationCode::hash(timestamp + '.' + body, m_server.webhookSecret().toUtf8(),
                                               QCryptographicHash::Sha256)
                  .toHex();
        const QByteArray capture = "Vendo-Signature: " + signature + "\nVendo-Timestamp: " + timestamp + "\n\n" + body;
        const Run human = verify({}, capture, m_server.webhookSecret());
        QCOMPARE(human.exitCode, 0);
        QVERIFY(!human.out.contains('\x1b') && !human.out.contains('\x07'));
        QVERIFY2(human.out.contains("evil\\u001b]52"), human.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliWebhook)
#include "tst_cli_webhook.moc"

// The secret-leak audit (issue 10): a scripted end-to-end run of the CLI as real processes against a
// sandbox whose API key, user JWT and provider tokens are recognisable canaries — store the key in the
// real Secret Service, decode the token, read the connections, probe every provider, ask who-am-I as
// the app and as the user, predict forRequest from a header block — then search every file under HOME,
// TMPDIR and the XDG directories (fresh ones, from run-with-secret-service.sh), the captured stdout and
// stderr, and each child's argv (/proc/PID/cmdline while it runs) for every form of every canary.
// As in production, the sandbox's connect / set-up links carry the key itself and Alice's connections
// list is larger than 16 KiB with credentials throughout: those credentials are canaries too. Every
// captured output is also plain text: no control character from a hostile token reaches a terminal.
#include "CanaryScan.h"
#include "SeededCredentials.h"
#include "client/TokenJob.h"
#include "client/VendoClient.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace vendo;
using vendo::test::CanaryScan;

namespace {

const QString kAlice = QStringLiteral("a11ce000-0000-4000-8000-000000000001");
// docs/service-contract.md's shape (vendo_sk_ + 32 of [A-Za-z0-9_-]) and unmistakable in any dump.
const QString kCanaryKey = QStringLiteral("vendo_sk_CANARYk3yLeakAudit_0123456789-Zq");
// The webhook secret (issue 18): stored with `key set --webhook`, used by `webhook verify`.
const QString kCanaryWebhookSecret = QStringLiteral("whsec_CANARYw3bh00kLeakAudit_9876543210Qx");

struct Run
{
    QString what;
    QStringList arguments;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray cmdline; // /proc/PID/cmdline as seen while the child ran
};

} // namespace

class TestLeakAudit : public QObject
{
    Q_OBJECT

    sandbox::SandboxServer *m_server = nullptr;
    QString m_jwt;
    QStringList m_providerTokens;
    QStringList m_slugs; // Alice's connected providers
    QStringList m_okSlugs; // those that have a token
    QStringList m_credentials; // api_key and metadata.credential.* of Alice's connections
    QString m_hostileJwt; // Alice's, with terminal control sequences in its claims
    qsizetype m_connectionsBytes = 0;
    QByteArray m_validDelivery; // the sandbox's sample captures, signed with the canary webhook secret
    QByteArray m_newlineDelivery;
    QList<Run> m_runs;

    QStringList canaries() const
    {
        // The JWT's signature is what makes it a credential; header and payload are shown on purpose.
        QStringList list { kCanaryKey, kCanaryWebhookSecret, m_jwt.section(QLatin1Char('.'), 2),
                           m_hostileJwt.section(QLatin1Char('.'), 2) };
        list += m_providerTokens;
        list += m_credentials;
        return list;
    }

    Run cli(const QString &what, const QStringList &arguments, const QByteArray &input = {})
    {
        Run run;
        run.what = what;
        run.arguments = arguments;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("VENDO_API_KEY")); // the key must come from the keychain
        environment.insert(QStringLiteral("VENDO_BASE_URL"), m_server->baseUrl().toString());
        environment.insert(QStringLiteral("VENDO_CREDENTIALS_URL"), m_server->credentialsUrl().toString());
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(VENDO_CLI_PATH), arguments);
        if (!process.waitForStarted(10'000))
            return run;
        // Read while it runs (the sandbox answers from this thread's event loop, so it cannot finish
        // before we get here).
        // QProcess reports the start when exec closes its pipe, a moment before the kernel has set up
        // the new argv: until then cmdline reads empty.
        QElapsedTimer clock;
        clock.start();
        while (run.cmdline.isEmpty() && process.state() == QProcess::Running && clock.elapsed() < 5'000) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(process.processId()));
            if (cmdline.open(QIODevice::ReadOnly))
                run.cmdline = cmdline.readAll();
            if (run.cmdline.isEmpty())
                QThread::yieldCurrentThread();
        }
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(30'000)) {
            process.kill();
            process.waitForFinished();
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        m_runs.append(run);
        return run;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("VENDO_THROWAWAY_HOME"),
                 "run me through tests/secrets/run-with-secret-service.sh: I write to HOME");
        sandbox::Scenario scenario = sandbox::Scenario::defaults();
        scenario.apiKeys.first().key = kCanaryKey;
        scenario.faults.clear();
        scenario.webhookSecret = kCanaryWebhookSecret;
        m_server = new sandbox::SandboxServer(scenario, this);
        const auto started = m_server->start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        QCOMPARE(m_server->demoApiKey(), kCanaryKey);
        m_jwt = m_server->mintToken(kAlice).value();
        QVERIFY(!m_jwt.isEmpty());

        // Alice's connected providers, and the token the sandbox issues for each (fetched here, in the
        // test process, so that the audit knows every provider-token canary exactly).
        for (const sandbox::ScenarioConnection &connection : scenario.connections) {
            if (connection.owner == kAlice && connection.status() == QLatin1String("connected") && !connection.revoked)
                m_slugs.append(connection.slug);
        }
        QVERIFY(m_slugs.size() >= 3);
        QNetworkAccessManager network;
        const client::VendoClient user
            = client::VendoClient(&network, client::Profile::sandbox(m_server->baseUrl(), m_server->credentialsUrl()),
                                  kCanaryKey)
                  .forUser(m_jwt)
                  .value();
        for (const QString &slug : m_slugs) {
            auto *job = user.token(slug);
            QSignalSpy done(job, &client::TokenJob::finished);
            QVERIFY(done.wait(10'000));
            const auto result = done.first().first().value<client::TokenResult>();
            if (!result.ok())
                continue; // e.g. a webhook connection has no token to leak
            m_okSlugs.append(slug);
            QVERIFY(result.value->accessToken.size() >= 16);
            m_providerTokens.append(result.value->accessToken);
        }
        QVERIFY(m_providerTokens.size() >= 3);

        for (auto [name, target] :
             { std::pair { "valid", &m_validDelivery }, std::pair { "trailing_newline", &m_newlineDelivery } }) {
            QNetworkReply *reply = network.get(QNetworkRequest(QUrl(
                m_server->baseUrl().toString() + QStringLiteral("/sandbox/webhooks/samples/") + QLatin1String(name))));
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(10'000));
            *target = reply->readAll();
            reply->deleteLater();
            QVERIFY(target->contains("Vendo-Signature: "));
        }

        // One live event in the replay buffer for `events --since 0` to print.
        sandbox::ConnectionChange note;
        note.errorMessage = QJsonValue(QStringLiteral("audited"));
        QVERIFY(m_server->changeConnection(kAlice, m_slugs.first(), note));

        m_credentials = seededCredentials(scenario, kAlice);
        QVERIFY(m_credentials.size() >= 10);
        // The list the CLI is about to print is larger than anything once kept of a body.
        const QByteArray list = servedConnections(network, m_server->baseUrl(), kCanaryKey, m_jwt);
        m_connectionsBytes = list.size();
        QVERIFY2(m_connectionsBytes > 16 * 1024, qPrintable(QString::number(m_connectionsBytes)));
        QVERIFY(list.contains(QByteArray("app_key=" + kCanaryKey.toUtf8()))); // the key inside the links, as served

        // ESC and BEL in claims: an OSC 52 clipboard write and colour, were they printed raw.
        sandbox::MintOptions hostile;
        hostile.extraClaims
            = { { QStringLiteral("name"), QStringLiteral("Alice \x1b]52;c;ZXZpbA==\x07\x1b[2J\x1b[31mred") },
                { QStringLiteral("note"), QStringLiteral("bell\x07 and \x1b[0m reset") } };
        m_hostileJwt = m_server->mintToken(kAlice, hostile).value();
        QVERIFY(!m_hostileJwt.isEmpty());
        // The minter escapes them as JSON does; a hostile issuer writes the raw bytes (decoding is tolerant).
        QByteArray payload = QByteArray::fromBase64(m_hostileJwt.section(QLatin1Char('.'), 1, 1).toLatin1(),
                                                    QByteArray::Base64UrlEncoding);
        payload.replace("\\u001b", "\x1b").replace("\\u0007", "\x07");
        QVERIFY(payload.contains('\x1b'));
        m_hostileJwt = m_hostileJwt.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.')
            + QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            + QLatin1Char('.') + m_hostileJwt.section(QLatin1Char('.'), 2);
    }

    // The scanner finds what it looks for: a canary planted base64url-encoded at an odd offset, and
    // percent-encoded, is reported; removed, it is not.
    void scannerFindsPlantedCanaries()
    {
        const QString planted = QDir::homePath() + QStringLiteral("/planted.txt");
        for (const QString &canary : canaries()) {
            const QByteArray shifted = QByteArray("x") + canary.toUtf8();
            const QList<QByteArray> plantedForms { shifted.toBase64(QByteArray::Base64UrlEncoding),
                                                   QUrl::toPercentEncoding(canary, {}, "-._~"), canary.toUtf8() };
            for (const QByteArray &form : plantedForms) {
                QFile file(planted);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write("prefix " + form + " suffix");
                file.close();
                QCOMPARE(CanaryScan::filesContaining(canary), QStringList { QFileInfo(planted).canonicalFilePath() });
            }
            QVERIFY(QFile::remove(planted));
            QVERIFY(CanaryScan::filesContaining(canary).isEmpty());
        }
    }

    void scriptedRun()
    {
        struct Step
        {
            Step(QString w, QStringList a, QByteArray i = {}, int e = 0)
                : what(std::move(w))
                , arguments(std::move(a))
                , input(std::move(i))
                , exitCode(e)
            { }
            QString what;
            QStringList arguments;
            QByteArray input;
            int exitCode = 0;
        };
        const QStringList sandboxProfile { QStringLiteral("--profile"), QStringLiteral("sandbox") };
        const QByteArray jwt = m_jwt.toUtf8();
        const QStringList asUser = sandboxProfile + QStringList { QStringLiteral("--jwt-file"), QStringLiteral("-") };
        const QByteArray headerBlock = "GET /api/v1/balance HTTP/1.1\nHost: vendo.run\nAuthorization: Bearer "
            + kCanaryKey.toUtf8() + "\nX-Vendo-User-JWT: " + jwt + "\n";

        QList<Step> steps {
            { QStringLiteral("key set"), QStringList { QStringLiteral("key"), QStringLiteral("set") } + sandboxProfile,
              kCanaryKey.toUtf8() },
            { QStringLiteral("key show"),
              QStringList { QStringLiteral("key"), QStringLiteral("show") } + sandboxProfile,
              {} },
            { QStringLiteral("key set --webhook"),
              QStringList { QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("--webhook") }
                  + sandboxProfile,
              kCanaryWebhookSecret.toUtf8() },
            { QStringLiteral("key show --webhook"),
              QStringList { QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--webhook") }
                  + sandboxProfile,
              {} },
        };
        for (const QStringList &json : { QStringList {}, QStringList { QStringLiteral("--json") } }) {
            steps.append({ QStringLiteral("decode"),
                           QStringList { QStringLiteral("decode"), QStringLiteral("-") } + json, jwt });
            steps.append(
                { QStringLiteral("whoami"), QStringList { QStringLiteral("whoami") } + sandboxProfile + json, {} });
            steps.append({ QStringLiteral("whoami --as-user"),
                           QStringList { QStringLiteral("whoami"), QStringLiteral("--as-user") } + asUser + json,
                           jwt });
            steps.append(
                { QStringLiteral("connections"), QStringList { QStringLiteral("connections") } + asUser + json, jwt });
            // Every provider at once (bulk; a webhook connection has no token: exit 1), then each alone.
            steps.append({ QStringLiteral("token (all)"),
                           QStringList { QStringLiteral("token") } + m_slugs + asUser + json, jwt,
                           m_slugs.size() == m_okSlugs.size() ? 0 : 1 });
            for (const QString &slug : std::as_const(m_okSlugs))
                steps.append({ QStringLiteral("token ") + slug,
                               QStringList { QStringLiteral("token"), slug } + asUser + json, jwt });
            steps.append({ QStringLiteral("headers"),
                           QStringList { QStringLiteral("headers"), QStringLiteral("-") } + json, headerBlock });
            // Links that carry the key: a connection that needs re-authorisation, one only available.
            for (const QString &slug : { QStringLiteral("notion"), QStringLiteral("supabase") })
                steps.append({ QStringLiteral("token ") + slug + QStringLiteral(" (connect link)"),
                               QStringList { QStringLiteral("token"), slug } + asUser + json, jwt, 1 });
            // The webhook secret from the keychain: a delivery it accepts, and one it refuses with a likely cause.
            steps.append({ QStringLiteral("webhook verify"),
                           QStringList { QStringLiteral("webhook"), QStringLiteral("verify"), QStringLiteral("-") }
                               + sandboxProfile + json,
                           m_validDelivery });
            steps.append({ QStringLiteral("webhook verify (trailing newline)"),
                           QStringList { QStringLiteral("webhook"), QStringLiteral("verify"), QStringLiteral("-") }
                               + sandboxProfile + json,
                           m_newlineDelivery, 3 });
            steps.append({ QStringLiteral("events --since 0"),
                           QStringList { QStringLiteral("events"), QStringLiteral("--since"), QStringLiteral("0") }
                               + sandboxProfile + json,
                           {} });
            // Raw control bytes make the payload invalid JSON: a malformed token (exit 3), still shown.
            steps.append({ QStringLiteral("decode hostile"),
                           QStringList { QStringLiteral("decode"), QStringLiteral("-") } + json, m_hostileJwt.toUtf8(),
                           3 });
        }
        for (const Step &step : std::as_const(steps)) {
            const Run run = cli(step.what, step.arguments, step.input);
            QVERIFY2(
                run.exitCode == step.exitCode,
                qPrintable(step.what + QStringLiteral(": exit %1: ").arg(run.exitCode) + QString::fromUtf8(run.err)));
        }
        // The sandbox saw the key and the token on the wire (the run did what it claims)...
        bool keySent = false;
        bool jwtSent = false;
        for (const sandbox::RecordedRequest &request : m_server->requestLog()) {
            keySent |= request.header("Authorization") == "Bearer " + kCanaryKey.toUtf8();
            jwtSent |= request.header("X-Vendo-User-JWT") == m_jwt.toUtf8();
        }
        QVERIFY(keySent);
        QVERIFY(jwtSent);
    }

    // ...and nowhere else.
    void noCanaryOutsideTheKeychain()
    {
        QVERIFY(!m_runs.isEmpty());
        int hits = 0;
        for (const QString &canary : canaries()) {
            for (const Run &run : std::as_const(m_runs)) {
                QVERIFY2(!run.cmdline.isEmpty(), qPrintable(run.what + QStringLiteral(": argv not captured")));
                for (const auto &[where, bytes] : { std::pair { "argv", run.cmdline }, std::pair { "stdout", run.out },
                                                    std::pair { "stderr", run.err } }) {
                    if (CanaryScan::contains(bytes, canary)) {
                        ++hits;
                        qWarning("%s: a canary (%s...) in %s", qPrintable(run.what), qPrintable(canary.left(12)),
                                 where);
                    }
                }
            }
            const QStringList files = CanaryScan::filesContaining(canary);
            for (const QString &file : files)
                qWarning("a canary (%s...) in %s", qPrintable(canary.left(12)), qPrintable(file));
            hits += int(files.size());
        }
        qInfo("leak audit: %d CLI runs, %d canaries × %d forms, connections body %lld bytes, %d hits",
              int(m_runs.size()), int(canaries().size()), int(CanaryScan::forms(kCanaryKey).size()),
              qint64(m_connectionsBytes), hits);
        QCOMPARE(hits, 0);
    }

    // What a run prints is plain text: no C0 control character but tab and line breaks, no DEL, no C1.
    void terminalOutputHasNoControlCharacters_data()
    {
        QTest::addColumn<int>("run");
        for (int i = 0; i < m_runs.size(); ++i) {
            const bool json = m_runs.at(i).arguments.contains(QLatin1String("--json"));
            QTest::addRow("%d %s%s", i, qPrintable(m_runs.at(i).what), json ? " --json" : "") << i;
        }
    }
    void terminalOutputHasNoControlCharacters()
    {
        QFETCH(int, run);
        QVERIFY(run < m_runs.size());
        const Run &r = m_runs.at(run);
        const auto controls = [](const QByteArray &bytes) {
            QStringList found;
            for (const char32_t c : QString::fromUtf8(bytes).toUcs4()) {
                if ((c < 0x20 && c != U'\t' && c != U'\n' && c != U'\r') || c == 0x7f || (c >= 0x80 && c <= 0x9f))
                    found.append(QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')));
            }
            found.removeDuplicates();
            return found;
        };
        QVERIFY2(controls(r.out).isEmpty(),
                 qPrintable(r.what + QStringLiteral(" stdout: ") + controls(r.out).join(u' ')));
        QVERIFY2(controls(r.err).isEmpty(),
                 qPrintable(r.what + QStringLiteral(" stderr: ") + controls(r.err).join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestLeakAudit)
#include "tst_leak_audit.moc"

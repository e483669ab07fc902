// The CLI's client commands as scripts use them: the real vendo-inspector-cli in a child process,
// against an in-process SandboxServer whose URLs and demo key reach it through the environment.
#include "CliProcess.h"
#include "sandbox/MintOptions.h"
#include "sandbox/SandboxServer.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using vendo::sandbox::SandboxServer;

namespace {

const QString kAlice = QStringLiteral("a11ce000-0000-4000-8000-000000000001");

using Run = vendo::test::CliRun;

} // namespace

class TestCliClient : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    QTemporaryDir m_home;
    QString m_jwt;
    QString m_loggingRules; // QT_LOGGING_RULES for the child, when a test sets it

    QProcessEnvironment environment(bool withKey = true) const
    {
        // A private settings tree, no keychain to wait for, and diagnostics only as a test asks for them
        // (--verbose, or m_loggingRules).
        QProcessEnvironment env = vendo::test::isolatedCliEnvironment(m_home.path());
        vendo::test::setService(env, m_server.baseUrl(), m_server.credentialsUrl(),
                                withKey ? m_server.demoApiKey() : QString());
        if (!m_loggingRules.isEmpty())
            env.insert(QStringLiteral("QT_LOGGING_RULES"), m_loggingRules);
        return env;
    }

    Run run(const QStringList &arguments, const QByteArray &stdinData = {}, bool withKey = true)
    {
        const Run result = vendo::test::runCli(arguments, environment(withKey), stdinData);
        // Whatever happened, the API key (unless --reveal asked for the links that carry it) and the JWT's
        // signature never reach the output.
        const QByteArray all = result.out + result.err;
        const bool keyMayShow = arguments.contains(QLatin1String("--reveal"));
        if ((!keyMayShow && all.contains(m_server.demoApiKey().toLatin1()))
            || all.contains(m_jwt.section(u'.', 2).toLatin1()))
            qFatal("a secret reached the CLI's output");
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("VENDO_CLI").isEmpty(), "VENDO_CLI is not set");
        QVERIFY(m_home.isValid());
        const auto started = m_server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        m_jwt = m_server.mintToken(kAlice).value();
        QVERIFY(!m_jwt.isEmpty());
    }

    void whoamiAsApp()
    {
        const Run r = run({ QStringLiteral("whoami"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QLatin1String("tenant_id")).toString(), QStringLiteral("tn_acme"));
        QCOMPARE(r.json().value(QLatin1String("as")).toString(), QStringLiteral("app"));
        QCOMPARE(r.json().value(QLatin1String("balance_usd")).toDouble(), 125.4);
    }

    void whoamiAsUserFromStdin()
    {
        const Run r = run({ QStringLiteral("whoami"), QStringLiteral("--as-user"), QStringLiteral("--jwt-file"),
                            QStringLiteral("-"), QStringLiteral("--json") },
                          m_jwt.toLatin1() + "\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QLatin1String("as")).toString(), QStringLiteral("user"));
        const auto requests = m_server.requestLog();
        QVERIFY(requests.constLast().header("Authorization") == "Bearer " + m_jwt.toLatin1());
    }

    void tokenFromAHeaderBlockMaskedAndRevealed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("headers.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("GET /api/run HTTP/1.1\r\nHost: app.example\r\nx-vendo-user-jwt: " + m_jwt.toLatin1() + "\r\n");
        file.close();

        const Run masked = run({ QStringLiteral("token"), QStringLiteral("openai"), QStringLiteral("--headers-file"),
                                 path, QStringLiteral("--json") });
        QCOMPARE(masked.exitCode, 0);
        QVERIFY(!masked.out.contains("sbx_fake_at_openai"));
        const QJsonObject result = masked.json().value(QLatin1String("results")).toArray().at(0).toObject();
        QCOMPARE(result.value(QLatin1String("slug")).toString(), QStringLiteral("openai"));
        QVERIFY(result.value(QLatin1String("ok")).toBool());
        QCOMPARE(result.value(QLatin1String("status")).toInt(), 200);
        QCOMPARE(result.value(QLatin1String("attempts")).toInt(), 1);
        QVERIFY(result.value(QLatin1String("duration_ms")).isDouble());
        const QJsonObject token = result.value(QLatin1String("token")).toObject();
        QVERIFY(token.value(QLatin1String("masked")).toString().startsWith(QLatin1String("sbx_")));
        QCOMPARE(token.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(token.contains(QLatin1String("expires_at")));
        QVERIFY(m_server.requestLog().constLast().hasHeader("X-Vendo-User-JWT"));

        const Run revealed = run({ QStringLiteral("token"), QStringLiteral("openai"), QStringLiteral("--headers-file"),
                                   path, QStringLiteral("--reveal") });
        QCOMPARE(revealed.exitCode, 0);
        QVERIFY(revealed.out.contains("sbx_fake_at_openai"));
    }

    void tokensMixedExitsOneWithErrorObjects()
    {
        const Run r
            = run({ QStringLiteral("token"), QStringLiteral("openai"), QStringLiteral("notion"),
                    QStringLiteral("fault-rate-limited"), QStringLiteral("--jwt"), m_jwt, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        const QJsonArray results = r.json().value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 3);
        QVERIFY(results.at(0).toObject().value(QLatin1String("ok")).toBool());
        const QJsonObject error = results.at(1).toObject().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("class")).toString(), QStringLiteral("NeedsReauth"));
        QCOMPARE(error.value(QLatin1String("sdk_class")).toString(), QStringLiteral("NeedsReauth"));
        QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("connection_needs_reauth"));
        QCOMPARE(error.value(QLatin1String("status")).toInt(), 401);
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(!error.value(QLatin1String("remediation")).toString().isEmpty());
        QCOMPARE(results.at(2)
                     .toObject()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("retry_after"))
                     .toInt(),
                 30);
    }

    void connectionsMasked()
    {
        const Run r = run({ QStringLiteral("connections"), QStringLiteral("--jwt"), m_jwt, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = r.json().value(QLatin1String("connections")).toArray();
        QCOMPARE(list.size(), 9);
        QVERIFY(list.at(0).toObject().contains(QLatin1String("slug")));
        QVERIFY(list.at(0).toObject().contains(QLatin1String("status")));
        QVERIFY(list.at(0).toObject().contains(QLatin1String("profile")));
        QVERIFY(!r.out.contains(m_server.demoApiKey().toUtf8())); // set-up links carry it
        const Run human = run({ QStringLiteral("connections"), QStringLiteral("--jwt"), m_jwt });
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("needs_reauth"));
    }

    // docs/service-contract.md: a connect link carries the key. Human and JSON output show its 12-character
    // prefix; --reveal is the one way to the whole link.
    void connectLinksShowTheKeyPrefixUnlessRevealed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("revealed");
        const QStringList token { QStringLiteral("token"), QStringLiteral("notion"), QStringLiteral("--jwt"), m_jwt };
        const QStringList json { QStringLiteral("--json") };
        const QStringList reveal { QStringLiteral("--reveal") };
        QTest::newRow("human") << token << false;
        QTest::newRow("json") << token + json << false;
        QTest::newRow("bulk, json") << QStringList { QStringLiteral("token"), QStringLiteral("notion"),
                                                     QStringLiteral("openai"), QStringLiteral("--jwt"), m_jwt }
                + json << false;
        QTest::newRow("human, revealed") << token + reveal << true;
        QTest::newRow("json, revealed") << token + json + reveal << true;
    }
    void connectLinksShowTheKeyPrefixUnlessRevealed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, revealed);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 1);
        const QByteArray key = m_server.demoApiKey().toUtf8();
        const QByteArray link = m_server.baseUrl().toString().toUtf8() + "/connections/connect/notion?app_key=";
        QVERIFY2(r.out.contains(QByteArray(link + (revealed ? key : QByteArray(key.left(12) + "\u2026")))),
                 r.out.constData());
        QCOMPARE(r.out.contains(key), revealed);
        QVERIFY(!r.err.contains(key));
    }

    void connectionsRevealSetUpLinksOnlyWhenAsked()
    {
        const QByteArray key = m_server.demoApiKey().toUtf8();
        const Run masked
            = run({ QStringLiteral("connections"), QStringLiteral("--jwt"), m_jwt, QStringLiteral("--json") });
        QCOMPARE(masked.exitCode, 0);
        QVERIFY(!masked.out.contains(key));
        QVERIFY(masked.out.contains(QByteArray("app_key=" + key.left(12) + "\u2026")));
        const Run revealed = run({ QStringLiteral("connections"), QStringLiteral("--jwt"), m_jwt,
                                   QStringLiteral("--json"), QStringLiteral("--reveal") });
        QCOMPARE(revealed.exitCode, 0);
        QVERIFY(revealed.out.contains(QByteArray("/connections/connect/notion?app_key=" + key)));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errorClass");
        QTest::newRow("service error") << QStringList { QStringLiteral("token"),
                                                        QStringLiteral("fault-binding-missing") }
                                       << true << 1 << "NotConnected";
        QTest::newRow("refused") << QStringList { QStringLiteral("whoami"), QStringLiteral("--base-url"),
                                                  QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--attempts"),
                                                  QStringLiteral("1") }
                                 << true << 4 << "NetworkError";
        QTest::newRow("insecure url") << QStringList { QStringLiteral("whoami"), QStringLiteral("--base-url"),
                                                       QStringLiteral("http://vendo.example") }
                                      << true << 3 << "ConfigurationError";
        QTest::newRow("no api key") << QStringList { QStringLiteral("connections") } << false << 3
                                    << "VendoOnlyFeature";
        QTest::newRow("identity not present") << QStringList { QStringLiteral("token"), QStringLiteral("openai"),
                                                               QStringLiteral("--jwt"), QStringLiteral("   ") }
                                              << true << 3 << "IdentityNotPresent";
        QTest::newRow("as user without identity")
            << QStringList { QStringLiteral("whoami"), QStringLiteral("--as-user") } << true << 3
            << "IdentityNotPresent";
        QTest::newRow("usage: no slug") << QStringList { QStringLiteral("token") } << true << 2 << "";
        QTest::newRow("usage: two identities")
            << QStringList { QStringLiteral("token"), QStringLiteral("a"),          QStringLiteral("--jwt"),
                             QStringLiteral("x"),     QStringLiteral("--jwt-file"), QStringLiteral("y") }
            << true << 2 << "";
        QTest::newRow("usage: sandbox profile without URLs")
            << QStringList { QStringLiteral("whoami"), QStringLiteral("--profile"), QStringLiteral("sandbox"),
                             QStringLiteral("--base-url"), QString() }
            << true << 2 << "";
        QTest::newRow("usage: unknown profile")
            << QStringList { QStringLiteral("whoami"), QStringLiteral("--profile"), QStringLiteral("nope") } << true
            << 2 << "";
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withKey);
        QFETCH(int, exitCode);
        QFETCH(QString, errorClass);
        const Run r = run(arguments + QStringList { QStringLiteral("--json") }, {}, withKey);
        QCOMPARE(r.exitCode, exitCode);
        if (errorClass.isEmpty())
            return;
        QJsonObject error = r.json().value(QLatin1String("error")).toObject();
        if (error.isEmpty()) // token: per-slug results
            error = r.json()
                        .value(QLatin1String("results"))
                        .toArray()
                        .at(0)
                        .toObject()
                        .value(QLatin1String("error"))
                        .toObject();
        QCOMPARE(error.value(QLatin1String("class")).toString(), errorClass);
    }

    void headersCommand()
    {
        const Run ok
            = run({ QStringLiteral("headers"), QStringLiteral("-"), QStringLiteral("--json") },
                  "curl 'http://x' -H 'X-Vendo-User-Email: a@b.c' -H 'x-vendo-user-jwt: " + m_jwt.toLatin1() + "'");
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.json().value(QLatin1String("identity_present")).toBool());
        QVERIFY(ok.json().value(QLatin1String("jwt")).toString().endsWith(QLatin1String("<signature redacted>")));
        QCOMPARE(ok.json()
                     .value(QLatin1String("identity_headers"))
                     .toObject()
                     .value(QLatin1String("X-Vendo-User-Email"))
                     .toString(),
                 QStringLiteral("a@b.c"));

        const Run missing = run({ QStringLiteral("headers"), QStringLiteral("--json") }, "Accept: */*\n");
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(!missing.json().value(QLatin1String("identity_present")).toBool());
        QCOMPARE(missing.json().value(QLatin1String("error")).toObject().value(QLatin1String("class")).toString(),
                 QStringLiteral("IdentityNotPresent"));

        const Run har = run({ QStringLiteral("headers"), QFINDTESTDATA("data/chrome_export.har") });
        QCOMPARE(har.exitCode, 0);
        QVERIFY(har.out.contains("request 2 of 3"));
    }

    // Issue 19, item 4 and issue 20: a HAR with several identities; `headers` says how many, which it
    // chose (the most recent valid one) and how to choose another; --request out of range is a usage
    // error; a JWT sent only as a bearer is pointed out.
    QString writeHar(const QString &name, const QList<QPair<QString, QString>> &headers)
    {
        QJsonArray entries;
        for (int i = 0; i < headers.size(); ++i) {
            const QJsonObject header { { QStringLiteral("name"), headers.at(i).first },
                                       { QStringLiteral("value"), headers.at(i).second } };
            entries.append(QJsonObject {
                { QStringLiteral("startedDateTime"), QStringLiteral("2026-12-01T09:%1:00.000Z").arg(10 + i) },
                { QStringLiteral("request"),
                  QJsonObject {
                      { QStringLiteral("method"), QStringLiteral("GET") },
                      { QStringLiteral("url"),
                        QStringLiteral("https://app.example/api/%1?app_key=%2").arg(i + 1).arg(m_server.demoApiKey()) },
                      { QStringLiteral("headers"), QJsonArray { header } } } },
                { QStringLiteral("response"),
                  QJsonObject { { QStringLiteral("status"), 200 },
                                { QStringLiteral("content"),
                                  QJsonObject { { QStringLiteral("text"), QString(200'000, QLatin1Char('b')) } } } } },
            });
        }
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(QJsonObject { { QStringLiteral("log"),
                                                 QJsonObject { { QStringLiteral("entries"), entries } } } })
                       .toJson());
        return path;
    }

    void headersCountsAndChoosesTheMostRecentValidIdentity()
    {
        vendo::sandbox::MintOptions expired;
        expired.variant = vendo::sandbox::MintOptions::Variant::Expired;
        const QString old = m_server.mintToken(kAlice).value();
        const QString latest = m_server.mintToken(kAlice).value();
        const QString gone = m_server.mintToken(kAlice, expired).value();
        const QString jwt = QStringLiteral("X-Vendo-User-JWT");
        const QString path = writeHar(QStringLiteral("three.har"),
                                      { { jwt, old },
                                        { QStringLiteral("Accept"), QStringLiteral("*/*") },
                                        { jwt, latest },
                                        { jwt, gone },
                                        { QStringLiteral("Accept"), QStringLiteral("*/*") } });
        QVERIFY(!path.isEmpty());
        const Run human = run({ QStringLiteral("headers"), path });
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains("request 3 of 5"), human.out.constData());
        QVERIFY(human.out.contains("the most recent with a valid token"));
        QVERIFY(human.out.contains("3 request(s) carry X-Vendo-User-JWT: 1, 3, 4"));
        QVERIFY(human.out.contains("--request N"));
        QVERIFY2(!human.out.contains(m_server.demoApiKey().toLatin1()), "the URLs' app_key is redacted");

        const Run json = run({ QStringLiteral("headers"), QStringLiteral("-"), QStringLiteral("--json") }, [&path] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }());
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().value(QLatin1String("request")).toInt(), 3);
        const QJsonObject counts = json.json().value(QLatin1String("counts")).toObject();
        QCOMPARE(counts.value(QLatin1String("requests")).toInt(), 5);
        QCOMPARE(counts.value(QLatin1String("identity_requests")).toInt(), 3);

        const Run chosen = run({ QStringLiteral("headers"), path, QStringLiteral("--request"), QStringLiteral("2") });
        QCOMPARE(chosen.exitCode, 3); // request 2 has no identity: IdentityNotPresent
        QVERIFY(chosen.out.contains("IdentityNotPresent"));

        for (const QString &bad : { QStringLiteral("99"), QStringLiteral("0"), QStringLiteral("two") }) {
            const Run outOfRange = run({ QStringLiteral("headers"), path, QStringLiteral("--request"), bad });
            QCOMPARE(outOfRange.exitCode, 2);
            QVERIFY2(outOfRange.err.contains("holds 5 request(s)"), outOfRange.err.constData());
            const Run scoped = run(
                { QStringLiteral("whoami"), QStringLiteral("--headers-file"), path, QStringLiteral("--request"), bad });
            QCOMPARE(scoped.exitCode, 2);
        }
    }

    void headersHintsWhenTheJwtTravelsOnlyAsBearer()
    {
        const QString path = writeHar(QStringLiteral("bearer.har"),
                                      { { QStringLiteral("Accept"), QStringLiteral("*/*") },
                                        { QStringLiteral("Authorization"), QStringLiteral("Bearer ") + m_jwt } });
        const Run r = run({ QStringLiteral("headers"), path });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.contains("IdentityNotPresent"));
        QVERIFY2(r.out.contains("only as \"Authorization: Bearer\"") && r.out.contains("request 2"), r.out.constData());
    }

    void truncatedHarIsAClearErrorNotAHang()
    {
        const QString path = writeHar(QStringLiteral("cut.har"), { { QStringLiteral("X-Vendo-User-JWT"), m_jwt } });
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        const Run r = run({ QStringLiteral("headers"), path, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.json()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("message"))
                     .toString()
                     .contains(QLatin1String("truncated")),
                 r.out.constData());
    }

    // Issue 17 ("Checks"): the program's diagnostics go through the vendo.* logging categories, off by
    // default, on with --verbose or QT_LOGGING_RULES, and never carry a secret.
    void verboseDiagnosticsOnStandardErrorWithoutSecrets()
    {
        const QStringList asUser { QStringLiteral("token"), QStringLiteral("fault-flaky"), QStringLiteral("--jwt-file"),
                                   QStringLiteral("-") };
        const QByteArray jwt = m_jwt.toLatin1() + '\n';

        const Run verbose = run(QStringList { QStringLiteral("--verbose") } + asUser, jwt);
        QCOMPARE(verbose.exitCode, 0);
        const QList<QByteArray> lines = verbose.err.split('\n');
        const auto count = [&lines](const QByteArray &part, const QByteArray &also = {}) {
            return std::count_if(lines.cbegin(), lines.cend(), [&](const QByteArray &line) {
                return line.startsWith("vendo.client: ") && line.contains(part) && line.contains(also);
            });
        };
        // Every attempt with its status and duration: fault-flaky answers a new client 503 twice (each
        // retried), then 200.
        const QByteArray url = m_server.credentialsUrl().toString().toLatin1() + "/fault-flaky attempt ";
        QVERIFY2(count("GET " + url + "1/3: ", " HTTP 503 in ") == 1, verbose.err.constData());
        QVERIFY2(count("GET " + url + "2/3: ", " HTTP 503 in ") == 1, verbose.err.constData());
        QVERIFY2(count("GET " + url + "3/3: ok HTTP 200 in ") == 1, verbose.err.constData());
        QVERIFY2(count("retrying in ") == 2, verbose.err.constData());
        QVERIFY2(verbose.err.contains("vendo.keychain: API key: from VENDO_API_KEY (valid)"), verbose.err.constData());
        // None of the secrets: the key, the user's token (any of its parts), the provider tokens.
        QVERIFY(!verbose.err.contains(m_server.demoApiKey().toLatin1()));
        for (const QString &part : m_jwt.split(u'.'))
            QVERIFY(!verbose.err.contains(part.toLatin1()));
        QVERIFY(!verbose.err.contains("sbx_fake_at_"));

        // Without --verbose, the same command prints none of it (fault-flaky now answers at once).
        const Run quiet = run(asUser, jwt);
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(!quiet.err.contains("vendo."), quiet.err.constData());

        // QT_LOGGING_RULES alone switches one category on.
        m_loggingRules = QStringLiteral("vendo.client.debug=true");
        const Run ruled = run(asUser, jwt);
        m_loggingRules.clear();
        QCOMPARE(ruled.exitCode, 0);
        QVERIFY2(ruled.err.contains("vendo.client: GET "), ruled.err.constData());
        QVERIFY(!ruled.err.contains("vendo.keychain"));
    }

    void explainCommand()
    {
        const Run code
            = run({ QStringLiteral("explain"), QStringLiteral("spend_cap_exceeded"), QStringLiteral("--json") });
        QCOMPARE(code.exitCode, 0);
        QCOMPARE(code.json().value(QLatin1String("class")).toString(), QStringLiteral("SpendCapExceeded"));
        const Run line = run({ QStringLiteral("explain"), QStringLiteral("-") },
                             "2026-01-01 ERROR vendo: NeedsReauth code=connection_needs_reauth status=401\n");
        QCOMPARE(line.exitCode, 0);
        QVERIFY(line.out.contains("NeedsReauth"));
        const Run nothing = run({ QStringLiteral("explain"), QStringLiteral("banana") });
        QCOMPARE(nothing.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliClient)
#include "tst_cli_client.moc"

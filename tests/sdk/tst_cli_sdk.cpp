// `--sdk` on the command line: the real vendo-inspector-cli in a child process against a real SandboxServer
// on loopback (as tst_cli_client). For each SDK, operation and scoping, what the sandbox recorded (method,
// path, headers present or absent, attempts) and the class the CLI printed are those the lens predicts.
#include "CliProcess.h"
#include "SandboxFixture.h"
#include "sdk/SdkCase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vendo;
using sandbox::SandboxServer;
using sdk::Operation;
using sdk::Sdk;

namespace {

using Run = vendo::test::CliRun;

const QList<QByteArray> kHeaders = { "Authorization", "X-Vendo-User-JWT", "Vendo-API-Version", "Accept", "User-Agent" };

} // namespace

class TestCliSdk : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    QTemporaryDir m_home;
    QString m_bob;

    Run run(const QStringList &arguments, const QByteArray &stdinData = {}, bool withKey = true)
    {
        QProcessEnvironment env = test::isolatedCliEnvironment(m_home.path());
        test::setService(env, m_server.baseUrl(), m_server.credentialsUrl(),
                         withKey ? m_server.demoApiKey() : QString());
        env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        const Run result = test::runCli(arguments, env, stdinData);
        const QByteArray all = result.out + result.err;
        if (all.contains(m_server.demoApiKey().toLatin1()) || all.contains(m_bob.section(u'.', 2).toLatin1()))
            qFatal("a secret reached the CLI's output");
        return result;
    }

    sdk::RequestContext lensContext(bool scoped, const QString &slug) const
    {
        sdk::RequestContext c;
        c.apiBase = m_server.baseUrl();
        c.credentialsBase = m_server.credentialsUrl();
        c.apiKey = m_server.demoApiKey();
        c.userJwt = scoped ? m_bob : QString();
        c.slugs = slug.isEmpty() ? QStringList() : QStringList { slug };
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("VENDO_CLI").isEmpty(), "VENDO_CLI is not set");
        QVERIFY(m_home.isValid());
        const auto started = m_server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        m_bob = m_server.mintToken(seeded::bob).value_or(QString());
        QVERIFY(!m_bob.isEmpty());
    }

    void matrix_data()
    {
        QTest::addColumn<Sdk>("which");
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<bool>("scoped");
        QTest::addColumn<QString>("slug");
        QTest::addColumn<int>("attempts"); // requests the sandbox receives; 0: none (not reproducible)
        QTest::addColumn<QString>("className"); // what the SDK raises; empty: it returns

        for (const Sdk which : sdk::allSdks()) {
            const QByteArray key = sdk::info(which).key.toLatin1();
            const bool ts = which == Sdk::TypeScript_1_3_1;
            // Bob's Google connection needs re-authorisation; the app itself has no Google binding, which is
            // what answers a request without the user's identity.
            QTest::addRow("%s token scoped", key.constData())
                << which << Operation::Token << true << QStringLiteral("google") << 1
                << (ts ? QStringLiteral("NotConnected") : QStringLiteral("NeedsReauth"));
            QTest::addRow("%s token unscoped", key.constData())
                << which << Operation::Token << false << QStringLiteral("google") << 1
                << QStringLiteral("NotConnected");
            // A 500: the contract's three attempts, TypeScript token()'s one.
            QTest::addRow("%s token scoped 500", key.constData())
                << which << Operation::Token << true << QStringLiteral("fault-server-error") << (ts ? 1 : 3)
                << QStringLiteral("VendoError");
            for (const bool scoped : { true, false }) {
                QTest::addRow("%s connections %s", key.constData(), scoped ? "scoped" : "unscoped")
                    << which << Operation::Connections << scoped << QString() << 1 << QString();
                // TypeScript has no who-am-I: its billing.balance() calls another endpoint, so nothing is sent.
                QTest::addRow("%s whoami %s", key.constData(), scoped ? "scoped" : "unscoped")
                    << which << Operation::Whoami << scoped << QString() << (ts ? 0 : 1) << QString();
            }
        }
    }

    void matrix()
    {
        QFETCH(Sdk, which);
        QFETCH(Operation, operation);
        QFETCH(bool, scoped);
        QFETCH(QString, slug);
        QFETCH(int, attempts);
        QFETCH(QString, className);

        QStringList arguments;
        arguments << (operation == Operation::Token             ? QStringLiteral("token")
                          : operation == Operation::Connections ? QStringLiteral("connections")
                                                                : QStringLiteral("whoami"));
        if (!slug.isEmpty())
            arguments << slug;
        arguments << QStringLiteral("--sdk") << sdk::info(which).key << QStringLiteral("--json");
        if (scoped)
            arguments << QStringLiteral("--jwt-file") << QStringLiteral("-");
        const qsizetype before = m_server.requestLog().size();
        const Run r = run(arguments, scoped ? m_bob.toLatin1() : QByteArray());
        QVERIFY2(r.exitCode >= 0, r.err.constData());
        const QList<sandbox::RecordedRequest> log = m_server.requestLog().mid(before);
        QCOMPARE(log.size(), attempts);

        // What the lens predicts this SDK sends; the sandbox received exactly that.
        const sdk::Prediction prediction = sdk::predict(which, operation, lensContext(scoped, slug));
        QVERIFY(prediction.request.has_value());
        const sdk::PredictedRequest &predicted = *prediction.request;
        for (const sandbox::RecordedRequest &recorded : log) {
            QCOMPARE(recorded.method, QStringLiteral("GET"));
            QCOMPARE(recorded.path, predicted.url.path(QUrl::FullyEncoded));
            for (const QByteArray &name : kHeaders)
                QVERIFY2(recorded.hasHeader(name) == predicted.hasHeader(name) || name == "User-Agent",
                         name.constData());
            QCOMPARE(recorded.header("Vendo-API-Version"), predicted.header("Vendo-API-Version"));
            QCOMPARE(recorded.hasHeader("X-Vendo-User-JWT"), scoped && predicted.hasHeader("X-Vendo-User-JWT"));
        }

        const QJsonObject json = r.json();
        if (which == Sdk::Contract) {
            // The contract is the inspector's own run: its usual output, its class.
            const QJsonObject error = operation == Operation::Token ? json.value(QLatin1String("results"))
                                                                          .toArray()
                                                                          .at(0)
                                                                          .toObject()
                                                                          .value(QLatin1String("error"))
                                                                          .toObject()
                                                                    : json.value(QLatin1String("error")).toObject();
            QCOMPARE(error.value(QLatin1String("sdk_class")).toString(), className);
            return;
        }
        QCOMPARE(json.value(QLatin1String("sdk")).toObject().value(QLatin1String("key")).toString(),
                 sdk::info(which).key);
        // What the CLI printed it sends is the lens's prediction, redacted.
        const QJsonObject sends = json.value(QLatin1String("sends")).toObject();
        QCOMPARE(sends.value(QLatin1String("url")).toString(), predicted.url.toString());
        QCOMPARE(sends.value(QLatin1String("attempts")).toInt(), predicted.attempts);
        const QJsonObject headers = sends.value(QLatin1String("headers")).toObject();
        for (const QByteArray &name : kHeaders)
            QCOMPARE(headers.contains(QString::fromLatin1(name)), predicted.hasHeader(name));
        QCOMPARE(
            sends.value(QLatin1String("absent_vs_contract")).toArray().contains(QStringLiteral("X-Vendo-User-JWT")),
            scoped && !predicted.hasHeader("X-Vendo-User-JWT"));
        // The differences are the lens's, each with its explanation and source.
        const QJsonArray differences = json.value(QLatin1String("differences")).toArray();
        QCOMPARE(differences.size(), sdk::differences(which, operation).size());
        for (const QJsonValue &d : differences) {
            QVERIFY(!d.toObject().value(QLatin1String("explanation")).toString().isEmpty());
            QVERIFY(!d.toObject().value(QLatin1String("source")).toString().isEmpty());
        }

        const QJsonObject reproduction = json.value(QLatin1String("reproduction")).toObject();
        QCOMPARE(reproduction.value(QLatin1String("label")).toString(), QStringLiteral("reproduction"));
        if (attempts == 0) {
            QVERIFY(!reproduction.value(QLatin1String("ran")).toBool());
            QVERIFY(reproduction.value(QLatin1String("why_not"))
                        .toString()
                        .contains(QLatin1String("/api/billing/balance")));
            QCOMPARE(r.exitCode, 0);
            return;
        }
        const QJsonObject result = reproduction.value(QLatin1String("results")).toArray().at(0).toObject();
        QCOMPARE(result.value(QLatin1String("attempts")).toInt(), attempts);
        QCOMPARE(result.value(QLatin1String("status")).toInt(), log.constLast().status);
        const QJsonObject printed = result.value(QLatin1String("sdk_outcome")).toObject();
        QCOMPARE(printed.value(QLatin1String("class")).toString(), className);
        QCOMPARE(printed.value(QLatin1String("from_documentation")).toBool(),
                 sdk::info(which).basis == sdk::Basis::Documentation);
        if (!className.isEmpty()) {
            // The class is the one the lens gives this SDK for the answer the sandbox sent.
            const QJsonObject error = result.value(QLatin1String("error")).toObject();
            const sdk::Raised lens = sdk::predictError(which, log.constLast().status,
                                                       error.value(QLatin1String("code")).toString().toUtf8(), {});
            QCOMPARE(printed.value(QLatin1String("class")).toString(), lens.className);
            QCOMPARE(r.exitCode, 1);
        } else {
            QCOMPARE(r.exitCode, 0);
        }
    }

    // The support case: TypeScript's token() for Bob fetches the app's binding, and says so.
    void typeScriptTokenFetchesTheAppBinding()
    {
        const Run r = run({ QStringLiteral("token"), QStringLiteral("google"), QStringLiteral("--sdk"),
                            QStringLiteral("ts-1.3.1"), QStringLiteral("--jwt-file"), QStringLiteral("-") },
                          m_bob.toLatin1());
        QCOMPARE(r.exitCode, 1);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QLatin1String("Reproduction as TypeScript 1.3.1")), r.out.constData());
        QVERIFY(text.contains(QLatin1String("TypeScript 1.3.1 raises NotConnected (binding_missing) (reproduction)")));
        QVERIFY(text.contains(QLatin1String("the app's own binding for google")));
        QVERIFY(text.contains(QLatin1String("(no X-Vendo-User-JWT: the contract sends it)")));
        QVERIFY(text.contains(QLatin1String("src/_client.ts:169-172")));
        // The key is shown by its prefix only; the run above would have failed on the whole key.
        QVERIFY(text.contains(QLatin1String("Authorization: Bearer ") + m_server.demoApiKey().left(12)));
    }

    // tokens(): one bulk request with the key alone; a slug it cannot resolve comes back null, without a reason.
    void typeScriptTokensReturnNull()
    {
        const qsizetype before = m_server.requestLog().size();
        const Run r = run({ QStringLiteral("token"), QStringLiteral("google"), QStringLiteral("openai"),
                            QStringLiteral("--sdk"), QStringLiteral("ts-1.3.1"), QStringLiteral("--jwt-file"),
                            QStringLiteral("-"), QStringLiteral("--json") },
                          m_bob.toLatin1());
        const QList<sandbox::RecordedRequest> log = m_server.requestLog().mid(before);
        // The one bulk request and nothing else: the SDK does not ask again for the null (the contract's
        // probe would, for its reason).
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.constFirst().path, QStringLiteral("/credentials/_bulk"));
        QVERIFY(!log.constFirst().hasHeader("X-Vendo-User-JWT"));
        QVERIFY(!log.constFirst().hasHeader("Vendo-API-Version"));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QLatin1String("sends")).toObject().value(QLatin1String("operation")).toString(),
                 QStringLiteral("tokens()"));
        QHash<QString, QJsonObject> outcomes;
        for (const QJsonValue &v :
             json.value(QLatin1String("reproduction")).toObject().value(QLatin1String("results")).toArray())
            outcomes.insert(v.toObject().value(QLatin1String("subject")).toString(),
                            v.toObject().value(QLatin1String("sdk_outcome")).toObject());
        QCOMPARE(outcomes.value(QStringLiteral("google")).value(QLatin1String("returns")).toString(),
                 QStringLiteral("null"));
        QVERIFY(outcomes.value(QStringLiteral("google")).value(QLatin1String("class")).isNull());
        QVERIFY(outcomes.value(QStringLiteral("google"))
                    .value(QLatin1String("note"))
                    .toString()
                    .contains(QLatin1String("the bulk answer left it null")));
        // The app's own openai binding answers: a token, and the note says whose it is.
        QCOMPARE(outcomes.value(QStringLiteral("openai")).value(QLatin1String("returns")).toString(),
                 QStringLiteral("a token"));
        QVERIFY(outcomes.value(QStringLiteral("openai"))
                    .value(QLatin1String("note"))
                    .toString()
                    .contains(QLatin1String("app's own binding for openai")));
    }

    void pythonSaysFromDocumentation()
    {
        const Run r = run({ QStringLiteral("connections"), QStringLiteral("--sdk"), QStringLiteral("python-1.2") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Python 1.2.0 (from documentation)"), r.out.constData());
        QVERIFY(r.out.contains("Not documented"));
    }

    // No key: TypeScript's constructor throws AuthError before anything is sent; the contract's client says
    // VendoOnlyFeature. Nothing reaches the sandbox either way.
    // Scoped (forUser) or not: TypeScript 1.3.1's constructor throws before forUser is reached.
    void noKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<bool>("scoped");
        QTest::addColumn<QString>("className");
        for (const Operation operation : { Operation::Token, Operation::Connections, Operation::Whoami }) {
            for (const bool scoped : { false, true }) {
                const QByteArray name = sdk::operationName(operation).toLatin1();
                const char *how = scoped ? "scoped" : "unscoped";
                QTest::addRow("contract %s %s", name.constData(), how)
                    << QStringLiteral("contract") << operation << scoped << QStringLiteral("VendoOnlyFeature");
                QTest::addRow("ts-1.3.1 %s %s", name.constData(), how)
                    << QStringLiteral("ts-1.3.1") << operation << scoped << QStringLiteral("AuthError");
                QTest::addRow("python-1.2 %s %s", name.constData(), how)
                    << QStringLiteral("python-1.2") << operation << scoped << QStringLiteral("VendoOnlyFeature");
                QTest::addRow("swift-1.0 %s %s", name.constData(), how)
                    << QStringLiteral("swift-1.0") << operation << scoped << QStringLiteral("VendoOnlyFeature");
            }
        }
    }

    void noKey()
    {
        QFETCH(QString, key);
        QFETCH(Operation, operation);
        QFETCH(bool, scoped);
        QFETCH(QString, className);
        const qsizetype before = m_server.requestLog().size();
        QStringList arguments { operation == Operation::Token             ? QStringLiteral("token")
                                    : operation == Operation::Connections ? QStringLiteral("connections")
                                                                          : QStringLiteral("whoami") };
        if (operation == Operation::Token)
            arguments << QStringLiteral("google");
        arguments << QStringLiteral("--sdk") << key << QStringLiteral("--json");
        if (scoped)
            arguments << QStringLiteral("--jwt-file") << QStringLiteral("-");
        const Run r = run(arguments, scoped ? m_bob.toLatin1() : QByteArray(), false);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(m_server.requestLog().size(), before);
        const QJsonObject json = r.json();
        // The contract's run prints its error (per slug for token), the lens what the SDK raises instead.
        const QJsonObject contractError = json.contains(QLatin1String("results"))
            ? json.value(QLatin1String("results")).toArray().at(0).toObject().value(QLatin1String("error")).toObject()
            : json.value(QLatin1String("error")).toObject();
        const QString printed = key == QLatin1String("contract")
            ? contractError.value(QLatin1String("sdk_class")).toString()
            : json.value(QLatin1String("sends"))
                  .toObject()
                  .value(QLatin1String("raises"))
                  .toObject()
                  .value(QLatin1String("class"))
                  .toString();
        QCOMPARE(printed, className);
        if (key != QLatin1String("contract")) {
            QVERIFY(!json.value(QLatin1String("reproduction")).toObject().value(QLatin1String("ran")).toBool());
            const sdk::Sdk which = *sdk::sdkFromKey(key);
            const QString slug = operation == Operation::Token ? QStringLiteral("google") : QString();
            // With the key the lens predicts a request; without, the class above.
            QVERIFY(sdk::predict(which, operation, lensContext(scoped, slug)).request.has_value()
                    || (which == Sdk::TypeScript_1_3_1 && operation == Operation::Whoami));
            sdk::RequestContext noKey = lensContext(false, slug);
            noKey.apiKey.clear();
            const sdk::Raised raised = scoped
                ? sdk::sendsAfterScoping(which, operation, Operation::ForUser, noKey, m_bob).raised
                : sdk::predict(which, operation, noKey).raised;
            QCOMPARE(raised.className, className);
        }
    }

    // forRequest with X-Vendo-User-JWT present but blank, or absent: every SDK raises IdentityNotPresent
    // before sending anything (TypeScript: src/_client.ts:132-141).
    void blankOrMissingHeader_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("block");
        for (const QString &key : sdk::sdkKeys()) {
            QTest::addRow("%s blank", qPrintable(key))
                << key << QByteArray("GET /x HTTP/1.1\nHost: a\nX-Vendo-User-JWT:   \n");
            QTest::addRow("%s missing", qPrintable(key))
                << key << QByteArray("GET /x HTTP/1.1\nHost: a\nAccept: */*\n");
        }
    }

    void blankOrMissingHeader()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, block);
        const qsizetype before = m_server.requestLog().size();
        const Run r = run({ QStringLiteral("token"), QStringLiteral("google"), QStringLiteral("--sdk"), key,
                            QStringLiteral("--headers-file"), QStringLiteral("-"), QStringLiteral("--json") },
                          block);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(m_server.requestLog().size(), before);
        const QJsonObject json = r.json();
        if (key == QLatin1String("contract")) {
            QCOMPARE(json.value(QLatin1String("error")).toObject().value(QLatin1String("sdk_class")).toString(),
                     QStringLiteral("IdentityNotPresent"));
        } else {
            const QJsonObject raises
                = json.value(QLatin1String("sends")).toObject().value(QLatin1String("raises")).toObject();
            QCOMPARE(raises.value(QLatin1String("class")).toString(), QStringLiteral("IdentityNotPresent"));
            QCOMPARE(raises.value(QLatin1String("raised_by")).toString(), sdk::operationName(Operation::ForRequest));
            QVERIFY(!json.value(QLatin1String("reproduction")).toObject().value(QLatin1String("ran")).toBool());
        }
        // headers --sdk: the same verdict from the lens's own view of forRequest().
        const Run headers
            = run({ QStringLiteral("headers"), QStringLiteral("--sdk"), key, QStringLiteral("--json") }, block);
        QCOMPARE(headers.exitCode, 3);
        if (key != QLatin1String("contract"))
            QCOMPARE(headers.json()
                         .value(QLatin1String("scoping"))
                         .toObject()
                         .value(QLatin1String("raises"))
                         .toObject()
                         .value(QLatin1String("class"))
                         .toString(),
                     QStringLiteral("IdentityNotPresent"));
    }

    void unknownSdkIsAUsageError()
    {
        const qsizetype before = m_server.requestLog().size();
        const Run r = run(
            { QStringLiteral("token"), QStringLiteral("google"), QStringLiteral("--sdk"), QStringLiteral("ts-1.3") });
        QCOMPARE(r.exitCode, 2);
        for (const QString &key : sdk::sdkKeys())
            QVERIFY2(r.err.contains(key.toLatin1()), r.err.constData());
        QCOMPARE(m_server.requestLog().size(), before);
    }

    void headersAsTypeScript()
    {
        const QByteArray block = "GET /x HTTP/1.1\nHost: a\nX-Vendo-User-JWT:  " + m_bob.toLatin1() + " \n";
        const Run r = run({ QStringLiteral("headers"), QStringLiteral("--sdk"), QStringLiteral("ts-1.3.1"),
                            QStringLiteral("--json") },
                          block);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject scoping = r.json().value(QLatin1String("scoping")).toObject();
        QVERIFY(scoping.value(QLatin1String("scoped")).toBool());
        QCOMPARE(r.json().value(QLatin1String("sdk")).toObject().value(QLatin1String("key")).toString(),
                 QStringLiteral("ts-1.3.1"));
        const Run missing = run({ QStringLiteral("headers"), QStringLiteral("--sdk"), QStringLiteral("swift-1.0") },
                                "GET /x HTTP/1.1\nHost: a\n");
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.out.contains("Swift 1.0.0 forRequest() raises IdentityNotPresent"), missing.out.constData());
    }

    void explainListsEachSdk()
    {
        const auto classesOf = [](const Run &r) {
            QHash<QString, QString> classes;
            for (const QJsonValue &v : r.json().value(QLatin1String("sdk_classes")).toArray())
                classes.insert(v.toObject().value(QLatin1String("sdk")).toString(),
                               v.toObject().value(QLatin1String("class")).toString());
            return classes;
        };
        // A current code: every SDK raises its class.
        const Run current
            = run({ QStringLiteral("explain"), QStringLiteral("connection_needs_reauth"), QStringLiteral("--json") });
        QCOMPARE(current.exitCode, 0);
        const QHash<QString, QString> reauth = classesOf(current);
        QCOMPARE(reauth.size(), 4);
        for (const QString &key : sdk::sdkKeys())
            QCOMPARE(reauth.value(key), QStringLiteral("NeedsReauth"));
        // A legacy spelling: TypeScript 1.3.1's table does not know it (src/errors.ts:111-127), and neither
        // does the contract's decoding of an answer; only the explanation of a log line maps it.
        const Run legacy
            = run({ QStringLiteral("explain"), QStringLiteral("not_connected"), QStringLiteral("--json") });
        QCOMPARE(legacy.exitCode, 0);
        QCOMPARE(legacy.json().value(QLatin1String("class")).toString(), QStringLiteral("NotConnected"));
        QCOMPARE(classesOf(legacy).value(QStringLiteral("ts-1.3.1")), QStringLiteral("VendoError"));
        const Run human = run({ QStringLiteral("explain"), QStringLiteral("connection_needs_reauth") });
        QVERIFY2(human.out.contains("What each SDK raises for it:"), human.out.constData());
        QVERIFY(human.out.contains("TypeScript 1.3.1"));
        QVERIFY(human.out.contains("(not documented: the contract's class)"));
    }
};

QTEST_GUILESS_MAIN(TestCliSdk)
#include "tst_cli_sdk.moc"

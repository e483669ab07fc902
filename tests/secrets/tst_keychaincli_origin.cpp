// A URL override never carries a stored key to another origin: the real vendo-inspector-cli under the
// real Secret Service (run-with-secret-service.sh), with a production key in the keychain, pointed at a
// loopback SandboxServer playing the other host. The sandbox records every header it receives.
#include "CliProcess.h"
#include "client/Profile.h"
#include "client/ProfileStore.h"
#include "sandbox/SandboxServer.h"

#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using vendo::sandbox::SandboxServer;

namespace {

// A well-formed key the sandbox does not know: only a leak would bring it there.
const QByteArray kStoredKey = "vendo_sk_PRODprod123456789012345678___-zz";
const QString kAlice = QStringLiteral("a11ce000-0000-4000-8000-000000000001");

using Run = vendo::test::CliRun;

} // namespace

class TestKeychainCliOrigin : public QObject
{
    Q_OBJECT

    SandboxServer m_server;

    // The CLI with an event loop spinning, so that the in-process sandbox answers it.
    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &extra = QProcessEnvironment())
    {
        // The real Secret Service of this session (not isolatedCliEnvironment's), and no URL or key
        // from the test's own environment.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "VENDO_API_KEY", "VENDO_BASE_URL", "VENDO_CREDENTIALS_URL" })
            environment.remove(QLatin1String(name));
        for (const QString &name : extra.keys())
            environment.insert(name, extra.value(name));
        return vendo::test::runCli(arguments, environment, input, std::chrono::seconds(60));
    }

    void storeKey(const QString &profile, const QByteArray &key)
    {
        const Run set
            = run({ QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("--profile"), profile }, key + '\n');
        QVERIFY2(set.exitCode == 0, set.err.constData());
    }

    // The headers of every request the sandbox received that carried `key` anywhere.
    QStringList requestsCarrying(const QByteArray &key) const
    {
        QStringList found;
        for (const auto &request : m_server.requestLog()) {
            for (const auto &[name, value] : request.headers) {
                if (value.contains(key))
                    found << QString::fromLatin1(name).toLower();
            }
        }
        return found;
    }

    // A custom profile for the sandbox's URLs, stored where the CLI reads its profiles.
    static void storeCustomProfile(const QString &id, const QUrl &baseUrl, const QUrl &credentialsUrl)
    {
        const std::unique_ptr<QSettings> settings = vendo::client::ProfileStore::openSharedSettings();
        vendo::client::ProfileStore store(settings.get());
        const QString problem
            = store.save(vendo::client::Profile::custom(id, QStringLiteral("Local"), baseUrl, credentialsUrl));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    QByteArray aliceJwt() const { return m_server.mintToken(kAlice).value().toLatin1(); }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No session bus: run this suite through tests/secrets/run-with-secret-service.sh (ctest does).");
        const auto started = m_server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        storeKey(QStringLiteral("production"), kStoredKey);
    }

    void init() { m_server.clearRequestLog(); }

    void cleanupTestCase()
    {
        for (const char *profile : { "production", "local", "sandbox" })
            run({ QStringLiteral("key"), QStringLiteral("delete"), QStringLiteral("--profile"),
                  QString::fromLatin1(profile) });
        vendo::client::ProfileStore::openSharedSettings()->clear();
    }

    // Either URL counts, given as an option or in the environment.
    void storedKeyStaysHome_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("environment");
        const QString base = m_server.baseUrl().toString();
        const QString credentials = m_server.credentialsUrl().toString();
        QTest::newRow("--base-url") << QStringList { QStringLiteral("whoami"), QStringLiteral("--base-url"), base }
                                    << QStringList();
        QTest::newRow("VENDO_BASE_URL") << QStringList { QStringLiteral("connections") }
                                        << QStringList { QStringLiteral("VENDO_BASE_URL"), base };
        QTest::newRow("--credentials-url") << QStringList {
            QStringLiteral("token"),      QStringLiteral("openai"), QStringLiteral("--credentials-url"), credentials,
            QStringLiteral("--jwt-file"), QStringLiteral("-")
        } << QStringList();
        QTest::newRow("VENDO_CREDENTIALS_URL") << QStringList { QStringLiteral("token"), QStringLiteral("openai"),
                                                                QStringLiteral("--jwt-file"), QStringLiteral("-") }
                                               << QStringList { QStringLiteral("VENDO_CREDENTIALS_URL"), credentials };
    }

    void storedKeyStaysHome()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, environment);
        QProcessEnvironment extra;
        if (!environment.isEmpty())
            extra.insert(environment.at(0), environment.at(1));
        const Run r = run(arguments << QStringLiteral("--attempts") << QStringLiteral("1"), aliceJwt(), extra);
        QCOMPARE(requestsCarrying(kStoredKey), QStringList());
        QCOMPARE(r.exitCode, 3); // no key for that host: a local precondition
        QVERIFY2(r.err.contains("its stored API key is not sent there"), r.err.constData());
        QVERIFY2(r.err.contains(m_server.baseUrl().authority().toLatin1()), r.err.constData());
    }

    // VENDO_API_KEY is the operator's own choice for this run: it goes to the host given.
    void environmentKeyIsUsed()
    {
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("VENDO_API_KEY"), m_server.demoApiKey());
        const Run r
            = run({ QStringLiteral("whoami"), QStringLiteral("--base-url"), m_server.baseUrl().toString() }, {}, extra);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(requestsCarrying(kStoredKey), QStringList());
        QCOMPARE(requestsCarrying(m_server.demoApiKey().toLatin1()), QStringList { QStringLiteral("authorization") });
    }

    // A stored custom profile for exactly these origins lends its own key, and says so; the origin is
    // compared, not the text (a trailing slash does not matter, another port does).
    void customProfileForTheseOrigins()
    {
        storeCustomProfile(QStringLiteral("local"), m_server.baseUrl(), m_server.credentialsUrl());
        storeKey(QStringLiteral("local"), m_server.demoApiKey().toLatin1());

        const Run r = run({ QStringLiteral("whoami"), QStringLiteral("--base-url"),
                            m_server.baseUrl().toString() + QStringLiteral("/"), QStringLiteral("--credentials-url"),
                            m_server.credentialsUrl().toString() });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("using the API key of profile \"local\""), r.err.constData());
        QCOMPARE(requestsCarrying(kStoredKey), QStringList());
        QCOMPARE(requestsCarrying(m_server.demoApiKey().toLatin1()), QStringList { QStringLiteral("authorization") });

        // The same host on another port is another origin: neither key goes there.
        QUrl otherPort = m_server.baseUrl();
        otherPort.setPort(m_server.port() == 1 ? 2 : 1);
        const Run elsewhere = run({ QStringLiteral("whoami"), QStringLiteral("--profile"), QStringLiteral("local"),
                                    QStringLiteral("--base-url"), otherPort.toString(), QStringLiteral("--attempts"),
                                    QStringLiteral("1") });
        QCOMPARE(elsewhere.exitCode, 3);
        QVERIFY2(elsewhere.err.contains("its stored API key is not sent there"), elsewhere.err.constData());
    }

    // The built-in sandbox profile has no URLs of its own: its key goes to a sandbox on this machine
    // (loopback), never to a host on the network.
    void sandboxKeyStaysOnThisMachine()
    {
        storeKey(QStringLiteral("sandbox"), m_server.demoApiKey().toLatin1());
        const QStringList sandbox { QStringLiteral("whoami"), QStringLiteral("--profile"), QStringLiteral("sandbox") };
        const Run local
            = run(sandbox
                  + QStringList { QStringLiteral("--base-url"), m_server.baseUrl().toString(),
                                  QStringLiteral("--credentials-url"), m_server.credentialsUrl().toString() });
        QVERIFY2(local.exitCode == 0, local.err.constData());
        QCOMPARE(requestsCarrying(m_server.demoApiKey().toLatin1()), QStringList { QStringLiteral("authorization") });

        const Run remote = run(sandbox
                               + QStringList { QStringLiteral("--base-url"), QStringLiteral("https://sandbox.invalid"),
                                               QStringLiteral("--credentials-url"),
                                               QStringLiteral("https://sandbox.invalid/credentials") });
        QCOMPARE(remote.exitCode, 3); // no key: refused before any request
        QVERIFY2(remote.err.contains("https://sandbox.invalid, not to the servers of profile \"sandbox\""),
                 remote.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestKeychainCliOrigin)
#include "tst_keychaincli_origin.moc"

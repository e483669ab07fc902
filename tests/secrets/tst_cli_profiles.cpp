#include "CliProcess.h"
#include "client/ProfileStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTest>

// `vendo-inspector-cli profile list|add|remove` and the unknown-profile check of `key`, as real processes
// inside a private Secret Service and a throwaway XDG_CONFIG_HOME (run-with-secret-service.sh). This
// process opens the same settings file as the window does (ProfileStore::openSharedSettings).
namespace {

using vendo::client::Profile;
using vendo::client::ProfileStore;

const QByteArray kKey = "vendo_sk_TYPOtypo3456789012345678____--xy";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run runCli(const QStringList &arguments, const QByteArray &input = QByteArray())
{
    // The session's private Secret Service (the test's launcher), without the test's own key.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("VENDO_API_KEY"));
    const vendo::test::CliRun run = vendo::test::runCli(arguments, environment, input);
    return { run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err) };
}

QStringList addArguments(const QString &id, const QString &baseUrl, const QString &credentialsUrl)
{
    return { QStringLiteral("profile"),           QStringLiteral("add"), id, QStringLiteral("--base-url"), baseUrl,
             QStringLiteral("--credentials-url"), credentialsUrl };
}

// Every item the private keyring holds for the application, whatever its profile.
QByteArray secretToolSearch()
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
                  { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                    QStringLiteral("vendo-inspector") });
    process.waitForFinished(15'000);
    return process.readAllStandardOutput() + process.readAllStandardError();
}

} // namespace

class TestCliProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No session bus: run this suite through tests/secrets/run-with-secret-service.sh (ctest does).");
        QVERIFY(QFileInfo(qEnvironmentVariable("VENDO_CLI")).isExecutable());
        QVERIFY2(qEnvironmentVariable("XDG_CONFIG_HOME").startsWith(qEnvironmentVariable("VENDO_THROWAWAY_HOME")),
                 "XDG_CONFIG_HOME must be the throwaway one");
    }

    void cleanup() { ProfileStore::openSharedSettings()->clear(); }

    void addListRemove()
    {
        QStringList add = addArguments(QStringLiteral("local"), QStringLiteral("http://127.0.0.1:8080"),
                                       QStringLiteral("http://localhost:8081"));
        add << QStringLiteral("--name") << QStringLiteral("Local sandbox") << QStringLiteral("--jwks-url")
            << QStringLiteral("http://127.0.0.1:8080/auth/v1/.well-known/jwks.json") << QStringLiteral("--expect-iss")
            << QStringLiteral("http://127.0.0.1:8080/auth/v1") << QStringLiteral("--expect-aud")
            << QStringLiteral("sandbox-users");
        const Run added = runCli(add);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(QStringLiteral("Added profile \"local\"")), qPrintable(added.out));

        const Run human = runCli({ QStringLiteral("profile"), QStringLiteral("list") });
        QCOMPARE(human.exitCode, 0);
        for (const char *expected : { "production", "staging", "sandbox", "local  Local sandbox  custom",
                                      "http://127.0.0.1:8080", "http://localhost:8081", "sandbox-users" })
            QVERIFY2(human.out.contains(QLatin1String(expected)), expected);

        const Run json = runCli({ QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray profiles = json.json().value(QLatin1String("profiles")).toArray();
        QStringList ids;
        QJsonObject local;
        for (const QJsonValue &value : profiles) {
            ids << value[QLatin1String("id")].toString();
            if (ids.constLast() == QLatin1String("local"))
                local = value.toObject();
        }
        QCOMPARE(ids,
                 QStringList({ QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("sandbox"),
                               QStringLiteral("local") }));
        QCOMPARE(local.value(QLatin1String("name")).toString(), QStringLiteral("Local sandbox"));
        QCOMPARE(local.value(QLatin1String("kind")).toString(), QStringLiteral("custom"));
        QCOMPARE(local.value(QLatin1String("base_url")).toString(), QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(local.value(QLatin1String("credentials_url")).toString(), QStringLiteral("http://localhost:8081"));
        QCOMPARE(local.value(QLatin1String("jwks_url")).toString(),
                 QStringLiteral("http://127.0.0.1:8080/auth/v1/.well-known/jwks.json"));
        QCOMPARE(local.value(QLatin1String("expected_iss")).toString(),
                 QStringLiteral("http://127.0.0.1:8080/auth/v1"));
        QCOMPARE(local.value(QLatin1String("expected_aud")).toString(), QStringLiteral("sandbox-users"));

        // The window's side: the shared settings file holds the profile the CLI added.
        {
            const std::unique_ptr<QSettings> settings = ProfileStore::openSharedSettings();
            QVERIFY2(settings->fileName().startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")),
                     qPrintable(settings->fileName()));
            const ProfileStore store(settings.get());
            const std::optional<Profile> found = store.find(QStringLiteral("local"));
            QVERIFY(found);
            QCOMPARE(found->kind, Profile::Kind::Custom);
            QCOMPARE(found->displayName, QStringLiteral("Local sandbox"));
            QCOMPARE(found->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
            QCOMPARE(found->expectedAudience, QStringLiteral("sandbox-users"));
            QVERIFY(store.knownIds().contains(QStringLiteral("local")));
        }

        // A second add of the same id is refused; the profile is unchanged.
        QCOMPARE(runCli(addArguments(QStringLiteral("local"), QStringLiteral("https://elsewhere.example"),
                                     QStringLiteral("https://elsewhere.example")))
                     .exitCode,
                 2);

        const Run removed = runCli({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("local") });
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QVERIFY2(removed.out.contains(QStringLiteral("key delete --profile local")), qPrintable(removed.out));
        {
            const std::unique_ptr<QSettings> settings = ProfileStore::openSharedSettings();
            QVERIFY(!ProfileStore(settings.get()).find(QStringLiteral("local")));
        }
        const Run again = runCli({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("local") });
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("Unknown profile \"local\"")), qPrintable(again.err));
    }

    // A profile saved by the window's ProfileStore is listed by the CLI.
    void windowProfileSeenByCli()
    {
        {
            const std::unique_ptr<QSettings> settings = ProfileStore::openSharedSettings();
            ProfileStore store(settings.get());
            QCOMPARE(store.save(Profile::custom(QStringLiteral("gui-made"), QStringLiteral("Made in the window"),
                                                QUrl(QStringLiteral("https://staging.example.com")),
                                                QUrl(QStringLiteral("https://credentials.staging.example.com")))),
                     QString());
        }
        const Run list = runCli({ QStringLiteral("profile"), QStringLiteral("list") });
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QStringLiteral("gui-made  Made in the window  custom")), qPrintable(list.out));
    }

    // Profiles the CLI kept in its own file before the file was shared move over, once, with a note.
    void legacyCliProfilesMove()
    {
        {
            const std::unique_ptr<QSettings> legacy = ProfileStore::openLegacyCliSettings();
            QVERIFY(legacy->fileName().startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")));
            QCOMPARE(ProfileStore(legacy.get())
                         .save(Profile::custom(QStringLiteral("old-cli"), QStringLiteral("From the old file"),
                                               QUrl(QStringLiteral("https://old.example.com")),
                                               QUrl(QStringLiteral("https://credentials.old.example.com")))),
                     QString());
        }
        const Run list = runCli({ QStringLiteral("profile"), QStringLiteral("list") });
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QStringLiteral("old-cli  From the old file  custom")), qPrintable(list.out));
        QVERIFY2(list.err.contains(QStringLiteral("Moved the custom profiles old-cli")), qPrintable(list.err));
        const Run again = runCli({ QStringLiteral("profile"), QStringLiteral("list") });
        QVERIFY(again.out.contains(QStringLiteral("old-cli")));
        QVERIFY2(again.err.isEmpty(), qPrintable(again.err));
        const std::unique_ptr<QSettings> settings = ProfileStore::openSharedSettings();
        QVERIFY(ProfileStore(settings.get()).find(QStringLiteral("old-cli")));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        QTest::newRow("http to a public host")
            << addArguments(QStringLiteral("public"), QStringLiteral("http://vendo.example.com"),
                            QStringLiteral("https://credentials.example.com"))
            << QStringLiteral("must use https (plain http is accepted only for loopback hosts)");
        QTest::newRow("not a URL") << addArguments(QStringLiteral("broken"), QStringLiteral("https://exa mple.com"),
                                                   QStringLiteral("https://credentials.example.com"))
                                   << QStringLiteral("is not a valid absolute URL");
        QTest::newRow("a path on the base URL")
            << addArguments(QStringLiteral("path"), QStringLiteral("https://vendo.example.com/api/v1"),
                            QStringLiteral("https://credentials.example.com"))
            << QStringLiteral("origin only");
        QTest::newRow("built-in id") << addArguments(QStringLiteral("production"),
                                                     QStringLiteral("https://vendo.example.com"),
                                                     QStringLiteral("https://credentials.example.com"))
                                     << QStringLiteral("\"production\" is a built-in profile");
        QTest::newRow("sandbox id") << addArguments(QStringLiteral("sandbox"), QStringLiteral("http://127.0.0.1:1"),
                                                    QStringLiteral("http://127.0.0.1:2"))
                                    << QStringLiteral("\"sandbox\" is a built-in profile");
        QTest::newRow("remove built-in") << QStringList { QStringLiteral("profile"), QStringLiteral("remove"),
                                                          QStringLiteral("staging") }
                                         << QStringLiteral("cannot be removed");
        QTest::newRow("id with a slash") << addArguments(QStringLiteral("a/b"), QStringLiteral("https://x.example"),
                                                         QStringLiteral("https://y.example"))
                                         << QStringLiteral("A profile id takes letters");
        QTest::newRow("missing URL") << QStringList { QStringLiteral("profile"), QStringLiteral("add"),
                                                      QStringLiteral("half"), QStringLiteral("--base-url"),
                                                      QStringLiteral("https://x.example") }
                                     << QStringLiteral("needs --base-url and --credentials-url");
        QTest::newRow("no action") << QStringList { QStringLiteral("profile") } << QStringLiteral("Usage:");
        QTest::newRow("add option on list")
            << QStringList { QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--base-url"),
                             QStringLiteral("https://x.example") }
            << QStringLiteral("belong to \"profile add\"");
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const Run r = runCli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        const std::unique_ptr<QSettings> settings = ProfileStore::openSharedSettings();
        QCOMPARE(ProfileStore(settings.get()).profiles().size(), Profile::builtIns().size());
    }

    void keyWithTypoStoresNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("key set") << QStringList { QStringLiteral("key"), QStringLiteral("set") };
        QTest::newRow("key show") << QStringList { QStringLiteral("key"), QStringLiteral("show") };
        QTest::newRow("key delete") << QStringList { QStringLiteral("key"), QStringLiteral("delete") };
        QTest::newRow("whoami") << QStringList { QStringLiteral("whoami") };
        QTest::newRow("connections") << QStringList { QStringLiteral("connections") };
    }

    void keyWithTypoStoresNothing()
    {
        QFETCH(QStringList, arguments);
        QCOMPARE(runCli(addArguments(QStringLiteral("local"), QStringLiteral("http://127.0.0.1:8080"),
                                     QStringLiteral("http://127.0.0.1:8081")))
                     .exitCode,
                 0);
        const QByteArray before = secretToolSearch();
        const Run r = runCli(arguments << QStringLiteral("--profile") << QStringLiteral("prodution"), kKey + '\n');
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Unknown profile \"prodution\"")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Known profiles: production, staging, sandbox, local.")),
                 qPrintable(r.err));
        QVERIFY(!r.out.contains(QString::fromLatin1(kKey)) && !r.err.contains(QString::fromLatin1(kKey)));
        // The Secret Service saw no write: it holds what it held before, and no item for the typo.
        QCOMPARE(secretToolSearch(), before);
        QVERIFY(!secretToolSearch().contains("prodution"));
        const Run show = runCli({ QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--profile"),
                                  QStringLiteral("prodution"), QStringLiteral("--removed-profile") });
        QCOMPARE(show.exitCode, 2); // --removed-profile belongs to delete only
        const Run removed = runCli({ QStringLiteral("key"), QStringLiteral("delete"), QStringLiteral("--profile"),
                                     QStringLiteral("prodution"), QStringLiteral("--removed-profile") });
        QCOMPARE(removed.exitCode, 0);
        QVERIFY2(removed.out.contains(QStringLiteral("no API key")), qPrintable(removed.out));
    }

    // The control case for the check above: a known custom profile's key is stored, and the search sees it.
    void keyForKnownCustomProfileIsStored()
    {
        QCOMPARE(runCli(addArguments(QStringLiteral("local"), QStringLiteral("http://127.0.0.1:8080"),
                                     QStringLiteral("http://127.0.0.1:8081")))
                     .exitCode,
                 0);
        const Run set = runCli(
            { QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("local") },
            kKey + '\n');
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY(secretToolSearch().contains("local/api-key"));
        QCOMPARE(runCli({ QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("local") }).exitCode, 0);
        // The key outlives the profile until deleted by its bare id.
        QVERIFY(secretToolSearch().contains("local/api-key"));
        const Run gone = runCli({ QStringLiteral("key"), QStringLiteral("delete"), QStringLiteral("--profile"),
                                  QStringLiteral("local"), QStringLiteral("--removed-profile") });
        QVERIFY2(gone.exitCode == 0, qPrintable(gone.err));
        QVERIFY(!secretToolSearch().contains("local/api-key"));
    }
};

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"

// Profiles in QSettings: custom profiles round-trip, built-ins are protected, and no secret that a
// client ever held reaches the settings file.
#include "ClientTestSupport.h"
#include "client/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace vendo::client;
using namespace vendo::test;

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    // The CLI's old file: its custom profiles move to the shared one once; one the shared file has
    // already wins, and the old file keeps no profile that "profile remove" would then bring back.
    void adoptsLegacyProfilesOnce()
    {
        QTemporaryDir dir;
        QSettings shared(dir.filePath(QStringLiteral("shared.ini")), QSettings::IniFormat);
        QSettings legacy(dir.filePath(QStringLiteral("legacy.ini")), QSettings::IniFormat);
        ProfileStore store(&shared);
        ProfileStore old(&legacy);
        const QUrl base(QStringLiteral("https://vendo.acme.example"));
        const QUrl credentials(QStringLiteral("https://cred.acme.example"));
        QCOMPARE(old.save(Profile::custom(QStringLiteral("acme"), QStringLiteral("Acme"), base, credentials)),
                 QString());
        QCOMPARE(old.save(Profile::custom(QStringLiteral("both"), QStringLiteral("Old"), base, credentials)),
                 QString());
        QCOMPARE(store.save(Profile::custom(QStringLiteral("both"), QStringLiteral("New"), base, credentials)),
                 QString());

        QCOMPARE(store.adoptLegacyProfiles(&legacy), QStringList { QStringLiteral("acme") });
        QCOMPARE(store.find(QStringLiteral("acme"))->displayName, QStringLiteral("Acme"));
        QCOMPARE(store.find(QStringLiteral("acme"))->baseUrl, base);
        QCOMPARE(store.find(QStringLiteral("both"))->displayName, QStringLiteral("New"));
        QCOMPARE(old.profiles().size(), Profile::builtIns().size());
        QVERIFY(store.remove(QStringLiteral("acme")));
        QCOMPARE(store.adoptLegacyProfiles(&legacy), QStringList());
        QVERIFY(!store.find(QStringLiteral("acme")));
    }

    void roundTripAndNoSecrets()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore store(&settings);
            Profile custom = Profile::custom(QStringLiteral("acme-staging"), QStringLiteral("Acme staging"),
                                             QUrl(QStringLiteral("https://user:pw@vendo.acme.example")),
                                             QUrl(QStringLiteral("https://cred.acme.example")));
            custom.identityTransport = IdentityTransport::Bearer;
            custom.apiVersion = QStringLiteral("2027-01-01");
            QVERIFY2(store.save(custom).isEmpty(), qPrintable(store.save(custom)));
            store.setCurrentId(custom.id);

            // A client built on it, used with a key and a JWT, and its log: none of it is stored.
            FakeNetworkAccessManager network;
            network.enqueue(CannedResponse::json(200, "{\"connections\":[]}"));
            const VendoClient client = VendoClient(&network, custom, canaryApiKey()).forUser(canaryJwt()).value();
            QVERIFY(waitConnections(client.connections()));
            QVERIFY(!store.save(Profile::production()).isEmpty());
            QVERIFY(!store
                         .save(Profile::custom(QStringLiteral("bad"), {}, QUrl(QStringLiteral("http://remote.example")),
                                               QUrl(QStringLiteral("https://c.example"))))
                         .isEmpty());
            settings.sync();
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("acme-staging"));
        QVERIFY(!contents.contains(canaryApiKey().toLatin1()));
        QVERIFY(!contents.contains("vendo_sk_"));
        QVERIFY(!contents.contains(canaryJwt().section(QLatin1Char('.'), 2).toLatin1()));
        QVERIFY(!contents.contains("pw@")); // user info stripped from URLs

        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&settings);
        QCOMPARE(store.currentId(), QStringLiteral("acme-staging"));
        const auto loaded = store.find(QStringLiteral("acme-staging"));
        QVERIFY(loaded);
        QCOMPARE(loaded->kind, Profile::Kind::Custom);
        QCOMPARE(loaded->identityTransport, IdentityTransport::Bearer);
        QCOMPARE(loaded->apiVersion, QStringLiteral("2027-01-01"));
        QCOMPARE(loaded->credentialsUrl, QUrl(QStringLiteral("https://cred.acme.example")));
        QCOMPARE(store.profiles().size(), 3); // production, staging, acme-staging
        QVERIFY(!store.find(QStringLiteral("bad")));
        QVERIFY(!store.remove(QStringLiteral("production")));
        QVERIFY(store.remove(QStringLiteral("acme-staging")));
        QCOMPARE(store.profiles().size(), 2);
    }

    void sandboxProfileIsBuiltFromUrls()
    {
        const Profile p = Profile::sandbox(QUrl(QStringLiteral("http://127.0.0.1:5555")),
                                           QUrl(QStringLiteral("http://127.0.0.1:5555/credentials")));
        QCOMPARE(p.kind, Profile::Kind::Sandbox);
        QCOMPARE(p.id, QStringLiteral("sandbox"));
        QVERIFY(p.validate().isEmpty());
        QCOMPARE(Profile::kindFromName(QStringLiteral("Staging")), std::optional(Profile::Kind::Staging));
        QCOMPARE(Profile::kindName(Profile::Kind::Custom), QStringLiteral("custom"));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"

// The services module (vendo-inspector-services) as the GUI loads it (ui/ServicesLoader): nothing is
// loaded until a request, a signature check or a keychain call needs it; then its QtNetwork backend
// reaches a real SandboxServer on loopback, its checker verifies against the server's key set, and
// its keychain store is the operating system's. Without the module, each of them says why.
#include "client/ConnectionsJob.h"
#include "client/VendoClient.h"
#include "jwt/Clock.h"
#include "sandbox/SandboxServer.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "ui/Services.h"
#include "ui/ServicesLoader.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace vendo;

class TestServicesModule : public QObject
{
    Q_OBJECT

private:
    static constexpr auto kAlice = "a11ce000-0000-4000-8000-000000000001";

    static QStringList moduleFiles()
    {
        return { QDir(QStringLiteral(VENDO_MODULE_DIR)).filePath(QStringLiteral("libvendo-inspector-services.so")) };
    }

    static client::Profile profile(const sandbox::SandboxServer &server)
    {
        return client::Profile::sandbox(server.baseUrl(), server.credentialsUrl(), server.jwksUrl());
    }

    // The check `checker` answers for `token`.
    static jwt::SignatureCheck checked(ui::Services *services, const QUrl &jwksUrl, const QString &token)
    {
        std::optional<jwt::SignatureCheck> answer;
        const auto checker
            = services->signatureChecker(jwksUrl, jwt::SystemClock::instance(), 10'000,
                                         [&answer](const jwt::SignatureCheck &check) { answer = check; });
        checker->check(token);
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15'000))
            return {};
        return *answer;
    }

private slots:
    void nothingIsLoadedBeforeItIsUsed()
    {
        ui::ServicesLoader loader(moduleFiles(), nullptr);
        ui::Services *services = loader.services();
        // A client and a checker are made as soon as a profile is chosen: neither loads the module.
        const client::VendoClient client(services->http(), client::Profile::production(), QString());
        const auto checker = services->signatureChecker(QUrl(QStringLiteral("https://auth.vendo.run/jwks.json")),
                                                        jwt::SystemClock::instance(), 1000, [](const auto &) {});
        QCOMPARE(loader.keychain()->persistence(), secrets::SecretStore::Persistence::Keychain);
        QVERIFY(!loader.isLoaded());
    }

    void requestsGoThroughTheModulesNetwork()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        ui::ServicesLoader loader(moduleFiles(), nullptr);
        QSignalSpy failed(&loader, &ui::ServicesLoader::loadFailed);
        const client::VendoClient app(loader.services()->http(), profile(server), server.demoApiKey());
        const auto scoped = app.forUser(server.mintToken(QString::fromLatin1(kAlice)).token);
        QVERIFY(scoped.ok());
        client::ConnectionsJob *job = scoped->connections();
        QSignalSpy finished(job, &client::ConnectionsJob::finished);
        QVERIFY(finished.wait(15'000));
        const auto result = finished.at(0).at(0).value<client::ConnectionsResult>();
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.value.error().message));
        QVERIFY(!result.value->isEmpty());
        QVERIFY(loader.isLoaded());
        QCOMPARE(failed.size(), 0);
        QVERIFY(loader.services()->cryptoLibraryVersion().startsWith(QStringLiteral("OpenSSL 3.")));
    }

    void signaturesAreCheckedAgainstTheServersKeySet()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        ui::ServicesLoader loader(moduleFiles(), nullptr);
        const QString valid = server.mintToken(QString::fromLatin1(kAlice)).token;
        sandbox::MintOptions forged;
        forged.variant = sandbox::MintOptions::Variant::WrongSignature;
        const QString wrong = server.mintToken(QString::fromLatin1(kAlice), forged).token;
        QCOMPARE(checked(loader.services(), server.jwksUrl(), valid).status, jwt::SignatureStatus::Valid);
        QCOMPARE(checked(loader.services(), server.jwksUrl(), wrong).status, jwt::SignatureStatus::Invalid);
    }

    void theKeychainIsTheSystemOne()
    {
        ui::ServicesLoader loader(moduleFiles(), nullptr);
        QCOMPARE(loader.keychain()->storageName(), QStringLiteral("Secret Service"));
        QVERIFY(loader.isLoaded());
    }

    void aMissingModuleIsNamedByEveryService()
    {
        const QString missing = QDir::temp().filePath(QStringLiteral("no-such-dir/libvendo-inspector-services.so"));
        ui::ServicesLoader loader({ missing }, nullptr);
        QSignalSpy failed(&loader, &ui::ServicesLoader::loadFailed);

        const client::VendoClient app(loader.services()->http(), client::Profile::production(),
                                      QStringLiteral("vendo_sk_live_0123456789abcdef0123"));
        client::ConnectionsJob *job = app.connections();
        QSignalSpy finished(job, &client::ConnectionsJob::finished);
        QVERIFY(finished.wait(5000));
        const auto connections = finished.at(0).at(0).value<client::ConnectionsResult>();
        QVERIFY(!connections.ok());
        QCOMPARE(connections.value.error().kind, client::VendoError::Kind::Network);
        QVERIFY2(connections.value.error().message.contains(missing), qPrintable(connections.value.error().message));

        const jwt::SignatureCheck check = checked(
            loader.services(), QUrl(QStringLiteral("https://auth.vendo.run/jwks")), QStringLiteral("e30.e30.sig"));
        QCOMPARE(check.status, jwt::SignatureStatus::NotChecked);
        QVERIFY2(check.detail.contains(missing), qPrintable(check.detail));

        secrets::SecretJob *read = loader.keychain()->read(QStringLiteral("production"));
        QSignalSpy readDone(read, &secrets::SecretJob::finished);
        QVERIFY(readDone.wait(5000));
        const auto result = readDone.at(0).at(0).value<secrets::SecretResult>();
        QCOMPARE(result.status, secrets::SecretStatus::NoService);
        QVERIFY2(result.detail.contains(missing), qPrintable(result.detail));

        // Said once, however many services asked.
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(missing));
        QVERIFY(!loader.isLoaded());
    }
};

QTEST_MAIN(TestServicesModule)
#include "tst_services_module.moc"

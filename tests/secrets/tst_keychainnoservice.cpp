#include "secrets/KeychainSecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace vendo::secrets;

namespace {

SecretResult run(SecretJob *job)
{
    const SecretResult result = job->waitForFinished();
    delete job;
    return result;
}

} // namespace

// Run where no keychain can be reached: under a session bus that cannot activate anything, or with
// no session bus at all (see CMakeLists.txt). Every operation must come back classified as
// "no keychain service", with its own message, before the timeout: never a hang, never "not found".
class TestKeychainNoService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsEmpty("DISPLAY"), "DISPLAY must be unset: an unlock prompt could hang");
        qInfo("DBUS_SESSION_BUS_ADDRESS=%s", qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS") ? "set" : "unset");
    }

    void everyOperationSaysNoKeychainService_data()
    {
        QTest::addColumn<SecretOperation>("operation");
        // The first row also goes through the start-up retry.
        QTest::newRow("read") << SecretOperation::Read;
        QTest::newRow("write") << SecretOperation::Write;
        QTest::newRow("remove") << SecretOperation::Remove;
    }

    void everyOperationSaysNoKeychainService()
    {
        QFETCH(SecretOperation, operation);
        static KeychainSecretStore store; // one store: the start-up retry happens once, as in the app
        const QString key = QStringLiteral("vendo_sk_a1b2C3d4_e5-F6g7h8i9j0k1l2m3n4o5");
        const SecretResult result
            = run(operation == SecretOperation::Read        ? store.read(QStringLiteral("p"))
                      : operation == SecretOperation::Write ? store.write(QStringLiteral("p"), key)
                                                            : store.remove(QStringLiteral("p")));
        qInfo("%s: %s", qPrintable(SecretError::statusId(statusOf(result))), qPrintable(result.error().detail));
        QCOMPARE(statusOf(result), SecretStatus::NoService);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(!result.error().detail.isEmpty());
        QVERIFY(!result.error().detail.contains(key));
        QVERIFY(!result.error().message.contains(key));
    }

    void cliSaysNoKeychainServiceAndExits3()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("VENDO_API_KEY"));
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(VENDO_CLI_PATH),
                  { QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--profile"),
                    QStringLiteral("staging"), QStringLiteral("--json") });
        QVERIFY(cli.waitForFinished(60'000));
        QCOMPARE(cli.exitCode(), 3);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("none"));
        QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("no_keychain_service"));
    }
};

QTEST_GUILESS_MAIN(TestKeychainNoService)
#include "tst_keychainnoservice.moc"

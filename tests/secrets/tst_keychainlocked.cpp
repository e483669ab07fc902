#include "secrets/KeychainSecretStore.h"

#include <QProcess>
#include <QTest>

using namespace vendo::secrets;

namespace {

const QString kKey = QStringLiteral("vendo_sk_LOCKEDlocked0123456789_-LOCKED99");

SecretResult run(SecretJob *job)
{
    const SecretResult result = job->waitForFinished();
    delete job;
    return result;
}

} // namespace

// A real gnome-keyring whose login collection gets locked while a key is stored. gnome-keyring then
// refuses writes but answers reads with "not found" and deletes with success (docs/platform-notes.md); the store
// must report a locked keyring for all three, never "no key yet". Its own session: the keyring
// stays locked until the session ends.
class TestKeychainLocked : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No session bus: run this suite through tests/secrets/run-with-secret-service.sh (ctest does).");
        QVERIFY2(qEnvironmentVariableIsEmpty("DISPLAY"), "DISPLAY must be unset: an unlock prompt could hang");

        KeychainSecretStore store;
        QVERIFY(run(store.write(QStringLiteral("locked"), kKey)).has_value());
        QProcess lock;
        lock.start(QStringLiteral("dbus-send"),
                   { QStringLiteral("--session"), QStringLiteral("--print-reply"),
                     QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                     QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                     QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login") });
        QVERIFY(lock.waitForFinished(15'000));
        QCOMPARE(lock.exitCode(), 0);
    }

    void everyOperationSaysLocked_data()
    {
        QTest::addColumn<SecretOperation>("operation");
        QTest::newRow("read") << SecretOperation::Read;
        QTest::newRow("write") << SecretOperation::Write;
        QTest::newRow("remove") << SecretOperation::Remove;
        QTest::newRow("read again") << SecretOperation::Read;
    }

    void everyOperationSaysLocked()
    {
        QFETCH(SecretOperation, operation);
        KeychainSecretStore store; // fresh: no memory of an earlier failed write
        const SecretResult result
            = run(operation == SecretOperation::Read        ? store.read(QStringLiteral("locked"))
                      : operation == SecretOperation::Write ? store.write(QStringLiteral("locked"), kKey)
                                                            : store.remove(QStringLiteral("locked")));
        qInfo("%s: %s", qPrintable(SecretError::statusId(statusOf(result))), qPrintable(result.error().detail));
        QCOMPARE(statusOf(result), SecretStatus::LockedOrDenied);
        QVERIFY(result.value_or(QString()).isEmpty());
        QVERIFY(!result.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainLocked)
#include "tst_keychainlocked.moc"

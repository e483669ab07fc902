#include "secrets/KeychainSecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace vendo::secrets;

namespace {

const QString kKeyA = QStringLiteral("vendo_sk_AAAAaaaa1111____----AAAAaaaa1111");
const QString kKeyB = QStringLiteral("vendo_sk_BBBBbbbb2222____----BBBBbbbb2222");

SecretResult run(SecretJob *job)
{
    const SecretResult result = job->waitForFinished();
    delete job;
    return result;
}

struct Lookup
{
    int exitCode = -1;
    QByteArray output;
};

// What another program sees in the Secret Service: the attributes QtKeychain stores are
// server=<service> and user=<entry> (docs/platform-notes.md).
Lookup secretToolLookup(const QString &entry)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
                  { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("vendo-inspector"),
                    QStringLiteral("user"), entry });
    if (!process.waitForFinished(15'000))
        return {};
    return { process.exitCode(), process.readAllStandardOutput() };
}

} // namespace

// KeychainSecretStore against the real gnome-keyring Secret Service (run-with-secret-service.sh).
class TestKeychainSecretService : public QObject
{
    Q_OBJECT

    KeychainSecretStore m_store;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No session bus: run this suite through tests/secrets/run-with-secret-service.sh (ctest does).");
        QVERIFY2(qEnvironmentVariableIsEmpty("DISPLAY"), "DISPLAY must be unset: an unlock prompt could hang");
    }

    void cleanup()
    {
        // Each test starts from an empty keychain; "not found" is fine here.
        for (const auto *profile : { "alpha", "beta" }) {
            const SecretResult removed = run(m_store.remove(QString::fromLatin1(profile)));
            QVERIFY2(removed.has_value() || statusOf(removed) == SecretStatus::NotFound,
                     qPrintable(removed ? QString() : removed.error().message));
        }
    }

    void readOfAMissingKeyIsNotFound()
    {
        const SecretResult result = run(m_store.read(QStringLiteral("never-stored")));
        QCOMPARE(statusOf(result), SecretStatus::NotFound);
        QVERIFY(result.value_or(QString()).isEmpty());
    }

    void writeReadOverwriteDelete()
    {
        QVERIFY(run(m_store.write(QStringLiteral("alpha"), kKeyA)).has_value());
        SecretResult read = run(m_store.read(QStringLiteral("alpha")));
        QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error().detail));
        QCOMPARE(read.value_or(QString()), kKeyA);

        QVERIFY(run(m_store.write(QStringLiteral("alpha"), kKeyB)).has_value());
        QCOMPARE(run(m_store.read(QStringLiteral("alpha"))).value_or(QString()), kKeyB);

        const SecretResult removed = run(m_store.remove(QStringLiteral("alpha")));
        QVERIFY2(removed.has_value(), qPrintable(removed ? QString() : removed.error().detail));
        QCOMPARE(statusOf(run(m_store.read(QStringLiteral("alpha")))), SecretStatus::NotFound);
        // Measured: the libsecret backend reports success when deleting an entry that does not exist.
        QVERIFY(run(m_store.remove(QStringLiteral("alpha"))).has_value());
    }

    void profilesAreIsolated()
    {
        QVERIFY(run(m_store.write(QStringLiteral("alpha"), kKeyA)).has_value());
        QVERIFY(run(m_store.write(QStringLiteral("beta"), kKeyB)).has_value());
        QCOMPARE(run(m_store.read(QStringLiteral("alpha"))).value_or(QString()), kKeyA);
        QCOMPARE(run(m_store.read(QStringLiteral("beta"))).value_or(QString()), kKeyB);

        QVERIFY(run(m_store.remove(QStringLiteral("alpha"))).has_value());
        QCOMPARE(statusOf(run(m_store.read(QStringLiteral("alpha")))), SecretStatus::NotFound);
        QCOMPARE(run(m_store.read(QStringLiteral("beta"))).value_or(QString()), kKeyB);
    }

    void secretToolSeesTheItem()
    {
        QVERIFY(run(m_store.write(QStringLiteral("alpha"), kKeyA)).has_value());
        const Lookup found = secretToolLookup(QStringLiteral("alpha/api-key"));
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(found.output, kKeyA.toUtf8());
        // Namespaced: nothing under the bare profile name, nothing for another profile.
        QVERIFY(secretToolLookup(QStringLiteral("alpha")).output.isEmpty());
        QVERIFY(secretToolLookup(QStringLiteral("beta/api-key")).output.isEmpty());

        QVERIFY(run(m_store.remove(QStringLiteral("alpha"))).has_value());
        const Lookup gone = secretToolLookup(QStringLiteral("alpha/api-key"));
        QVERIFY(gone.exitCode != -1);
        QVERIFY(gone.output.isEmpty());
    }

    void malformedKeyNeverReachesTheKeychain()
    {
        QCOMPARE(statusOf(run(m_store.write(QStringLiteral("alpha"), QStringLiteral("vendo_sk_tooshort")))),
                 SecretStatus::InvalidKey);
        QCOMPARE(statusOf(run(m_store.read(QStringLiteral("alpha")))), SecretStatus::NotFound);
    }

    void jobsFinishThroughSignals()
    {
        SecretJob *job = m_store.write(QStringLiteral("alpha"), kKeyA);
        QSignalSpy spy(job, &SecretJob::finished);
        QVERIFY(spy.wait(15'000));
        QVERIFY(spy.first().first().value<SecretResult>().has_value());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretService)
#include "tst_keychainsecretservice.moc"

#include "FakeSecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace vendo::secrets;
using vendo::test::FakeSecretStore;

namespace {

const QString kKey = QStringLiteral("vendo_sk_a1b2C3d4_e5-F6g7h8i9j0k1l2m3n4o5");

} // namespace

// The fake other suites (ui) rely on must behave like the real stores where it claims to.
class TestFakeSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void behavesLikeAStore()
    {
        FakeSecretStore store;
        QCOMPARE(statusOf(store.read(QStringLiteral("p"))->waitForFinished()), SecretStatus::NotFound);
        QVERIFY(store.write(QStringLiteral("p"), QStringLiteral(" ") + kKey)->waitForFinished().has_value());
        QCOMPARE(store.storedKey(QStringLiteral("p")), kKey);
        QCOMPARE(store.read(QStringLiteral("p"))->waitForFinished().value_or(QString()), kKey);
        QCOMPARE(statusOf(store.write(QStringLiteral("p"), QStringLiteral("nope"))->waitForFinished()),
                 SecretStatus::InvalidKey);
        QCOMPARE(store.storedKey(QStringLiteral("p")), kKey);
        QVERIFY(store.remove(QStringLiteral("p"))->waitForFinished().has_value());
        QVERIFY(!store.contains(QStringLiteral("p")));
        QCOMPARE(store.callCount(SecretOperation::Read), 2);
    }

    void scriptedFailures()
    {
        FakeSecretStore store;
        store.setStoredKey(QStringLiteral("p"), kKey);
        store.failWith(SecretOperation::Read, SecretStatus::LockedOrDenied, QStringLiteral("locked"));
        const SecretResult result = store.read(QStringLiteral("p"))->waitForFinished();
        QCOMPARE(statusOf(result), SecretStatus::LockedOrDenied);
        QCOMPARE(result.error().detail, QStringLiteral("locked"));
        QVERIFY(result.value_or(QString()).isEmpty());
        store.clearFailures();
        QCOMPARE(store.read(QStringLiteral("p"))->waitForFinished().value_or(QString()), kKey);
    }

    void heldJobsFinishOnRelease()
    {
        FakeSecretStore store(SecretStore::Persistence::SessionOnly);
        QVERIFY(store.isSessionOnly());
        store.setHold(true);
        SecretJob *job = store.write(QStringLiteral("p"), kKey);
        QSignalSpy spy(job, &SecretJob::finished);
        QVERIFY(!job->isFinished());
        QCOMPARE(store.pendingCount(), 1);
        store.releaseAll();
        QVERIFY(spy.wait(5000));
        QCOMPARE(store.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFakeSecretStore)
#include "tst_fakesecretstore.moc"

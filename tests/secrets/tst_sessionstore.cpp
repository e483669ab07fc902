#include "secrets/SecretBuffer.h"
#include "secrets/SessionSecretStore.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace vendo::secrets;

namespace {

const QString kKeyA = QStringLiteral("vendo_sk_a1b2C3d4_e5-F6g7h8i9j0k1l2m3n4o5");
const QString kKeyB = QStringLiteral("vendo_sk_ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ");

SecretResult run(SecretJob *job)
{
    const SecretResult result = job->waitForFinished();
    delete job;
    return result;
}

} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT

private slots:
    void isSessionOnly()
    {
        SessionSecretStore store;
        QCOMPARE(store.persistence(), SecretStore::Persistence::SessionOnly);
        QVERIFY(store.isSessionOnly());
        QVERIFY(!store.storageName().isEmpty());
    }

    void writeReadOverwriteRemove()
    {
        SessionSecretStore store;
        QCOMPARE(statusOf(run(store.read(QStringLiteral("p")))), SecretStatus::NotFound);
        QVERIFY(run(store.write(QStringLiteral("p"), kKeyA)).has_value());
        QCOMPARE(run(store.read(QStringLiteral("p"))).value_or(QString()), kKeyA);
        QVERIFY(run(store.write(QStringLiteral("p"), kKeyB)).has_value());
        QCOMPARE(run(store.read(QStringLiteral("p"))).value_or(QString()), kKeyB);
        QVERIFY(run(store.remove(QStringLiteral("p"))).has_value());
        QCOMPARE(statusOf(run(store.read(QStringLiteral("p")))), SecretStatus::NotFound);
        QCOMPARE(statusOf(run(store.remove(QStringLiteral("p")))), SecretStatus::NotFound);
    }

    void profilesAreIsolated()
    {
        SessionSecretStore store;
        QVERIFY(run(store.write(QStringLiteral("a"), kKeyA)).has_value());
        QVERIFY(run(store.write(QStringLiteral("b"), kKeyB)).has_value());
        QCOMPARE(run(store.read(QStringLiteral("a"))).value_or(QString()), kKeyA);
        QCOMPARE(run(store.read(QStringLiteral("b"))).value_or(QString()), kKeyB);
        QVERIFY(run(store.remove(QStringLiteral("a"))).has_value());
        QCOMPARE(run(store.read(QStringLiteral("b"))).value_or(QString()), kKeyB);
    }

    void invalidKeyIsNotStored()
    {
        SessionSecretStore store;
        const SecretResult result = run(store.write(QStringLiteral("p"), QStringLiteral("sk_live_nope")));
        QCOMPARE(statusOf(result), SecretStatus::InvalidKey);
        QVERIFY(result.error().message.contains(QStringLiteral("vendo_sk_")));
        QCOMPARE(statusOf(run(store.read(QStringLiteral("p")))), SecretStatus::NotFound);
    }

    // A key read out is the reader's own string; the store's copy is overwritten when the store drops it
    // (a new key for the profile, remove, the end of the session), whoever still holds a read copy.
    void droppedKeysAreWiped()
    {
        static std::vector<QByteArray> wiped;
        wiped.clear();
        SecretBuffer::setWipeObserver([](const char *data, qsizetype size) { wiped.emplace_back(data, size); });
        const auto restore = qScopeGuard([] { SecretBuffer::setWipeObserver(nullptr); });
        const auto allWiped = [] {
            return !wiped.empty() && std::all_of(wiped.begin(), wiped.end(), [](const QByteArray &storage) {
                return storage.size() >= kKeyA.size() && storage.count('\0') == storage.size();
            });
        };

        auto store = std::make_unique<SessionSecretStore>();
        QVERIFY(run(store->write(QStringLiteral("p"), kKeyA)).has_value());
        QVERIFY(run(store->write(QStringLiteral("q"), kKeyA)).has_value());
        const QString held = run(store->read(QStringLiteral("p"))).value_or(QString());
        wiped.clear();
        QVERIFY(run(store->write(QStringLiteral("p"), kKeyB)).has_value());
        QVERIFY(allWiped());
        wiped.clear();
        QVERIFY(run(store->remove(QStringLiteral("q"))).has_value());
        QVERIFY(allWiped());
        wiped.clear();
        store.reset();
        QVERIFY(allWiped());
        QCOMPARE(held, kKeyA); // the reader's copy is its own
    }

    void finishedArrivesFromTheEventLoopAndJobDeletesItself()
    {
        SessionSecretStore store;
        QPointer<SecretJob> job = store.write(QStringLiteral("p"), kKeyA);
        QSignalSpy spy(job.data(), &SecretJob::finished);
        QCOMPARE(spy.size(), 0);
        QVERIFY(spy.wait(5000));
        QVERIFY(spy.first().first().value<SecretResult>().has_value());
        QTRY_VERIFY(job.isNull());
    }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"

#include "FakeKeychainBackend.h"
#include "secrets/KeychainSecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace vendo::secrets;
using vendo::test::FakeKeychainBackend;
using Outcome = KeychainBackend::Outcome;
using namespace std::chrono_literals;

namespace {

const QString kKey = QStringLiteral("vendo_sk_a1b2C3d4_e5-F6g7h8i9j0k1l2m3n4o5");

Outcome outcome(QKeychain::Error error, const QString &text = QString(), const QString &secret = QString())
{
    return Outcome { error, text, secret };
}

} // namespace

// KeychainSecretStore over a fake backend: what the store makes of every answer QtKeychain can give,
// of no answer at all, and of an answer that comes too late.
class TestKeychainStore : public QObject
{
    Q_OBJECT

    std::shared_ptr<vendo::test::FakeKeychain> m_backend;
    std::unique_ptr<KeychainSecretStore> m_store;

    SecretResult finishedResult(SecretJob *job)
    {
        QSignalSpy spy(job, &SecretJob::finished);
        job->setAutoDelete(false);
        spy.wait(5000);
        const SecretResult result = spy.isEmpty() ? job->result() : spy.first().first().value<SecretResult>();
        delete job;
        return result;
    }

private slots:
    void init()
    {
        m_backend = std::make_shared<vendo::test::FakeKeychain>();
        m_store = std::make_unique<KeychainSecretStore>(std::make_unique<FakeKeychainBackend>(m_backend),
                                                        QStringLiteral("vendo-inspector"));
        m_store->setStartupRetryDelay(0ms);
    }

    void cleanup()
    {
        m_store.reset();
        m_backend.reset();
    }

    void entriesAreNamespacedPerProfile()
    {
        delete m_store->read(QStringLiteral("staging"));
        QCOMPARE(m_backend->calls().size(), 1);
        QCOMPARE(m_backend->calls().at(0).service, QStringLiteral("vendo-inspector"));
        QCOMPARE(m_backend->calls().at(0).key, QStringLiteral("staging/api-key"));
        QCOMPARE(m_store->persistence(), SecretStore::Persistence::Keychain);
        QVERIFY(!m_store->isSessionOnly());
    }

    void everyKeychainError_data()
    {
        QTest::addColumn<SecretOperation>("operation");
        QTest::addColumn<QKeychain::Error>("error");
        QTest::addColumn<QString>("errorString");
        QTest::addColumn<SecretStatus>("expected");

        const QString noBus = QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY");
        const QString noSecrets
            = QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");
        const QString notUnlocked
            = QStringLiteral("Object does not exist at path “/org/freedesktop/secrets/collection/login”");
        for (auto operation : { SecretOperation::Read, SecretOperation::Write, SecretOperation::Remove }) {
            const char *name = operation == SecretOperation::Read ? "read"
                : operation == SecretOperation::Write             ? "write"
                                                                  : "remove";
            const auto row = [&](const char *what) -> QTestData & { return QTest::addRow("%s: %s", name, what); };
            row("NoError") << operation << QKeychain::NoError << QString() << SecretStatus::Ok;
            row("EntryNotFound") << operation << QKeychain::EntryNotFound << QStringLiteral("No match")
                                 << (operation == SecretOperation::Write ? SecretStatus::Other
                                                                         : SecretStatus::NotFound);
            row("CouldNotDeleteEntry") << operation << QKeychain::CouldNotDeleteEntry << QStringLiteral("x")
                                       << SecretStatus::Other;
            row("AccessDeniedByUser") << operation << QKeychain::AccessDeniedByUser << QString()
                                      << SecretStatus::LockedOrDenied;
            row("AccessDenied") << operation << QKeychain::AccessDenied << QString() << SecretStatus::LockedOrDenied;
            row("NoBackendAvailable") << operation << QKeychain::NoBackendAvailable << QString()
                                      << SecretStatus::NoService;
            row("NotImplemented") << operation << QKeychain::NotImplemented << QString() << SecretStatus::NoService;
            row("OtherError: no bus") << operation << QKeychain::OtherError << noBus << SecretStatus::NoService;
            row("OtherError: no Secret Service")
                << operation << QKeychain::OtherError << noSecrets << SecretStatus::NoService;
            row("OtherError: not unlocked")
                << operation << QKeychain::OtherError << notUnlocked << SecretStatus::LockedOrDenied;
            row("OtherError: other") << operation << QKeychain::OtherError << QStringLiteral("?")
                                     << SecretStatus::Other;
        }
    }

    void everyKeychainError()
    {
        QFETCH(SecretOperation, operation);
        QFETCH(QKeychain::Error, error);
        QFETCH(QString, errorString);
        QFETCH(SecretStatus, expected);

        m_backend->script(outcome(error, errorString, error == QKeychain::NoError ? kKey : QString()));
        SecretJob *job = operation == SecretOperation::Read ? m_store->read(QStringLiteral("p"))
            : operation == SecretOperation::Write           ? m_store->write(QStringLiteral("p"), kKey)
                                                            : m_store->remove(QStringLiteral("p"));
        const SecretResult result = finishedResult(job);
        QCOMPARE(statusOf(result), expected);
        QCOMPARE(result.has_value(), expected == SecretStatus::Ok);
        if (result) {
            QCOMPARE(*result, operation == SecretOperation::Read ? kKey : QString());
        } else {
            QCOMPARE(result.error().operation, operation);
            QVERIFY(!result.error().message.isEmpty());
            QCOMPARE(result.error().detail, errorString);
            QVERIFY(!result.error().message.contains(kKey));
        }
    }

    void writeValidatesBeforeTouchingTheKeychain()
    {
        const SecretResult result
            = finishedResult(m_store->write(QStringLiteral("p"), QStringLiteral("vendo_sk_short")));
        QCOMPARE(statusOf(result), SecretStatus::InvalidKey);
        QVERIFY(result.error().message.contains(QStringLiteral("too short")));
        QVERIFY(m_backend->calls().isEmpty());
    }

    void writeStoresTheTrimmedKey()
    {
        m_backend->script(outcome(QKeychain::NoError));
        const SecretResult result
            = finishedResult(m_store->write(QStringLiteral("p"), QStringLiteral("  ") + kKey + QStringLiteral("\n")));
        QVERIFY(result.has_value());
        QCOMPARE(m_backend->calls().at(0).secret, kKey);
    }

    void notFoundAfterAFailedWriteIsAFailure()
    {
        // A locked gnome-keyring refuses the write and then answers the read with "not found".
        m_backend->script(
            outcome(QKeychain::AccessDenied, QStringLiteral("Cannot create an item in a locked collection")));
        m_backend->script(outcome(QKeychain::EntryNotFound, QStringLiteral("No match")));
        QCOMPARE(statusOf(finishedResult(m_store->write(QStringLiteral("p"), kKey))), SecretStatus::LockedOrDenied);
        const SecretResult read = finishedResult(m_store->read(QStringLiteral("p")));
        QCOMPARE(statusOf(read), SecretStatus::LockedOrDenied);
        QVERIFY(!read.error().message.isEmpty());

        // Another profile is not affected, and a later successful write clears the doubt.
        m_backend->script(outcome(QKeychain::EntryNotFound));
        QCOMPARE(statusOf(finishedResult(m_store->read(QStringLiteral("other")))), SecretStatus::NotFound);
        m_backend->script(outcome(QKeychain::NoError));
        QVERIFY(finishedResult(m_store->write(QStringLiteral("p"), kKey)).has_value());
        m_backend->script(outcome(QKeychain::EntryNotFound));
        QCOMPARE(statusOf(finishedResult(m_store->read(QStringLiteral("p")))), SecretStatus::NotFound);
    }

    // A locked gnome-keyring answers a read with "not found" and a delete with success: the store asks
    // whether the keyring is locked before believing either.
    void lockedKeyringIsNotNotFound_data()
    {
        QTest::addColumn<SecretOperation>("operation");
        QTest::addColumn<QKeychain::Error>("error");
        QTest::addColumn<std::optional<bool>>("locked");
        QTest::addColumn<SecretStatus>("expected");
        QTest::addColumn<int>("probes");

        const std::optional<bool> unknown;
        const auto read = SecretOperation::Read;
        const auto remove = SecretOperation::Remove;
        QTest::newRow("read not found, locked")
            << read << QKeychain::EntryNotFound << std::optional(true) << SecretStatus::LockedOrDenied << 1;
        QTest::newRow("read not found, unlocked")
            << read << QKeychain::EntryNotFound << std::optional(false) << SecretStatus::NotFound << 1;
        QTest::newRow("read not found, cannot tell")
            << read << QKeychain::EntryNotFound << unknown << SecretStatus::NotFound << 1;
        QTest::newRow("read ok: no probe")
            << read << QKeychain::NoError << std::optional(true) << SecretStatus::Ok << 0;
        QTest::newRow("read no service: no probe")
            << read << QKeychain::NoBackendAvailable << std::optional(true) << SecretStatus::NoService << 0;
        QTest::newRow("remove ok, locked")
            << remove << QKeychain::NoError << std::optional(true) << SecretStatus::LockedOrDenied << 1;
        QTest::newRow("remove ok, unlocked")
            << remove << QKeychain::NoError << std::optional(false) << SecretStatus::Ok << 1;
        QTest::newRow("remove not found, locked")
            << remove << QKeychain::EntryNotFound << std::optional(true) << SecretStatus::LockedOrDenied << 1;
        QTest::newRow("write ok: no probe")
            << SecretOperation::Write << QKeychain::NoError << std::optional(true) << SecretStatus::Ok << 0;
    }

    void lockedKeyringIsNotNotFound()
    {
        QFETCH(SecretOperation, operation);
        QFETCH(QKeychain::Error, error);
        QFETCH(std::optional<bool>, locked);
        QFETCH(SecretStatus, expected);
        QFETCH(int, probes);

        m_backend->setLocked(locked);
        m_backend->script(outcome(error, QString(), error == QKeychain::NoError ? kKey : QString()));
        SecretJob *job = operation == SecretOperation::Read ? m_store->read(QStringLiteral("p"))
            : operation == SecretOperation::Write           ? m_store->write(QStringLiteral("p"), kKey)
                                                            : m_store->remove(QStringLiteral("p"));
        const SecretResult result = finishedResult(job);
        QCOMPARE(statusOf(result), expected);
        QCOMPARE(m_backend->lockProbes(), probes);
        if (expected == SecretStatus::LockedOrDenied)
            QVERIFY(result.error().message.contains(QStringLiteral("locked")));
    }

    void timeoutWhenTheKeychainNeverAnswers()
    {
        m_store->setTimeout(50ms);
        SecretJob *job = m_store->read(QStringLiteral("p"));
        QSignalSpy spy(job, &SecretJob::finished);
        QVERIFY(spy.wait(5000));
        const auto result = spy.first().first().value<SecretResult>();
        QCOMPARE(statusOf(result), SecretStatus::Timeout);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(m_backend->calls().size(), 1);
        QVERIFY(!m_backend->calls().at(0).answered);
    }

    void notFoundAfterATimedOutWriteIsAFailure()
    {
        m_store->setTimeout(50ms);
        QCOMPARE(statusOf(finishedResult(m_store->write(QStringLiteral("p"), kKey))), SecretStatus::Timeout);
        m_store->setTimeout(KeychainSecretStore::kDefaultTimeout);
        m_backend->script(outcome(QKeychain::EntryNotFound));
        QCOMPARE(statusOf(finishedResult(m_store->read(QStringLiteral("p")))), SecretStatus::Timeout);
    }

    void lateAnswerIsIgnoredWhileTheJobLives()
    {
        m_store->setTimeout(50ms);
        SecretJob *job = m_store->read(QStringLiteral("p"));
        job->setAutoDelete(false);
        QSignalSpy spy(job, &SecretJob::finished);
        QVERIFY(spy.wait(5000));
        QVERIFY(m_backend->answer(0, outcome(QKeychain::NoError, QString(), kKey)));
        QCoreApplication::processEvents();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(statusOf(job->result()), SecretStatus::Timeout);
        QVERIFY(job->result().value_or(QString()).isEmpty());
        delete job;
    }

    void lateAnswerAfterTheJobIsGoneGoesNowhere()
    {
        m_store->setTimeout(50ms);
        QPointer<SecretJob> job = m_store->read(QStringLiteral("p"));
        QSignalSpy spy(job.data(), &SecretJob::finished);
        QVERIFY(spy.wait(5000));
        QTRY_VERIFY(job.isNull()); // auto-deleted after finishing
        QVERIFY(!m_backend->answer(0, outcome(QKeychain::NoError, QString(), kKey)));
        QCOMPARE(spy.size(), 1);
    }

    void lateAnswerAfterTheStoreIsGoneGoesNowhere()
    {
        m_store->read(QStringLiteral("p"));
        m_store.reset();
        QVERIFY(!m_backend->answer(0, outcome(QKeychain::NoError, QString(), kKey)));
    }

    void startupRetryOnceWhenTheServiceIsStarting()
    {
        m_store->setStartupRetryDelay(10ms);
        m_backend->script(outcome(QKeychain::OtherError,
                                  QStringLiteral("The name org.freedesktop.secrets was not "
                                                 "provided by any .service files")));
        m_backend->script(outcome(QKeychain::NoError, QString(), kKey));
        const SecretResult first = finishedResult(m_store->read(QStringLiteral("p")));
        QVERIFY(first.has_value());
        QCOMPARE(first.value_or(QString()), kKey);
        QCOMPARE(m_backend->calls().size(), 2);

        // Only once per store: later calls report the missing service straight away.
        m_backend->script(outcome(QKeychain::NoBackendAvailable));
        QCOMPARE(statusOf(finishedResult(m_store->read(QStringLiteral("p")))), SecretStatus::NoService);
        QCOMPARE(m_backend->calls().size(), 3);
    }

    void startupRetryGivesUpAfterOneMoreAttempt()
    {
        m_store->setStartupRetryDelay(10ms);
        m_backend->script(outcome(QKeychain::NoBackendAvailable));
        m_backend->script(outcome(QKeychain::NoBackendAvailable));
        QCOMPARE(statusOf(finishedResult(m_store->read(QStringLiteral("p")))), SecretStatus::NoService);
        QCOMPARE(m_backend->calls().size(), 2);
    }

    void noStartupRetryOnceTheKeychainHasAnswered()
    {
        m_store->setStartupRetryDelay(10ms);
        m_backend->script(outcome(QKeychain::EntryNotFound));
        QCOMPARE(statusOf(finishedResult(m_store->read(QStringLiteral("p")))), SecretStatus::NotFound);
        m_backend->script(outcome(QKeychain::NoBackendAvailable));
        QCOMPARE(statusOf(finishedResult(m_store->read(QStringLiteral("p")))), SecretStatus::NoService);
        QCOMPARE(m_backend->calls().size(), 2);
    }

    void finishedIsNeverEmittedInsideTheCall()
    {
        m_backend->script(outcome(QKeychain::NoError, QString(), kKey));
        SecretJob *job = m_store->read(QStringLiteral("p"));
        QSignalSpy spy(job, &SecretJob::finished);
        QVERIFY(job->isFinished());
        QCOMPARE(spy.size(), 0);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.size(), 1);
    }

    void waitForFinishedReturnsTheResult()
    {
        m_backend->script(outcome(QKeychain::NoError, QString(), kKey));
        SecretJob *job = m_store->read(QStringLiteral("p"));
        const SecretResult result = job->waitForFinished();
        QCOMPARE(result.value_or(QString()), kKey);
        delete job;
    }

    void platformNameIsKnown() { QVERIFY(!KeychainSecretStore::platformKeychainName().isEmpty()); }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"

#include "secrets/KeychainErrorClassifier.h"

#include <QTest>

using vendo::secrets::KeychainErrorClassifier;
using vendo::secrets::SecretError;
using vendo::secrets::SecretOperation;
using vendo::secrets::SecretStatus;

// The classification table of issue 6, row by row: every QKeychain::Error for every operation, and
// the OtherError texts that docs/platform-notes.md measured on the libsecret backend.
class TestKeychainClassifier : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<SecretOperation>("operation");
        QTest::addColumn<QKeychain::Error>("error");
        QTest::addColumn<QString>("errorString");
        QTest::addColumn<SecretStatus>("expected");

        const struct
        {
            const char *name;
            SecretOperation operation;
        } operations[] = { { "read", SecretOperation::Read },
                           { "write", SecretOperation::Write },
                           { "remove", SecretOperation::Remove } };
        for (const auto &op : operations) {
            const auto row = [&](const char *what) -> QTestData & { return QTest::addRow("%s: %s", op.name, what); };
            row("NoError") << op.operation << QKeychain::NoError << QString() << SecretStatus::Ok;
            row("EntryNotFound") << op.operation << QKeychain::EntryNotFound
                                 << QStringLiteral("No match")
                                 // Nothing was stored by a write that ends in "not found".
                                 << (op.operation == SecretOperation::Write ? SecretStatus::Other
                                                                            : SecretStatus::NotFound);
            row("CouldNotDeleteEntry") << op.operation << QKeychain::CouldNotDeleteEntry
                                       << QStringLiteral("Could not delete") << SecretStatus::Other;
            row("AccessDeniedByUser") << op.operation << QKeychain::AccessDeniedByUser << QStringLiteral("User denied")
                                      << SecretStatus::LockedOrDenied;
            row("AccessDenied") << op.operation << QKeychain::AccessDenied << QStringLiteral("Cannot create an item")
                                << SecretStatus::LockedOrDenied;
            row("NoBackendAvailable") << op.operation << QKeychain::NoBackendAvailable
                                      << QStringLiteral("No keychain service available") << SecretStatus::NoService;
            row("NotImplemented") << op.operation << QKeychain::NotImplemented << QStringLiteral("Not implemented")
                                  << SecretStatus::NoService;
            row("OtherError, no session bus")
                << op.operation << QKeychain::OtherError
                << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << SecretStatus::NoService;
            row("OtherError, no Secret Service on the bus")
                << op.operation << QKeychain::OtherError
                << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
                << SecretStatus::NoService;
            row("OtherError, ServiceUnknown")
                << op.operation << QKeychain::OtherError
                << QStringLiteral("GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: no such name")
                << SecretStatus::NoService;
            row("OtherError, bad bus address")
                << op.operation << QKeychain::OtherError
                << QStringLiteral("Could not connect: No such file or directory") << SecretStatus::NoService;
            row("OtherError, keyring not unlocked")
                << op.operation << QKeychain::OtherError
                << QStringLiteral("Object does not exist at path “/org/freedesktop/secrets/collection/login”")
                << SecretStatus::LockedOrDenied;
            row("OtherError, prompt dismissed")
                << op.operation << QKeychain::OtherError << QStringLiteral("The prompt was dismissed")
                << SecretStatus::LockedOrDenied;
            row("OtherError, D-Bus timeout") << op.operation << QKeychain::OtherError
                                             << QStringLiteral("Timeout was reached") << SecretStatus::Timeout;
            row("OtherError, no reply")
                << op.operation << QKeychain::OtherError
                << QStringLiteral("GDBus.Error:org.freedesktop.DBus.Error.NoReply: Did not receive a reply")
                << SecretStatus::Timeout;
            row("OtherError, unknown text") << op.operation << QKeychain::OtherError
                                            << QStringLiteral("Something odd happened") << SecretStatus::Other;
            row("OtherError, empty text") << op.operation << QKeychain::OtherError << QString() << SecretStatus::Other;
        }
    }

    void classify()
    {
        QFETCH(SecretOperation, operation);
        QFETCH(QKeychain::Error, error);
        QFETCH(QString, errorString);
        QFETCH(SecretStatus, expected);

        QCOMPARE(KeychainErrorClassifier::classify(operation, error, errorString), expected);
    }

    void everyFailureTellsTheOperatorWhatToDo_data()
    {
        QTest::addColumn<SecretOperation>("operation");
        QTest::addColumn<SecretStatus>("status");
        for (auto operation : { SecretOperation::Read, SecretOperation::Write, SecretOperation::Remove }) {
            for (auto status : { SecretStatus::NotFound, SecretStatus::NoService, SecretStatus::LockedOrDenied,
                                 SecretStatus::Timeout, SecretStatus::InvalidKey, SecretStatus::Other }) {
                QTest::addRow("%d/%s", int(operation), qPrintable(SecretError::statusId(status)))
                    << operation << status;
            }
        }
    }

    void everyFailureTellsTheOperatorWhatToDo()
    {
        QFETCH(SecretOperation, operation);
        QFETCH(SecretStatus, status);
        const SecretError error = SecretError::make(operation, status, QStringLiteral("backend words"));
        QCOMPARE(error.status, status);
        QCOMPARE(error.operation, operation);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(error.detail, QStringLiteral("backend words"));
    }

    void statusIdsAreStable()
    {
        QCOMPARE(SecretError::statusId(SecretStatus::Ok), QStringLiteral("ok"));
        QCOMPARE(SecretError::statusId(SecretStatus::NotFound), QStringLiteral("not_found"));
        QCOMPARE(SecretError::statusId(SecretStatus::NoService), QStringLiteral("no_keychain_service"));
        QCOMPARE(SecretError::statusId(SecretStatus::LockedOrDenied), QStringLiteral("locked_or_denied"));
        QCOMPARE(SecretError::statusId(SecretStatus::Timeout), QStringLiteral("timeout"));
        QCOMPARE(SecretError::statusId(SecretStatus::InvalidKey), QStringLiteral("invalid_key"));
        QCOMPARE(SecretError::statusId(SecretStatus::Other), QStringLiteral("other"));
    }
};

QTEST_GUILESS_MAIN(TestKeychainClassifier)
#include "tst_keychainclassifier.moc"

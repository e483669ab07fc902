#include "FakeSecretStore.h"
#include "secrets/ApiKeyResolver.h"

#include <QTest>

using namespace vendo::secrets;
using vendo::test::FakeSecretStore;

namespace {

const QString kStored = QStringLiteral("vendo_sk_a1b2C3d4_e5-F6g7h8i9j0k1l2m3n4o5");
const QString kFromEnv = QStringLiteral("vendo_sk_EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE");

QProcessEnvironment environment(const QString &value = QString(), bool set = false)
{
    QProcessEnvironment env;
    if (set)
        env.insert(QStringLiteral("VENDO_API_KEY"), value);
    return env;
}

} // namespace

class TestApiKeyResolver : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data()
    {
        QTest::addColumn<SecretStore::Persistence>("persistence");
        QTest::addColumn<bool>("stored");
        QTest::addColumn<bool>("envSet");
        QTest::addColumn<QString>("envValue");
        QTest::addColumn<SecretStatus>("readFailure"); // Ok: the store answers normally
        QTest::addColumn<SecretStatus>("status");
        QTest::addColumn<ApiKeySource>("source");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("storeReads");

        using P = SecretStore::Persistence;
        const auto ok = SecretStatus::Ok;
        QTest::newRow("keychain") << P::Keychain << true << false << QString() << ok << ok << ApiKeySource::Keychain
                                  << kStored << 1;
        QTest::newRow("session") << P::SessionOnly << true << false << QString() << ok << ok << ApiKeySource::Session
                                 << kStored << 1;
        QTest::newRow("environment wins")
            << P::Keychain << true << true << kFromEnv << ok << ok << ApiKeySource::Environment << kFromEnv << 0;
        QTest::newRow("environment, padded") << P::Keychain << false << true << (kFromEnv + QStringLiteral("\n")) << ok
                                             << ok << ApiKeySource::Environment << kFromEnv << 0;
        QTest::newRow("environment wins over a broken keychain")
            << P::Keychain << false << true << kFromEnv << SecretStatus::NoService << ok << ApiKeySource::Environment
            << kFromEnv << 0;
        QTest::newRow("environment malformed")
            << P::Keychain << true << true << QStringLiteral("vendo_sk_123") << ok << SecretStatus::InvalidKey
            << ApiKeySource::Environment << QString() << 0;
        QTest::newRow("environment empty") << P::Keychain << true << true << QString() << ok << SecretStatus::InvalidKey
                                           << ApiKeySource::Environment << QString() << 0;
        QTest::newRow("nowhere") << P::Keychain << false << false << QString() << ok << SecretStatus::NotFound
                                 << ApiKeySource::None << QString() << 1;
        for (auto failure :
             { SecretStatus::NoService, SecretStatus::LockedOrDenied, SecretStatus::Timeout, SecretStatus::Other }) {
            QTest::addRow("keychain %s", qPrintable(SecretError::statusId(failure)))
                << P::Keychain << true << false << QString() << failure << failure << ApiKeySource::None << QString()
                << 1;
        }
    }

    void resolve()
    {
        QFETCH(SecretStore::Persistence, persistence);
        QFETCH(bool, stored);
        QFETCH(bool, envSet);
        QFETCH(QString, envValue);
        QFETCH(SecretStatus, readFailure);
        QFETCH(SecretStatus, status);
        QFETCH(ApiKeySource, source);
        QFETCH(QString, key);
        QFETCH(int, storeReads);

        FakeSecretStore store(persistence);
        if (stored)
            store.setStoredKey(QStringLiteral("prod"), kStored);
        if (readFailure != SecretStatus::Ok)
            store.failWith(SecretOperation::Read, readFailure);

        const ResolvedApiKey resolved
            = ApiKeyResolver(store, environment(envValue, envSet)).resolve(QStringLiteral("prod"));
        QCOMPARE(resolved.has_value(), status == SecretStatus::Ok);
        QCOMPARE(store.callCount(SecretOperation::Read), storeReads);
        if (resolved) {
            QCOMPARE(resolved->source, source);
            QCOMPARE(resolved->key, key);
            return;
        }
        QCOMPARE(resolved.error().status, status);
        // VENDO_API_KEY set but malformed still wins over the store: the error says so.
        QCOMPARE(resolved.error().status == SecretStatus::InvalidKey, source == ApiKeySource::Environment);
        QVERIFY(key.isEmpty());
        QVERIFY(!resolved.error().message.isEmpty());
        QVERIFY(!resolved.error().message.contains(kStored));
        QVERIFY(!resolved.error().message.contains(kFromEnv));
    }

    void fromEnvironmentTellsUnsetFromMalformed()
    {
        FakeSecretStore store(SecretStore::Persistence::Keychain);
        store.setStoredKey(QStringLiteral("prod"), kStored);
        const ResolvedApiKey unset = ApiKeyResolver(store, environment()).fromEnvironment();
        QVERIFY(!unset);
        QCOMPARE(unset.error().status, SecretStatus::NotFound);
        QVERIFY(!environmentIsSet(unset));
        const ResolvedApiKey malformed
            = ApiKeyResolver(store, environment(QStringLiteral("vendo_sk_1.3"), true)).fromEnvironment();
        QVERIFY(!malformed);
        QCOMPARE(malformed.error().status, SecretStatus::InvalidKey);
        QCOMPARE(malformed.error().format, SecretFormat::InvalidCharacter);
        QVERIFY(environmentIsSet(malformed));
        const ResolvedApiKey valid = ApiKeyResolver(store, environment(kFromEnv, true)).fromEnvironment();
        QVERIFY(valid);
        QCOMPARE(valid->key, kFromEnv);
        QCOMPARE(valid->source, ApiKeySource::Environment);
        QVERIFY(environmentIsSet(valid));
        QCOMPARE(store.callCount(SecretOperation::Read), 0); // the store is never asked
    }

    void sourceIdsAreStable()
    {
        QCOMPARE(apiKeySourceId(ApiKeySource::Environment), QStringLiteral("environment"));
        QCOMPARE(apiKeySourceId(ApiKeySource::Keychain), QStringLiteral("keychain"));
        QCOMPARE(apiKeySourceId(ApiKeySource::Session), QStringLiteral("session"));
        QCOMPARE(apiKeySourceId(ApiKeySource::None), QStringLiteral("none"));
        for (auto source :
             { ApiKeySource::Environment, ApiKeySource::Keychain, ApiKeySource::Session, ApiKeySource::None })
            QVERIFY(!apiKeySourceName(source).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiKeyResolver)
#include "tst_apikeyresolver.moc"

// The webhook secret's rules (docs/service-contract.md "Credentials"): the format check, the display
// prefix, and a store of kind WebhookSecret (its entry name, its check, kept apart from the API key).
#include "secrets/SessionSecretStore.h"
#include "secrets/WebhookSecret.h"

#include <QTest>

#include <memory>

using namespace vendo::secrets;

class TestWebhookSecret : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("typical") << "whsec_0123456789abcdef" << true << "whsec_0123456789abcdef" << QString();
        QTest::newRow("trimmed") << "  whsec_abc\n"
                                 << true << "whsec_abc"
                                 << "whitespace was removed";
        QTest::newRow("base64 padding") << "c2VjcmV0IQ==" << true << "c2VjcmV0IQ==" << QString();
        QTest::newRow("empty") << "" << false << QString() << "empty";
        QTest::newRow("blank") << " \t\n" << false << QString() << "empty";
        QTest::newRow("inner space") << "two words" << false << QString() << "Character 4";
        QTest::newRow("control") << "abc\x1b[31m" << false << QString() << "Character 4";
        QTest::newRow("non-ascii") << QStringLiteral("geheim\u00e4") << false << QString() << "Character 7";
        QTest::newRow("1024") << QString(1024, QLatin1Char('a')) << true << QString(1024, QLatin1Char('a'))
                              << QString();
        QTest::newRow("1025") << QString(1025, QLatin1Char('a')) << false << QString() << "longer than 1024";
    }
    void check()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, stored);
        QFETCH(QString, messagePart);
        const SecretCheck result = WebhookSecret::check(input);
        QCOMPARE(result.has_value(), ok);
        const QString message = result ? result->note : result.error().message;
        QCOMPARE(result ? result->value : QString(), stored);
        if (!result)
            QCOMPARE(result.error().status, vendo::secrets::SecretStatus::InvalidKey);
        QVERIFY2(message.contains(messagePart), qPrintable(message));
        if (!stored.isEmpty() && stored.size() > 8)
            QVERIFY(!message.contains(stored)); // never the secret itself
    }

    void displayPrefix()
    {
        QCOMPARE(WebhookSecret::displayPrefix(QStringLiteral("whsec_0123456789abcdef0123")), QStringLiteral("whsec_…"));
        // Never more than a quarter of a short secret.
        QCOMPARE(WebhookSecret::displayPrefix(QStringLiteral("abcdefgh")), QStringLiteral("ab…"));
        QCOMPARE(WebhookSecret::displayPrefix(QStringLiteral("abc")), QStringLiteral("…"));
        QCOMPARE(SecretStore::displayPrefix(SecretKind::ApiKey, QStringLiteral("vendo_sk_abcdefgh")),
                 QStringLiteral("vendo_sk_abc…"));
    }

    void entryNames()
    {
        QCOMPARE(SecretStore::entryKey(QStringLiteral("staging")), QStringLiteral("staging/api-key"));
        QCOMPARE(SecretStore::entryKey(QStringLiteral("staging"), SecretKind::WebhookSecret),
                 QStringLiteral("staging/webhook-secret"));
    }

    // A session store of kind WebhookSecret takes a webhook secret and refuses what the check refuses;
    // an API-key store refuses the same secret.
    void storeOfKind()
    {
        SessionSecretStore webhook;
        webhook.setKind(SecretKind::WebhookSecret);
        QCOMPARE(webhook.kind(), SecretKind::WebhookSecret);
        std::unique_ptr<SecretJob> written(
            webhook.write(QStringLiteral("p"), QStringLiteral(" whsec_session_secret ")));
        QVERIFY(written->waitForFinished().has_value());
        std::unique_ptr<SecretJob> read(webhook.read(QStringLiteral("p")));
        QCOMPARE(read->waitForFinished().value_or(QString()), QStringLiteral("whsec_session_secret"));
        std::unique_ptr<SecretJob> refused(webhook.write(QStringLiteral("p"), QStringLiteral("two words")));
        const SecretResult bad = refused->waitForFinished();
        QVERIFY(!bad);
        QCOMPARE(bad.error().status, SecretStatus::InvalidKey);
        QVERIFY(bad.error().message.contains(QLatin1String("webhook secret")));

        SessionSecretStore apiKeys;
        std::unique_ptr<SecretJob> wrongKind(
            apiKeys.write(QStringLiteral("p"), QStringLiteral("whsec_session_secret")));
        QCOMPARE(statusOf(wrongKind->waitForFinished()), SecretStatus::InvalidKey);
    }
};

QTEST_GUILESS_MAIN(TestWebhookSecret)
#include "tst_webhooksecret.moc"

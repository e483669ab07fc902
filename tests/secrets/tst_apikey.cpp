#include "secrets/ApiKey.h"

#include <QTest>

using vendo::secrets::ApiKey;
using Problem = vendo::secrets::SecretFormat;
using vendo::secrets::SecretStatus;

class TestApiKey : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<bool>("trimmed");
        QTest::addColumn<int>("position");

        const QString body = QStringLiteral("a1b2C3d4_e5-F6g7h8i9j0k1l2m3n4o5");
        QCOMPARE(body.size(), 32);
        QTest::newRow("valid") << (QStringLiteral("vendo_sk_") + body) << Problem::Valid << false << -1;
        QTest::newRow("valid, padded") << (QStringLiteral("  vendo_sk_") + body + QStringLiteral("\n"))
                                       << Problem::Valid << true << -1;
        QTest::newRow("empty") << QString() << Problem::Empty << false << -1;
        QTest::newRow("whitespace only") << QStringLiteral(" \t\n") << Problem::Empty << true << -1;
        QTest::newRow("wrong prefix") << (QStringLiteral("vendo_pk_") + body) << Problem::MissingPrefix << false << -1;
        QTest::newRow("no prefix") << body << Problem::MissingPrefix << false << -1;
        QTest::newRow("too short") << (QStringLiteral("vendo_sk_") + body.left(31)) << Problem::TooShort << false << -1;
        QTest::newRow("prefix only") << QStringLiteral("vendo_sk_") << Problem::TooShort << false << -1;
        QTest::newRow("too long") << (QStringLiteral("vendo_sk_") + body + QLatin1Char('x')) << Problem::TooLong
                                  << false << -1;
        QTest::newRow("bad character") << (QStringLiteral("vendo_sk_") + body.left(10) + QLatin1Char('.')
                                           + body.mid(11))
                                       << Problem::InvalidCharacter << false << 19;
        QTest::newRow("inner space") << (QStringLiteral("vendo_sk_") + body.left(5) + QLatin1Char(' ') + body.mid(6))
                                     << Problem::InvalidCharacter << false << 14;
        QTest::newRow("non-ascii") << (QStringLiteral("vendo_sk_") + body.left(31) + QChar(0x00e9))
                                   << Problem::InvalidCharacter << false << 40;
    }

    void check()
    {
        QFETCH(QString, input);
        QFETCH(Problem, problem);
        QFETCH(bool, trimmed);
        QFETCH(int, position);

        const auto result = ApiKey::check(input);
        QCOMPARE(result.has_value(), problem == Problem::Valid);
        if (result) {
            QCOMPARE(result->value, input.trimmed());
            QCOMPARE(result->wasTrimmed, trimmed);
            QCOMPARE(result->note.isEmpty(), !trimmed);
            return;
        }
        QCOMPARE(result.error().status, SecretStatus::InvalidKey);
        QCOMPARE(result.error().format, problem);
        QCOMPARE(result.error().position, position);
        QVERIFY(!result.error().message.isEmpty());
        // Said when it changes the verdict's reading: whitespace was removed before the check.
        if (problem != Problem::Empty)
            QCOMPARE(result.error().message.contains(QLatin1String("whitespace")), trimmed);
        // A message about a key must never repeat the key.
        if (input.trimmed().size() > 12)
            QVERIFY(!result.error().message.contains(input.trimmed()));
    }

    void displayPrefixShowsTwelveCharacters()
    {
        const QString key = QStringLiteral("vendo_sk_a1b2C3d4_e5-F6g7h8i9j0k1l2m3n4o5");
        QCOMPARE(ApiKey::displayPrefix(key), QStringLiteral("vendo_sk_a1b…"));
    }
};

QTEST_GUILESS_MAIN(TestApiKey)
#include "tst_apikey.moc"

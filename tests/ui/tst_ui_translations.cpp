#include "client/ErrorCatalog.h"
#include "jwt/NumericDate.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace vendo;

// The German catalogue reaches core messages too. A message is looked up under the context lupdate
// filed it in; a helper that asks under another context silently stays English (the relative times
// of core/jwt did), so every row here compares the English text with the German one.
class TestUiTranslations : public QObject
{
    Q_OBJECT

private slots:
    void coreMessagesAreTranslated_data()
    {
        QTest::addColumn<std::function<QString()>>("message");
        QTest::addColumn<QString>("germanWord");

        using Producer = std::function<QString()>;
        QTest::newRow("jwt relative phrase, exp")
            << Producer([] { return jwt::relativePhrase("exp", 600, 0); }) << QStringLiteral("läuft");
        QTest::newRow("jwt relative phrase, expired")
            << Producer([] { return jwt::relativePhrase("exp", 0, 7200); }) << QStringLiteral("abgelaufen");
        QTest::newRow("jwt relative phrase, iat")
            << Producer([] { return jwt::relativePhrase("iat", 0, 180); }) << QStringLiteral("ausgestellt");
        QTest::newRow("client error meaning")
            << Producer([] { return client::ErrorCatalog::meaning(client::VendoError::Kind::NotConnected); })
            << QString();
        // The identity panel shows a redacted token with its own (translated) marker for the signature.
        QTest::newRow("identity panel signature marker")
            << Producer([] { return QCoreApplication::translate("vendo::ui::IdentityPanel", "<signature redacted>"); })
            << QStringLiteral("Signatur");
        QTest::newRow("client remediation")
            << Producer([] { return client::ErrorCatalog::remediation(client::VendoError::Kind::NotConnected); })
            << QString();
    }

    void coreMessagesAreTranslated()
    {
        QFETCH(std::function<QString()>, message);
        QFETCH(QString, germanWord);

        const QString english = message();
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/vendo-inspector_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&german));
        const QString translated = message();
        QCoreApplication::removeTranslator(&german);

        QVERIFY2(!english.isEmpty(), "the message is empty");
        QVERIFY2(translated != english, qPrintable(QStringLiteral("still English: ") + english));
        if (!germanWord.isEmpty())
            QVERIFY2(translated.contains(germanWord, Qt::CaseInsensitive), qPrintable(translated));
        QCOMPARE(message(), english); // and English again without the catalogue
    }
};

QTEST_MAIN(TestUiTranslations)
#include "tst_ui_translations.moc"

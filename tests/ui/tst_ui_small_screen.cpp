// Issue 19, items 16 and 17: the window on a 1024 x 700 screen, in English and in German, with a
// decoded identity: it fits (nothing pushed into the toolbar's overflow, no minimum width over 1024),
// the key status reads in full, and the Claims table shows at least five rows.
#include "SandboxWindow.h"
#include "ui/panels/DecodedView.h"
#include "ui/window/ProfileSwitcher.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

using namespace vendo;

class TestUiSmallScreen : public QObject
{
    Q_OBJECT

private slots:
    void fitsAt1024_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral(":/i18n/vendo-inspector_de.qm");
    }
    void fitsAt1024()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(language));
            QCoreApplication::installTranslator(&translator);
        }
        const auto restore = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

        test::SandboxWindow sandbox;
        QVERIFY(sandbox.start());
        QTRY_VERIFY(sandbox.keyReady());
        ui::MainWindow *window = sandbox.window();
        const QString token = sandbox.mint(QString::fromLatin1(test::SandboxWindow::kAlice));
        sandbox.paste(token);
        QTRY_COMPARE(QString::fromLatin1(window->decodedView()->decoded().token), token);
        window->resize(1024, 700);
        QTest::qWait(50);

        QVERIFY2(window->minimumSizeHint().width() <= 1024,
                 qPrintable(QStringLiteral("minimum width %1").arg(window->minimumSizeHint().width())));
        QCOMPARE(window->width(), 1024);
        // Every toolbar action is on the toolbar, none in its overflow menu.
        auto *toolbar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolbar);
        const auto *overflow = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY2(!overflow || !overflow->isVisible(), "toolbar actions are hidden in the overflow menu");
        // Back on a wide screen the texts return beside the icons (English fits at 1280 px).
        if (language.isEmpty()) {
            window->resize(1280, 800);
            QTRY_COMPARE(toolbar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
            window->resize(1024, 700);
            QTRY_COMPARE(toolbar->toolButtonStyle(), Qt::ToolButtonIconOnly);
        }
        // The key status is read in full, not cut ("session only (sand…").
        QToolButton *key = window->profileSwitcher()->keyButton();
        QCOMPARE(key->text(), window->profileSwitcher()->keyStatusShortText());
        QVERIFY2(key->isVisible() && key->width() >= key->sizeHint().width(), qPrintable(key->text()));
        // At least five claims are visible without scrolling.
        auto *claims = window->findChild<QTableView *>(QStringLiteral("claimsView"));
        QVERIFY(claims && claims->isVisible());
        const int rowHeight = claims->verticalHeader()->defaultSectionSize();
        QVERIFY2(
            claims->viewport()->height() >= 5 * rowHeight,
            qPrintable(QStringLiteral("%1 px for rows of %2 px").arg(claims->viewport()->height()).arg(rowHeight)));
    }
};

QTEST_MAIN(TestUiSmallScreen)
#include "tst_ui_small_screen.moc"

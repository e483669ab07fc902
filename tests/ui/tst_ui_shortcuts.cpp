// Issue 19, items 9 and 10: every shortcut the README documents, pressed from three focus positions in
// the real window against the real sandbox, does what it says: it works from anywhere, shows and
// focuses its panel (also a panel not built yet), and a pasted identity never lands in a filter.
#include "SandboxWindow.h"
#include "sandbox/SandboxServer.h"
#include "ui/dialogs/ApiKeyDialog.h"
#include "ui/dialogs/ShortcutsDialog.h"
#include "ui/models/ConnectionsModel.h"
#include "ui/panels/ConnectionsPanel.h"
#include "ui/panels/DecodedView.h"
#include "ui/panels/ErrorDecoderPanel.h"
#include "ui/panels/RequestLogPanel.h"
#include "ui/panels/TokenProbePanel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFileDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace vendo;
using Dock = ui::MainWindow::Dock;

class TestUiShortcuts : public QObject
{
    Q_OBJECT

private:
    test::SandboxWindow m_sandbox;
    QString m_alice;

    ui::MainWindow *window() const { return m_sandbox.window(); }
    QWidget *focus() const { return QApplication::focusWidget(); }
    QLineEdit *filter() const { return window()->findChild<QLineEdit *>(QStringLiteral("connectionsFilter")); }

    QStringList m_served; // every path the sandbox answered (its own log keeps only the last 1000)
    int served(const QString &pathPart) const
    {
        return int(std::count_if(m_served.cbegin(), m_served.cend(),
                                 [&](const QString &path) { return path.contains(pathPart); }));
    }

    // The three places the operator's focus may be when a key is pressed.
    void focusOn(const QString &where)
    {
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        if (where == QLatin1String("claims")) {
            auto *claims = window()->findChild<QTableView *>(QStringLiteral("claimsView"));
            QVERIFY(claims);
            claims->setFocus();
            QTRY_COMPARE(focus(), claims);
        } else if (where == QLatin1String("filter")) {
            window()->dock(Dock::Connections)->raise();
            filter()->setFocus();
            filter()->setText(QStringLiteral("goo"));
            QTRY_COMPARE(focus(), filter());
        } else {
            window()->showPanel(Dock::RequestLog);
            auto *log = window()->requestLogPanel()->findChild<QTableView *>();
            QVERIFY(log);
            log->setFocus();
            QTRY_COMPARE(focus(), log);
        }
    }

    void press(const QKeySequence &keys)
    {
        const QKeyCombination combination = keys[0];
        QTest::keyClick(focus() ? focus() : window(), combination.key(), combination.keyboardModifiers());
    }

    bool focusIsIn(Dock which) const { return focus() && window()->dock(which)->isAncestorOf(focus()); }

    template<typename Dialog> void expectDialogAndClose()
    {
        Dialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<Dialog *>()) && dialog->isVisible());
        dialog->reject();
        delete dialog;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        connect(m_sandbox.server(), &sandbox::SandboxServer::requestServed, this,
                [this](const sandbox::RecordedRequest &request) { m_served << request.path; });
        QTRY_VERIFY(m_sandbox.keyReady());
        m_alice = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kAlice));
    }

    void init()
    {
        // Every row starts from the same place: Alice's identity decoded, connections loaded.
        QSignalSpy loaded(window()->connectionsPanel(), &ui::ConnectionsPanel::loaded);
        const bool fresh = !window()->decodedView()->hasToken();
        m_sandbox.paste(m_alice);
        QTRY_COMPARE(QString::fromLatin1(window()->decodedView()->decoded().token), m_alice);
        QTRY_VERIFY(window()->session()->scopedClient().has_value());
        if (fresh)
            QTRY_VERIFY(loaded.count() > 0);
        filter()->clear();
    }

    void shortcuts_data()
    {
        QTest::addColumn<QString>("where");
        for (const char *where : { "claims", "filter", "request log" })
            QTest::newRow(where) << QString::fromLatin1(where);
    }

    void shortcuts()
    {
        QFETCH(QString, where);

        // Alt+1…5, Alt+7 and Alt+8 show and focus their panel; pressing one twice never hides it.
        for (int i : { 0, 1, 2, 3, 4, 6, 7 }) {
            focusOn(where);
            for (int times = 0; times < 2; ++times)
                press(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
            QTRY_VERIFY2(window()->dock(Dock(i))->isVisible() && focusIsIn(Dock(i)),
                         qPrintable(QStringLiteral("Alt+%1 from %2: focus on %3")
                                        .arg(i + 1)
                                        .arg(where, focus() ? focus()->objectName() : QStringLiteral("nothing"))));
        }

        // Ctrl+F: the connections filter; Ctrl+D: the error decoder's input.
        focusOn(where);
        press(QKeySequence::Find);
        QTRY_COMPARE(focus(), static_cast<QWidget *>(filter()));
        focusOn(where);
        press(QKeySequence(Qt::CTRL | Qt::Key_D));
        QTRY_COMPARE(focus(), static_cast<QWidget *>(window()->errorDecoder()->input()));

        // Ctrl+Shift+Return probes every provider, and brings the Token probe forward.
        focusOn(where);
        QTRY_VERIFY(window()->connectionsPanel()->model()->rowCount() > 0);
        const int requestsBefore = int(m_served.size());
        press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
        QTRY_VERIFY(window()->dock(Dock::Probe)->isVisible() && window()->probePanel()->isVisible());
        QTRY_VERIFY2(m_served.size() > requestsBefore + 1, qPrintable(m_served.mid(requestsBefore).join(u' ')));
        // Ctrl+Return: the selected providers, in the Token probe.
        focusOn(where);
        press(QKeySequence(Qt::CTRL | Qt::Key_Return));
        QTRY_VERIFY(window()->probePanel()->isVisible() && focusIsIn(Dock::Probe));

        // Ctrl+Shift+W asks the server (whoami is answered by the balance endpoint); F5 reloads the connections.
        focusOn(where);
        const int whoamiBefore = served(QStringLiteral("/api/v1/balance"));
        press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
        QTRY_VERIFY(served(QStringLiteral("/api/v1/balance")) > whoamiBefore);
        focusOn(where);
        const int connectionsBefore = served(QStringLiteral("connections"));
        press(QKeySequence::Refresh);
        QTRY_VERIFY(served(QStringLiteral("connections")) > connectionsBefore);
        QVERIFY(window()->dock(Dock::Connections)->isVisible());

        // Ctrl+V of an identity inspects it, whatever has the focus; a filter keeps its words.
        focusOn(where);
        const QString filterBefore = filter()->text();
        const QString dave = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kDave));
        QGuiApplication::clipboard()->setText(dave);
        press(QKeySequence::Paste);
        QTRY_COMPARE(QString::fromLatin1(window()->decodedView()->decoded().token), dave);
        QCOMPARE(filter()->text(), filterBefore);
        QVERIFY(!filter()->text().contains(dave.left(20)));

        // F1 and Ctrl+/ open the shortcut sheet; Ctrl+K the API key dialog; Ctrl+O and Ctrl+E file dialogs.
        for (const QKeySequence &keys :
             { QKeySequence(QKeySequence::HelpContents), QKeySequence(Qt::CTRL | Qt::Key_Slash) }) {
            focusOn(where);
            press(keys);
            expectDialogAndClose<ui::ShortcutsDialog>();
        }
        focusOn(where);
        press(QKeySequence(Qt::CTRL | Qt::Key_K));
        expectDialogAndClose<ui::ApiKeyDialog>();
        for (const QKeySequence &keys : { QKeySequence(QKeySequence::Open), QKeySequence(Qt::CTRL | Qt::Key_E) }) {
            focusOn(where);
            press(keys);
            expectDialogAndClose<QFileDialog>();
        }

        // Ctrl+Shift+S copies the case summary (plain text) from wherever the focus is.
        focusOn(where);
        QGuiApplication::clipboard()->clear();
        press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QTRY_VERIFY(QGuiApplication::clipboard()->text().startsWith(QLatin1String("Vendo case summary")));
        QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("dave@globex.example")));
        QCOMPARE(filter()->text(), filterBefore);

        // Ctrl+Shift+1 loads the first sample identity; Ctrl+L clears the identity.
        focusOn(where);
        press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_1));
        QTRY_VERIFY(window()->decodedView()->hasToken()
                    && QString::fromLatin1(window()->decodedView()->decoded().token) != dave);
        focusOn(where);
        press(QKeySequence(Qt::CTRL | Qt::Key_L));
        QTRY_VERIFY(!window()->decodedView()->hasToken());
    }

    // Esc clears a filter that holds text (and is left to the window when it is empty).
    void escapeClearsTheFilter()
    {
        focusOn(QStringLiteral("filter"));
        QVERIFY(!filter()->text().isEmpty());
        QTest::keyClick(filter(), Qt::Key_Escape);
        QCOMPARE(filter()->text(), QString());
    }

    // The sheet lists every shortcut of the menus, and the panel keys.
    void theSheetListsEveryShortcut()
    {
        window()->showShortcuts();
        auto *dialog = window()->findChild<ui::ShortcutsDialog *>();
        QVERIFY(dialog);
        QStringList keys;
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            keys << dialog->table()->item(row, 0)->text();
        const QString all = keys.join(u'|');
        for (const QKeySequence &documented :
             { QKeySequence(QKeySequence::Paste), QKeySequence(QKeySequence::Open), QKeySequence(Qt::CTRL | Qt::Key_K),
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), QKeySequence(QKeySequence::Find),
               QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
               QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
               QKeySequence(Qt::ALT | Qt::Key_4), QKeySequence(Qt::CTRL | Qt::Key_D),
               QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::CTRL | Qt::Key_L),
               QKeySequence(QKeySequence::HelpContents), QKeySequence(Qt::Key_Escape),
               QKeySequence(QKeySequence::Refresh) })
            QVERIFY2(all.contains(documented.toString(QKeySequence::NativeText)),
                     qPrintable(documented.toString(QKeySequence::NativeText) + QStringLiteral(" not in ") + all));
        dialog->reject();
        delete dialog;
    }
};

QTEST_MAIN(TestUiShortcuts)
#include "tst_ui_shortcuts.moc"

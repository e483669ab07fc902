#include "secrets/SessionSecretStore.h"
#include "ui/InspectorContext.h"
#include "ui/InspectorStyle.h"
#include "ui/MainWindow.h"
#include "ui/NetworkServices.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QNetworkAccessManager>
#include <QPropertyAnimation>
#include <QStyleFactory>
#include <QTest>

#include <memory>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    vendo::ui::NetworkServices m_services { &m_network };
    vendo::secrets::SessionSecretStore m_store;

    vendo::ui::InspectorContext context()
    {
        vendo::ui::InspectorContext context;
        context.services = &m_services;
        context.secretStore = &m_store;
        return context;
    }

private slots:
    void initTestCase() { QApplication::setStyle(new vendo::ui::InspectorStyle); }

#ifdef Q_OS_LINUX
    // Qt's raster engine hands long runs of one-pixel spans (the cosmetic lines of Fusion's toolbar
    // and header sections) to a pool of worker threads; starting that pool cost the first frame two
    // thread starts and ~70 context switches. InspectorStyle draws those lines as rectangles.
    // Runs first: the pool's threads, once started, stay for 30 s and would hide a later start.
    void firstFrameStartsNoPaintThreads()
    {
        const auto threads = [] {
            return QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size();
        };
        vendo::ui::MainWindow window(context());
        window.resize(1280, 800);
        const qsizetype before = threads();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.grab().isNull());
        QCOMPARE(threads(), before);
    }
#endif

    // QMainWindow's layout moves every dock and toolbar through a QPropertyAnimation whenever the
    // style names an animation duration, even a move it does not animate: ~50 were made and deleted
    // before the first frame. A window not on screen yet gets none; an exposed one animates its
    // docks as Fusion does (a dock dragged over the window).
    void noAnimationsBeforeTheWindowIsOnScreen()
    {
        vendo::ui::MainWindow window(context());
        window.resize(1280, 800);
        QCOMPARE(window.findChildren<QPropertyAnimation *>().size(), 0);
        const auto *dock = window.findChild<QDockWidget *>(QStringLiteral("connectionsDock"));
        QVERIFY(dock);
        QCOMPARE(window.style()->styleHint(QStyle::SH_Widget_Animation_Duration, nullptr, dock), 0);

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        const int duration = fusion->styleHint(QStyle::SH_Widget_Animation_Duration, nullptr, dock);
        QVERIFY(duration > 0);
        QCOMPARE(window.style()->styleHint(QStyle::SH_Widget_Animation_Duration, nullptr, dock), duration);
    }

    void showsWithTitleAndIcon()
    {
        vendo::ui::MainWindow window(context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Vendo Inspector"));
        QVERIFY(!window.windowIcon().isNull());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

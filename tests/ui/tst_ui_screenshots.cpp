#include "SandboxWindow.h"
#include "ui/window/ScreenshotDriver.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace vendo;

// Runs on a real X11 screen (Xvfb, QT_QPA_PLATFORM=xcb) and saves the window's main states into
// the build tree (screenshots/), the same pictures `vendo-inspector --screenshot` renders.
namespace {
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Mid, QColor(0x50, 0x52, 0x56));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}
} // namespace

class TestUiScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void savesTheMainStates_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("width"); // 0: the window's own size (1280 x 800)
        for (const QString &state : ui::ScreenshotDriver::states())
            QTest::newRow(qPrintable(state)) << state << false << 0;
        QTest::newRow("decoded-dark") << QStringLiteral("decoded") << true << 0;
        QTest::newRow("probe-dark") << QStringLiteral("probe") << true << 0;
        // A 1024 x 700 screen, light and dark (issue 19: the window fits one).
        QTest::newRow("decoded-1024") << QStringLiteral("decoded") << false << 1024;
        QTest::newRow("decoded-1024-dark") << QStringLiteral("decoded") << true << 1024;
        QTest::newRow("connections-1024") << QStringLiteral("connections") << false << 1024;
    }
    void savesTheMainStates()
    {
        QFETCH(QString, state);
        QFETCH(bool, dark);
        QFETCH(int, width);
        // The window follows the platform palette; a dark one must read as well as the light one.
        const QPalette original = QApplication::palette();
        if (dark)
            QApplication::setPalette(darkPalette());
        const auto restore = qScopeGuard([&original] { QApplication::setPalette(original); });
        test::SandboxWindow sandbox;
        QVERIFY(sandbox.start());
        QTRY_VERIFY(sandbox.keyReady());
        if (width)
            sandbox.window()->resize(width, 700);
        const QString file = QDir(QStringLiteral(VENDO_SCREENSHOT_DIR))
                                 .filePath(state + (width ? QStringLiteral("-%1").arg(width) : QString())
                                           + (dark ? QStringLiteral("-dark.png") : QStringLiteral(".png")));
        QFile::remove(file);
        ui::ScreenshotDriver driver(sandbox.window(), state, file);
        QSignalSpy finished(&driver, &ui::ScreenshotDriver::finished);
        driver.start();
        QVERIFY(finished.wait(30'000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000 && image.height() >= 600);
        if (width)
            QCOMPARE(image.width(), width);
        // Not a blank picture: a rendered window has many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }
};

int main(int argc, char *argv[])
{
    // xcb needs an X server; the test runner provides one (xvfb-run). Without it there is no screen to
    // test on, and QApplication would abort: report a skip instead.
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        std::fputs("SKIP: no X11 display (run under xvfb-run)\n", stdout);
        return 77;
    }
    QApplication app(argc, argv);
    TestUiScreenshots test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_screenshots.moc"

#include "SandboxWindow.h"
#include "ui/ScreenshotDriver.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace vendo;

// Runs on a real X11 screen (Xvfb, QT_QPA_PLATFORM=xcb) and saves the window's main states into
// the build tree (screenshots/), the same pictures `vendo-inspector --screenshot` renders.
class TestUiScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void savesTheMainStates_data()
    {
        QTest::addColumn<QString>("state");
        for (const QString &state : ui::ScreenshotDriver::states())
            QTest::newRow(qPrintable(state)) << state;
    }
    void savesTheMainStates()
    {
        QFETCH(QString, state);
        test::SandboxWindow sandbox;
        QVERIFY(sandbox.start());
        QTRY_VERIFY(sandbox.keyReady());
        const QString file = QDir(QStringLiteral(VENDO_SCREENSHOT_DIR)).filePath(state + QStringLiteral(".png"));
        QFile::remove(file);
        ui::ScreenshotDriver driver(sandbox.window(), state, file);
        QSignalSpy finished(&driver, &ui::ScreenshotDriver::finished);
        driver.start();
        QVERIFY(finished.wait(30'000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000 && image.height() >= 600);
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

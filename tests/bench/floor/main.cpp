// The floor for startup and memory: the least a Qt Widgets application can do to show a main
// window with one line of text (every real window shows text, and the first text pays for the font
// database; --bare leaves the window empty, to show that cost). Same window size as the inspector's
// default, same first-paint exit (tests/bench/support/FirstPaintExit.h).
#include "FirstPaintExit.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Floor"));
    window.resize(1280, 800);
    if (!QCoreApplication::arguments().contains(QStringLiteral("--bare")))
        window.setCentralWidget(new QLabel(QStringLiteral("Floor: a minimal Qt Widgets main window."), &window));
    vendo::bench::FirstPaintExit probe;
    if (QCoreApplication::arguments().contains(QStringLiteral("--exit-after-first-paint")))
        window.installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}

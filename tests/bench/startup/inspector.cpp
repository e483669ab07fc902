// The inspector's window as the executable starts it (app/gui: the same WindowContext, saved
// profiles, keychain and network, and the same MainWindow), for the startup bench: it leaves right
// after its first painted frame (--exit-after-first-paint), which the shipped program has no option for.
#include "FirstPaintExit.h"
#include "WindowContext.h"
#include "ui/window/MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vendo-inspector"));
    QApplication::setOrganizationName(QStringLiteral("Vendo"));
    QApplication::setOrganizationDomain(QStringLiteral("vendo.run"));
    vendo::gui::WindowContext context(vendo::gui::WindowContext::Mode::Normal, true);
    vendo::ui::MainWindow window(context.context());
    vendo::bench::FirstPaintExit firstPaint;
    if (QCoreApplication::arguments().contains(QStringLiteral("--exit-after-first-paint")))
        window.installEventFilter(&firstPaint);
    window.show();
    return QApplication::exec();
}

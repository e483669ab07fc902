// The floor for startup and memory: the least a Qt Widgets application can do to show a main
// window with one line of text (every real window shows text, and the first text pays for the font
// database; --bare leaves the window empty, to show that cost). Same window size as the inspector's
// default, same first-paint exit as its hidden option (app/gui/FirstPaintExit.h).
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

// Reports this process's peak RSS and leaves at once after the first frame of `window` was painted,
// so that the harness's wall time ends at the first paint and not after a teardown.
class FirstPaintExit : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued: runs after the whole window (children included) was painted and flushed.
            QTimer::singleShot(0, this, [] {
                std::FILE *status = std::fopen("/proc/self/status", "r");
                char line[256];
                long hwm = -1;
                while (status && std::fgets(line, sizeof line, status)) {
                    if (std::strncmp(line, "VmHWM:", 6) == 0)
                        hwm = std::strtol(line + 6, nullptr, 10);
                }
                if (status)
                    std::fclose(status);
                std::printf("first-paint vmhwm_kb=%ld\n", hwm);
                std::fflush(stdout);
                std::_Exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Floor"));
    window.resize(1280, 800);
    if (!QCoreApplication::arguments().contains(QStringLiteral("--bare")))
        window.setCentralWidget(new QLabel(QStringLiteral("Floor: a minimal Qt Widgets main window."), &window));
    FirstPaintExit probe;
    if (QCoreApplication::arguments().contains(QStringLiteral("--exit-after-first-paint")))
        window.installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}

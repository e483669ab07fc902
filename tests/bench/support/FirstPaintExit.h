#pragma once

#include <QEvent>
#include <QObject>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace vendo::bench {

// For the startup bench (tests/bench/startup): once the first
// frame of the watched window has been painted, prints "first-paint vmhwm_kb=N" (peak RSS so far,
// Linux) and leaves at once, so that the bench's wall time ends at the first paint, not after a
// teardown. The floor (tests/bench/floor) and the inspector window (tests/bench/startup) both use it.
class FirstPaintExit : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued: runs after the whole window, children included, was painted and flushed.
            QTimer::singleShot(0, this, [] {
                long hwmKb = -1;
                if (std::FILE *status = std::fopen("/proc/self/status", "r")) {
                    char line[256];
                    while (std::fgets(line, sizeof line, status)) {
                        if (std::strncmp(line, "VmHWM:", 6) == 0)
                            hwmKb = std::strtol(line + 6, nullptr, 10);
                    }
                    std::fclose(status);
                }
                std::printf("first-paint vmhwm_kb=%ld\n", hwmKb);
                std::fflush(stdout);
                std::_Exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace vendo::bench

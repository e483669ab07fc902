#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace vendo::bench {

// Measures how long the main thread goes without getting back to its event loop: a 1 ms precise
// timer records the largest gap between two of its ticks. A gap is the worst delay any input
// event or repaint would have seen during that time.
class StallProbe : public QObject
{
public:
    explicit StallProbe(QObject *parent = nullptr);

    void start();
    void stop();
    double longestGapMs() const { return double(m_longestNs) / 1e6; }
    int ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    int m_ticks = 0;
};

} // namespace vendo::bench

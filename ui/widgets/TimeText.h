#pragma once

#include <QDateTime>
#include <QString>

namespace vendo::ui {

// How times and durations read in the window: one place, translated.
class TimeText
{
public:
    // "3 d 4 h", "2 h 5 min", "4 min 12 s", "12 s" (absolute value of secs)
    static QString duration(qint64 secs);
    // "in 4 min 12 s" / "4 min 12 s ago" / "now"
    static QString relative(qint64 deltaSecs);
    // "expires in 4 min 12 s" / "expired 3 min ago"
    static QString expiry(qint64 secsUntilExpiry);
    static QString utc(const QDateTime &time);
    static QString local(const QDateTime &time);
};

} // namespace vendo::ui

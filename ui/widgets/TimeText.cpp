#include "ui/widgets/TimeText.h"

#include <QCoreApplication>
#include <QLocale>

namespace vendo::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vendo::ui::TimeText", text);
}
} // namespace

QString TimeText::duration(qint64 secs)
{
    secs = qAbs(secs);
    const qint64 days = secs / 86400;
    const qint64 hours = (secs % 86400) / 3600;
    const qint64 minutes = (secs % 3600) / 60;
    const qint64 seconds = secs % 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min %2 s").arg(minutes).arg(seconds);
    return tr("%1 s").arg(seconds);
}

QString TimeText::relative(qint64 deltaSecs)
{
    if (deltaSecs == 0)
        return tr("now");
    return deltaSecs > 0 ? tr("in %1").arg(duration(deltaSecs)) : tr("%1 ago").arg(duration(deltaSecs));
}

QString TimeText::expiry(qint64 secsUntilExpiry)
{
    return secsUntilExpiry > 0 ? tr("expires in %1").arg(duration(secsUntilExpiry))
                               : tr("expired %1 ago").arg(duration(secsUntilExpiry));
}

QString TimeText::utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString TimeText::local(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace vendo::ui

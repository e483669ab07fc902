#include "ProcStatus.h"

#include <QFile>

namespace vendo::bench {

std::optional<qint64> procStatusKb(const QString &field, qint64 pid)
{
    QFile file(pid == 0 ? QStringLiteral("/proc/self/status") : QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    const QByteArray prefix = field.toLatin1() + ':';
    // /proc files report a size of 0: read to the end rather than by size or atEnd().
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith(prefix))
            continue;
        const QList<QByteArray> parts = line.mid(prefix.size()).simplified().split(' ');
        bool ok = false;
        const qint64 kb = parts.value(0).toLongLong(&ok);
        return ok ? std::optional<qint64>(kb) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace vendo::bench

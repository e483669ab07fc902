#include "FuzzTarget.h"

#include <QList>

namespace vendo::fuzz {

QList<QByteArray> fields(const QByteArray &input, char separator, int count)
{
    QList<QByteArray> result;
    qsizetype from = 0;
    for (int i = 0; i < count - 1; ++i) {
        const qsizetype at = from <= input.size() ? input.indexOf(separator, from) : -1;
        if (at < 0)
            break;
        result.append(input.mid(from, at - from));
        from = at + 1;
    }
    result.append(from <= input.size() ? input.mid(from) : QByteArray());
    while (result.size() < count)
        result.append(QByteArray());
    return result;
}

} // namespace vendo::fuzz

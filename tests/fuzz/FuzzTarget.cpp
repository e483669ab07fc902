#include "FuzzTarget.h"

#include <QList>

#include <cstdio>
#include <cstdlib>

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

void invariantFailed(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", file, line, condition);
    std::fflush(stderr);
    std::abort();
}

} // namespace vendo::fuzz

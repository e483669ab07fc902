#include "CliCommon.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define VENDO_ISATTY _isatty
#define VENDO_FILENO _fileno
#else
#include <unistd.h>
#define VENDO_ISATTY isatty
#define VENDO_FILENO fileno
#endif

namespace vendo::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool stdoutIsTerminal()
{
    return VENDO_ISATTY(VENDO_FILENO(stdout)) != 0;
}

} // namespace vendo::cli

#pragma once

#include <QStringList>

// One entry point per subcommand. `arguments` starts with the program name followed by the
// subcommand's own arguments, ready for a QCommandLineParser. Each returns an ExitCode.
namespace vendo::cli {

using CommandFunction = int (*)(const QStringList &arguments);

struct Command
{
    const char *name;
    const char *synopsis;
    const char *summary;
    CommandFunction run;
};

} // namespace vendo::cli

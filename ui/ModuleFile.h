#pragma once

#include <QStringList>

class QObject;

namespace vendo::ui {

// Where the GUI's modules are (Linux; SandboxLoader and ServicesLoader): beside the executable in the
// build tree, in <libdir>/vendo-inspector in an installation, found relative to <bindir> so that the
// installation can move.
QStringList moduleCandidates(const char *moduleName);

// Loads the first of `files` that exports `factory` and returns that function; the library is
// parented to `owner` and never unloaded (the objects it makes live in it). nullptr when none does,
// with each file's reason in *failures.
using ModuleFactory = void (*)();
ModuleFactory loadModuleFactory(const QStringList &files, const char *factory, QObject *owner, QStringList *failures);

} // namespace vendo::ui

#pragma once

#include "ui/SandboxBackend.h"

#include <memory>

namespace vendo::ui {

// Loads the embedded sandbox module (vendo-inspector-sandbox: SandboxMode, core/sandbox and
// QtHttpServer) beside the executable, or in the library directory it is installed to, and makes
// its backend. The module stays loaded for the rest of the process.
class SandboxLoader
{
public:
    // nullptr with the reason in *error when the module cannot be found or loaded.
    static std::unique_ptr<SandboxBackend> load(QString *error);
    // The file names tried, in order (for the message when none loads).
    static QStringList candidates();
};

} // namespace vendo::ui

// The entry point of the vendo-inspector-sandbox module (see SandboxLoader).
#include "ui/SandboxMode.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT vendo::ui::SandboxBackend *vendo_create_sandbox_backend()
{
    return new vendo::ui::SandboxMode;
}

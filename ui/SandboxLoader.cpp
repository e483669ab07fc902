#include "ui/SandboxLoader.h"

#ifdef VENDO_SANDBOX_BUILT_IN
#include "ui/SandboxMode.h"
#else
#include "ui/ModuleFile.h"
#endif

#include <QCoreApplication>

namespace vendo::ui {

#ifdef VENDO_SANDBOX_BUILT_IN

QStringList SandboxLoader::candidates()
{
    return {};
}

std::unique_ptr<SandboxBackend> SandboxLoader::load(QString *)
{
    return std::make_unique<SandboxMode>();
}

#else

QStringList SandboxLoader::candidates()
{
    return moduleCandidates("vendo-inspector-sandbox");
}

std::unique_ptr<SandboxBackend> SandboxLoader::load(QString *error)
{
    QStringList failures;
    // Never unloaded (parented to the application): the backend's code, and the samples it hands
    // out, live in the module.
    using Factory = SandboxBackend *(*)();
    if (const auto factory
        = reinterpret_cast<Factory>(loadModuleFactory(candidates(), "vendo_create_sandbox_backend", qApp, &failures)))
        return std::unique_ptr<SandboxBackend>(factory());
    if (error) {
        *error = QCoreApplication::translate("vendo::ui::SandboxLoader", "the sandbox module cannot be loaded (%1)")
                     .arg(failures.join(QStringLiteral("; ")));
    }
    return nullptr;
}

#endif

} // namespace vendo::ui

#include "ui/SandboxLoader.h"

#ifdef VENDO_SANDBOX_BUILT_IN
#include "ui/SandboxMode.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

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

namespace {
constexpr auto kModuleName = "vendo-inspector-sandbox";
constexpr auto kFactory = "vendo_create_sandbox_backend";
} // namespace

QStringList SandboxLoader::candidates()
{
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QString name = QString::fromLatin1(kModuleName);
    // The build tree keeps the module beside the executable; an installation keeps it in
    // <libdir>/vendo-inspector, found relative to <bindir> so that the installation can move.
    return { appDir.filePath(name),
             QDir::cleanPath(appDir.filePath(QStringLiteral(VENDO_MODULE_RELDIR) + QLatin1Char('/') + name)) };
}

std::unique_ptr<SandboxBackend> SandboxLoader::load(QString *error)
{
    QStringList failures;
    for (const QString &candidate : candidates()) {
        // Never unloaded: the backend's code, and the samples it hands out, live in the module.
        auto *library = new QLibrary(candidate, qApp);
        using Factory = SandboxBackend *(*)();
        if (library->load()) {
            if (const auto factory = reinterpret_cast<Factory>(library->resolve(kFactory)))
                return std::unique_ptr<SandboxBackend>(factory());
            failures << QCoreApplication::translate("vendo::ui::SandboxLoader", "%1: no %2 in it")
                            .arg(library->fileName(), QString::fromLatin1(kFactory));
        } else {
            failures << library->errorString();
        }
        delete library;
    }
    if (error) {
        *error = QCoreApplication::translate("vendo::ui::SandboxLoader", "the sandbox module cannot be loaded (%1)")
                     .arg(failures.join(QStringLiteral("; ")));
    }
    return nullptr;
}

#endif

} // namespace vendo::ui

#include "ui/ModuleFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace vendo::ui {

QStringList moduleCandidates(const char *moduleName)
{
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QString name = QString::fromLatin1(moduleName);
    return { appDir.filePath(name),
             QDir::cleanPath(appDir.filePath(QStringLiteral(VENDO_MODULE_RELDIR) + QLatin1Char('/') + name)) };
}

ModuleFactory loadModuleFactory(const QStringList &files, const char *factory, QObject *owner, QStringList *failures)
{
    for (const QString &file : files) {
        auto *library = new QLibrary(file, owner);
        if (library->load()) {
            if (const QFunctionPointer function = library->resolve(factory))
                return function;
            failures->append(QCoreApplication::translate("vendo::ui::ModuleFile", "%1: no %2 in it")
                                 .arg(library->fileName(), QString::fromLatin1(factory)));
        } else {
            failures->append(library->errorString());
        }
        delete library;
    }
    return nullptr;
}

} // namespace vendo::ui

#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace vendo::secrets {
class SecretStore;
}

namespace vendo::ui {

class Services;
class ServicesModule;

// The GUI's Services and keychain store, loaded on first use from the services module
// (vendo-inspector-services: QtNetwork, OpenSSL, QtKeychain) beside the executable or in the library
// directory it is installed to. The window first uses them after its first frame (the key read),
// so that those libraries are not loaded and relocated before it shows. Where the module cannot be
// loaded, loadFailed() says why once; requests and signature checks then fail and the keychain
// answers NoService (the window falls back to a session-only store).
class ServicesLoader : public QObject
{
    Q_OBJECT

public:
    explicit ServicesLoader(QObject *parent = nullptr);
    // For tests: the module files to try instead of candidates().
    ServicesLoader(const QStringList &files, QObject *parent);
    ~ServicesLoader() override;

    // Proxies that load the module on their first call. They live as long as the loader.
    Services *services() const;
    secrets::SecretStore *keychain() const;

    // Loads the module now (once; later calls answer the first's outcome).
    bool load();
    bool isLoaded() const { return m_module != nullptr; }
    QString errorString() const { return m_error; }
    ServicesModule *module() const { return m_module.get(); }

    // The file names tried, in order (for the message when none loads).
    static QStringList candidates();

signals:
    void loadFailed(const QString &error);

private:
    // Deleted with the loader, which must outlive everything the window took from it (the library
    // itself is never unloaded).
    std::unique_ptr<ServicesModule> m_module;
    QStringList m_files;
    bool m_tried = false;
    QString m_error;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<secrets::SecretStore> m_keychain;
};

} // namespace vendo::ui

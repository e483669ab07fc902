#pragma once

#include "sandbox/SandboxError.h"
#include "ui/window/InspectorContext.h"

#include <QString>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace vendo::client {
class ProfileStore;
}
namespace vendo::secrets {
class KeychainSecretStore;
}

namespace vendo::ui {
class NetworkServices;
class SandboxMode;
} // namespace vendo::ui

namespace vendo::gui {

// What the window is built from when the program starts, and owns it for as long as the window
// lives: the network and the keychain with the saved profiles (a normal start), or the embedded
// sandbox with its demo key (`--sandbox`, `--screenshot`). Shared by the executable and the startup
// bench (tests/bench/startup), which times the same window to its first frame. It also gives the
// application the window's style (ui::IconStyle).
class WindowContext
{
public:
    enum class Mode { Normal, Sandbox };
    // `persistent`: the window keeps its geometry in the settings (not for screenshots).
    WindowContext(Mode mode, bool persistent);
    ~WindowContext();

    // Starts the sandbox in sandbox mode; fails with the sandbox's error when it cannot listen.
    sandbox::SandboxResult<void> start();

    const ui::InspectorContext &context() const { return m_context; }
    // The saved profiles (normal mode only; nullptr in sandbox mode).
    client::ProfileStore *profileStore() const { return m_profileStore.get(); }

private:
    Mode m_mode;
    ui::InspectorContext m_context;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ui::NetworkServices> m_services;
    std::unique_ptr<secrets::KeychainSecretStore> m_keychain;
    std::unique_ptr<secrets::KeychainSecretStore> m_webhookKeychain; // <profile>/webhook-secret
    std::unique_ptr<client::ProfileStore> m_profileStore;
    std::unique_ptr<ui::SandboxMode> m_sandbox;
};

} // namespace vendo::gui

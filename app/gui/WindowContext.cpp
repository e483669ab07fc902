#include "WindowContext.h"

#include "app/gui/NetworkServices.h"
#include "app/gui/SandboxMode.h"
#include "client/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "ui/widgets/IconStyle.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QSettings>

namespace vendo::gui {

WindowContext::WindowContext(Mode mode, bool persistent)
    : m_mode(mode)
{
    // The application's style with the window's own icons for what Qt would look up or build from
    // XPM images on the first frame (ui/widgets/IconStyle.h).
    if (!dynamic_cast<ui::IconStyle *>(QApplication::style()))
        QApplication::setStyle(new ui::IconStyle);
    // The profiles and the window's geometry share the file the CLI reads its profiles from.
    if (persistent)
        m_settings = client::ProfileStore::openSharedSettings();
    if (mode == Mode::Sandbox) {
        m_sandbox = std::make_unique<ui::SandboxMode>();
        return;
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    m_services = std::make_unique<ui::NetworkServices>(m_network.get());
    m_keychain = std::make_unique<secrets::KeychainSecretStore>();
    m_webhookKeychain = std::make_unique<secrets::KeychainSecretStore>();
    m_webhookKeychain->setKind(secrets::SecretKind::WebhookSecret);
    if (!m_settings)
        m_settings = client::ProfileStore::openSharedSettings();
    m_profileStore = std::make_unique<client::ProfileStore>(m_settings.get());
    m_context.services = m_services.get();
    m_context.secretStore = m_keychain.get();
    m_context.webhookSecretStore = m_webhookKeychain.get();
    m_context.profiles = m_profileStore->profiles();
    m_context.initialProfileId = m_profileStore->currentId();
    m_context.profileStore = m_profileStore.get();
    m_context.settings = persistent ? m_settings.get() : nullptr;
}

WindowContext::~WindowContext() = default;

sandbox::SandboxResult<void> WindowContext::start()
{
    if (m_mode == Mode::Normal)
        return {};
    if (auto started = m_sandbox->start(); !started)
        return started;
    m_context = m_sandbox->context();
    m_context.settings = m_settings.get();
    return {};
}

} // namespace vendo::gui

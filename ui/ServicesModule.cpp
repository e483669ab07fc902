// The services module (see ServicesLoader): the network, OpenSSL and the keychain, which the GUI
// loads after its first frame.
#include "ui/ServicesModule.h"

#include "secrets/KeychainSecretStore.h"
#include "ui/NetworkServices.h"

#include <QNetworkAccessManager>
#include <QtGlobal>

namespace vendo::ui {

namespace {

class NetworkServicesModule final : public ServicesModule
{
public:
    Services *services() override { return &m_services; }
    secrets::SecretStore *keychain() override { return &m_keychain; }

private:
    QNetworkAccessManager m_network;
    NetworkServices m_services { &m_network };
    secrets::KeychainSecretStore m_keychain;
};

} // namespace

ServicesModule *createServicesModule()
{
    return new NetworkServicesModule;
}

} // namespace vendo::ui

#ifndef VENDO_SERVICES_BUILT_IN
extern "C" Q_DECL_EXPORT vendo::ui::ServicesModule *vendo_create_services_module()
{
    return vendo::ui::createServicesModule();
}
#endif

#pragma once

#include "client/Profile.h"
#include "sandbox/SandboxError.h"
#include "ui/window/InspectorContext.h"

#include <memory>

class QNetworkAccessManager;

namespace vendo::sandbox {
class SandboxServer;
}
namespace vendo::secrets {
class SessionSecretStore;
}

namespace vendo::ui {

// `vendo-inspector --sandbox`: the embedded sandbox service in this process, its Sandbox profile,
// its demo key in a session-only store (no keychain needed) and the sample identities it can mint.
class SandboxMode final
{
public:
    SandboxMode();
    ~SandboxMode();

    // Fails with the server's error when it cannot listen.
    sandbox::SandboxResult<void> start();

    client::Profile profile() const;
    secrets::SessionSecretStore *secretStore() const { return m_store.get(); }
    sandbox::SandboxServer *server() const { return m_server.get(); }
    // Everything the window needs in sandbox mode.
    InspectorContext context() const;
    QNetworkAccessManager *network() const { return m_network.get(); }
    QList<SampleIdentity> samples() const;
    QList<SampleDelivery> webhookSamples() const;

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<secrets::SessionSecretStore> m_store;
    std::unique_ptr<secrets::SessionSecretStore> m_webhookStore; // the sandbox's webhook secret
};

} // namespace vendo::ui

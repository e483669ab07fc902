#pragma once

namespace vendo::secrets {
class SecretStore;
}

namespace vendo::ui {

class Services;

// What the services module (vendo-inspector-services: NetworkServices over its own
// QNetworkAccessManager, and the keychain store) hands the GUI; ServicesLoader loads it. It lives as
// long as the process: the objects it hands out are used until the window is gone.
class ServicesModule
{
public:
    virtual ~ServicesModule() = default;
    virtual Services *services() = 0;
    // The operating system's keychain (secrets::KeychainSecretStore).
    virtual secrets::SecretStore *keychain() = 0;
};

// Built into the GUI where it is not a module (Windows, macOS; ServicesModule.cpp).
ServicesModule *createServicesModule();

} // namespace vendo::ui

#pragma once

#include "client/LiveSecrets.h"
#include "client/RequestLog.h"
#include "client/VendoClient.h"
#include "client/WhoamiJob.h"
#include "jwt/SignatureCheck.h"
#include "sdk/SdkTable.h"
#include "secrets/SecretJob.h"
#include "ui/window/InspectorContext.h"
#include "ui/window/KeyStatus.h"
#include "ui/window/Services.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace vendo::ui {

// The state behind the window: the chosen profile, its key (from the secret store), the client and
// the client scoped to the current identity. Widgets observe it; it never touches a widget.
class InspectorSession : public QObject
{
    Q_OBJECT

public:
    explicit InspectorSession(const InspectorContext &context, QObject *parent = nullptr);
    ~InspectorSession() override;

    const InspectorContext &context() const { return m_context; }
    const jwt::Clock &clock() const;
    client::RequestLog *requestLog() { return &m_log; }

    void setProfile(const client::Profile &profile);
    const client::Profile &profile() const { return m_profile; }
    // Reads the key again (after the API key dialog changed it).
    void reloadKey();
    // While held, a key read waits (the status says "checking"): the first read of the keychain loads
    // libsecret and connects to D-Bus, which the window does after its first frame, not before it.
    void holdKeyReads();
    void releaseKeyReads();
    const KeyStatus &keyStatus() const { return m_keyStatus; }
    // Where keys are read and written from now on (e.g. a session-only store when the keychain fails).
    void setSecretStore(secrets::SecretStore *store, const QString &storageNote = {});
    secrets::SecretStore *secretStore() const { return m_context.secretStore; }

    void setIdentity(const QString &jwt);
    void clearIdentity();
    bool hasIdentity() const { return !m_jwt.isEmpty(); }
    // The identity's fingerprint as the request log names it (empty without one): the case a report covers.
    QString identityFingerprint() const { return client::RequestLog::identityFingerprint(m_jwt); }

    // The client scoped to the identity, or why there is none.
    const std::optional<client::VendoClient> &scopedClient() const { return m_scoped; }
    const std::optional<client::VendoError> &scopeError() const { return m_scopeError; }
    // The profile's client as the app (its key, no identity), for the live event stream; nullopt
    // while there is no key. Changes only with the profile or the key (appClientChanged).
    const std::optional<client::VendoClient> &appClient() const { return m_app; }

    void askServer();
    // The profile's key set for a bulk audit: `done` answers once (no keys without a JWKS URL, or when
    // it cannot be loaded).
    void loadKeySet(std::function<void(std::optional<jwt::JwkSet>)> done);

    // The SDK the customer runs (docs/sdk-differences.md); the contract by default.
    void setSdk(sdk::Sdk sdk);
    sdk::Sdk currentSdk() const { return m_sdk; }
    // The key and the identity token, for an export's last scrub (never for display).
    void addSecretsTo(client::LiveSecrets &secrets) const;

signals:
    void keyStatusChanged(const vendo::ui::KeyStatus &status);
    void scopeChanged();
    void appClientChanged();
    void serverVerdict(const vendo::client::WhoamiResult &result);
    // The identity token's signature, checked against the profile's key set (fetched and cached).
    void signatureChecked(const vendo::jwt::SignatureCheck &check);
    void sdkChanged(vendo::sdk::Sdk sdk);

private:
    void startKeyRead();
    void onKeyRead(const secrets::SecretResult &result);
    void rebuild();
    void checkSignature();

    InspectorContext m_context;
    client::RequestLog m_log;
    client::Profile m_profile;
    KeyStatus m_keyStatus;
    QString m_apiKey; // in memory only, for building clients
    QString m_jwt;
    std::optional<client::VendoClient> m_scoped;
    std::optional<client::VendoClient> m_app;
    QString m_appOf; // the profile and key m_app was built for (memory only)
    std::optional<client::VendoError> m_scopeError;
    QPointer<secrets::SecretJob> m_keyJob;
    sdk::Sdk m_sdk = sdk::Sdk::Contract;
    bool m_keyReadsHeld = false;
    bool m_keyReadPending = false;
    QPointer<client::WhoamiJob> m_whoami;
    std::unique_ptr<SignatureChecker> m_signatures; // one per profile: the cache belongs to the key set's URL
};

} // namespace vendo::ui

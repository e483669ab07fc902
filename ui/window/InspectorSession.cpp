#include "ui/window/InspectorSession.h"

#include "jwt/Clock.h"
#include "secrets/ApiKey.h"
#include "secrets/SecretStore.h"
#include "ui/window/Logging.h"

namespace vendo::ui {

using secrets::SecretStatus;

InspectorSession::InspectorSession(const InspectorContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

InspectorSession::~InspectorSession()
{
    m_signatures.reset();
    if (m_whoami) {
        m_whoami->disconnect(this);
        m_whoami->cancel();
    }
}

const jwt::Clock &InspectorSession::clock() const
{
    return m_context.clock ? *m_context.clock : jwt::SystemClock::instance();
}

void InspectorSession::setProfile(const client::Profile &profile)
{
    m_profile = profile;
    m_signatures.reset();
    if (m_profile.jwksUrl.isValid()) {
        m_signatures = m_context.services->signatureChecker(m_profile.jwksUrl, clock(), m_context.jwksTimeoutMs,
                                                            [this](const jwt::SignatureCheck &check) {
                                                                if (!m_jwt.isEmpty())
                                                                    emit signatureChecked(check);
                                                            });
    }
    reloadKey();
    checkSignature();
}

void InspectorSession::loadKeySet(std::function<void(std::optional<jwt::JwkSet>)> done)
{
    if (!m_signatures) {
        done(std::nullopt);
        return;
    }
    m_signatures->keySet(std::move(done));
}

void InspectorSession::reloadKey()
{
    if (m_keyJob)
        m_keyJob->disconnect(this);
    m_apiKey.clear();
    m_keyStatus = KeyStatus {};
    emit keyStatusChanged(m_keyStatus);
    rebuild();
    if (m_keyReadsHeld)
        m_keyReadPending = true;
    else
        startKeyRead();
}

void InspectorSession::holdKeyReads()
{
    m_keyReadsHeld = true;
}

void InspectorSession::releaseKeyReads()
{
    m_keyReadsHeld = false;
    if (m_keyReadPending) {
        m_keyReadPending = false;
        startKeyRead();
    }
}

void InspectorSession::startKeyRead()
{
    m_keyJob = m_context.secretStore->read(m_profile.id);
    connect(m_keyJob, &secrets::SecretJob::finished, this, &InspectorSession::onKeyRead);
}

void InspectorSession::onKeyRead(const secrets::SecretResult &result)
{
    m_keyJob = nullptr;
    secrets::SecretStore *store = m_context.secretStore;
    KeyStatus status;
    status.location = store->storageName();
    if (!m_context.storageNote.isEmpty())
        status.location = m_context.storageNote;
    switch (secrets::statusOf(result)) {
    case SecretStatus::Ok:
        m_apiKey = *result;
        status.keyPrefix = secrets::ApiKey::displayPrefix(*result);
        status.state = store->isSessionOnly() ? KeyStatus::State::SessionOnly : KeyStatus::State::Stored;
        break;
    case SecretStatus::NotFound:
        status.state = KeyStatus::State::Missing;
        break;
    default:
        status.state = KeyStatus::State::Unavailable;
        status.reason = result.error().message;
        break;
    }
    m_keyStatus = status;
    emit keyStatusChanged(m_keyStatus);
    rebuild();
}

void InspectorSession::setSecretStore(secrets::SecretStore *store, const QString &storageNote)
{
    m_context.secretStore = store;
    m_context.storageNote = storageNote;
    reloadKey();
}

void InspectorSession::setIdentity(const QString &jwt)
{
    m_jwt = jwt;
    rebuild();
    checkSignature();
}

void InspectorSession::clearIdentity()
{
    m_jwt.clear();
    rebuild();
}

void InspectorSession::rebuild()
{
    if (m_whoami) {
        m_whoami->disconnect(this);
        m_whoami->cancel();
    }
    m_scoped.reset();
    m_scopeError.reset();
    // The app's client follows the profile and the key only: a new identity keeps its event stream.
    const bool hasKey = !m_apiKey.isEmpty()
        && (m_keyStatus.state == KeyStatus::State::Stored || m_keyStatus.state == KeyStatus::State::SessionOnly);
    const QString appOf = hasKey
        ? m_profile.id + QLatin1Char('\n') + m_profile.baseUrl.toString() + QLatin1Char('\n') + m_apiKey
        : QString();
    if (appOf != m_appOf) {
        m_appOf = appOf;
        m_app.reset();
        if (hasKey)
            m_app = client::VendoClient(m_context.services->http(), m_profile, m_apiKey)
                        .withRequestLog(&m_log)
                        .withClock(&clock());
        emit appClientChanged();
    }
    if (!m_jwt.isEmpty() && m_keyStatus.state != KeyStatus::State::Checking) {
        const client::VendoClient base = client::VendoClient(m_context.services->http(), m_profile, m_apiKey)
                                             .withRequestLog(&m_log)
                                             .withClock(&clock());
        client::Result<client::VendoClient> scoped = base.forUser(m_jwt);
        if (scoped.has_value())
            m_scoped = std::move(scoped).value();
        else
            m_scopeError = scoped.error();
    }
    qCDebug(lcUi).noquote() << (m_scoped           ? QStringLiteral("scoped to the user's identity")
                                    : m_scopeError ? QStringLiteral("not scoped: %1").arg(m_scopeError->className())
                                                   : QStringLiteral("no identity: calls run as the app"));
    emit scopeChanged();
}

void InspectorSession::askServer()
{
    if (!m_scoped)
        return;
    if (m_whoami) {
        m_whoami->disconnect(this);
        m_whoami->cancel();
    }
    m_whoami = m_scoped->whoami(client::Identity::As::User);
    connect(m_whoami, &client::WhoamiJob::finished, this, &InspectorSession::serverVerdict);
}

} // namespace vendo::ui

namespace vendo::ui {

void InspectorSession::checkSignature()
{
    if (m_jwt.isEmpty())
        return;
    if (!m_signatures) {
        jwt::SignatureCheck check;
        check.detail = tr("The profile names no key set (JWKS URL): the signature cannot be checked.");
        emit signatureChecked(check);
        return;
    }
    m_signatures->check(m_jwt);
}

void InspectorSession::addSecretsTo(client::LiveSecrets &secrets) const
{
    secrets.addApiKey(m_apiKey);
    secrets.addJwt(m_jwt);
}

void InspectorSession::setSdk(sdk::Sdk sdk)
{
    if (sdk == m_sdk)
        return;
    m_sdk = sdk;
    emit sdkChanged(sdk);
}

} // namespace vendo::ui

#include "ui/ServicesLoader.h"

#include "client/Exchange.h"
#include "secrets/SecretStore.h"
#include "ui/Services.h"
#include "ui/ServicesModule.h"

#ifndef VENDO_SERVICES_BUILT_IN
#include "ui/ModuleFile.h"
#endif

#include <QCoreApplication>

namespace vendo::ui {

namespace {

// Without the module, every check says why the signature cannot be checked.
class UnavailableChecker final : public SignatureChecker
{
public:
    UnavailableChecker(QString error, std::function<void(const jwt::SignatureCheck &)> onChecked)
        : m_error(std::move(error))
        , m_onChecked(std::move(onChecked))
    { }
    void check(const QString &) override
    {
        jwt::SignatureCheck check;
        check.detail = QCoreApplication::translate("vendo::ui::ServicesLoader", "The signature cannot be checked: %1")
                           .arg(m_error);
        m_onChecked(check);
    }

private:
    QString m_error;
    std::function<void(const jwt::SignatureCheck &)> m_onChecked;
};

// Clients are built as soon as a profile is chosen; the module is loaded by their first request.
class LazyHttp final : public client::HttpBackend
{
public:
    explicit LazyHttp(ServicesLoader *loader)
        : m_loader(loader)
    { }

    client::Exchange *createExchange(std::shared_ptr<const client::ClientConfig> config, const QUrl &url,
                                     bool userBearer, QObject *parent) const override
    {
        if (m_loader->load())
            return m_loader->module()->services()->http()->createExchange(std::move(config), url, userBearer, parent);
        return client::Exchange::failing(
            url,
            client::VendoError::make(
                client::VendoError::Kind::Network,
                QCoreApplication::translate("vendo::ui::ServicesLoader", "The network cannot be reached: %1")
                    .arg(m_loader->errorString())),
            parent);
    }

private:
    ServicesLoader *m_loader;
};

// A checker is made for every profile chosen; the module is loaded by its first check.
class LazyChecker final : public SignatureChecker
{
public:
    LazyChecker(ServicesLoader *loader, const QUrl &jwksUrl, const jwt::Clock &clock, int timeoutMs,
                std::function<void(const jwt::SignatureCheck &)> onChecked)
        : m_loader(loader)
        , m_url(jwksUrl)
        , m_clock(clock)
        , m_timeoutMs(timeoutMs)
        , m_onChecked(std::move(onChecked))
    { }

    void check(const QString &jwt) override
    {
        if (!m_checker) {
            if (m_loader->load())
                m_checker = m_loader->module()->services()->signatureChecker(m_url, m_clock, m_timeoutMs, m_onChecked);
            else
                m_checker = std::make_unique<UnavailableChecker>(m_loader->errorString(), m_onChecked);
        }
        m_checker->check(jwt);
    }

private:
    ServicesLoader *m_loader;
    QUrl m_url;
    const jwt::Clock &m_clock;
    int m_timeoutMs;
    std::function<void(const jwt::SignatureCheck &)> m_onChecked;
    std::unique_ptr<SignatureChecker> m_checker;
};

class LazyServices final : public Services
{
public:
    explicit LazyServices(ServicesLoader *loader)
        : m_loader(loader)
        , m_http(std::make_shared<const LazyHttp>(loader))
    { }

    std::shared_ptr<const client::HttpBackend> http() override { return m_http; }
    std::unique_ptr<SignatureChecker>
    signatureChecker(const QUrl &jwksUrl, const jwt::Clock &clock, int timeoutMs,
                     std::function<void(const jwt::SignatureCheck &)> onChecked) override
    {
        return std::make_unique<LazyChecker>(m_loader, jwksUrl, clock, timeoutMs, std::move(onChecked));
    }
    QString cryptoLibraryVersion() override
    {
        return m_loader->load()
            ? m_loader->module()->services()->cryptoLibraryVersion()
            : QCoreApplication::translate("vendo::ui::ServicesLoader", "not loaded (%1)").arg(m_loader->errorString());
    }

private:
    ServicesLoader *m_loader;
    std::shared_ptr<const client::HttpBackend> m_http;
};

class LazyKeychain final : public secrets::SecretStore
{
public:
    explicit LazyKeychain(ServicesLoader *loader)
        : m_loader(loader)
    { }

    secrets::SecretJob *read(const QString &profileId) override
    {
        if (m_loader->load())
            return m_loader->module()->keychain()->read(profileId);
        return unavailable(secrets::SecretOperation::Read, profileId);
    }
    secrets::SecretJob *write(const QString &profileId, const QString &key) override
    {
        if (m_loader->load())
            return m_loader->module()->keychain()->write(profileId, key);
        return unavailable(secrets::SecretOperation::Write, profileId);
    }
    secrets::SecretJob *remove(const QString &profileId) override
    {
        if (m_loader->load())
            return m_loader->module()->keychain()->remove(profileId);
        return unavailable(secrets::SecretOperation::Remove, profileId);
    }
    Persistence persistence() const override { return Persistence::Keychain; }
    QString storageName() const override
    {
        return m_loader->load() ? m_loader->module()->keychain()->storageName()
                                : QCoreApplication::translate("vendo::ui::ServicesLoader", "the keychain");
    }

private:
    secrets::SecretJob *unavailable(secrets::SecretOperation operation, const QString &profileId)
    {
        auto *job = new secrets::SecretJob(operation, profileId, this);
        job->finish(
            secrets::SecretResult::failure(operation, secrets::SecretStatus::NoService, m_loader->errorString()));
        return job;
    }

    ServicesLoader *m_loader;
};

} // namespace

ServicesLoader::ServicesLoader(QObject *parent)
    : ServicesLoader(candidates(), parent)
{ }

ServicesLoader::ServicesLoader(const QStringList &files, QObject *parent)
    : QObject(parent)
    , m_files(files)
    , m_services(std::make_unique<LazyServices>(this))
    , m_keychain(std::make_unique<LazyKeychain>(this))
{ }

ServicesLoader::~ServicesLoader() = default;

Services *ServicesLoader::services() const
{
    return m_services.get();
}

secrets::SecretStore *ServicesLoader::keychain() const
{
    return m_keychain.get();
}

#ifdef VENDO_SERVICES_BUILT_IN

QStringList ServicesLoader::candidates()
{
    return {};
}

bool ServicesLoader::load()
{
    (void)m_files; // built in: nothing to look for
    if (!m_module)
        m_module.reset(createServicesModule());
    return true;
}

#else

QStringList ServicesLoader::candidates()
{
    return moduleCandidates("vendo-inspector-services");
}

bool ServicesLoader::load()
{
    if (m_tried)
        return m_module != nullptr;
    m_tried = true;
    QStringList failures;
    // Never unloaded (parented to the loader): code of the module may run until the process ends.
    using Factory = ServicesModule *(*)();
    if (const auto factory
        = reinterpret_cast<Factory>(loadModuleFactory(m_files, "vendo_create_services_module", this, &failures))) {
        m_module.reset(factory());
        return true;
    }
    m_error = QCoreApplication::translate("vendo::ui::ServicesLoader", "the services module cannot be loaded (%1)")
                  .arg(failures.join(QStringLiteral("; ")));
    emit loadFailed(m_error);
    return false;
}

#endif

} // namespace vendo::ui

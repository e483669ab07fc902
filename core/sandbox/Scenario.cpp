#include "sandbox/Scenario.h"

#include "sandbox/ScenarioParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

// Resources of a static library must be initialised by name, outside any namespace.
static void initSandboxResources()
{
    Q_INIT_RESOURCE(vendo_sandbox_scenarios);
}

namespace vendo::sandbox {

namespace {

constexpr qint64 kMaxScenarioBytes = 16 * 1024 * 1024;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::sandbox::Scenario)
};

} // namespace

QString SandboxError::toString() const
{
    if (kind != Kind::Scenario)
        return message;
    if (path.isEmpty())
        return source + QStringLiteral(": ") + message;
    return source + QStringLiteral(": ") + path + QStringLiteral(": ") + message;
}

Scenario Scenario::defaults()
{
    initSandboxResources();
    QFile file(QStringLiteral(":/vendo/sandbox/scenarios/default.json"));
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "Scenario::defaults", "the default scenario resource is missing");
    ScenarioLoad load = fromJson(file.readAll(), QStringLiteral("default.json"));
    // The compiled-in scenario is validated by the test suite; reaching this is a build defect.
    Q_ASSERT_X(load.has_value(), "Scenario::defaults", "the default scenario is invalid");
    if (load)
        return std::move(load).value();
    qFatal("vendo-sandbox: the compiled-in default scenario is invalid: %s", qUtf8Printable(load.error().toString()));
}

ScenarioLoad Scenario::fromJson(const QByteArray &json, const QString &source)
{
    return ScenarioParser::parse(json, source);
}

ScenarioLoad Scenario::fromFile(const QString &fileName)
{
    const QString source = QFileInfo(fileName).fileName();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            SandboxError { fileName, QString(), Tr::tr("cannot open the file: %1").arg(file.errorString()) });
    if (file.size() > kMaxScenarioBytes)
        return std::unexpected(SandboxError { fileName, QString(), Tr::tr("the file is larger than 16 MiB") });
    const QByteArray data = file.read(kMaxScenarioBytes + 1);
    if (data.size() > kMaxScenarioBytes)
        return std::unexpected(SandboxError { fileName, QString(), Tr::tr("the file is larger than 16 MiB") });
    return fromJson(data, source);
}

const Tenant *Scenario::tenant(const QString &id) const
{
    for (const Tenant &tenant : tenants) {
        if (tenant.id == id)
            return &tenant;
    }
    return nullptr;
}

const SandboxUser *Scenario::user(const QString &id) const
{
    for (const SandboxUser &user : users) {
        if (user.id == id)
            return &user;
    }
    return nullptr;
}

const ScenarioApiKey *Scenario::apiKey(const QString &key) const
{
    for (const ScenarioApiKey &entry : apiKeys) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

const Provider *Scenario::provider(const QString &slug) const
{
    for (const Provider &provider : providers) {
        if (provider.slug == slug)
            return &provider;
    }
    return nullptr;
}

QString Scenario::demoApiKey() const
{
    for (const ScenarioApiKey &entry : apiKeys) {
        if (entry.state == ScenarioApiKey::State::Active)
            return entry.key;
    }
    return {};
}

} // namespace vendo::sandbox

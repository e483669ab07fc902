#include "client/ProfileStore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace vendo::client {

namespace {

const QLatin1String kGroup("profiles");
const QLatin1String kCurrent("currentProfile");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::client::ProfileStore)
};

} // namespace

bool ProfileStore::isBuiltInId(const QString &id)
{
    for (const Profile &p : Profile::builtIns()) {
        if (p.id == id)
            return true;
    }
    return id == QLatin1String("sandbox");
}

bool ProfileStore::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

std::unique_ptr<QSettings> ProfileStore::openSharedSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Vendo"),
                                       QStringLiteral("vendo-inspector"));
}

std::unique_ptr<QSettings> ProfileStore::openLegacyCliSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Vendo"),
                                       QStringLiteral("vendo-inspector-cli"));
}

QStringList ProfileStore::adoptLegacyProfiles(QSettings *legacy)
{
    legacy->beginGroup(kGroup);
    const QStringList ids = legacy->childGroups();
    legacy->endGroup();
    if (ids.isEmpty())
        return {};
    const ProfileStore old(legacy);
    QStringList moved;
    for (const QString &id : ids) {
        const std::optional<Profile> profile = old.find(id);
        if (!profile || profile->kind != Profile::Kind::Custom || find(id))
            continue;
        if (save(*profile).isEmpty())
            moved << id;
    }
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError) {
        legacy->remove(kGroup);
        legacy->sync();
    }
    return moved;
}

QStringList ProfileStore::knownIds() const
{
    QStringList ids;
    for (const Profile &p : profiles())
        ids << p.id;
    if (!ids.contains(QLatin1String("sandbox")))
        ids.insert(Profile::builtIns().size(), QStringLiteral("sandbox"));
    return ids;
}

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{ }

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> list = Profile::builtIns();
    m_settings->beginGroup(kGroup);
    QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    ids.sort();
    for (const QString &id : std::as_const(ids)) {
        if (const auto profile = find(id); profile && profile->kind == Profile::Kind::Custom)
            list.append(*profile);
    }
    return list;
}

std::optional<Profile> ProfileStore::find(const QString &id) const
{
    for (const Profile &p : Profile::builtIns()) {
        if (p.id == id)
            return p;
    }
    m_settings->beginGroup(kGroup);
    const bool exists = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;
    m_settings->beginGroup(kGroup + QLatin1Char('/') + id);
    Profile p = Profile::custom(id, m_settings->value(QStringLiteral("displayName")).toString(),
                                QUrl(m_settings->value(QStringLiteral("baseUrl")).toString()),
                                QUrl(m_settings->value(QStringLiteral("credentialsUrl")).toString()));
    p.jwksUrl = QUrl(m_settings->value(QStringLiteral("jwksUrl")).toString());
    p.expectedIssuer = m_settings->value(QStringLiteral("expectedIssuer")).toString();
    p.expectedAudience = m_settings->value(QStringLiteral("expectedAudience"), p.expectedAudience).toString();
    p.apiVersion = m_settings->value(QStringLiteral("apiVersion"), p.apiVersion).toString();
    p.identityTransport = m_settings->value(QStringLiteral("identityTransport")).toString() == QLatin1String("bearer")
        ? IdentityTransport::Bearer
        : IdentityTransport::Header;
    m_settings->endGroup();
    return p;
}

QString ProfileStore::save(const Profile &profile)
{
    if (isBuiltInId(profile.id))
        return Tr::tr("\"%1\" is a built-in profile and cannot be overwritten.").arg(profile.id);
    if (profile.id.contains(QLatin1Char('/')) || profile.id.contains(QLatin1Char('\\')))
        return Tr::tr("A profile identifier cannot contain slashes.");
    if (const QString problem = profile.validate(); !problem.isEmpty())
        return problem;
    m_settings->beginGroup(kGroup + QLatin1Char('/') + profile.id);
    m_settings->setValue(QStringLiteral("displayName"), profile.displayName);
    // URLs without user info: a pasted URL could carry a password.
    m_settings->setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString(QUrl::RemoveUserInfo));
    m_settings->setValue(QStringLiteral("credentialsUrl"), profile.credentialsUrl.toString(QUrl::RemoveUserInfo));
    m_settings->setValue(QStringLiteral("jwksUrl"), profile.jwksUrl.toString(QUrl::RemoveUserInfo));
    m_settings->setValue(QStringLiteral("expectedIssuer"), profile.expectedIssuer);
    m_settings->setValue(QStringLiteral("expectedAudience"), profile.expectedAudience);
    m_settings->setValue(QStringLiteral("apiVersion"), profile.apiVersion);
    m_settings->setValue(QStringLiteral("identityTransport"),
                         profile.identityTransport == IdentityTransport::Bearer ? QStringLiteral("bearer")
                                                                                : QStringLiteral("header"));
    m_settings->endGroup();
    return {};
}

bool ProfileStore::remove(const QString &id)
{
    if (isBuiltInId(id))
        return false;
    m_settings->beginGroup(kGroup);
    const bool exists = m_settings->childGroups().contains(id);
    if (exists)
        m_settings->remove(id);
    m_settings->endGroup();
    return exists;
}

QString ProfileStore::currentId() const
{
    return m_settings->value(kCurrent, QStringLiteral("production")).toString();
}

void ProfileStore::setCurrentId(const QString &id)
{
    m_settings->setValue(kCurrent, id);
}

} // namespace vendo::client

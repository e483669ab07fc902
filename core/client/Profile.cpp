#include "client/Profile.h"

#include "jwt/UrlPolicy.h"

#include <QCoreApplication>

namespace vendo::client {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::client::Profile)
};

} // namespace

Profile Profile::production()
{
    Profile p;
    p.id = QStringLiteral("production");
    p.displayName = Tr::tr("Production");
    p.kind = Kind::Production;
    p.baseUrl = QUrl(QStringLiteral("https://vendo.run"));
    p.credentialsUrl = QUrl(QStringLiteral("https://credentials.vendo.run"));
    p.jwksUrl = QUrl(QStringLiteral("https://auth.vendo.run/auth/v1/.well-known/jwks.json"));
    p.expectedIssuer = QStringLiteral("https://auth.vendo.run/auth/v1");
    return p;
}

Profile Profile::staging()
{
    Profile p;
    p.id = QStringLiteral("staging");
    p.displayName = Tr::tr("Staging");
    p.kind = Kind::Staging;
    p.baseUrl = QUrl(QStringLiteral("https://staging.vendo.run"));
    p.credentialsUrl = QUrl(QStringLiteral("https://credentials.staging.vendo.run"));
    p.jwksUrl = QUrl(QStringLiteral("https://auth.staging.vendo.run/auth/v1/.well-known/jwks.json"));
    p.expectedIssuer = QStringLiteral("https://auth.staging.vendo.run/auth/v1");
    return p;
}

Profile Profile::sandbox(const QUrl &baseUrl, const QUrl &credentialsUrl, const QUrl &jwksUrl)
{
    Profile p;
    p.id = QStringLiteral("sandbox");
    p.displayName = Tr::tr("Sandbox");
    p.kind = Kind::Sandbox;
    p.baseUrl = baseUrl;
    p.credentialsUrl = credentialsUrl;
    p.jwksUrl = jwksUrl;
    return p;
}

Profile Profile::custom(const QString &id, const QString &displayName, const QUrl &baseUrl, const QUrl &credentialsUrl)
{
    Profile p;
    p.id = id;
    p.displayName = displayName.isEmpty() ? id : displayName;
    p.kind = Kind::Custom;
    p.baseUrl = baseUrl;
    p.credentialsUrl = credentialsUrl;
    return p;
}

QString Profile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Production:
        return QStringLiteral("production");
    case Kind::Staging:
        return QStringLiteral("staging");
    case Kind::Sandbox:
        return QStringLiteral("sandbox");
    case Kind::Custom:
        break;
    }
    return QStringLiteral("custom");
}

std::optional<Profile::Kind> Profile::kindFromName(const QString &name)
{
    for (Kind kind : { Kind::Production, Kind::Staging, Kind::Sandbox, Kind::Custom }) {
        if (name.compare(kindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QList<Profile> Profile::builtIns()
{
    return { production(), staging() };
}

QString Profile::validate() const
{
    if (id.isEmpty())
        return Tr::tr("The profile has no identifier.");
    for (const auto &[url, what] :
         { std::pair { baseUrl, Tr::tr("API base") }, std::pair { credentialsUrl, Tr::tr("credentials service") } }) {
        if (const QString problem = jwt::insecureUrlProblem(url, what); !problem.isEmpty())
            return problem;
    }
    if (!baseUrl.path().isEmpty() && baseUrl.path() != QLatin1String("/"))
        return Tr::tr("The API base URL must be an origin only (paths start with /api/...); remove \"%1\".")
            .arg(baseUrl.path());
    if (!jwksUrl.isEmpty()) {
        if (const QString problem = jwt::insecureUrlProblem(jwksUrl, Tr::tr("JWKS")); !problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace vendo::client

#include "client/Profile.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace vendo::client {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vendo::client::Profile", text);
}

QString checkUrl(const QUrl &url, const QString &what)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The %1 URL \"%2\" is not a valid absolute URL.").arg(what, url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    return tr("The %1 URL \"%2\" must use https (plain http is accepted only for loopback hosts).")
        .arg(what, url.toDisplayString());
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Profile Profile::production()
{
    Profile p;
    p.id = QStringLiteral("production");
    p.displayName = tr("Production");
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
    p.displayName = tr("Staging");
    p.kind = Kind::Staging;
    p.baseUrl = QUrl(QStringLiteral("https://staging.vendo.run"));
    p.credentialsUrl = QUrl(QStringLiteral("https://credentials.staging.vendo.run"));
    p.jwksUrl = QUrl(QStringLiteral("https://auth.staging.vendo.run/auth/v1/.well-known/jwks.json"));
    p.expectedIssuer = QStringLiteral("https://auth.staging.vendo.run/auth/v1");
    return p;
}

QList<Profile> Profile::builtIns()
{
    return { production(), staging() };
}

QString Profile::validate() const
{
    if (id.isEmpty())
        return tr("The profile has no identifier.");
    for (const auto &[url, what] :
         { std::pair { baseUrl, tr("API base") }, std::pair { credentialsUrl, tr("credentials service") } }) {
        if (const QString problem = checkUrl(url, what); !problem.isEmpty())
            return problem;
    }
    if (!baseUrl.path().isEmpty() && baseUrl.path() != QLatin1String("/"))
        return tr("The API base URL must be an origin only (paths start with /api/...); remove \"%1\".")
            .arg(baseUrl.path());
    if (!jwksUrl.isEmpty()) {
        if (const QString problem = checkUrl(jwksUrl, tr("JWKS")); !problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace vendo::client

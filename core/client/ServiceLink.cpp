#include "client/ServiceLink.h"

#include "client/Profile.h"
#include "jwt/UrlPolicy.h"

#include <QCoreApplication>

namespace vendo::client::ServiceLink {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::client::ServiceLink)
};

// The host as DNS sees it: lower case, internationalised names in their ASCII form, so that a
// look-alike Unicode name never compares equal to the service's.
QString asciiHost(const QUrl &url)
{
    return url.host(QUrl::FullyEncoded).toLower();
}

bool isSameOrSubdomain(const QString &host, const QString &domain)
{
    return host == domain || host.endsWith(QLatin1Char('.') + domain);
}

} // namespace

QString origin(const QUrl &link)
{
    const QString scheme = link.scheme().toLower();
    const QString host = asciiHost(link);
    if (host.isEmpty())
        return scheme + QLatin1Char(':');
    const QString shownHost = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    const QString port = link.port() >= 0 ? QLatin1Char(':') + QString::number(link.port()) : QString();
    return scheme + QStringLiteral("://") + shownHost + port;
}

QString openProblem(const QUrl &link, const Profile &profile)
{
    const QString host = asciiHost(link);
    if (!link.isValid() || host.isEmpty())
        return Tr::tr("The link is not a web address.");
    if (!link.userInfo().isEmpty())
        return Tr::tr("The link carries a user name before its host, a way to disguise where it goes.");
    const QString scheme = link.scheme().toLower();
    const bool loopback = jwt::isLoopbackHost(link.host());
    if (scheme != QLatin1String("https") && !(scheme == QLatin1String("http") && loopback))
        return Tr::tr("The link uses %1, not https.").arg(scheme.isEmpty() ? Tr::tr("no scheme") : scheme);
    const QString serviceHost = asciiHost(profile.baseUrl);
    if (serviceHost.isEmpty())
        return Tr::tr("The profile has no service address to compare the link with.");
    if (loopback || jwt::isLoopbackHost(profile.baseUrl.host())) {
        // A local service (the sandbox) is one host and port: another port is another program.
        if (host != serviceHost || link.port(-1) != profile.baseUrl.port(-1))
            return Tr::tr("The link goes to %1, not to the service at %2.").arg(origin(link), origin(profile.baseUrl));
        return {};
    }
    if (!isSameOrSubdomain(host, serviceHost))
        return Tr::tr("The link goes to %1, not to the service's domain %2.").arg(host, serviceHost);
    return {};
}

} // namespace vendo::client::ServiceLink

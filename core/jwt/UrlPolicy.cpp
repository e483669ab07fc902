#include "jwt/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace vendo::jwt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::jwt::UrlPolicy)
};

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString insecureUrlProblem(const QUrl &url, const QString &what)
{
    if (!url.isValid() || url.host().isEmpty())
        return Tr::tr("The %1 URL \"%2\" is not a valid absolute URL.").arg(what, url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    return Tr::tr("The %1 URL \"%2\" must use https (plain http is accepted only for loopback hosts).")
        .arg(what, url.toDisplayString());
}

} // namespace vendo::jwt

#include "jwt/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace vendo::jwt {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString insecureUrlProblem(const QUrl &url, const QString &what)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("vendo::jwt::UrlPolicy", text); };
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

} // namespace vendo::jwt

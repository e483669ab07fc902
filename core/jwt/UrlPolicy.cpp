#include "jwt/UrlPolicy.h"

#include <QCoreApplication>

namespace vendo::jwt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::jwt::UrlPolicy)
};

} // namespace

bool isLoopbackHost(const QString &host)
{
    // QUrl's host parser reads an address literal the way QHostAddress does (127.1, 0x7f.0.0.1,
    // 2130706433, 0:0:0:0:0:0:0:1, ::ffff:7f00:1 ...) and writes it back in one canonical form, which
    // leaves three loopback shapes to recognise: localhost, ::1, and 127.0.0.0/8, also mapped into
    // IPv6. (QtCore only: the GUI judges URLs long before it loads QtNetwork.)
    if (host.contains(QLatin1Char('[')))
        return false;
    QUrl url;
    url.setHost(host.trimmed());
    if (!url.isValid())
        return false;
    QString canonical = url.host();
    if (canonical == QLatin1String("localhost") || canonical == QLatin1String("::1"))
        return true;
    if (canonical.startsWith(QLatin1String("::ffff:")))
        canonical = canonical.mid(7);
    const QStringList octets = canonical.split(QLatin1Char('.'));
    if (octets.size() != 4 || octets.constFirst() != QLatin1String("127"))
        return false;
    for (const QString &octet : octets) {
        bool number = false;
        if (octet.isEmpty() || octet.size() > 3 || octet.toInt(&number) > 255 || !number)
            return false;
    }
    return true;
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

#include "client/ClientConfig.h"

namespace vendo::client {

QList<QPair<QByteArray, QByteArray>> ClientConfig::requestHeaders(bool userBearer) const
{
    QList<QPair<QByteArray, QByteArray>> headers;
    const bool sendsJwt = !userJwt.isEmpty() && headerShape.userJwt;
    const bool jwtAsBearer = sendsJwt && (userBearer || transport == IdentityTransport::Bearer);
    const QString bearer = jwtAsBearer ? userJwt : apiKey;
    if (!bearer.isEmpty())
        headers.append({ QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearer.toUtf8() });
    if (sendsJwt && !jwtAsBearer)
        headers.append({ QByteArrayLiteral("X-Vendo-User-JWT"), userJwt.toUtf8() });
    if (headerShape.apiVersion)
        headers.append({ QByteArrayLiteral("Vendo-API-Version"), apiVersion.toUtf8() });
    if (headerShape.accept)
        headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") });
    headers.append({ QByteArrayLiteral("User-Agent"), QByteArrayLiteral("VendoInspector/" VENDO_VERSION) });
    return headers;
}

QStringList ClientConfig::secrets() const
{
    QStringList list;
    if (!apiKey.isEmpty())
        list << apiKey;
    if (!userJwt.isEmpty())
        list << userJwt;
    return list;
}

} // namespace vendo::client

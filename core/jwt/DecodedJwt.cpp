#include "jwt/DecodedJwt.h"

namespace vendo::jwt {

namespace {

QString headerString(const std::optional<QJsonObject> &header, QLatin1String name)
{
    if (!header)
        return {};
    return header->value(name).toString();
}

} // namespace

QString DecodedJwt::alg() const
{
    return headerString(header, QLatin1String("alg"));
}

QString DecodedJwt::kid() const
{
    return headerString(header, QLatin1String("kid"));
}

QString DecodedJwt::typ() const
{
    return headerString(header, QLatin1String("typ"));
}

QByteArray DecodedJwt::signingInput() const
{
    if (segments.size() < 2)
        return {};
    return segments.at(0) + '.' + segments.at(1);
}

QString DecodedJwt::redacted() const
{
    if (segments.isEmpty())
        return {};
    if (segments.size() == 1)
        return QString::fromLatin1(segments.at(0).left(40)) + QStringLiteral(".<redacted>");
    return QString::fromLatin1(segments.at(0)) + QLatin1Char('.') + QString::fromLatin1(segments.at(1))
        + QStringLiteral(".<redacted>");
}

} // namespace vendo::jwt

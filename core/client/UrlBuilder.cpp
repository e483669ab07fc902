#include "client/UrlBuilder.h"

#include "client/ClientConfig.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace vendo::client::UrlBuilder {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::client::UrlBuilder)
};

std::optional<VendoError> slugProblem(const QString &slug)
{
    if (slug.trimmed().isEmpty())
        return VendoError::make(VendoError::Kind::InvalidInput, Tr::tr("The provider slug is empty."));
    if (slug.size() > kMaxSlugLength)
        return VendoError::make(VendoError::Kind::InvalidInput,
                                Tr::tr("The provider slug is longer than %1 characters.").arg(kMaxSlugLength));
    return std::nullopt;
}

QUrl withPath(const QUrl &base, const QString &suffix)
{
    QUrl url = base;
    QString path = url.path(QUrl::FullyEncoded);
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + suffix, QUrl::StrictMode);
    return url;
}

} // namespace

Result<QUrl> token(const ClientConfig &config, const QString &slug)
{
    if (const auto problem = slugProblem(slug))
        return std::unexpected(*problem);
    return withPath(config.profile.credentialsUrl, QString::fromLatin1(QUrl::toPercentEncoding(slug.trimmed())));
}

Result<QUrl> bulk(const ClientConfig &config, const QStringList &slugs)
{
    for (const QString &slug : slugs) {
        if (const auto problem = slugProblem(slug))
            return std::unexpected(*problem);
    }
    QUrl url = withPath(config.profile.credentialsUrl, QStringLiteral("_bulk"));
    QStringList encoded;
    for (const QString &slug : slugs)
        encoded << QString::fromLatin1(QUrl::toPercentEncoding(slug.trimmed()));
    url.setQuery(QStringLiteral("slugs=") + encoded.join(QLatin1Char(',')), QUrl::StrictMode);
    return url;
}

QUrl connections(const ClientConfig &config, bool sandbox)
{
    QUrl url = config.profile.baseUrl;
    url.setPath(QStringLiteral("/api/deployments/me/connections"));
    if (sandbox)
        url.setQuery(QStringLiteral("sandbox=1"));
    return url;
}

QUrl balance(const ClientConfig &config)
{
    QUrl url = config.profile.baseUrl;
    url.setPath(QStringLiteral("/api/v1/balance"));
    return url;
}

std::optional<VendoError> precondition(const ClientConfig &config, bool asUser)
{
    if (asUser) {
        if (config.userJwt.isEmpty())
            return VendoError::make(VendoError::Kind::IdentityNotPresent,
                                    Tr::tr("Asking as the user needs a user identity token (scope the client first)."));
        return std::nullopt;
    }
    if (config.apiKey.isEmpty())
        return VendoError::make(VendoError::Kind::VendoOnlyFeature,
                                Tr::tr("No API key is configured for this profile."));
    return std::nullopt;
}

} // namespace vendo::client::UrlBuilder

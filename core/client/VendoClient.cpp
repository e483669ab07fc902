#include "client/VendoClient.h"

#include "client/ClientConfig.h"
#include "client/ConnectionsJob.h"
#include "client/Redaction.h"
#include "client/RequestLog.h"
#include "client/TokenJob.h"
#include "client/TokensJob.h"
#include "client/WhoamiJob.h"

#include <QCoreApplication>

namespace vendo::client {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::client::VendoClient)
};

} // namespace

VendoClient::VendoClient(std::shared_ptr<const HttpBackend> http, const Profile &profile, const QString &apiKey)
{
    auto config = std::make_shared<ClientConfig>();
    config->http = std::move(http);
    config->profile = profile;
    config->apiKey = apiKey.trimmed();
    config->apiVersion = profile.apiVersion;
    config->transport = profile.identityTransport;
    m_config = std::move(config);
}

VendoClient::VendoClient()
    : VendoClient(std::shared_ptr<const HttpBackend>(), Profile::production(), QString())
{ }

VendoClient::VendoClient(std::shared_ptr<const ClientConfig> config)
    : m_config(std::move(config))
{ }

template<typename Change> VendoClient VendoClient::changed(Change change) const
{
    auto copy = std::make_shared<ClientConfig>(*m_config);
    change(*copy);
    return VendoClient(std::shared_ptr<const ClientConfig>(std::move(copy)));
}

VendoClient VendoClient::withApiVersion(const QString &apiVersion) const
{
    return changed([&](ClientConfig &c) { c.apiVersion = apiVersion; });
}

VendoClient VendoClient::withIdentityTransport(IdentityTransport transport) const
{
    return changed([&](ClientConfig &c) { c.transport = transport; });
}

VendoClient VendoClient::withTimeout(std::chrono::milliseconds timeout) const
{
    return changed([&](ClientConfig &c) { c.timeout = timeout; });
}

VendoClient VendoClient::withRetryPolicy(const RetryPolicy &policy) const
{
    return changed([&](ClientConfig &c) {
        c.retry = policy;
        c.retry.maxAttempts = qMax(1, c.retry.maxAttempts);
    });
}

VendoClient VendoClient::withHeaderShape(const HeaderShape &shape) const
{
    return changed([&](ClientConfig &c) { c.headerShape = shape; });
}

VendoClient VendoClient::withSinglyAfterBulk(bool askAgain) const
{
    return changed([&](ClientConfig &c) { c.singlyAfterBulk = askAgain; });
}

VendoClient VendoClient::withRequestLog(RequestLog *log) const
{
    return changed([&](ClientConfig &c) { c.log = log; });
}

VendoClient VendoClient::withClock(const jwt::Clock *clock) const
{
    return changed([&](ClientConfig &c) { c.clock = clock; });
}

Result<VendoClient> VendoClient::forUser(const QString &jwt) const
{
    if (m_config->apiKey.isEmpty())
        return std::unexpected(VendoError::make(VendoError::Kind::VendoOnlyFeature,
                                                Tr::tr("No API key is configured: scoping to a user needs one.")));
    const QString trimmed = jwt.trimmed();
    if (trimmed.isEmpty())
        return std::unexpected(
            VendoError::make(VendoError::Kind::IdentityNotPresent, Tr::tr("The user identity token is empty.")));
    if (trimmed.size() > HeaderBlock::kMaxHeaderValueBytes)
        return std::unexpected(
            VendoError::make(VendoError::Kind::InvalidInput,
                             Tr::tr("The user identity token is %1 characters long; the limit is %2.")
                                 .arg(trimmed.size())
                                 .arg(HeaderBlock::kMaxHeaderValueBytes)));
    for (const QChar c : trimmed) {
        // A header value cannot carry these; the SDKs would fail to send it at all.
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return std::unexpected(
                VendoError::make(VendoError::Kind::InvalidInput,
                                 Tr::tr("The user identity token contains a character a header cannot carry.")));
    }
    return changed([&](ClientConfig &c) { c.userJwt = trimmed; });
}

Result<VendoClient> VendoClient::forRequest(const HeaderList &headers) const
{
    if (m_config->apiKey.isEmpty())
        return std::unexpected(VendoError::make(VendoError::Kind::VendoOnlyFeature,
                                                Tr::tr("No API key is configured: scoping to a user needs one.")));
    const Result<UserIdentity> identity = identityFromHeaders(headers);
    if (!identity)
        return std::unexpected(identity.error());
    return forUser(identity->jwt);
}

Result<VendoClient> VendoClient::forRequest(const QMap<QString, QString> &headers) const
{
    return forRequest(headerListFromMap(headers));
}

Result<VendoClient> VendoClient::forRequest(const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    return forRequest(headerListFromPairs(headers));
}

Result<VendoClient> VendoClient::forRequest(const QByteArray &headerBlock, qsizetype requestIndex) const
{
    if (m_config->apiKey.isEmpty())
        return std::unexpected(VendoError::make(VendoError::Kind::VendoOnlyFeature,
                                                Tr::tr("No API key is configured: scoping to a user needs one.")));
    const Result<HeaderBlock> block = HeaderBlock::parse(headerBlock);
    if (!block)
        return std::unexpected(block.error());
    if (requestIndex < 0 || requestIndex >= block->requests.size())
        return std::unexpected(VendoError::make(VendoError::Kind::InvalidInput,
                                                Tr::tr("Request %1 does not exist; the input holds %2.")
                                                    .arg(requestIndex + 1)
                                                    .arg(block->requests.size())));
    return forRequest(block->requests.at(requestIndex).headers);
}

TokenJob *VendoClient::token(const QString &slug, QObject *parent) const
{
    return new TokenJob(m_config, slug, parent);
}

TokensJob *VendoClient::tokens(const QStringList &slugs, QObject *parent) const
{
    return new TokensJob(m_config, slugs, parent);
}

ConnectionsJob *VendoClient::connections(bool sandbox, QObject *parent) const
{
    return new ConnectionsJob(m_config, sandbox, parent);
}

WhoamiJob *VendoClient::whoami(Identity::As as, QObject *parent) const
{
    return new WhoamiJob(m_config, as, parent);
}

bool VendoClient::hasApiKey() const
{
    return !m_config->apiKey.isEmpty();
}

bool VendoClient::isScoped() const
{
    return !m_config->userJwt.isEmpty();
}

const Profile &VendoClient::profile() const
{
    return m_config->profile;
}

QString VendoClient::apiVersion() const
{
    return m_config->apiVersion;
}

IdentityTransport VendoClient::identityTransport() const
{
    return m_config->transport;
}

const HeaderShape &VendoClient::headerShape() const
{
    return m_config->headerShape;
}

std::chrono::milliseconds VendoClient::timeout() const
{
    return m_config->timeout;
}

const RetryPolicy &VendoClient::retryPolicy() const
{
    return m_config->retry;
}

RequestLog *VendoClient::requestLog() const
{
    return m_config->log;
}

QString VendoClient::apiKeyPrefix() const
{
    return Redaction::apiKey(m_config->apiKey);
}

QString VendoClient::redactedJwt() const
{
    return m_config->userJwt.isEmpty() ? QString() : Redaction::jwt(m_config->userJwt);
}

QStringList VendoClient::secrets() const
{
    return m_config->secrets();
}

QList<QPair<QString, QString>> VendoClient::redactedRequestHeaders(bool asUserBearer) const
{
    QList<QPair<QString, QString>> result;
    for (const auto &[name, value] : m_config->requestHeaders(asUserBearer)) {
        const QString n = QString::fromLatin1(name);
        result.append({ n, Redaction::headerValue(n, QString::fromUtf8(value)) });
    }
    return result;
}

} // namespace vendo::client

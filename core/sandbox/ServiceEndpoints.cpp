// The endpoints of ServiceLogic: what each one answers once routing chose it.
#include "sandbox/ServiceLogic.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace vendo::sandbox {

namespace {

constexpr int kMaxBulkSlugs = 100;

Fault serviceError(int status, const QString &code, const QString &message, const QString &slug)
{
    Fault error;
    error.status = status;
    error.code = code;
    error.message = message;
    error.slug = slug;
    return error;
}

QString sanitizedForToken(QString slug)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    return slug.replace(unsafe, QStringLiteral("_")).left(40);
}

} // namespace

QJsonObject ServiceLogic::tokenObject(const QString &owner, const QString &slug, std::optional<qint64> lifetime) const
{
    // Recognisably fake and stable: the same owner and slug always get the same token.
    const QByteArray digest
        = QCryptographicHash::hash((owner + QLatin1Char('/') + slug).toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(24);
    return QJsonObject {
        { QStringLiteral("access_token"),
          QString(QStringLiteral("sbx_fake_at_") + sanitizedForToken(slug) + QLatin1Char('_')
                  + QString::fromLatin1(digest)) },
        { QStringLiteral("expires_at"),
          lifetime ? QJsonValue(now().addSecs(*lifetime).toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("token_type"), QStringLiteral("Bearer") },
    };
}

Reply ServiceLogic::tokenFor(const Caller &caller, const QString &slug) const
{
    const QString scope = caller.userId.isEmpty() ? caller.tenantId : caller.userId;
    const auto found = std::find_if(m_scenario.connections.begin(), m_scenario.connections.end(),
                                    [&](const ScenarioConnection &c) { return c.owner == scope && c.slug == slug; });
    if (found == m_scenario.connections.end()) {
        if (slugHasFault(slug))
            return Reply::json(200, tokenObject(scope, slug, 3600));
        if (m_scenario.provider(slug)) {
            Fault missing = serviceError(403, QStringLiteral("binding_missing"),
                                         QStringLiteral("No connection for this provider"), slug);
            missing.connectUrl = connectUrl(slug, caller);
            missing.suggestedFix = QStringLiteral("Connect the provider on vendo.run");
            return errorReply(missing, m_origin, now());
        }
        return errorReply(
            serviceError(404, QStringLiteral("provider_unknown"), QStringLiteral("Unknown provider"), slug), m_origin,
            now());
    }

    const ScenarioConnection &connection = *found;
    const QString status = connection.status();
    const QString setupUrl = expandFor(connection.fields.value(QStringLiteral("setup_url")).toString(), caller);
    if (connection.revoked) {
        Fault revoked = serviceError(403, QStringLiteral("connection_revoked"),
                                     QStringLiteral("The connection was revoked"), slug);
        revoked.connectUrl = setupUrl;
        revoked.suggestedFix = QStringLiteral("Reconnect the provider on vendo.run");
        return errorReply(revoked, m_origin, now());
    }
    if (status == QLatin1String("available")) {
        Fault missing = serviceError(403, QStringLiteral("binding_missing"),
                                     QStringLiteral("The provider is available but not connected"), slug);
        missing.connectUrl = setupUrl;
        missing.suggestedFix = QStringLiteral("Connect the provider on vendo.run");
        return errorReply(missing, m_origin, now());
    }
    if (status == QLatin1String("needs_reauth")) {
        Fault reauth = serviceError(401, QStringLiteral("connection_needs_reauth"),
                                    QStringLiteral("The OAuth grant expired; the user must re-authorize"), slug);
        reauth.connectUrl = setupUrl.isEmpty() ? connectUrl(slug, caller) : setupUrl;
        reauth.suggestedFix = QStringLiteral("Ask the user to re-authorize at connect_url");
        return errorReply(reauth, m_origin, now());
    }
    if (status == QLatin1String("error")) {
        const QString message = connection.fields.value(QStringLiteral("error_message")).toString();
        return errorReply(serviceError(502, QStringLiteral("upstream_error"),
                                       message.isEmpty() ? QStringLiteral("The provider failed") : message, slug),
                          m_origin, now());
    }
    if (connection.profile() == QLatin1String("webhook_inbound")) {
        return errorReply(serviceError(500, QStringLiteral("profile_unsupported"),
                                       QStringLiteral("Connections of profile webhook_inbound have no token"), slug),
                          m_origin, now());
    }
    return Reply::json(200, tokenObject(scope, slug, connection.tokenLifetimeSeconds));
}

Reply ServiceLogic::tokenEndpoint(const RecordedRequest &request, const QString &slug)
{
    auto auth = authenticate(request, Surface::Credentials);
    if (!auth)
        return std::move(auth.error());
    const Caller &caller = *auth;

    const FaultOutcome faults = fireFaults(FaultEndpoint::Token, slug, caller);
    Reply reply = tokenFor(caller, slug);
    if (faults.decisive) {
        Fault fault = *faults.decisive;
        fault.slug = slug;
        reply = faultReply(fault, std::move(reply), caller);
    }
    reply.latency = faults.latency;
    return reply;
}

Reply ServiceLogic::bulkEndpoint(const RecordedRequest &request)
{
    auto auth = authenticate(request, Surface::Credentials);
    if (!auth)
        return std::move(auth.error());
    const Caller &caller = *auth;

    const QUrlQuery query(request.query);
    QStringList slugs;
    for (const QString &slug :
         query.queryItemValue(QStringLiteral("slugs"), QUrl::FullyDecoded).split(QLatin1Char(','))) {
        const QString trimmed = slug.trimmed();
        if (!trimmed.isEmpty() && !slugs.contains(trimmed))
            slugs.append(trimmed);
    }
    if (slugs.isEmpty()) {
        return errorReply(serviceError(400, QStringLiteral("validation_failed"),
                                       QStringLiteral("Query parameter slugs is required"), QString()),
                          m_origin, now());
    }
    if (slugs.size() > kMaxBulkSlugs) {
        return errorReply(serviceError(400, QStringLiteral("validation_failed"),
                                       QStringLiteral("At most 100 slugs per request"), QString()),
                          m_origin, now());
    }

    const FaultOutcome endpointFaults = fireFaults(FaultEndpoint::Bulk, QString(), caller);
    std::chrono::milliseconds slowestSlug { 0 };
    QJsonObject tokens;
    for (const QString &slug : slugs) {
        // Slugs resolve in parallel upstream: the slowest one sets the pace.
        const FaultOutcome slugFaults = fireFaults(FaultEndpoint::Bulk, slug, caller, true);
        slowestSlug = std::max(slowestSlug, slugFaults.latency);
        const Reply single = tokenFor(caller, slug);
        if (slugFaults.decisive || single.status != 200) {
            tokens.insert(slug, QJsonValue::Null);
            continue;
        }
        QJsonObject token = QJsonDocument::fromJson(single.body).object();
        token.remove(QStringLiteral("token_type"));
        tokens.insert(slug, token);
    }
    Reply reply = Reply::json(200, QJsonObject { { QStringLiteral("tokens"), tokens } });
    if (endpointFaults.decisive)
        reply = faultReply(*endpointFaults.decisive, std::move(reply), caller);
    reply.latency = endpointFaults.latency + slowestSlug;
    return reply;
}

QJsonObject ServiceLogic::connectionObject(const ScenarioConnection &connection, const Caller &caller) const
{
    QJsonObject object;
    if (const Provider *provider = m_scenario.provider(connection.slug))
        object = provider->fields;
    for (auto it = connection.fields.begin(); it != connection.fields.end(); ++it)
        object.insert(it.key(), it.value());
    object.insert(QStringLiteral("slug"), connection.slug);
    for (const QString &field : { QStringLiteral("setup_url"), QStringLiteral("base_url"), QStringLiteral("docs_url"),
                                  QStringLiteral("logo_url") }) {
        if (object.value(field).isString())
            object.insert(field, expandFor(object.value(field).toString(), caller));
    }
    return object;
}

Reply ServiceLogic::connectionsEndpoint(const RecordedRequest &request)
{
    auto auth = authenticate(request, Surface::Api);
    if (!auth)
        return std::move(auth.error());
    const Caller &caller = *auth;

    const FaultOutcome faults = fireFaults(FaultEndpoint::Connections, QString(), caller);
    const QString scope = caller.userId.isEmpty() ? caller.tenantId : caller.userId;
    QJsonArray list;
    for (const ScenarioConnection &connection : m_scenario.connections) {
        if (connection.owner == scope)
            list.append(connectionObject(connection, caller));
    }
    Reply reply = Reply::json(200, QJsonObject { { QStringLiteral("connections"), list } });
    if (faults.decisive)
        reply = faultReply(*faults.decisive, std::move(reply), caller);
    reply.latency = faults.latency;
    return reply;
}

Reply ServiceLogic::balanceEndpoint(const RecordedRequest &request)
{
    if (request.header(QByteArrayLiteral("Authorization")).trimmed().isEmpty()) {
        return Reply::json(
            401,
            QJsonObject { { QStringLiteral("error"),
                            QJsonObject { { QStringLiteral("message"), QStringLiteral("Missing Bearer token") } } } });
    }
    auto auth = authenticate(request, Surface::Api);
    if (!auth)
        return std::move(auth.error());
    const Caller &caller = *auth;

    const FaultOutcome faults = fireFaults(FaultEndpoint::Balance, QString(), caller);
    const Tenant *tenant = m_scenario.tenant(caller.tenantId);
    Reply reply = Reply::json(200,
                              QJsonObject {
                                  { QStringLiteral("balance_usd"), tenant ? tenant->balanceUsd : 0.0 },
                                  { QStringLiteral("tenant_id"), caller.tenantId },
                              });
    if (faults.decisive)
        reply = faultReply(*faults.decisive, std::move(reply), caller);
    reply.latency = faults.latency;
    return reply;
}

Reply ServiceLogic::jwksEndpoint(const RecordedRequest &)
{
    const Caller nobody;
    const FaultOutcome faults = fireFaults(FaultEndpoint::Jwks, QString(), nobody);
    Reply reply;
    reply.body = m_identity.jwksJson();
    reply.contentType = QByteArrayLiteral("application/json");
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=600"));
    if (faults.decisive)
        reply = faultReply(*faults.decisive, std::move(reply), nobody);
    reply.latency = faults.latency;
    return reply;
}

} // namespace vendo::sandbox

// The live side of ServiceLogic (docs/sandbox.md "Live events"): the event stream endpoint, and the
// admin routes that change a connection or publish an event. A change is made to the scenario the
// other endpoints serve, so the token and connections answers follow it at once.
#include "sandbox/EventHub.h"
#include "sandbox/ScenarioParser.h"
#include "sandbox/ServiceLogic.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vendo::sandbox {

namespace {

constexpr int kMaxPublishedAtOnce = 10'000;

Reply adminProblem(int status, const QString &message)
{
    return Reply::json(status,
                       QJsonObject { { QStringLiteral("error"),
                                       QJsonObject { { QStringLiteral("code"), QStringLiteral("validation_failed") },
                                                     { QStringLiteral("message"), message } } } });
}

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

QString ServiceLogic::tenantOf(const QString &owner) const
{
    const SandboxUser *user = m_scenario.user(owner);
    return user ? user->tenantId : owner;
}

Reply ServiceLogic::eventsEndpoint(const RecordedRequest &request)
{
    // The app's stream: the API key is the bearer (a user JWT as the bearer is refused).
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (!authorization.toLower().startsWith("bearer vendo_sk_"))
        return authFailure(Surface::Api, QString(), QStringLiteral("Missing or invalid Bearer token"));
    auto auth = authenticate(request, Surface::Api);
    if (!auth)
        return std::move(auth.error());
    const Caller &caller = *auth;

    if (m_events && m_events->streamCount(caller.tenantId) >= EventHub::kMaxStreamsPerApp) {
        Fault limit;
        limit.status = 429;
        limit.code = QStringLiteral("rate_limit_sse_streams");
        limit.message = QStringLiteral("Too many event streams for this app (at most 5)");
        return errorReply(limit, m_origin, now());
    }
    Reply reply;
    reply.eventStream = Reply::EventStreamOpening { caller.tenantId, StreamFault() };
    for (qsizetype i = 0; i < m_scenario.events.streamFaults.size(); ++i) {
        const StreamFault &fault = m_scenario.events.streamFaults.at(i);
        if (fault.failTimes > 0) {
            int &hits = m_streamFaultHits[int(i)];
            if (hits >= fault.failTimes)
                continue;
            ++hits;
        }
        reply.eventStream->fault = fault;
        break;
    }
    return reply;
}

SandboxResult<QJsonObject> ServiceLogic::changeConnection(const QString &owner, const QString &slug,
                                                          const ConnectionChange &change)
{
    const auto found = std::find_if(m_scenario.connections.begin(), m_scenario.connections.end(),
                                    [&](const ScenarioConnection &c) { return c.owner == owner && c.slug == slug; });
    if (found == m_scenario.connections.end())
        return std::unexpected(SandboxError::make(SandboxError::Kind::UnknownConnection,
                                                  QStringLiteral("No connection of %1 for %2").arg(owner, slug)));
    ScenarioConnection &connection = *found;
    const QString statusBefore = connection.status();
    const bool revokedBefore = connection.revoked;
    const QJsonValue messageBefore = connection.fields.value(QStringLiteral("error_message"));

    if (change.status)
        connection.fields.insert(QStringLiteral("status"), *change.status);
    if (change.errorMessage)
        connection.fields.insert(QStringLiteral("error_message"), *change.errorMessage);
    if (change.revoked)
        connection.revoked = *change.revoked;
    const QString status = connection.status();
    if (status != QLatin1String("available") && connection.fields.value(QStringLiteral("id")).isNull())
        connection.fields.insert(QStringLiteral("id"),
                                 QString(QStringLiteral("conn_") + owner + QLatin1Char('_') + slug));

    // One event per change, the most telling one.
    QString kind;
    if (connection.revoked && !revokedBefore)
        kind = QStringLiteral("connection.disconnected");
    else if (status == QLatin1String("connected") && !connection.revoked && (statusBefore != status || revokedBefore))
        kind = QStringLiteral("connection.connected");
    else if (status != statusBefore)
        kind = QStringLiteral("connection.status_changed");
    else if (connection.fields.value(QStringLiteral("error_message")) != messageBefore
             || revokedBefore != connection.revoked)
        kind = QStringLiteral("connection.changed");

    const QJsonValue connectionId = connection.fields.value(QStringLiteral("id"));
    QJsonObject answer {
        { QStringLiteral("owner"), owner },
        { QStringLiteral("slug"), slug },
        { QStringLiteral("id"), connectionId },
        { QStringLiteral("status"), status },
        { QStringLiteral("error_message"), connection.fields.value(QStringLiteral("error_message")) },
        { QStringLiteral("revoked"), connection.revoked },
    };
    if (kind.isEmpty() || !m_events)
        return QJsonObject { { QStringLiteral("connection"), answer }, { QStringLiteral("event"), QJsonValue() } };

    QJsonObject fields {
        { QStringLiteral("slug"), slug },
        { QStringLiteral("connection_id"), connectionId },
        { QStringLiteral("status"), status },
        { QStringLiteral("tenant_id"), tenantOf(owner) },
    };
    if (m_scenario.user(owner))
        fields.insert(QStringLiteral("user_id"), owner);
    if (kind == QLatin1String("connection.changed") || status == QLatin1String("error"))
        fields.insert(QStringLiteral("error_message"), connection.fields.value(QStringLiteral("error_message")));
    const QString eventId = m_events->publish(tenantOf(owner), kind, fields);
    return QJsonObject { { QStringLiteral("connection"), answer },
                         { QStringLiteral("event"),
                           QJsonObject { { QStringLiteral("id"), eventId }, { QStringLiteral("kind"), kind } } } };
}

Reply ServiceLogic::liveAdminEndpoint(const RecordedRequest &request, const QStringList &segments,
                                      const QByteArray &body)
{
    const bool isGet = request.method == QLatin1String("GET");
    const bool isPost = request.method == QLatin1String("POST");

    if (!segments.isEmpty() && segments.first() == QLatin1String("webhooks"))
        return webhookAdminEndpoint(request, segments, body);

    // POST /sandbox/connections/{owner}/{slug} {"status", "error_message", "action": "revoke"|"reconnect"}
    if (segments.size() == 3 && segments.at(0) == QLatin1String("connections") && isPost) {
        const std::optional<QJsonObject> object = jsonObject(body);
        if (!object)
            return adminProblem(400, QStringLiteral("The body must be a JSON object"));
        const SandboxResult<ConnectionChange> change = ScenarioParser::parseConnectionChange(*object);
        if (!change) {
            const SandboxError &error = change.error();
            return adminProblem(
                400, error.path.isEmpty() ? error.message : error.path + QStringLiteral(": ") + error.message);
        }
        const SandboxResult<QJsonObject> changed = changeConnection(segments.at(1), segments.at(2), *change);
        if (!changed)
            return adminProblem(404, changed.error().message);
        return Reply::json(200, *changed);
    }

    // GET /sandbox/events: the open streams and buffers. POST /sandbox/events {"tenant", "kind", "fields", "count"}
    if (segments == QStringList { QStringLiteral("events") } && (isGet || isPost)) {
        if (!m_events)
            return adminProblem(503, QStringLiteral("The event hub is not running"));
        if (isGet) {
            QJsonObject tenants;
            for (const Tenant &tenant : m_scenario.tenants) {
                tenants.insert(tenant.id,
                               QJsonObject { { QStringLiteral("streams"), m_events->streamCount(tenant.id) },
                                             { QStringLiteral("buffered"),
                                               QJsonArray::fromStringList(m_events->bufferedIds(tenant.id)) } });
            }
            return Reply::json(
                200,
                QJsonObject { { QStringLiteral("streams"), m_events->streamCount() },
                              { QStringLiteral("ping_interval_ms"), double(m_events->pingInterval().count()) },
                              { QStringLiteral("tenants"), tenants } });
        }
        const std::optional<QJsonObject> object = jsonObject(body);
        if (!object)
            return adminProblem(400, QStringLiteral("The body must be a JSON object"));
        const QString tenantId
            = object->value(QStringLiteral("tenant"))
                  .toString(m_scenario.tenants.isEmpty() ? QString() : m_scenario.tenants.first().id);
        const QString kind = object->value(QStringLiteral("kind")).toString();
        const QJsonValue fields = object->value(QStringLiteral("fields"));
        const QJsonValue countValue = object->value(QStringLiteral("count"));
        const int count = countValue.isUndefined() ? 1 : countValue.toInt(-1);
        if (!m_scenario.tenant(tenantId))
            return adminProblem(404, QStringLiteral("Unknown tenant: ") + tenantId);
        if (kind.trimmed().isEmpty() || kind.size() > 100)
            return adminProblem(400, QStringLiteral("kind must be a non-empty string of at most 100 characters"));
        if (!fields.isUndefined() && !fields.isObject())
            return adminProblem(400, QStringLiteral("fields must be a JSON object"));
        if (count < 1 || count > kMaxPublishedAtOnce)
            return adminProblem(400, QStringLiteral("count must be an integer from 1 to 10000"));
        QJsonArray ids;
        for (int i = 0; i < count; ++i)
            ids.append(m_events->publish(tenantId, kind, fields.toObject()));
        return Reply::json(200, QJsonObject { { QStringLiteral("ids"), ids } });
    }
    return Reply::json(404,
                       QJsonObject { { QStringLiteral("error"),
                                       QJsonObject { { QStringLiteral("message"),
                                                       QStringLiteral("No such sandbox admin endpoint") } } } });
}

} // namespace vendo::sandbox

// The sandbox-only admin API under /sandbox/: seeded users and token minting for training and
// tests. Unauthenticated on purpose: it listens on loopback and serves only fake identities.
#include "sandbox/ServiceLogic.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace vendo::sandbox {

namespace {

constexpr qint64 kMaxLifetimeSeconds = 365LL * 24 * 3600;

const QList<QPair<QString, MintOptions::Variant>> &variantNames()
{
    static const QList<QPair<QString, MintOptions::Variant>> names {
        { QStringLiteral("valid"), MintOptions::Variant::Valid },
        { QStringLiteral("expired"), MintOptions::Variant::Expired },
        { QStringLiteral("not_yet_valid"), MintOptions::Variant::NotYetValid },
        { QStringLiteral("wrong_signature"), MintOptions::Variant::WrongSignature },
        { QStringLiteral("unknown_kid"), MintOptions::Variant::UnknownKid },
    };
    return names;
}

Reply adminError(int status, const QString &message)
{
    return Reply::json(status,
                       QJsonObject { { QStringLiteral("error"),
                                       QJsonObject { { QStringLiteral("code"), QStringLiteral("validation_failed") },
                                                     { QStringLiteral("message"), message } } } });
}

} // namespace

Reply ServiceLogic::adminEndpoint(const RecordedRequest &request, const QStringList &segments, const QByteArray &body)
{
    const bool isGet = request.method == QLatin1String("GET");
    const bool isPost = request.method == QLatin1String("POST");

    if (segments.isEmpty() && isGet) {
        return Reply::json(
            200,
            QJsonObject {
                { QStringLiteral("users"), QString(m_origin + QStringLiteral("/sandbox/users")) },
                { QStringLiteral("user_token"),
                  QString(m_origin + QStringLiteral("/sandbox/users/{id}/token?lifetime=3600&variant=valid")) },
                { QStringLiteral("mint"), QString(m_origin + QStringLiteral("/sandbox/tokens")) },
                { QStringLiteral("reset"), QString(m_origin + QStringLiteral("/sandbox/reset")) },
                { QStringLiteral("connection_change"),
                  QString(m_origin + QStringLiteral("/sandbox/connections/{owner}/{slug}")) },
                { QStringLiteral("publish_event"), QString(m_origin + QStringLiteral("/sandbox/events")) },
                { QStringLiteral("variants"),
                  QJsonArray { QStringLiteral("valid"), QStringLiteral("expired"), QStringLiteral("not_yet_valid"),
                               QStringLiteral("wrong_signature"), QStringLiteral("unknown_kid") } },
            });
    }
    if (segments == QStringList { QStringLiteral("users") } && isGet) {
        QJsonArray users;
        for (const SandboxUser &user : m_scenario.users) {
            QJsonArray slugs;
            for (const ScenarioConnection &connection : m_scenario.connections) {
                if (connection.owner == user.id)
                    slugs.append(connection.slug);
            }
            const Tenant *tenant = m_scenario.tenant(user.tenantId);
            users.append(QJsonObject {
                { QStringLiteral("id"), user.id },
                { QStringLiteral("email"), user.email },
                { QStringLiteral("name"), user.name },
                { QStringLiteral("role"), user.role },
                { QStringLiteral("tenant_id"), user.tenantId },
                { QStringLiteral("tenant_name"), tenant ? tenant->name : QString() },
                { QStringLiteral("description"), user.description },
                { QStringLiteral("connections"), slugs },
            });
        }
        return Reply::json(200, QJsonObject { { QStringLiteral("users"), users } });
    }
    if (!segments.isEmpty()
        && (segments.first() == QLatin1String("connections") || segments.first() == QLatin1String("events")
            || segments.first() == QLatin1String("webhooks")))
        return liveAdminEndpoint(request, segments, body);
    if (segments == QStringList { QStringLiteral("reset") } && isPost) {
        resetFaultCounters();
        return Reply::json(200, QJsonObject { { QStringLiteral("reset"), true } });
    }

    // GET /sandbox/users/{id}/token?lifetime=&variant=  or  POST /sandbox/tokens {"user", "lifetime", "variant",
    // "claims"}
    QString userId;
    QString variantName = QStringLiteral("valid");
    QJsonValue lifetimeValue;
    QJsonObject claims;
    if (segments.size() == 3 && segments.at(0) == QLatin1String("users") && segments.at(2) == QLatin1String("token")
        && isGet) {
        const QUrlQuery query(request.query);
        userId = segments.at(1);
        if (query.hasQueryItem(QStringLiteral("variant")))
            variantName = query.queryItemValue(QStringLiteral("variant"));
        if (query.hasQueryItem(QStringLiteral("lifetime"))) {
            bool ok = false;
            const qint64 seconds = query.queryItemValue(QStringLiteral("lifetime")).toLongLong(&ok);
            lifetimeValue = ok ? QJsonValue(static_cast<double>(seconds)) : QJsonValue(QStringLiteral("?"));
        }
    } else if (segments == QStringList { QStringLiteral("tokens") } && isPost) {
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return adminError(400, QStringLiteral("The body must be a JSON object"));
        const QJsonObject object = document.object();
        userId = object.value(QStringLiteral("user")).toString();
        variantName = object.value(QStringLiteral("variant")).toString(QStringLiteral("valid"));
        lifetimeValue = object.value(QStringLiteral("lifetime"));
        if (object.contains(QStringLiteral("claims")) && !object.value(QStringLiteral("claims")).isObject())
            return adminError(400, QStringLiteral("claims must be a JSON object"));
        claims = object.value(QStringLiteral("claims")).toObject();
    } else {
        return Reply::json(404,
                           QJsonObject { { QStringLiteral("error"),
                                           QJsonObject { { QStringLiteral("message"),
                                                           QStringLiteral("No such sandbox admin endpoint") } } } });
    }

    MintOptions options;
    options.extraClaims = claims;
    const auto variant = std::find_if(variantNames().begin(), variantNames().end(),
                                      [&](const auto &entry) { return entry.first == variantName; });
    if (variant == variantNames().end())
        return adminError(400, QStringLiteral("Unknown variant: ") + variantName);
    options.variant = variant->second;
    if (!lifetimeValue.isUndefined() && !lifetimeValue.isNull()) {
        const double seconds = lifetimeValue.toDouble(-1);
        if (!lifetimeValue.isDouble() || seconds < 1 || seconds > kMaxLifetimeSeconds)
            return adminError(400, QStringLiteral("lifetime must be a number of seconds between 1 and 31536000"));
        options.lifetime = std::chrono::seconds(static_cast<qint64>(seconds));
    }
    const SandboxUser *user = m_scenario.user(userId);
    if (!user)
        return adminError(404, QStringLiteral("Unknown user: ") + userId);

    const MintResult minted = m_identity.mint(*user, options, issuer(), now().toSecsSinceEpoch());
    if (!minted)
        return adminError(500, minted.error().message);
    return Reply::json(200,
                       QJsonObject {
                           { QStringLiteral("token"), minted.value() },
                           { QStringLiteral("user_id"), user->id },
                           { QStringLiteral("variant"), variantName },
                           { QStringLiteral("kid_in_jwks"), m_identity.keyId() },
                       });
}

} // namespace vendo::sandbox

#include "sandbox/ServiceLogic.h"

#include "jwt/Clock.h"

#include <QUrl>

#include <algorithm>

// The wire messages below imitate the real service's English answers byte for byte (docs/service-contract.md):
// they are protocol data, not user interface text, and so are not translated.

namespace vendo::sandbox {

namespace {

QByteArray bearerOf(const RecordedRequest &request)
{
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization")).trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (authorization.size() <= scheme.size() || authorization.left(scheme.size()).toLower() != scheme)
        return {};
    return authorization.mid(scheme.size()).trimmed();
}

QString identityProblemMessage(IdentityAuthority::Refusal problem)
{
    using Problem = IdentityAuthority::Refusal;
    switch (problem) {
    case Problem::Malformed:
        return QStringLiteral("User identity token is malformed");
    case Problem::UnsupportedAlg:
        return QStringLiteral("User identity token uses an unsupported algorithm");
    case Problem::UnknownKid:
        return QStringLiteral("User identity token is signed by an unknown key");
    case Problem::BadSignature:
        return QStringLiteral("User identity token signature is invalid");
    case Problem::Expired:
        return QStringLiteral("User identity token has expired");
    case Problem::NotYetValid:
        return QStringLiteral("User identity token is not valid yet");
    case Problem::WrongIssuer:
        return QStringLiteral("User identity token was issued by another issuer");
    case Problem::WrongAudience:
        return QStringLiteral("User identity token has the wrong audience");
    case Problem::UnknownUser:
        return QStringLiteral("User identity token names an unknown user");
    }
    return {};
}

} // namespace

ServiceLogic::ServiceLogic(Scenario &scenario, const IdentityAuthority &identity)
    : m_scenario(scenario)
    , m_identity(identity)
{ }

QDateTime ServiceLogic::now() const
{
    return m_clock ? m_clock->now().toUTC() : QDateTime::currentDateTimeUtc();
}

QString ServiceLogic::expand(QString text) const
{
    return text.replace(QLatin1String("{origin}"), m_origin);
}

QString ServiceLogic::expandFor(QString text, const Caller &caller) const
{
    return expand(
        text.replace(QLatin1String("{app_key}"), QString::fromLatin1(QUrl::toPercentEncoding(caller.appKey))));
}

QString ServiceLogic::connectUrl(const QString &slug, const Caller &caller) const
{
    return expandFor(QStringLiteral("{origin}/connections/connect/%1?app_key={app_key}")
                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(slug))),
                     caller);
}

bool ServiceLogic::isOwnHost(const QByteArray &host) const
{
    const QUrl origin(m_origin);
    const QString port = QString::number(origin.port());
    const QString given = QString::fromLatin1(host.trimmed());
    for (const QString &name : { origin.host(), QStringLiteral("localhost"), QStringLiteral("[::1]") }) {
        if (given.compare(name + QLatin1Char(':') + port, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Reply ServiceLogic::handle(const RecordedRequest &request, const QByteArray &body)
{
    if (!isOwnHost(request.header(QByteArrayLiteral("Host")))) {
        return Reply::json(
            421,
            QJsonObject {
                { QStringLiteral("error"),
                  QJsonObject { { QStringLiteral("message"),
                                  QString(QStringLiteral("Misdirected request: this server is ") + m_origin) } } } });
    }
    QStringList segments;
    for (const QString &segment : request.path.split(QLatin1Char('/'))) {
        if (!segment.isEmpty())
            segments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    }
    const bool isGet = request.method == QLatin1String("GET");
    const auto methodNotAllowed = [] {
        Reply reply = Reply::json(
            405,
            QJsonObject { { QStringLiteral("error"),
                            QJsonObject { { QStringLiteral("message"), QStringLiteral("Method not allowed") } } } });
        reply.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET"));
        return reply;
    };

    if (!segments.isEmpty() && segments.first() == QLatin1String("sandbox"))
        return adminEndpoint(request, segments.mid(1), body);

    const QString path = QLatin1Char('/') + segments.join(QLatin1Char('/'));
    if (!segments.isEmpty() && QLatin1Char('/') + segments.first() == credentialsPrefix()) {
        if (!isGet)
            return methodNotAllowed();
        if (segments.size() == 2 && segments.at(1) == QLatin1String("_bulk"))
            return bulkEndpoint(request);
        if (segments.size() == 2)
            return tokenEndpoint(request, segments.at(1));
        Fault invalid;
        invalid.status = 400;
        invalid.code = QStringLiteral("validation_failed");
        invalid.message = QStringLiteral("Expected exactly one provider slug after the credentials path");
        return errorReply(invalid, m_origin, now());
    }
    if (path == QLatin1String("/api/deployments/me/connections"))
        return isGet ? connectionsEndpoint(request) : methodNotAllowed();
    if (path == QLatin1String("/api/deployments/me/events"))
        return isGet ? eventsEndpoint(request) : methodNotAllowed();
    if (path == QLatin1String("/api/v1/balance"))
        return isGet ? balanceEndpoint(request) : methodNotAllowed();
    if (path == jwksPath())
        return isGet ? jwksEndpoint(request) : methodNotAllowed();
    if (segments.isEmpty() && isGet) {
        return Reply::json(200,
                           QJsonObject {
                               { QStringLiteral("service"), QStringLiteral("vendo-sandbox") },
                               { QStringLiteral("api_base"), m_origin },
                               { QStringLiteral("credentials"), QString(m_origin + credentialsPrefix()) },
                               { QStringLiteral("jwks"), QString(m_origin + jwksPath()) },
                               { QStringLiteral("admin"), QString(m_origin + QStringLiteral("/sandbox/")) },
                           });
    }
    return Reply::json(404,
                       QJsonObject { { QStringLiteral("error"),
                                       QJsonObject { { QStringLiteral("message"), QStringLiteral("Not found") } } } });
}

Reply ServiceLogic::authFailure(Surface surface, const QString &code, const QString &message) const
{
    Fault failure;
    failure.status = 401;
    failure.code = code;
    failure.message = message;
    if (surface == Surface::Api) {
        // docs/service-contract.md: the API's bodies carry no code. The code still travels in the header, so that
        // clients can tell an expired identity from a revoked key (docs/sandbox.md).
        failure.shape = ErrorShape::ErrorMessage;
        failure.codePlacement = CodePlacement::Header;
    }
    return errorReply(failure, m_origin, now());
}

std::expected<Caller, Reply> ServiceLogic::authenticate(const RecordedRequest &request, Surface surface) const
{
    const bool api = surface == Surface::Api;
    const QByteArray bearer = bearerOf(request);
    if (bearer.isEmpty()) {
        return std::unexpected(authFailure(surface, api ? QString() : QStringLiteral("app_unknown"),
                                           api ? QStringLiteral("Missing or invalid Bearer token")
                                               : QStringLiteral("Missing Bearer token")));
    }
    const QString invalidOrRevoked = QStringLiteral("Invalid or revoked token");

    const auto verifyIdentity = [&](const QByteArray &jwt) -> std::expected<Caller, Reply> {
        const auto verdict = m_identity.verify(jwt, m_scenario, issuer(), now().toSecsSinceEpoch());
        if (!verdict) {
            const bool expired = verdict.error() == IdentityAuthority::Refusal::Expired;
            return std::unexpected(authFailure(surface,
                                               expired ? QStringLiteral("app_expired") : QStringLiteral("app_unknown"),
                                               api ? invalidOrRevoked : identityProblemMessage(verdict.error())));
        }
        return Caller { verdict->tenantId, verdict->userId, QString(), QString() };
    };

    Caller caller;
    if (bearer.startsWith("vendo_sk_")) {
        const ScenarioApiKey *key = m_scenario.apiKey(QString::fromUtf8(bearer));
        if (!key)
            return std::unexpected(authFailure(surface, QStringLiteral("app_unknown"),
                                               api ? invalidOrRevoked : QStringLiteral("Unknown API key")));
        if (key->state == ScenarioApiKey::State::Revoked)
            return std::unexpected(authFailure(surface, QStringLiteral("app_revoked"),
                                               api ? invalidOrRevoked : QStringLiteral("API key has been revoked")));
        if (key->state == ScenarioApiKey::State::Expired)
            return std::unexpected(authFailure(surface, QStringLiteral("app_expired"),
                                               api ? invalidOrRevoked : QStringLiteral("API key has expired")));
        caller.tenantId = key->tenantId;
        const QByteArray identity = request.header(QByteArrayLiteral("X-Vendo-User-JWT")).trimmed();
        if (!identity.isEmpty()) {
            auto scoped = verifyIdentity(identity);
            if (!scoped)
                return scoped;
            caller = *scoped;
        }
    } else {
        // Identity transport "bearer": the user JWT itself is the bearer.
        auto scoped = verifyIdentity(bearer);
        if (!scoped)
            return scoped;
        caller = *scoped;
    }
    caller.clientKey = QString::fromUtf8(bearer) + QLatin1Char('|') + caller.userId;
    if (bearer.startsWith("vendo_sk_")) {
        caller.appKey = QString::fromUtf8(bearer);
    } else {
        const auto key
            = std::find_if(m_scenario.apiKeys.begin(), m_scenario.apiKeys.end(), [&](const ScenarioApiKey &k) {
                  return k.tenantId == caller.tenantId && k.state == ScenarioApiKey::State::Active;
              });
        caller.appKey = key != m_scenario.apiKeys.end() ? key->key : m_scenario.demoApiKey();
    }
    return caller;
}

ServiceLogic::FaultOutcome ServiceLogic::fireFaults(FaultEndpoint endpoint, const QString &slug, const Caller &caller,
                                                    bool slugFaultsOnly)
{
    FaultOutcome outcome;
    for (qsizetype i = 0; i < m_scenario.faults.size(); ++i) {
        const Fault &fault = m_scenario.faults.at(i);
        if (!fault.slug.isEmpty()) {
            if (fault.slug != slug || (endpoint != FaultEndpoint::Token && endpoint != FaultEndpoint::Bulk))
                continue;
        } else if (slugFaultsOnly || (fault.endpoint != FaultEndpoint::Any && fault.endpoint != endpoint)) {
            continue;
        }
        if (!fault.userId.isEmpty() && fault.userId != caller.userId)
            continue;
        if (fault.failTimes > 0) {
            int &hits = m_faultHits[QString::number(i) + QLatin1Char('|') + caller.clientKey];
            if (hits >= fault.failTimes)
                continue;
            ++hits;
        }
        outcome.latency += std::chrono::milliseconds(fault.latencyMs);
        if (!outcome.decisive && (fault.isErrorAnswer() || fault.transport != FaultTransport::None))
            outcome.decisive = &fault;
    }
    return outcome;
}

Reply ServiceLogic::faultReply(Fault fault, Reply normal, const Caller &caller) const
{
    if (!fault.connectUrl.isEmpty())
        fault.connectUrl = expandFor(fault.connectUrl, caller);
    Reply reply = fault.isErrorAnswer() ? errorReply(fault, m_origin, now()) : std::move(normal);
    applyTransport(reply, fault);
    return reply;
}

bool ServiceLogic::slugHasFault(const QString &slug) const
{
    return std::any_of(m_scenario.faults.begin(), m_scenario.faults.end(),
                       [&](const Fault &fault) { return fault.slug == slug; });
}

} // namespace vendo::sandbox

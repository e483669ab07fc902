#include "sandbox/SandboxServer.h"

#include "jwt/Clock.h"
#include "sandbox/EventHub.h"
#include "sandbox/HttpListen.h"
#include "sandbox/IdentityAuthority.h"
#include "sandbox/Logging.h"
#include "sandbox/ReplyWriter.h"
#include "sandbox/ServiceLogic.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace vendo::sandbox {

namespace {

constexpr qsizetype kMaxLogEntries = 1000;

QString methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(static_cast<int>(method));
    return key ? QString::fromLatin1(key).toUpper() : QStringLiteral("UNKNOWN");
}

} // namespace

SandboxServer::SandboxServer(Scenario scenario, QObject *parent)
    : QObject(parent)
    , m_scenario(std::move(scenario))
    , m_clock(&vendo::jwt::SystemClock::instance())
{
    qRegisterMetaType<vendo::sandbox::RecordedRequest>();
    m_writer = std::make_unique<ReplyWriter>();
    m_events = std::make_unique<EventHub>();
    m_events->setPingInterval(std::chrono::milliseconds(m_scenario.events.pingIntervalMs));
    auto identity = IdentityAuthority::create(m_scenario);
    if (!identity) {
        m_setupError = identity.error();
        return;
    }
    m_identity = std::make_unique<IdentityAuthority>(std::move(identity).value());
    m_logic = std::make_unique<ServiceLogic>(m_scenario, *m_identity);
    m_logic->setClock(m_clock);
    m_logic->setEventHub(m_events.get());
    m_logic->setWebhookSender([this](const QUrl &url, const WebhookSample &sample) {
        if (!m_network)
            m_network = std::make_unique<QNetworkAccessManager>();
        QNetworkRequest request(url);
        for (const auto &[name, value] : sample.headers)
            request.setRawHeader(name, value);
        request.setTransferTimeout(10'000);
        QNetworkReply *reply = m_network->post(request, sample.body);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
    m_events->setClock(m_clock);
}

SandboxServer::~SandboxServer()
{
    stop();
}

SandboxResult<void> SandboxServer::start(const QHostAddress &address, quint16 port)
{
    if (!m_logic)
        return std::unexpected(*m_setupError); // the identity could not be created
    if (m_http)
        return {};

    auto http = std::make_unique<QHttpServer>();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    http->setMissingHandler(this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        const auto headers = request.headers().toListOfPairs();
#else
    http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const auto headers = request.headers();
#endif
        // Every request lands here: the sandbox routes by itself, so that it controls 405s, the
        // credentials prefix and percent-encoded slugs, and can answer late, partially or never.
        RecordedRequest recorded;
        recorded.method = methodName(request.method());
        recorded.path = request.url().path(QUrl::FullyEncoded);
        recorded.query = request.url().query(QUrl::FullyEncoded);
        for (const auto &header : headers)
            recorded.headers.append({ header.first, header.second });
        onRequest(std::move(recorded), request.body(), std::move(responder));
    });

    m_port = listenHttp(*http, address, port);
    if (m_port == 0)
        return std::unexpected(
            SandboxError::make(SandboxError::Kind::Listen,
                               tr("Could not listen on %1 port %2: the port is in use or not allowed.")
                                   .arg(address.toString())
                                   .arg(port)));
    m_http = std::move(http);
    m_logic->setOrigin(baseUrl().toString(QUrl::FullyEncoded));
    qCDebug(lcSandbox).noquote() << QStringLiteral(
                                        "listening on %1 (credentials %2); scenario: %3 tenant(s), %4 user(s)")
                                        .arg(baseUrl().toString(), credentialsUrl().toString())
                                        .arg(m_scenario.tenants.size())
                                        .arg(m_scenario.users.size());
    startTimeline();
    return {};
}

void SandboxServer::startTimeline()
{
    for (const TimelineEntry &step : std::as_const(m_scenario.events.timeline)) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, timer, step] {
            m_timeline.removeOne(timer);
            timer->deleteLater();
            changeConnection(step.owner, step.slug, step.change);
        });
        m_timeline.append(timer);
        timer->start(step.afterMs);
    }
}

void SandboxServer::setPingInterval(std::chrono::milliseconds interval)
{
    m_events->setPingInterval(interval);
}

int SandboxServer::eventStreamCount() const
{
    return m_events->streamCount();
}

SandboxResult<QJsonObject> SandboxServer::changeConnection(const QString &owner, const QString &slug,
                                                           const ConnectionChange &change)
{
    if (!m_logic)
        return std::unexpected(
            SandboxError::make(SandboxError::Kind::UnknownConnection, QStringLiteral("The sandbox is not running")));
    return m_logic->changeConnection(owner, slug, change);
}

void SandboxServer::stop()
{
    // Pending responders first: they point into the server's connections.
    if (m_writer)
        m_writer->abandonAll();
    if (m_events)
        m_events->closeAll();
    qDeleteAll(std::exchange(m_timeline, {}));
    m_http.reset();
    m_port = 0;
}

bool SandboxServer::isListening() const
{
    return m_http != nullptr;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    if (m_port == 0)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl SandboxServer::credentialsUrl() const
{
    QUrl url = baseUrl();
    if (!url.isEmpty())
        url.setPath(ServiceLogic::credentialsPrefix());
    return url;
}

QUrl SandboxServer::jwksUrl() const
{
    QUrl url = baseUrl();
    if (!url.isEmpty())
        url.setPath(ServiceLogic::jwksPath());
    return url;
}

QUrl SandboxServer::issuer() const
{
    QUrl url = baseUrl();
    if (!url.isEmpty())
        url.setPath(QStringLiteral("/auth/v1"));
    return url;
}

QString SandboxServer::demoApiKey() const
{
    return m_scenario.demoApiKey();
}

QString SandboxServer::webhookSecret() const
{
    return m_scenario.webhookSecret;
}

const Scenario &SandboxServer::scenario() const
{
    return m_scenario;
}

QList<SandboxUser> SandboxServer::users() const
{
    return m_scenario.users;
}

QString SandboxServer::keyId() const
{
    return m_identity ? m_identity->keyId() : QString();
}

QByteArray SandboxServer::jwksJson() const
{
    return m_identity ? m_identity->jwksJson() : QByteArray();
}

MintResult SandboxServer::mintToken(const QString &userId, const MintOptions &options) const
{
    if (!m_identity)
        return std::unexpected(SandboxError::make(SandboxError::Kind::SigningFailed, m_setupError->message));
    const SandboxUser *user = m_scenario.user(userId);
    if (!user)
        return std::unexpected(
            SandboxError::make(SandboxError::Kind::UnknownUser, tr("The sandbox has no user \"%1\".").arg(userId)));
    return m_identity->mint(*user, options, issuer().toString(QUrl::FullyEncoded), m_clock->nowSecsSinceEpoch());
}

void SandboxServer::setGlobalLatency(std::chrono::milliseconds latency)
{
    m_globalLatency = std::max(std::chrono::milliseconds(0), latency);
}

std::chrono::milliseconds SandboxServer::globalLatency() const
{
    return m_globalLatency;
}

void SandboxServer::setClock(const vendo::jwt::Clock *clock)
{
    m_clock = clock ? clock : &vendo::jwt::SystemClock::instance();
    if (m_logic)
        m_logic->setClock(m_clock);
    m_events->setClock(m_clock);
}

QList<RecordedRequest> SandboxServer::requestLog() const
{
    return m_log;
}

int SandboxServer::hitCount(const QString &path) const
{
    return m_hits.value(path);
}

int SandboxServer::totalRequests() const
{
    return m_total;
}

void SandboxServer::clearRequestLog()
{
    m_log.clear();
    m_hits.clear();
    m_total = 0;
}

void SandboxServer::resetFaultCounters()
{
    if (m_logic)
        m_logic->resetFaultCounters();
}

void SandboxServer::onRequest(RecordedRequest request, const QByteArray &body, QHttpServerResponder &&responder)
{
    Reply reply = m_logic->handle(request, body);
    const auto latency = reply.latency + std::chrono::milliseconds(m_scenario.latencyMs) + m_globalLatency;

    ++m_total;
    request.requestId = QStringLiteral("sbx-%1").arg(m_total, 6, 10, QLatin1Char('0'));
    const bool answered = reply.transport != FaultTransport::Drop && reply.transport != FaultTransport::Hang;
    request.status = answered ? reply.status : 0;
    record(request);

    if (reply.eventStream) {
        m_events->open(std::make_unique<QHttpServerResponder>(std::move(responder)), reply.eventStream->tenantId,
                       QString::fromUtf8(request.header(QByteArrayLiteral("Last-Event-ID")).trimmed()),
                       reply.eventStream->fault, request.requestId.toLatin1());
        emit requestServed(request);
        return;
    }
    m_writer->send(std::move(responder), std::move(reply), request.requestId.toLatin1(), latency);
    emit requestServed(request);
}

void SandboxServer::record(const RecordedRequest &request)
{
    m_hits[QUrl::fromPercentEncoding(request.path.toUtf8())] += 1;
    // Method, path and status: the query and the headers can carry the key and the user's token.
    qCDebug(lcSandbox).noquote() << QStringLiteral("%1 %2 -> %3").arg(request.method, request.path).arg(request.status);
    m_log.append(request);
    if (m_log.size() > kMaxLogEntries)
        m_log.removeFirst();
}

} // namespace vendo::sandbox

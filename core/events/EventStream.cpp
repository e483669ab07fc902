#include "events/EventStream.h"

#include "client/RequestLog.h"
#include "client/ResponseDecoder.h"
#include "events/Logging.h"
#include "jwt/Clock.h"
#include "jwt/UrlPolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace vendo::events {

using client::VendoError;
using Kind = client::VendoError::Kind;

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &url) { return url.port(url.scheme() == QLatin1String("https") ? 443 : 80); };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

bool isEventStream(const QByteArray &contentType)
{
    return contentType.split(';').constFirst().trimmed().toLower() == "text/event-stream";
}

} // namespace

EventStream::EventStream(QNetworkAccessManager *network, client::ClientConfig config, EventStreamOptions options,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
    , m_options(std::move(options))
    , m_url(eventsUrl(m_config.profile))
    , m_schedule(m_options.reconnect, m_options.random)
    , m_watchdog(m_config.clock, m_options.reconnect.pingTimeout)
{
    m_config.userJwt.clear(); // the event stream is the app's: its key only
    m_parser.setLastEventId(m_options.lastEventId);
    m_status.lastEventId = m_parser.lastEventId();
    for (QTimer *timer : { &m_reconnectTimer, &m_connectTimer, &m_watchdogTimer }) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EventStream::connectNow);
    connect(&m_connectTimer, &QTimer::timeout, this, &EventStream::onConnectTimeout);
    connect(&m_watchdogTimer, &QTimer::timeout, this, &EventStream::onWatchdog);
}

EventStream::~EventStream()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QUrl EventStream::eventsUrl(const client::Profile &profile)
{
    QUrl url = profile.baseUrl;
    url.setPath(QStringLiteral("/api/deployments/me/events"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void EventStream::start()
{
    if (m_status.state != StreamState::Idle && m_status.state != StreamState::Stopped)
        return;
    const QString lastEventId = m_status.lastEventId;
    m_status = StreamStatus();
    m_status.lastEventId = lastEventId;
    m_status.attempt = 1;
    m_schedule.connected();
    setState(StreamState::Connecting);
    m_reconnectTimer.start(0); // asynchronous, and cancelled by a stop() before it runs
}

void EventStream::stop()
{
    if (m_status.state != StreamState::Stopped)
        stopWith(std::nullopt);
}

QList<QPair<QByteArray, QByteArray>> EventStream::requestHeaders() const
{
    QList<QPair<QByteArray, QByteArray>> headers = m_config.requestHeaders(false);
    for (auto &[name, value] : headers) {
        if (name == "Accept")
            value = QByteArrayLiteral("text/event-stream");
    }
    headers.append({ QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache") });
    const QString lastEventId = m_parser.lastEventId();
    if (!lastEventId.isEmpty())
        headers.append({ QByteArrayLiteral("Last-Event-ID"), lastEventId.toUtf8() });
    return headers;
}

void EventStream::connectNow()
{
    if (m_reply)
        return;
    m_errorBody.clear();
    m_sslErrors.clear();
    m_refusedRedirect.clear();
    m_localFailure.reset();
    m_streaming = false;
    m_logged = false;
    m_parser.restart();
    if (m_config.apiKey.isEmpty()) {
        stopWith(VendoError::make(Kind::VendoOnlyFeature, tr("The event stream needs an API key.")));
        return;
    }
    if (!m_network) {
        stopWith(VendoError::make(Kind::Network, tr("The event stream has no network to use.")));
        return;
    }
    const QString problem = jwt::insecureUrlProblem(m_url, tr("event stream"));
    if (!problem.isEmpty()) {
        stopWith(VendoError::make(Kind::InsecureUrl, problem));
        return;
    }
    if (m_status.state != StreamState::Connecting) // start() said so already
        setState(StreamState::Connecting);

    QNetworkRequest request(m_url);
    for (const auto &[name, value] : requestHeaders())
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    m_attemptStartedAt = m_config.clock ? m_config.clock->now() : QDateTime::currentDateTimeUtc();
    m_attemptClock.start();
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &EventStream::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &EventStream::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &EventStream::onFinished);
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        const QUrl resolved = reply->url().resolved(target);
        if (sameOrigin(resolved, m_url) && jwt::insecureUrlProblem(resolved, QString()).isEmpty()) {
            emit reply->redirectAllowed();
            return;
        }
        m_refusedRedirect = resolved; // the key never follows a redirect to another origin
        reply->abort();
    });
#ifndef QT_NO_SSL
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors = errors; // recorded to name the problem; never ignored
    });
#endif
    if (m_config.timeout.count() > 0)
        m_connectTimer.start(m_config.timeout);
}

void EventStream::onMetaData()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || (status >= 300 && status < 400))
        return;
    m_connectTimer.stop();
    if (status != 200)
        return; // the error body is read, then decoded in onFinished
    if (!isEventStream(m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray())) {
        const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().left(100);
        m_localFailure = VendoError::make(Kind::UnexpectedContentType,
                                          tr("Expected text/event-stream, got \"%1\".")
                                              .arg(type.isEmpty() ? tr("no content type") : QString::fromLatin1(type)));
        m_localFailure->httpStatus = status;
        m_reply->abort();
        return;
    }
    m_streaming = true;
    m_schedule.connected();
    logAttempt(std::nullopt, false);
    m_status.error.reset();
    m_status.retryInMs = 0;
    m_watchdog.activity();
    m_watchdogTimer.start(m_watchdog.remaining());
    setState(StreamState::Connected);
}

void EventStream::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_streaming) {
        m_errorBody += m_reply->read(kMaxErrorBodyBytes - m_errorBody.size());
        if (m_errorBody.size() >= kMaxErrorBodyBytes)
            m_reply->abort(); // decoded from what arrived
        return;
    }
    const QByteArray chunk = m_reply->readAll();
    m_watchdog.activity();
    const QList<SseMessage> messages = m_parser.feed(chunk);
    if (const auto retry = m_parser.retryMs())
        m_schedule.setServerRetry(std::chrono::milliseconds(*retry));
    deliver(messages);
    if (m_parser.error() != SseParser::Error::None && m_reply) {
        m_localFailure = VendoError::make(Kind::OversizedBody, m_parser.errorString());
        m_reply->abort();
    }
}

void EventStream::deliver(const QList<SseMessage> &messages)
{
    for (const SseMessage &message : messages) {
        if (m_status.state != StreamState::Connected)
            return; // a receiver stopped the stream
        const StreamEvent event = StreamEvent::fromSse(message);
        m_status.lastEventId = message.lastEventId;
        const QString key = event.dedupeKey();
        if (!key.isEmpty() && !remember(key)) {
            ++m_status.duplicatesDropped; // a replay repeated it
            continue;
        }
        ++m_status.eventsReceived;
        emit eventReceived(event);
    }
}

bool EventStream::remember(const QString &key)
{
    if (m_recent.contains(key))
        return false;
    m_recent.insert(key);
    m_recentOrder.push_back(key);
    while (int(m_recentOrder.size()) > qMax(1, m_options.dedupeWindow)) {
        m_recent.remove(m_recentOrder.front());
        m_recentOrder.pop_front();
    }
    return true;
}

void EventStream::onWatchdog()
{
    if (!m_reply || !m_streaming)
        return;
    if (!m_watchdog.isDead()) {
        m_watchdogTimer.start(qMax(std::chrono::milliseconds(1), m_watchdog.remaining()));
        return;
    }
    m_localFailure = VendoError::make(Kind::Timeout,
                                      tr("No data or ping from %1 for %2 ms: the stream is dead.")
                                          .arg(m_url.authority())
                                          .arg(m_options.reconnect.pingTimeout.count()));
    m_reply->abort();
}

void EventStream::onConnectTimeout()
{
    if (!m_reply)
        return;
    m_localFailure = VendoError::make(
        Kind::Timeout, tr("No answer from %1 within %2 ms.").arg(m_url.authority()).arg(m_config.timeout.count()));
    m_reply->abort();
}

void EventStream::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_connectTimer.stop();
    m_watchdogTimer.stop();
    if (!m_streaming && reply->isOpen())
        m_errorBody += reply->read(kMaxErrorBodyBytes - m_errorBody.size());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    std::optional<VendoError> error;
    bool retry = true;
    bool streamLimit = false;
    if (m_localFailure) {
        error = m_localFailure;
        // A dead or silent stream is worth another try; a wrong answer or an endless event is not.
        retry = error->kind == Kind::Timeout;
    } else if (!m_refusedRedirect.isEmpty()) {
        error = VendoError::make(
            Kind::RedirectRefused,
            tr("Refused to follow a redirect from %1 to %2 (another origin or insecure).")
                .arg(m_url.toDisplayString(QUrl::RemoveQuery), m_refusedRedirect.toDisplayString(QUrl::RemoveQuery)));
        retry = false;
    } else if (m_streaming) {
        // The server ended the stream (or the connection broke): reconnect with Last-Event-ID.
        if (reply->error() != QNetworkReply::NoError)
            error = transportError();
    } else if (status >= 400) {
        const QDateTime now = m_config.clock ? m_config.clock->now() : QDateTime::currentDateTimeUtc();
        error = client::ResponseDecoder::errorFromResponse(status, reply->rawHeader("Vendo-Error-Code"),
                                                           reply->rawHeader("Retry-After"), m_errorBody, now);
        streamLimit = error->code == QLatin1String("rate_limit_sse_streams");
        retry = streamLimit || error->isRetryable();
    } else if (status >= 300 && status < 400) {
        error = VendoError::make(Kind::RedirectRefused, tr("Redirect (HTTP %1) without a usable target.").arg(status));
        retry = false;
    } else if (status == 200) {
        error = VendoError::make(Kind::MalformedBody, tr("The event stream ended before its headers were read."));
    } else {
        error = transportError();
    }
    if (error && error->httpStatus == 0)
        error->httpStatus = status;
    if (!m_logged)
        logAttempt(error, retry);
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    m_streaming = false;
    m_status.error = error;
    if (retry)
        scheduleReconnect(streamLimit);
    else
        stopWith(error);
}

VendoError EventStream::transportError() const
{
    const QString where = m_url.authority();
    switch (m_reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return VendoError::make(Kind::ConnectionRefused, tr("Connection refused by %1.").arg(where));
    case QNetworkReply::HostNotFoundError:
        return VendoError::make(Kind::HostNotFound, tr("Host %1 not found.").arg(m_url.host()));
    case QNetworkReply::TimeoutError:
        return VendoError::make(Kind::Timeout, tr("The connection to %1 timed out.").arg(where));
    case QNetworkReply::RemoteHostClosedError:
        return VendoError::make(Kind::ConnectionReset, tr("%1 closed the connection.").arg(where));
    case QNetworkReply::SslHandshakeFailedError: {
        QStringList problems;
        for (const QSslError &sslError : m_sslErrors)
            problems << sslError.errorString();
        problems.removeDuplicates();
        VendoError error = VendoError::make(Kind::Tls, tr("TLS handshake with %1 failed.").arg(where));
        error.detail = problems.isEmpty() ? m_reply->errorString() : problems.join(QLatin1String("; "));
        return error;
    }
    default:
        break;
    }
    VendoError error = VendoError::make(Kind::Network, m_reply->errorString());
    error.detail = m_reply->errorString();
    return error;
}

void EventStream::scheduleReconnect(bool streamLimit)
{
    const std::chrono::milliseconds delay = m_schedule.nextDelay();
    ++m_status.attempt;
    m_status.retryInMs = delay.count();
    qCDebug(lcEvents).noquote() << QStringLiteral("reconnecting in %1 ms (attempt %2%3)")
                                       .arg(delay.count())
                                       .arg(m_status.attempt)
                                       .arg(streamLimit ? QStringLiteral(", stream limit reached") : QString());
    setState(streamLimit ? StreamState::StreamLimitReached : StreamState::Reconnecting);
    m_reconnectTimer.start(delay);
}

void EventStream::stopWith(std::optional<VendoError> error)
{
    m_reconnectTimer.stop();
    m_connectTimer.stop();
    m_watchdogTimer.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_streaming = false;
    m_status.error = std::move(error);
    m_status.retryInMs = 0;
    setState(StreamState::Stopped);
}

void EventStream::logAttempt(const std::optional<VendoError> &error, bool willRetry)
{
    m_logged = true;
    client::RequestLog *log = m_config.log;
    if (!log || !m_reply)
        return;
    client::RequestLog::RawAttempt raw;
    raw.startedAt = m_attemptStartedAt;
    raw.method = QByteArrayLiteral("GET");
    raw.url = m_url;
    raw.attempt = m_status.attempt;
    raw.maxAttempts = 0; // no limit on reconnects
    raw.identityTransport = QStringLiteral("none");
    raw.requestHeaders = requestHeaders();
    raw.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.durationMs = m_attemptClock.elapsed();
    raw.responseHeaders = m_reply->rawHeaderPairs();
    raw.responseBody = m_errorBody.left(client::RequestLog::kMaxBodyChars * 4);
    raw.outcome = error ? VendoError::kindCode(error->kind) : QStringLiteral("ok");
    raw.errorSummary = error ? error->summary() : QString();
    raw.willRetry = willRetry;
    log->record(raw, m_config.secrets());
}

void EventStream::setState(StreamState state)
{
    m_status.state = state;
    emit statusChanged(m_status);
}

} // namespace vendo::events

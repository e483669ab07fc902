#include "client/NetworkExchange.h"

#include "client/ClientConfig.h"
#include "client/ErrorCatalog.h"
#include "client/Logging.h"
#include "client/Redaction.h"
#include "client/RequestLog.h"
#include "client/ResponseDecoder.h"
#include "jwt/Clock.h"
#include "jwt/UrlPolicy.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>

namespace vendo::client {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

QString identityTransportName(const ClientConfig &config, bool userBearer)
{
    if (config.userJwt.isEmpty() || !config.headerShape.userJwt)
        return QStringLiteral("none");
    return userBearer || config.transport == IdentityTransport::Bearer ? QStringLiteral("bearer")
                                                                       : QStringLiteral("header");
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray mime = contentType.split(';').constFirst().trimmed().toLower();
    return mime == "application/json" || (mime.startsWith("application/") && mime.endsWith("+json"));
}

} // namespace

NetworkExchange::NetworkExchange(QNetworkAccessManager *network, std::shared_ptr<const ClientConfig> config,
                                 const QUrl &url, bool userBearer, QObject *parent)
    : Exchange(parent)
    , m_network(network)
    , m_config(std::move(config))
    , m_url(url)
    , m_userBearer(userBearer)
{
    m_timeoutTimer.setSingleShot(true);
    m_backoffTimer.setSingleShot(true);
    m_backoffTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    m_timeoutTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &NetworkExchange::onTimeout);
    connect(&m_backoffTimer, &QTimer::timeout, this, &NetworkExchange::startAttempt);
    m_outcome.meta.url = url;
}

NetworkExchange::~NetworkExchange()
{
    // Destroyed mid-flight (its job's owner went away): stop the transfer instead of leaving it to run.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void NetworkExchange::start()
{
    m_total.start();
    const QString problem = jwt::insecureUrlProblem(m_url, tr("request"));
    if (!problem.isEmpty()) {
        failBeforeStart(VendoError::make(VendoError::Kind::InsecureUrl, problem));
        return;
    }
    QTimer::singleShot(0, this, &NetworkExchange::startAttempt);
}

void NetworkExchange::failBeforeStart(const VendoError &error)
{
    if (!m_total.isValid())
        m_total.start();
    QTimer::singleShot(0, this, [this, error] {
        if (!m_done)
            finishWith(error, {});
    });
}

void NetworkExchange::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    m_backoffTimer.stop();
    m_timeoutTimer.stop();
    if (m_reply) {
        m_reply->abort(); // onFinished reports Cancelled
        return;
    }
    finishWith(VendoError::make(VendoError::Kind::Cancelled, tr("The request was cancelled.")), {});
}

void NetworkExchange::startAttempt()
{
    if (m_done || m_aborted)
        return;
    ++m_attempt;
    m_body.clear();
    m_sslErrors.clear();
    m_refusedRedirect.clear();
    m_timedOut = false;
    m_oversized = false;

    QNetworkRequest request(m_url);
    for (const auto &[name, value] : m_config->requestHeaders(m_userBearer))
        request.setRawHeader(name, value);
    // Redirects are vetted one by one in `redirected` so that credentials never leave the origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    m_attemptStartedAt = QDateTime::currentDateTimeUtc();
    m_attemptClock.start();
    emit attemptStarted(m_url, m_attempt);
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::readyRead, this, &NetworkExchange::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &NetworkExchange::onFinished);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > kMaxBodyBytes && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 != 3) {
            m_oversized = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        const QUrl resolved = reply->url().resolved(target);
        if (sameOrigin(resolved, m_url) && jwt::insecureUrlProblem(resolved, QString()).isEmpty()) {
            emit reply->redirectAllowed();
            return;
        }
        m_refusedRedirect = resolved;
        reply->abort();
    });
#ifndef QT_NO_SSL
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors = errors; // recorded to name the problem; never ignored
    });
#endif
    if (m_config->timeout.count() > 0)
        m_timeoutTimer.start(m_config->timeout);
}

void NetworkExchange::onReadyRead()
{
    if (!m_reply)
        return;
    m_body += m_reply->read(kMaxBodyBytes + 1 - m_body.size());
    if (m_body.size() > kMaxBodyBytes) {
        m_oversized = true;
        m_reply->abort();
    }
}

void NetworkExchange::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

VendoError NetworkExchange::classifyNetworkFailure() const
{
    using Kind = VendoError::Kind;
    const QNetworkReply::NetworkError code = m_reply->error();
    const QString text = m_reply->errorString();
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return VendoError::make(Kind::ConnectionRefused, tr("Connection refused by %1.").arg(m_url.authority()));
    case QNetworkReply::HostNotFoundError:
        return VendoError::make(Kind::HostNotFound, tr("Host %1 not found.").arg(m_url.host()));
    case QNetworkReply::TimeoutError:
        return VendoError::make(Kind::Timeout, tr("The connection to %1 timed out.").arg(m_url.authority()));
    case QNetworkReply::RemoteHostClosedError:
        return VendoError::make(Kind::ConnectionReset,
                                tr("%1 closed the connection before answering.").arg(m_url.authority()));
    case QNetworkReply::SslHandshakeFailedError: {
        VendoError error = VendoError::make(Kind::Tls, tr("TLS handshake with %1 failed.").arg(m_url.authority()));
        QStringList problems;
        for (const QSslError &sslError : m_sslErrors)
            problems << sslError.errorString();
        problems.removeDuplicates();
        error.detail = problems.isEmpty() ? text : problems.join(QLatin1String("; "));
        error.message = tr("TLS handshake with %1 failed: %2").arg(m_url.authority(), error.detail);
        return error;
    }
    default:
        break;
    }
    if (text.contains(QLatin1String("reset"), Qt::CaseInsensitive))
        return VendoError::make(Kind::ConnectionReset, tr("The connection to %1 was reset.").arg(m_url.authority()));
    VendoError error = VendoError::make(Kind::Network, text);
    error.detail = text;
    return error;
}

void NetworkExchange::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_timeoutTimer.stop();
    if (!m_oversized && reply->isOpen())
        onReadyRead();
    using Kind = VendoError::Kind;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_outcome.meta.httpStatus = status;
    m_outcome.meta.attempts = m_attempt;
    for (const char *name : { "X-Request-Id", "Vendo-Request-Id", "Request-Id" }) {
        const QByteArray id = reply->rawHeader(name);
        if (!id.isEmpty()) {
            m_outcome.meta.requestId = QString::fromLatin1(id.left(200));
            break;
        }
    }

    std::optional<VendoError> error;
    QJsonDocument json;
    if (m_aborted) {
        error = VendoError::make(Kind::Cancelled, tr("The request was cancelled."));
    } else if (m_timedOut) {
        error = VendoError::make(
            Kind::Timeout,
            tr("No complete answer from %1 within %2 ms.").arg(m_url.authority()).arg(m_config->timeout.count()));
    } else if (m_oversized) {
        error = VendoError::make(
            Kind::OversizedBody,
            tr("The answer from %1 exceeded %2 bytes and was abandoned.").arg(m_url.authority()).arg(kMaxBodyBytes));
    } else if (!m_refusedRedirect.isEmpty()) {
        error = VendoError::make(
            Kind::RedirectRefused,
            tr("Refused to follow a redirect from %1 to %2 (another origin or insecure).")
                .arg(m_url.toDisplayString(QUrl::RemoveQuery), m_refusedRedirect.toDisplayString(QUrl::RemoveQuery)));
    } else if (reply->error() > QNetworkReply::NoError && reply->error() <= QNetworkReply::UnknownNetworkError
               && reply->error() != QNetworkReply::OperationCanceledError) {
        // The connection failed mid-answer (e.g. closed after half the body): a transport failure even
        // though a status line arrived.
        error = classifyNetworkFailure();
    } else if (status >= 300 && status < 400) {
        error = VendoError::make(Kind::RedirectRefused, tr("Redirect (HTTP %1) without a usable target.").arg(status));
    } else if (status >= 200 && status < 300) {
        const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        QJsonParseError parseError;
        json = QJsonDocument::fromJson(m_body, &parseError);
        if (!isJsonContentType(contentType)) {
            error = VendoError::make(
                Kind::UnexpectedContentType,
                tr("Expected application/json, got \"%1\".")
                    .arg(contentType.isEmpty() ? tr("no content type") : QString::fromLatin1(contentType.left(100))));
        } else if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
            error = VendoError::make(Kind::MalformedBody,
                                     parseError.error != QJsonParseError::NoError
                                         ? tr("The body is not valid JSON: %1 at byte %2.")
                                               .arg(parseError.errorString())
                                               .arg(parseError.offset)
                                         : tr("The body is JSON but not an object."));
        }
    } else if (status >= 400) {
        const QDateTime now = m_config->clock ? m_config->clock->now() : QDateTime::currentDateTimeUtc();
        error = ResponseDecoder::errorFromResponse(status, reply->rawHeader("Vendo-Error-Code"),
                                                   reply->rawHeader("Retry-After"), m_body, now,
                                                   reply->rawHeader("Content-Type"));
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        // Not our timer and not our abort: a transfer timeout set elsewhere ends this way.
        error = VendoError::make(Kind::Timeout,
                                 tr("The transfer from %1 was cancelled by a timeout.").arg(m_url.authority()));
    } else if (reply->error() != QNetworkReply::NoError) {
        error = classifyNetworkFailure();
    } else {
        error = VendoError::make(Kind::Network, tr("No HTTP answer from %1.").arg(m_url.authority()));
    }
    if (error) {
        error->requestId = m_outcome.meta.requestId;
        if (error->httpStatus == 0)
            error->httpStatus = status;
    }

    const bool willRetry = error && !m_aborted && error->isRetryable() && m_attempt < m_config->retry.maxAttempts;
    logAttempt(error, willRetry);
    // The URL as the request log shows it (a key in a query masked); the headers, which carry the key
    // and the user's token, are not logged at all.
    qCDebug(lcClient).noquote() << QStringLiteral("GET %1 attempt %2/%3: %4 HTTP %5 in %6 ms")
                                       .arg(Redaction::url(m_url.toString(QUrl::FullyEncoded)))
                                       .arg(m_attempt)
                                       .arg(m_config->retry.maxAttempts)
                                       .arg(error ? VendoError::kindCode(error->kind) : QStringLiteral("ok"))
                                       .arg(status)
                                       .arg(m_attemptClock.elapsed());
    if (willRetry)
        qCDebug(lcClient).noquote() << QStringLiteral("retrying in %1 ms (%2 is retryable)")
                                           .arg(m_config->retry.delayBeforeAttempt(m_attempt + 1))
                                           .arg(VendoError::kindCode(error->kind));
    else if (error && error->isRetryable() && !m_aborted)
        qCDebug(lcClient).noquote() << QStringLiteral("not retried: %1 attempts made").arg(m_attempt);
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;

    if (willRetry) {
        m_backoffTimer.start(int(m_config->retry.delayBeforeAttempt(m_attempt + 1)));
        return;
    }
    finishWith(error, json);
}

void NetworkExchange::logAttempt(const std::optional<VendoError> &error, bool willRetry)
{
    RequestLog *log = m_config->log;
    if (!log || !m_reply)
        return;
    RequestLog::RawAttempt raw;
    raw.startedAt = m_attemptStartedAt;
    raw.method = QByteArrayLiteral("GET");
    raw.url = m_url;
    raw.attempt = m_attempt;
    raw.maxAttempts = m_config->retry.maxAttempts;
    raw.identityTransport = identityTransportName(*m_config, m_userBearer);
    raw.userJwt = m_config->userJwt; // made for this user (even when an SDK's shape leaves the header out)
    raw.requestHeaders = m_config->requestHeaders(m_userBearer);
    raw.httpStatus = m_outcome.meta.httpStatus;
    raw.durationMs = m_attemptClock.elapsed();
    raw.responseHeaders = m_reply->rawHeaderPairs();
    raw.responseBody = m_body; // at most kMaxBodyBytes; the log redacts all of it before cutting
    raw.outcome = error ? VendoError::kindCode(error->kind) : QStringLiteral("ok");
    raw.errorSummary = error ? error->summary() : QString();
    raw.willRetry = willRetry;
    log->record(raw, m_config->secrets());
}

void NetworkExchange::finishWith(std::optional<VendoError> error, const QJsonDocument &json)
{
    if (m_done)
        return;
    m_done = true;
    m_timeoutTimer.stop();
    m_backoffTimer.stop();
    m_outcome.meta.attempts = m_attempt;
    m_outcome.meta.durationMs = m_total.isValid() ? m_total.elapsed() : 0;
    m_outcome.error = std::move(error);
    m_outcome.json = json;
    emit done();
}

} // namespace vendo::client

// Compiled here, not in the library's bundle of moc output: a program that uses another class of
// this library does not link this one, nor the library it needs (QtNetwork, OpenSSL, QtKeychain).
#include "moc_NetworkExchange.cpp"

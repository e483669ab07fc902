#include "client/RequestLog.h"

#include "client/Redaction.h"

#include <QJsonDocument>

namespace vendo::client {

namespace {

QJsonArray headersToJson(const QList<QPair<QString, QString>> &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("value"), value } });
    return array;
}

QList<QPair<QString, QString>> redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers,
                                             const QStringList &secrets)
{
    QList<QPair<QString, QString>> result;
    for (const auto &[rawName, rawValue] : headers) {
        const QString name = QString::fromLatin1(rawName);
        result.append({ name, Redaction::scrub(Redaction::headerValue(name, QString::fromLatin1(rawValue)), secrets) });
    }
    return result;
}

QString redactBody(const QByteArray &body, const QStringList &secrets)
{
    if (body.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    QString text;
    if (error.error == QJsonParseError::NoError && (document.isObject() || document.isArray())) {
        const QJsonValue redacted
            = Redaction::json(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
        text = QString::fromUtf8(
            (redacted.isObject() ? QJsonDocument(redacted.toObject()) : QJsonDocument(redacted.toArray()))
                .toJson(QJsonDocument::Compact));
    } else {
        text = QString::fromUtf8(body.left(RequestLog::kMaxBodyChars * 2));
    }
    text = Redaction::scrub(text, secrets);
    if (text.size() > RequestLog::kMaxBodyChars)
        text = text.left(RequestLog::kMaxBodyChars) + QString::fromUtf8("\u2026");
    return text;
}

} // namespace

QJsonObject RequestLogEntry::toJson() const
{
    return {
        { QStringLiteral("sequence"), qint64(sequence) },
        { QStringLiteral("started_at"), startedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("method"), method },
        { QStringLiteral("url"), url },
        { QStringLiteral("attempt"), attempt },
        { QStringLiteral("max_attempts"), maxAttempts },
        { QStringLiteral("identity_transport"), identityTransport },
        { QStringLiteral("request_headers"), headersToJson(requestHeaders) },
        { QStringLiteral("status"), httpStatus },
        { QStringLiteral("duration_ms"), durationMs },
        { QStringLiteral("response_headers"), headersToJson(responseHeaders) },
        { QStringLiteral("response_body"), responseBody },
        { QStringLiteral("outcome"), outcome },
        { QStringLiteral("error"), errorSummary },
        { QStringLiteral("will_retry"), willRetry },
    };
}

RequestLog::RequestLog(QObject *parent)
    : QObject(parent)
{ }

void RequestLog::record(const RawAttempt &raw, const QStringList &secrets)
{
    RequestLogEntry entry;
    entry.sequence = m_nextSequence++;
    entry.startedAt = raw.startedAt.toUTC();
    entry.method = QString::fromLatin1(raw.method);
    entry.url = Redaction::scrub(raw.url.toString(QUrl::RemoveUserInfo), secrets);
    entry.attempt = raw.attempt;
    entry.maxAttempts = raw.maxAttempts;
    entry.identityTransport = raw.identityTransport;
    entry.requestHeaders = redactHeaders(raw.requestHeaders, secrets);
    entry.httpStatus = raw.httpStatus;
    entry.durationMs = raw.durationMs;
    entry.responseHeaders = redactHeaders(raw.responseHeaders, secrets);
    entry.responseBody = redactBody(raw.responseBody, secrets);
    entry.outcome = raw.outcome;
    entry.errorSummary = Redaction::scrub(raw.errorSummary, secrets);
    entry.willRetry = raw.willRetry;

    m_entries.append(entry);
    while (m_entries.size() > m_capacity)
        m_entries.removeFirst();
    emit entryAdded(entry);
}

void RequestLog::clear()
{
    m_entries.clear();
    emit cleared();
}

void RequestLog::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    while (m_entries.size() > m_capacity)
        m_entries.removeFirst();
}

QJsonArray RequestLog::toJson() const
{
    QJsonArray array;
    for (const RequestLogEntry &entry : m_entries)
        array.append(entry.toJson());
    return array;
}

QByteArray RequestLog::exportJson() const
{
    return QJsonDocument(QJsonObject { { QStringLiteral("entries"), toJson() } }).toJson(QJsonDocument::Indented);
}

} // namespace vendo::client

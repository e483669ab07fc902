#include "client/RequestLog.h"

#include "client/Redaction.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <array>

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
        result.append({ name,
                        Redaction::text(
                            Redaction::scrub(Redaction::headerValue(name, QString::fromLatin1(rawValue)), secrets)) });
    }
    return result;
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const char *name)
{
    for (const auto &[rawName, rawValue] : headers) {
        if (rawName.compare(name, Qt::CaseInsensitive) == 0)
            return rawValue;
    }
    return {};
}

// The whole body (the exchange keeps at most 1 MiB) is redacted before anything is cut, so that a
// secret past any limit is masked as surely as one at the start. A body that does not parse as a JSON
// object or array is not kept at all: its secrets could sit anywhere in any shape.
QString redactBody(const QByteArray &body, const QByteArray &contentType, const QStringList &secrets)
{
    if (body.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !(document.isObject() || document.isArray()))
        return RequestLog::tr("<%n byte(s) of %1, not JSON: not recorded>", nullptr,
                              int(qMin<qsizetype>(body.size(), INT_MAX)))
            .arg(contentType.isEmpty() ? RequestLog::tr("no content type")
                                       : QString::fromLatin1(contentType.left(100)).simplified());
    const QJsonValue redacted
        = Redaction::json(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
    QString text = QString::fromUtf8(
        (redacted.isObject() ? QJsonDocument(redacted.toObject()) : QJsonDocument(redacted.toArray()))
            .toJson(QJsonDocument::Compact));
    text = Redaction::scrub(std::move(text), secrets);
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
        { QStringLiteral("identity"), identity.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(identity) },
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
    entry.url = Redaction::url(Redaction::scrub(raw.url.toString(QUrl::RemoveUserInfo), secrets));
    entry.attempt = raw.attempt;
    entry.maxAttempts = raw.maxAttempts;
    entry.identityTransport = raw.identityTransport;
    entry.identity = identityFingerprint(raw.userJwt);
    entry.requestHeaders = redactHeaders(raw.requestHeaders, secrets);
    entry.httpStatus = raw.httpStatus;
    entry.durationMs = raw.durationMs;
    entry.responseHeaders = redactHeaders(raw.responseHeaders, secrets);
    entry.responseBody = redactBody(raw.responseBody, headerValue(raw.responseHeaders, "Content-Type"), secrets);
    entry.outcome = raw.outcome;
    entry.errorSummary = Redaction::text(Redaction::scrub(raw.errorSummary, secrets));
    entry.willRetry = raw.willRetry;

    m_entries.append(entry);
    while (m_entries.size() > m_capacity)
        m_entries.removeFirst();
    emit entryAdded(entry);
}

QString RequestLog::identityFingerprint(const QString &jwt)
{
    const QString trimmed = jwt.trimmed();
    if (trimmed.isEmpty())
        return {};
    static const QByteArray key = [] {
        std::array<quint32, 8> words {};
        QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
        return QByteArray(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    }();
    const QByteArray mac = QMessageAuthenticationCode::hash(trimmed.toUtf8(), key, QCryptographicHash::Sha256);
    return QStringLiteral("id-") + QString::fromLatin1(mac.toHex().left(16));
}

QList<RequestLogEntry> RequestLog::entriesFor(const QString &identity) const
{
    QList<RequestLogEntry> result;
    for (const RequestLogEntry &entry : m_entries) {
        if (entry.identity == identity)
            result.append(entry);
    }
    return result;
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

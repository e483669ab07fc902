#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace vendo::client {

// One HTTP attempt, already redacted. Nothing in here is a secret.
struct RequestLogEntry
{
    quint64 sequence = 0;
    QDateTime startedAt; // UTC
    QString method;
    QString url;
    int attempt = 1;
    int maxAttempts = 1;
    QString identityTransport; // "none", "header" (X-Vendo-User-JWT) or "bearer"
    QList<QPair<QString, QString>> requestHeaders;
    int httpStatus = 0;
    qint64 durationMs = 0;
    QList<QPair<QString, QString>> responseHeaders;
    QString responseBody; // redacted JSON cut to kMaxBodyChars, or the length and type of another body
    QString outcome; // "ok" or the error kind's code
    QString errorSummary;
    bool willRetry = false;

    QJsonObject toJson() const;
};

// Everything the client sent and got back, one entry per attempt. Secrets are redacted inside
// `record`, before anything is stored, so nothing read from the log can leak them.
class RequestLog : public QObject
{
    Q_OBJECT

public:
    // What a caller knows about an attempt, secrets included; only `record` sees it.
    struct RawAttempt
    {
        QDateTime startedAt;
        QByteArray method;
        QUrl url;
        int attempt = 1;
        int maxAttempts = 1;
        QString identityTransport;
        QList<QPair<QByteArray, QByteArray>> requestHeaders;
        int httpStatus = 0;
        qint64 durationMs = 0;
        QList<QPair<QByteArray, QByteArray>> responseHeaders;
        QByteArray responseBody; // the whole body: redacted before it is cut to kMaxBodyChars
        QString outcome;
        QString errorSummary;
        bool willRetry = false;
    };

    static constexpr int kMaxBodyChars = 4096;
    static constexpr int kDefaultCapacity = 2000;

    explicit RequestLog(QObject *parent = nullptr);

    // `secrets` are the values to scrub from every string (API key, JWT, ...).
    void record(const RawAttempt &attempt, const QStringList &secrets);
    const QList<RequestLogEntry> &entries() const { return m_entries; }
    void clear();
    void setCapacity(int capacity);

    QJsonArray toJson() const;
    QByteArray exportJson() const; // {"entries": [...]} indented

signals:
    void entryAdded(const vendo::client::RequestLogEntry &entry);
    void cleared();

private:
    QList<RequestLogEntry> m_entries;
    quint64 m_nextSequence = 1;
    int m_capacity = kDefaultCapacity;
};

} // namespace vendo::client

Q_DECLARE_METATYPE(vendo::client::RequestLogEntry)

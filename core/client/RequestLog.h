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
    // Which end user the request was made for: RequestLog::identityFingerprint of the scoped client's JWT,
    // empty for a request made as the app. Tells one case from another (a report covers one identity).
    QString identity;
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
        QString userJwt; // the scoped client's identity token, empty as the app: only fingerprinted
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
    // The entries made for one identity (a fingerprint; empty: those made as the app).
    QList<RequestLogEntry> entriesFor(const QString &identity) const;

    // A stable name for an identity token within this process, never the token: a keyed SHA-256 (HMAC
    // with a random key drawn once per process) cut to 16 hex digits, "id-" first. It cannot be reversed
    // or matched against a token outside this run. Empty for an empty token.
    static QString identityFingerprint(const QString &jwt);
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

#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QPointer>
#include <QSslError>

#include <functional>

namespace vendo::test {

// What one canned reply does. Bodies are delivered in chunks across event-loop turns, like a socket.
struct CannedResponse
{
    int status = 200; // 0: no HTTP answer (a network error)
    QList<QPair<QByteArray, QByteArray>> headers = { { "Content-Type", "application/json" } };
    QByteArray body;
    // With status 0: the request failed before any answer. With a status: the connection failed after
    // the body was delivered (e.g. closed mid-answer).
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QSslError> sslErrors; // emitted before a SslHandshakeFailedError
    bool hang = false; // never finishes until aborted (timeouts)
    qsizetype chunkSize = 64 * 1024;

    static CannedResponse json(int status, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    static CannedResponse failure(QNetworkReply::NetworkError error, const QString &text = {});
};

// A QNetworkAccessManager that never opens a socket: createRequest() answers from a queue of canned
// responses (or a handler) and records every request it was asked.
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<CannedResponse(const QNetworkRequest &request)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    void enqueue(const CannedResponse &response); // served in order; the last one repeats
    void setHandler(Handler handler); // takes precedence over the queue

    const QList<QNetworkRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    qint64 bytesServed() const { return m_bytesServed; }
    void addBytesServed(qint64 bytes) { m_bytesServed += bytes; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override;

private:
    QList<CannedResponse> m_queue;
    Handler m_handler;
    QList<QNetworkRequest> m_requests;
    qint64 m_bytesServed = 0;
};

// The reply FakeNetworkAccessManager hands out.
class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(FakeNetworkAccessManager *manager, const QNetworkRequest &request, QNetworkAccessManager::Operation op,
              const CannedResponse &response);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliverHeaders();
    void deliverNextChunk();
    void finishReply();

    QPointer<FakeNetworkAccessManager> m_manager;
    CannedResponse m_response;
    QByteArray m_buffer;
    qsizetype m_offset = 0; // into m_response.body, what has been delivered
    bool m_finished = false;
};

} // namespace vendo::test

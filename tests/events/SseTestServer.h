#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace vendo::test {

// A loopback HTTP/1.1 server for event-stream tests: it records each request and hands the socket to
// the test's handler, which answers (a stream head, events, an error) and may keep it open or close it.
class SseTestServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray requestLine;
        QList<QPair<QByteArray, QByteArray>> headers;
        // Case-insensitive; a null QByteArray when absent.
        QByteArray header(QByteArrayView name) const;
    };
    // `index` counts requests from 0.
    using Handler = std::function<void(QTcpSocket *socket, const Request &request, int index)>;

    explicit SseTestServer(QObject *parent = nullptr);

    bool listen();
    QUrl baseUrl() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }

    static QByteArray streamHead();
    static QByteArray event(const QByteArray &id, const QByteArray &kind, const QByteArray &json);
    static QByteArray errorAnswer(int status, const QByteArray &code, const QByteArray &body);

signals:
    void requestArrived(int index);

private:
    void onConnection();

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
};

} // namespace vendo::test

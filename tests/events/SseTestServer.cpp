#include "SseTestServer.h"

namespace vendo::test {

QByteArray SseTestServer::Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SseTestServer::SseTestServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &SseTestServer::onConnection);
}

bool SseTestServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl SseTestServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QByteArray SseTestServer::streamHead()
{
    return QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
                             "Cache-Control: no-cache\r\nConnection: close\r\n\r\n");
}

QByteArray SseTestServer::event(const QByteArray &id, const QByteArray &kind, const QByteArray &json)
{
    return "id: " + id + "\nevent: " + kind + "\ndata: " + json + "\n\n";
}

QByteArray SseTestServer::errorAnswer(int status, const QByteArray &code, const QByteArray &body)
{
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + " Error\r\nContent-Type: application/json\r\n";
    if (!code.isEmpty())
        answer += "Vendo-Error-Code: " + code + "\r\n";
    answer += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return answer;
}

void SseTestServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *buffer = new QByteArray;
        connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            if (buffer->endsWith("\r\n\r\n"))
                return; // answered already; a GET has no body
            *buffer += socket->readAll();
            if (!buffer->contains("\r\n\r\n"))
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(buffer->indexOf("\r\n\r\n")).split('\n');
            request.requestLine = lines.value(0).trimmed();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.append({ lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed() });
            }
            *buffer = "\r\n\r\n";
            const int index = int(m_requests.size());
            m_requests.append(request);
            if (m_handler)
                m_handler(socket, request, index);
            emit requestArrived(index);
        });
    }
}

} // namespace vendo::test

#include "sandbox/ReplyWriter.h"

#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QTimer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace vendo::sandbox {

namespace {

QList<QPair<QByteArray, QByteArray>> wireHeaders(const Reply &reply, const QByteArray &requestId, qsizetype length)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!reply.body.isEmpty() || reply.status != 204)
        headers.append({ QByteArrayLiteral("Content-Type"), reply.contentType });
    headers.append({ QByteArrayLiteral("Content-Length"), QByteArray::number(length) });
    headers.append({ QByteArrayLiteral("X-Request-Id"), requestId });
    headers.append(reply.headers);
    return headers;
}

} // namespace

ReplyWriter::ReplyWriter(QObject *parent)
    : QObject(parent)
{ }

ReplyWriter::~ReplyWriter()
{
    abandonAll();
}

void ReplyWriter::send(QHttpServerResponder &&responder, Reply reply, const QByteArray &requestId,
                       std::chrono::milliseconds latency)
{
    Pending pending;
    pending.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    pending.socket = pending.responder->socket();
#endif
    pending.reply = std::move(reply);
    pending.requestId = requestId;

    const bool immediate = latency.count() <= 0 && pending.reply.transport != FaultTransport::Hang;
    if (immediate && pending.reply.transport == FaultTransport::None) {
        writeComplete(*pending.responder, pending.reply, pending.requestId);
        return;
    }
    const quint64 id = park(std::move(pending));
    if (m_pending.at(id).reply.transport == FaultTransport::Hang && latency.count() <= 0)
        return; // never answered: it stays parked until the client leaves or the server stops
    QTimer::singleShot(latency, this, [this, id] { deliver(id); });
}

quint64 ReplyWriter::park(Pending pending)
{
    const quint64 id = m_nextId++;
    if (pending.socket) {
        // The server deletes the socket when the client disconnects; the answer is then moot.
        connect(pending.socket, &QObject::destroyed, this, [this, id] { m_pending.erase(id); });
    }
    m_pending.emplace(id, std::move(pending));
    return id;
}

void ReplyWriter::deliver(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending &pending = it->second;
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    if (!pending.socket || pending.socket->state() != QAbstractSocket::ConnectedState) {
        m_pending.erase(it);
        return;
    }
#endif
    switch (pending.reply.transport) {
    case FaultTransport::Hang:
        return; // latency first, then silence
    case FaultTransport::Drop:
        writeTruncated(pending);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        return; // see writeTruncated(): the responder must stay alive
#else
        break;
#endif
    default:
        writeComplete(*pending.responder, pending.reply, pending.requestId);
        break;
    }
    if (pending.socket)
        disconnect(pending.socket, &QObject::destroyed, this, nullptr);
    m_pending.erase(id);
}

void ReplyWriter::writeComplete(QHttpServerResponder &responder, const Reply &reply, const QByteArray &requestId)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    for (const auto &[name, value] : wireHeaders(reply, requestId, reply.body.size())) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            headers.append(name, value);
    }
    responder.write(reply.body, headers, status);
#else
    responder.writeStatusLine(status);
    for (const auto &[name, value] : wireHeaders(reply, requestId, reply.body.size()))
        responder.writeHeader(name, value);
    responder.writeBody(reply.body);
#endif
}

void ReplyWriter::writeTruncated(Pending &pending)
{
    const Reply &reply = pending.reply;
    // Announce the whole body, send half of it, hang up: the client sees a connection closed
    // mid-response, not a complete (if short) answer.
    const QByteArray full = reply.body.isEmpty() ? QByteArray(256, ' ') : reply.body;
    const QByteArray half = full.left(std::max<qsizetype>(1, full.size() / 2));
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Qt 6.8 gives no access to the socket: the best available break is a chunked body that
    // never ends. The connection stays open until the client times out or the server stops.
    QHttpHeaders headers;
    for (const auto &[name, value] : wireHeaders(reply, pending.requestId, full.size())) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            headers.append(name, value);
    }
    pending.responder->writeBeginChunked(headers, status);
    pending.responder->writeChunk(half);
#else
    QHttpServerResponder &responder = *pending.responder;
    responder.writeStatusLine(status);
    for (const auto &[name, value] : wireHeaders(reply, pending.requestId, full.size()))
        responder.writeHeader(name, value);
    responder.writeBody(half);
    pending.socket->flush();
    pending.socket->disconnectFromHost();
#endif
}

void ReplyWriter::abandonAll()
{
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (auto &[id, entry] : pending) {
        if (entry.socket) {
            disconnect(entry.socket, &QObject::destroyed, this, nullptr);
            entry.socket->abort();
        }
    }
}

} // namespace vendo::sandbox

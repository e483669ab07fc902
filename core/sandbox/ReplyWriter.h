#pragma once

#include "sandbox/Reply.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <map>
#include <memory>

class QHttpServerResponder;
class QTcpSocket;

namespace vendo::sandbox {

// Puts replies on the wire: now, after a latency, cut short (drop) or never (hang). Keeps the
// responders of answers still pending, and abandons them when the client goes away or on stop.
class ReplyWriter : public QObject
{
    Q_OBJECT

public:
    explicit ReplyWriter(QObject *parent = nullptr);
    ~ReplyWriter() override;

    void send(QHttpServerResponder &&responder, Reply reply, const QByteArray &requestId,
              std::chrono::milliseconds latency);
    // Closes the connections of every pending answer and forgets them.
    void abandonAll();
    int pendingCount() const { return static_cast<int>(m_pending.size()); }

private:
    struct Pending
    {
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket; // null on Qt >= 6.8, where the responder hides its socket
        Reply reply;
        QByteArray requestId;
    };

    quint64 park(Pending pending);
    void deliver(quint64 id);
    static void writeComplete(QHttpServerResponder &responder, const Reply &reply, const QByteArray &requestId);
    // Writes the status line, headers and half of the body, then closes the connection.
    static void writeTruncated(Pending &pending);

    std::map<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
};

} // namespace vendo::sandbox

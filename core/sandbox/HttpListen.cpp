#include "sandbox/HttpListen.h"

#include <QAbstractHttpServer>
#include <QTcpServer>
#include <QtGlobal>

namespace vendo::sandbox {

namespace {

// A probe of up to 100 providers opens that many connections at once (curl --parallel, several
// network managers). With Qt's default backlog of 50 the kernel drops the other SYNs whenever the
// event loop is slow to accept, and each such client waits a full second before resending.
constexpr int kListenBacklog = 256;

} // namespace

quint16 listenHttp(QAbstractHttpServer &server, const QHostAddress &address, quint16 port)
{
    // Our own QTcpServer on every Qt version: QAbstractHttpServer::listen() (6.4) offers no way to
    // set the backlog before listening.
    auto *tcp = new QTcpServer(&server);
    tcp->setListenBacklogSize(kListenBacklog);
    if (!tcp->listen(address, port)) {
        delete tcp;
        return 0;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!server.bind(tcp)) {
        delete tcp;
        return 0;
    }
#else
    server.bind(tcp);
#endif
    return tcp->serverPort();
}

} // namespace vendo::sandbox

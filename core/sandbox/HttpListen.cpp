#include "sandbox/HttpListen.h"

#include <QAbstractHttpServer>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QTcpServer>
#endif

namespace vendo::sandbox {

quint16 listenHttp(QAbstractHttpServer &server, const QHostAddress &address, quint16 port)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    auto *tcp = new QTcpServer(&server);
    if (!tcp->listen(address, port) || !server.bind(tcp)) {
        delete tcp;
        return 0;
    }
    return tcp->serverPort();
#else
    return server.listen(address, port);
#endif
}

} // namespace vendo::sandbox

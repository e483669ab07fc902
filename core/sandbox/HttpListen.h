#pragma once

#include <QHostAddress>

class QAbstractHttpServer;

namespace vendo::sandbox {

// Binds an HTTP server to an address and port (0 = any free port) and returns the port it got,
// or 0 on failure. Qt 6.4 has QAbstractHttpServer::listen(); from 6.8 it is replaced by
// bind(QTcpServer *). This is the one place that knows. The listen backlog is 256, so that a
// hundred simultaneous connections are all taken by the kernel even while the event loop is busy.
quint16 listenHttp(QAbstractHttpServer &server, const QHostAddress &address, quint16 port);

} // namespace vendo::sandbox

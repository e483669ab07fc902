#include "sandbox/HttpListen.h"

#include <QHttpServer>
#include <QTcpServer>
#include <QTest>

#include <algorithm>
#include <vector>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

class TestHttpListen : public QObject
{
    Q_OBJECT

private slots:
    void picksAFreeLoopbackPort()
    {
        QHttpServer first;
        QHttpServer second;
        const quint16 a = vendo::sandbox::listenHttp(first, QHostAddress::LocalHost, 0);
        const quint16 b = vendo::sandbox::listenHttp(second, QHostAddress::LocalHost, 0);
        QVERIFY(a != 0);
        QVERIFY(b != 0);
        QVERIFY(a != b);
    }

    void reportsAPortInUse()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        QHttpServer server;
        QCOMPARE(vendo::sandbox::listenHttp(server, QHostAddress::LocalHost, occupant.serverPort()), quint16(0));
    }

    void takesAHundredSimultaneousConnectionsWithoutTheEventLoop()
    {
#ifndef Q_OS_LINUX
        QSKIP("the kernel's accept-queue semantics checked here are Linux's");
#else
        // Nothing accepts while this test holds the thread: only the kernel's accept queue (the
        // listen backlog) completes handshakes. A connection beyond it has its SYN dropped and would
        // wait a second for the resend.
        QHttpServer server;
        const quint16 port = vendo::sandbox::listenHttp(server, QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        constexpr int kConnections = 150;
        std::vector<int> fds;
        sockaddr_in to {};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        for (int i = 0; i < kConnections; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            QVERIFY(fd >= 0);
            fds.push_back(fd);
            const int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to);
            QVERIFY(rc == 0 || errno == EINPROGRESS);
        }
        std::vector<pollfd> polls;
        for (const int fd : fds)
            polls.push_back({ fd, POLLOUT, 0 });
        // Loopback handshakes take microseconds; the bound only keeps a regression from hanging.
        int connected = 0;
        for (int round = 0; round < 50 && connected < kConnections; ++round) {
            ::poll(polls.data(), polls.size(), 20);
            connected = int(std::count_if(polls.cbegin(), polls.cend(), [](const pollfd &p) {
                int error = 0;
                socklen_t length = sizeof error;
                return (p.revents & POLLOUT) && ::getsockopt(p.fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0
                    && error == 0;
            }));
        }
        for (const int fd : fds)
            ::close(fd);
        QCOMPARE(connected, kConnections);
#endif
    }
};

QTEST_GUILESS_MAIN(TestHttpListen)
#include "tst_httplisten.moc"

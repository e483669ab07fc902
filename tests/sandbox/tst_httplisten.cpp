#include "sandbox/HttpListen.h"

#include <QHttpServer>
#include <QTcpServer>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestHttpListen)
#include "tst_httplisten.moc"

#include "client/Profile.h"
#include "client/ServiceLink.h"

#include <QTest>

using vendo::client::Profile;
namespace ServiceLink = vendo::client::ServiceLink;

class TestServiceLink : public QObject
{
    Q_OBJECT

private slots:
    void openProblem_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("opens");

        const QString production = QStringLiteral("https://vendo.run");
        const QString sandbox = QStringLiteral("http://127.0.0.1:41234");
        const QString key = QStringLiteral("?app_key=vendo_sk_live_0123456789abcdef0123456789abcdef&user=alice");
        QTest::newRow("service host") << production
                                      << QStringLiteral("https://vendo.run/connections/connect/notion") + key << true;
        QTest::newRow("service host upper case")
            << production << QStringLiteral("HTTPS://VENDO.RUN/connections/connect/x") + key << true;
        QTest::newRow("subdomain") << production << QStringLiteral("https://connect.vendo.run/x") + key << true;
        QTest::newRow("sandbox same port")
            << sandbox << QStringLiteral("http://127.0.0.1:41234/sandbox/connect/notion") + key << true;
        QTest::newRow("other host") << production << QStringLiteral("https://evil.example/connect") + key << false;
        QTest::newRow("suffix, not a subdomain")
            << production << QStringLiteral("https://evilvendo.run/x") + key << false;
        QTest::newRow("service name as a subdomain of another")
            << production << "https://vendo.run.evil.example/x" << false;
        QTest::newRow("userinfo trick") << production << QStringLiteral("https://vendo.run@evil.example/x") + key
                                        << false;
        QTest::newRow("userinfo on the service host") << production << "https://evil:pw@vendo.run/x" << false;
        QTest::newRow("javascript") << production << "javascript:alert(document.cookie)//vendo.run" << false;
        QTest::newRow("file") << production << "file:///etc/passwd" << false;
        QTest::newRow("file with the service host") << production << "file://vendo.run/etc/passwd" << false;
        QTest::newRow("http on the service host") << production << QStringLiteral("http://vendo.run/x") + key << false;
        QTest::newRow("ftp") << production << "ftp://vendo.run/x" << false;
        QTest::newRow("relative") << production << QStringLiteral("/connections/connect/notion") + key << false;
        QTest::newRow("sandbox other port")
            << sandbox << QStringLiteral("http://127.0.0.1:41235/sandbox/connect/x") + key << false;
        QTest::newRow("sandbox other loopback name")
            << sandbox << QStringLiteral("http://localhost:41234/x") + key << false;
        QTest::newRow("sandbox remote https") << sandbox << QStringLiteral("https://evil.example/x") + key << false;
        QTest::newRow("loopback for a remote service")
            << production << QStringLiteral("http://127.0.0.1:80/x") + key << false;
        QTest::newRow("look-alike unicode host")
            << production << QStringLiteral("https://v\u0435ndo.run/x") + key << false;
        QTest::newRow("no service address") << ""
                                            << "https://vendo.run/x" << false;
    }
    void openProblem()
    {
        QFETCH(QString, base);
        QFETCH(QString, link);
        QFETCH(bool, opens);
        const Profile profile = Profile::custom(QStringLiteral("p"), {}, QUrl(base), QUrl(base));
        const QString problem = ServiceLink::openProblem(QUrl(link), profile);
        QVERIFY2(problem.isEmpty() == opens, qPrintable(problem));
        // The reason names the place, never the key the link carries.
        QVERIFY(!problem.contains(QLatin1String("vendo_sk_")));
    }

    void originShowsSchemeAndHostOnly()
    {
        QCOMPARE(
            ServiceLink::origin(QUrl(QStringLiteral("https://vendo.run/connections/connect/x?app_key=vendo_sk_1"))),
            QStringLiteral("https://vendo.run"));
        QCOMPARE(ServiceLink::origin(QUrl(QStringLiteral("https://user:pw@Evil.Example:8443/p?q"))),
                 QStringLiteral("https://evil.example:8443"));
        QCOMPARE(ServiceLink::origin(QUrl(QStringLiteral("http://[::1]:9/x"))), QStringLiteral("http://[::1]:9"));
        QCOMPARE(ServiceLink::origin(QUrl(QStringLiteral("javascript:alert(1)"))), QStringLiteral("javascript:"));
        QCOMPARE(ServiceLink::origin(QUrl(QStringLiteral("https://v\u0435ndo.run/"))),
                 QStringLiteral("https://xn--vndo-v4d.run"));
    }
};

QTEST_GUILESS_MAIN(TestServiceLink)
#include "tst_service_link.moc"

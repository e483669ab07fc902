// Where the sandbox behaves like the real service so that the inspector meets what production shows:
// connect / set-up links that carry the caller's API key, a connections list larger than the request
// log ever kept with credential values in it, and a server that answers only to its own loopback name
// (DNS rebinding) and never opts into cross-origin reads (no CORS headers).
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using vendo::sandbox::SandboxServer;

namespace {

struct RawAnswer
{
    int status = 0;
    QByteArray head; // status line and headers
    QByteArray body;
};

// One HTTP/1.1 request written byte by byte, so that the Host header is exactly what a browser on a
// rebound name would send (QNetworkAccessManager writes its own).
RawAnswer rawRequest(quint16 port, const QByteArray &method, const QByteArray &path, const QByteArray &host,
                     const QList<QByteArray> &headers = {})
{
    // The server answers from this thread's event loop: wait with spies, which run it.
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!connected.wait(5'000))
        return {};
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\n";
    if (!host.isNull())
        request += "Host: " + host + "\r\n";
    for (const QByteArray &header : headers)
        request += header + "\r\n";
    request += "Connection: close\r\n\r\n";
    socket.write(request);
    // Until the head and Content-Length bytes of body arrived, or the server closed.
    QByteArray received;
    const auto complete = [&received] {
        const qsizetype split = received.indexOf("\r\n\r\n");
        if (split < 0)
            return false;
        const QByteArray head = received.left(split).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length
            = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        return received.size() - split - 4 >= length;
    };
    while (!complete()) {
        if (!socket.bytesAvailable() && !readyRead.wait(5'000))
            break;
        received += socket.readAll();
    }
    RawAnswer answer;
    const qsizetype split = received.indexOf("\r\n\r\n");
    answer.head = received.left(split);
    answer.body = split < 0 ? QByteArray() : received.mid(split + 4);
    answer.status = answer.head.split(' ').value(1).toInt();
    return answer;
}

} // namespace

class TestSandboxLikeProduction : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    SandboxHttp m_http;

    QByteArray mint(const QString &user) { return m_server.mintToken(user).value().toUtf8(); }
    QByteArray own() const { return "127.0.0.1:" + QByteArray::number(m_server.port()); }

private slots:
    void initTestCase()
    {
        const auto started = m_server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    }

    void onlyItsOwnHostIsServed_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("status");
        const QByteArray port = QByteArray::number(m_server.port());
        QTest::newRow("its own address") << QByteArray("127.0.0.1:" + port) << 200;
        QTest::newRow("localhost") << QByteArray("LocalHost:" + port) << 200;
        QTest::newRow("a rebound name") << QByteArray("rebind.attacker.example:" + port) << 421;
        QTest::newRow("a rebound name, no port") << QByteArray("rebind.attacker.example") << 421;
        QTest::newRow("its address, no port") << QByteArray("127.0.0.1") << 421;
        QTest::newRow("another port") << QByteArray("127.0.0.1:1") << 421;
        QTest::newRow("empty") << QByteArray("") << 421;
    }
    void onlyItsOwnHostIsServed()
    {
        QFETCH(QByteArray, host);
        QFETCH(int, status);
        for (const QByteArray &path : { QByteArray("/api/v1/balance"), QByteArray("/sandbox/users") }) {
            const RawAnswer answer = rawRequest(m_server.port(), "GET", path, host,
                                                { "Authorization: Bearer " + m_server.demoApiKey().toUtf8() });
            QCOMPARE(answer.status, status);
            if (status == 421) {
                QVERIFY(!answer.body.contains("tn_acme")); // nothing of the tenant's data
                QVERIFY(!answer.body.contains("alice"));
            }
        }
    }

    void noCrossOriginHeaders()
    {
        const QByteArray origin = "Origin: https://attacker.example";
        const QList<RawAnswer> answers {
            rawRequest(m_server.port(), "GET", "/api/deployments/me/connections", own(),
                       { origin, "Authorization: Bearer " + m_server.demoApiKey().toUtf8() }),
            rawRequest(m_server.port(), "OPTIONS", "/api/deployments/me/connections", own(),
                       { origin, "Access-Control-Request-Method: GET",
                         "Access-Control-Request-Headers: authorization, x-vendo-user-jwt" }),
            rawRequest(m_server.port(), "GET", "/sandbox/users", own(), { origin }),
        };
        for (const RawAnswer &answer : answers) {
            QVERIFY(answer.status != 0);
            QVERIFY2(!answer.head.toLower().contains("access-control-"), answer.head.constData());
        }
    }

    // docs/service-contract.md "Connect / re-authorisation URLs": {api}/connections/connect/{slug}?app_key=<the key>.
    void connectLinksCarryTheCallersKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("jwtAsBearer");
        QTest::newRow("acme key, alice") << m_server.demoApiKey() << seeded::alice << false;
        QTest::newRow("globex key, alice") << seeded::globexKey << seeded::alice << false;
        QTest::newRow("alice's jwt as the bearer") << QString() << seeded::alice << true;
    }
    void connectLinksCarryTheCallersKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, user);
        QFETCH(bool, jwtAsBearer);
        const QByteArray jwt = mint(user);
        const SandboxHttp::Headers headers = jwtAsBearer ? SandboxHttp::Headers { { "Authorization", "Bearer " + jwt } }
                                                         : SandboxHttp::withKey(key, jwt);
        const QString expectedKey = jwtAsBearer ? m_server.demoApiKey() : key; // alice's tenant's own key
        const QString prefix = m_server.baseUrl().toString() + QStringLiteral("/connections/connect/");

        const Exchange list
            = m_http.get(endpoint(m_server, QStringLiteral("/api/deployments/me/connections")), headers);
        QCOMPARE(list.status, 200);
        int links = 0;
        for (const QJsonValue &connection : list.json().value(QStringLiteral("connections")).toArray()) {
            const QString setupUrl = connection[QStringLiteral("setup_url")].toString();
            if (setupUrl.isEmpty())
                continue;
            ++links;
            QVERIFY2(setupUrl.startsWith(prefix + connection[QStringLiteral("slug")].toString()
                                         + QStringLiteral("?app_key=") + expectedKey),
                     qPrintable(setupUrl));
        }
        QVERIFY(links >= 3);

        for (const QString &slug : { QStringLiteral("notion"), QStringLiteral("stripe") }) { // needs reauth, unbound
            const Exchange token = m_http.get(tokenUrl(m_server, slug), headers);
            const QString connectUrl = token.json()[QStringLiteral("error")][QStringLiteral("connect_url")].toString();
            QVERIFY2(connectUrl.startsWith(prefix + slug + QStringLiteral("?app_key=") + expectedKey),
                     qPrintable(connectUrl));
        }
        const Exchange fault = m_http.get(tokenUrl(m_server, QStringLiteral("fault-needs-reauth")), headers);
        QVERIFY(fault.json()[QStringLiteral("error")][QStringLiteral("connect_url")].toString().endsWith(
            QStringLiteral("?app_key=") + expectedKey));
    }

    // Larger than the 16 KiB the request log once kept, with credentials throughout.
    void aliceHasALargeConnectionsListWithCredentials()
    {
        const Exchange list = m_http.get(endpoint(m_server, QStringLiteral("/api/deployments/me/connections")),
                                         SandboxHttp::withKey(m_server.demoApiKey(), mint(seeded::alice)));
        QCOMPARE(list.status, 200);
        QVERIFY2(list.body.size() > 16 * 1024, QByteArray::number(list.body.size()).constData());
        int credentials = 0;
        qsizetype lastCredentialAt = 0;
        for (const QJsonValue &connection : list.json().value(QStringLiteral("connections")).toArray()) {
            const QJsonObject credential
                = connection[QStringLiteral("metadata")][QStringLiteral("credential")].toObject();
            for (auto it = credential.begin(); it != credential.end(); ++it) {
                ++credentials;
                lastCredentialAt = qMax(lastCredentialAt, list.body.indexOf(it.value().toString().toUtf8()));
            }
        }
        QVERIFY(credentials >= 15);
        QVERIFY(lastCredentialAt > 16 * 1024); // some lie past any 16 KiB cut
    }
};

QTEST_GUILESS_MAIN(TestSandboxLikeProduction)
#include "tst_sandbox_like_production.moc"

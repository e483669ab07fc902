// The redirect, https and TLS rules over real sockets. The sandbox is plain-http loopback and never
// redirects, so these use bare servers: a QTcpServer speaking minimal HTTP/1.1, and one that starts
// TLS through QSslSocket with a certificate OpenSSL generates at test time.
#include "ClientTestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace vendo::client;
using namespace vendo::test;
using Kind = VendoError::Kind;

namespace {

const QByteArray kTokenBody = "{\"access_token\":\"tok_redirected\",\"expires_at\":null,\"token_type\":\"Bearer\"}";

// Minimal HTTP/1.1: one request per connection, answered from a path → raw response table.
class TinyHttpServer : public QTcpServer
{
public:
    QHash<QString, QByteArray> responses; // path → full raw response
    QList<QByteArray> received; // raw request heads, in arrival order
    int connections = 0;

    QUrl origin() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer.left(end);
            received.append(head);
            const QByteArray path = head.split(' ').value(1);
            socket->write(responses.value(QString::fromLatin1(path),
                                          "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray redirectTo(const QString &location, int status = 302)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Found\r\nLocation: " + location.toLatin1()
        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

QByteArray jsonResponse(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

class TlsServer : public QTcpServer
{
public:
    QSslCertificate certificate;
    QSslKey key;
    int handshakes = 0;
    int requestsDecrypted = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(certificate);
        socket->setPrivateKey(key);
        connect(socket, &QSslSocket::encrypted, this, [this] { ++handshakes; });
        connect(socket, &QSslSocket::readyRead, this, [this, socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            ++requestsDecrypted;
            socket->write(jsonResponse(kTokenBody));
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }
};

} // namespace

class TestClientTls : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

    VendoClient clientFor(const QUrl &base, const QUrl &credentials)
    {
        return VendoClient(&m_network, Profile::custom(QStringLiteral("t"), QString(), base, credentials),
                           canaryApiKey())
            .withRetryPolicy(RetryPolicy::noRetries())
            .forUser(canaryJwt())
            .value();
    }

    // A self-signed P-256 certificate for CN=localhost with the given subjectAltName.
    bool makeCertificate(const QString &san, TlsServer &server)
    {
        const QString keyPath = m_dir.filePath(QStringLiteral("key.pem"));
        const QString certPath = m_dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                        QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                        QStringLiteral("subjectAltName=") + san, QStringLiteral("-keyout"), keyPath,
                        QStringLiteral("-out"), certPath });
        if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0)
            return false;
        QFile keyFile(keyPath);
        QFile certFile(certPath);
        if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly))
            return false;
        server.key = QSslKey(keyFile.readAll(), QSsl::Ec);
        server.certificate = QSslCertificate(certFile.readAll());
        return !server.key.isNull() && !server.certificate.isNull();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QSslSocket::supportsSsl())
            QSKIP("This Qt build has no TLS backend.");
    }

    void sameOriginRedirectIsFollowed()
    {
        TinyHttpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        server.responses.insert(QStringLiteral("/c/openai"), redirectTo(QStringLiteral("/c/openai-v2"), 307));
        server.responses.insert(QStringLiteral("/c/openai-v2"), jsonResponse(kTokenBody));
        const QUrl origin = server.origin();
        const auto result
            = waitToken(clientFor(origin, origin.resolved(QUrl(QStringLiteral("/c")))).token(QStringLiteral("openai")));
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->value.error().summary()));
        QCOMPARE(server.received.size(), 2);
        QVERIFY(server.received.at(1).contains(
            QByteArray(QByteArray("Authorization: Bearer ") + canaryApiKey().toLatin1())));
    }

    void crossOriginRedirectIsRefusedAndTheOtherOriginNeverContacted_data()
    {
        QTest::addColumn<QString>("kind"); // where the redirect points
        QTest::newRow("other port") << "port";
        QTest::newRow("other host name") << "host";
        QTest::newRow("https on another port") << "https";
    }

    void crossOriginRedirectIsRefusedAndTheOtherOriginNeverContacted()
    {
        QFETCH(QString, kind);
        TinyHttpServer server;
        TinyHttpServer elsewhere;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
        elsewhere.responses.insert(QStringLiteral("/steal"), jsonResponse(kTokenBody));
        QString target = elsewhere.origin().toString() + QStringLiteral("/steal");
        if (kind == QLatin1String("host")) // same port, but "localhost" is another origin than 127.0.0.1
            target = QStringLiteral("http://localhost:%1/steal").arg(server.serverPort());
        else if (kind == QLatin1String("https"))
            target = QStringLiteral("https://127.0.0.1:%1/steal").arg(elsewhere.serverPort());
        server.responses.insert(QStringLiteral("/c/openai"), redirectTo(target));
        const QUrl origin = server.origin();
        const auto result
            = waitToken(clientFor(origin, origin.resolved(QUrl(QStringLiteral("/c")))).token(QStringLiteral("openai")));
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->value.error().kind, Kind::RedirectRefused);
        QCOMPARE(result->value.error().className(), QStringLiteral("ProtocolError"));
        QCOMPARE(server.received.size(), 1);
        QCOMPARE(elsewhere.connections, 0);
    }

    void untrustedCertificateIsNamedAndNothingIsSent()
    {
        TlsServer server;
        QVERIFY(makeCertificate(QStringLiteral("DNS:localhost"), server));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QUrl origin(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
        const auto result
            = waitToken(clientFor(origin, origin.resolved(QUrl(QStringLiteral("/c")))).token(QStringLiteral("openai")));
        QVERIFY(result);
        QVERIFY(!result->ok());
        const VendoError &error = result->value.error();
        QCOMPARE(error.kind, Kind::Tls);
        QCOMPARE(error.className(), QStringLiteral("TlsError"));
        QVERIFY2(error.detail.contains(QSslError(QSslError::SelfSignedCertificate).errorString()),
                 qPrintable(error.detail));
        QVERIFY2(error.detail.contains(QSslError(QSslError::HostNameMismatch).errorString()), qPrintable(error.detail));
        QCOMPARE(server.requestsDecrypted, 0); // no credential ever left the client
        QCOMPARE(result->meta.attempts, 1); // a certificate problem is not retried
    }

    void trustedCertificateWorks()
    {
        TlsServer server;
        QVERIFY(makeCertificate(QStringLiteral("IP:127.0.0.1"), server));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        // Trust it the way an operator would: as a CA of the process's default configuration.
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = saved;
        trusting.addCaCertificate(server.certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        QNetworkAccessManager network; // a fresh manager: no cached TLS session state
        const QUrl origin(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
        const auto result = waitToken(VendoClient(&network,
                                                  Profile::custom(QStringLiteral("t"), QString(), origin,
                                                                  origin.resolved(QUrl(QStringLiteral("/c")))),
                                                  canaryApiKey())
                                          .token(QStringLiteral("openai")));
        QSslConfiguration::setDefaultConfiguration(saved);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->value.error().summary()));
        QCOMPARE(server.requestsDecrypted, 1);
    }

    void plainHttpToARemoteHostIsNeverAttempted()
    {
        const auto result = waitToken(
            VendoClient(&m_network,
                        Profile::custom(QStringLiteral("t"), QString(), QUrl(QStringLiteral("http://vendo.invalid")),
                                        QUrl(QStringLiteral("http://vendo.invalid/c"))),
                        canaryApiKey())
                .token(QStringLiteral("openai")));
        QVERIFY(result);
        QCOMPARE(result->value.error().kind, Kind::InsecureUrl);
        QCOMPARE(result->meta.attempts, 0);
    }
};

QTEST_GUILESS_MAIN(TestClientTls)
#include "tst_client_tls.moc"

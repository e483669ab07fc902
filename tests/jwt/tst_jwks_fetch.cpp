#include "FakeClock.h"
#include "jwt/JwksFetcher.h"
#include "jwt/JwsSigner.h"
#include "jwt/JwtDecoder.h"
#include "jwt/SignatureVerifier.h"
#include "jwt/UrlPolicy.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace vendo;
using namespace vendo::jwt;

namespace {

// A deliberately small HTTP/1.1 server over a real loopback socket: it answers each path as the
// test scripts it, counts requests, and can hang or lie about sizes, which a well-behaved framework
// server will not do.
class ScriptedServer : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray extraHeaders;
        bool hang = false;
        bool omitLength = false;
    };

    static Answer reply(int status, const QByteArray &body, const QByteArray &extraHeaders = {}, bool hang = false,
                        bool omitLength = false)
    {
        Answer answer;
        answer.status = status;
        answer.body = body;
        answer.extraHeaders = extraHeaders;
        answer.hang = hang;
        answer.omitLength = omitLength;
        return answer;
    }

    ScriptedServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    quint16 port() const { return m_server.serverPort(); }
    void answer(const QByteArray &path, const Answer &answer) { m_answers.insert(path, answer); }
    int hits(const QByteArray &path) const { return m_hits.value(path); }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray path = buffer.split(' ').value(1);
        buffer.clear();
        ++m_hits[path];
        const Answer answer = m_answers.value(path, reply(404, "{}"));
        if (answer.hang)
            return;
        QByteArray response
            = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\nContent-Type: application/json\r\n";
        if (!answer.omitLength)
            response += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
        else
            response += "Connection: close\r\n";
        response += answer.extraHeaders + "\r\n" + answer.body;
        socket->write(response);
        if (answer.omitLength)
            socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, Answer> m_answers;
    QHash<QByteArray, int> m_hits;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray setWith(const QStringList &kids)
{
    QJsonArray keys;
    for (const QString &kid : kids) {
        Key key = Key::generate(Algorithm::ES256, kid).value();
        keys.append(key.toPublicJwk());
    }
    return QJsonDocument(QJsonObject { { QLatin1String("keys"), keys } }).toJson(QJsonDocument::Compact);
}

JwksResult resolveNow(JwksFetcher &fetcher, const QString &kid)
{
    QSignalSpy spy(&fetcher, &JwksFetcher::resolved);
    fetcher.resolve(kid);
    if (spy.isEmpty() && !spy.wait(15'000))
        return JwksResult { kid, JwksResult::Error::Network, QStringLiteral("no answer"), {}, false, 0 };
    return spy.takeFirst().at(0).value<JwksResult>();
}

} // namespace

class TestJwksFetch : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

private slots:
    void cachesForTenMinutesByTheClock()
    {
        ScriptedServer server;
        server.answer("/jwks", ScriptedServer::reply(200, setWith({ QStringLiteral("a") })));
        test::FakeClock clock;
        JwksFetcher fetcher(&m_network, server.url(QStringLiteral("/jwks")), clock);

        JwksResult result = resolveNow(fetcher, QStringLiteral("a"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.hasKid());
        QVERIFY(!result.fromCache);
        QCOMPARE(server.hits("/jwks"), 1);

        clock.advance(599);
        result = resolveNow(fetcher, QStringLiteral("a"));
        QVERIFY(result.ok() && result.fromCache);
        QCOMPARE(server.hits("/jwks"), 1);

        clock.advance(1);
        result = resolveNow(fetcher, QStringLiteral("a"));
        QVERIFY(result.ok() && !result.fromCache);
        QCOMPARE(server.hits("/jwks"), 2);
    }

    void refetchesOnceOnAnUnknownKid()
    {
        ScriptedServer server;
        server.answer("/jwks", ScriptedServer::reply(200, setWith({ QStringLiteral("old") })));
        test::FakeClock clock;
        JwksFetcher fetcher(&m_network, server.url(QStringLiteral("/jwks")), clock);
        QVERIFY(resolveNow(fetcher, QStringLiteral("old")).hasKid());

        // The issuer rotates: the new kid appears on the next fetch.
        server.answer("/jwks", ScriptedServer::reply(200, setWith({ QStringLiteral("old"), QStringLiteral("new") })));
        JwksResult result = resolveNow(fetcher, QStringLiteral("new"));
        QVERIFY(result.ok() && result.hasKid() && !result.fromCache);
        QCOMPARE(server.hits("/jwks"), 2);

        // A kid nobody publishes costs one refetch, then the cache answers.
        result = resolveNow(fetcher, QStringLiteral("bogus"));
        QVERIFY(result.ok() && !result.hasKid());
        QCOMPARE(server.hits("/jwks"), 3);
        result = resolveNow(fetcher, QStringLiteral("bogus"));
        QVERIFY(result.ok() && !result.hasKid() && result.fromCache);
        QCOMPARE(server.hits("/jwks"), 3);
    }

    // Issue 16 item 13: a JWKS URL that serves private key members or shared secrets has leaked them
    // to everyone who fetched it. The keys are still used to check, and every signature check made
    // with the set carries the warning into the verdict (CLI and window alike).
    void keySetThatExposesSecretsIsWarnedAbout_data()
    {
        QTest::addColumn<QString>("kind"); // "public", "private EC", "private RSA", "oct"
        QTest::addColumn<QStringList>("mentions"); // in the warning; empty: no warning
        QTest::newRow("public members only") << "public" << QStringList();
        QTest::newRow("private EC key") << "private EC"
                                        << QStringList { QStringLiteral("private key members (d)"),
                                                         QStringLiteral("\"signing\"") };
        QTest::newRow("private RSA key") << "private RSA"
                                         << QStringList { QStringLiteral("(d, p, q, dp, dq, qi)"),
                                                          QStringLiteral("\"signing\"") };
        QTest::newRow("oct key beside the public one")
            << "oct" << QStringList { QStringLiteral("symmetric (oct) key(s) \"shared\"") };
    }

    void keySetThatExposesSecretsIsWarnedAbout()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, mentions);
        const Algorithm alg = kind == QLatin1String("private RSA") ? Algorithm::RS256 : Algorithm::ES256;
        const Key key = Key::generate(alg, QStringLiteral("signing")).value();
        QJsonArray keys { kind.startsWith(QLatin1String("private")) ? key.toPrivateJwk() : key.toPublicJwk() };
        if (kind == QLatin1String("oct")) {
            QJsonObject oct = Key::generate(Algorithm::HS256, QStringLiteral("shared")).value().toPublicJwk();
            QVERIFY(oct.contains(QLatin1String("k")));
            keys.append(oct);
        }
        ScriptedServer server;
        const QByteArray body = QJsonDocument(QJsonObject { { QLatin1String("keys"), keys } }).toJson();
        server.answer("/jwks", ScriptedServer::reply(200, body));
        test::FakeClock clock;
        JwksFetcher fetcher(&m_network, server.url(QStringLiteral("/jwks")), clock);
        const JwksResult result = resolveNow(fetcher, QStringLiteral("signing"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.keys.warnings().size(), mentions.isEmpty() ? 0 : 1);
        for (const QString &mention : mentions)
            QVERIFY2(result.keys.warnings().first().contains(mention), qPrintable(result.keys.warnings().first()));

        // The token is still checked with the set, and the check carries the warning.
        const QByteArray token = JwsSigner::sign(alg, key, QJsonObject { { QLatin1String("sub"), 1 } }).value();
        const SignatureCheck check = SignatureVerifier::verify(decode(token), result.keys);
        QCOMPARE(check.status, SignatureStatus::Valid);
        QCOMPARE(check.keySetWarnings, result.keys.warnings());
        // The cached set keeps its warnings.
        QCOMPARE(resolveNow(fetcher, QStringLiteral("signing")).keys.warnings(), result.keys.warnings());
    }

    void failures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("hang");
        QTest::addColumn<bool>("omitLength");
        QTest::addColumn<QByteArray>("extraHeaders");
        QTest::addColumn<int>("error");

        const QByteArray big = "{\"keys\":[" + QByteArray(300 * 1024, ' ') + "]}";
        QTest::newRow("oversized with length")
            << 200 << big << false << false << QByteArray() << int(JwksResult::Error::TooLarge);
        QTest::newRow("oversized without length")
            << 200 << big << false << true << QByteArray() << int(JwksResult::Error::TooLarge);
        QTest::newRow("not JSON") << 200 << QByteArray("<html>") << false << false << QByteArray()
                                  << int(JwksResult::Error::Malformed);
        QTest::newRow("no keys array") << 200 << QByteArray(R"({"kty":"EC"})") << false << false << QByteArray()
                                       << int(JwksResult::Error::Malformed);
        QTest::newRow("only unusable keys") << 200 << QByteArray(R"({"keys":[{"kty":"EC","crv":"P-256","x":"AA"}]})")
                                            << false << false << QByteArray() << int(JwksResult::Error::Malformed);
        // Found by fuzz_jwks: OpenSSL takes a zero modulus or exponent, but no signature verifies under it.
        QTest::newRow("RSA key with a zero modulus")
            << 200 << QByteArray(R"({"keys":[{"kty":"RSA","kid":"a","n":"AAAA","e":"AQAB"}]})") << false << false
            << QByteArray() << int(JwksResult::Error::Malformed);
        QTest::newRow("RSA key with a zero exponent")
            << 200
            << QByteArray(R"({"keys":[{"kty":"RSA","kid":"a","n":"0SD4l0e_310rjf1JW6P5midRQiip2MN7","e":"AA"}]})")
            << false << false << QByteArray() << int(JwksResult::Error::Malformed);
        QTest::newRow("HTTP 500") << 500 << QByteArray("{}") << false << false << QByteArray()
                                  << int(JwksResult::Error::HttpStatus);
        QTest::newRow("timeout") << 200 << QByteArray() << true << false << QByteArray()
                                 << int(JwksResult::Error::Timeout);
    }

    void failures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, hang);
        QFETCH(bool, omitLength);
        QFETCH(QByteArray, extraHeaders);
        QFETCH(int, error);
        ScriptedServer server;
        server.answer("/jwks", ScriptedServer::reply(status, body, extraHeaders, hang, omitLength));
        test::FakeClock clock;
        JwksFetcher::Options options;
        options.timeoutMs = 300;
        JwksFetcher fetcher(&m_network, server.url(QStringLiteral("/jwks")), clock, options);
        const JwksResult result = resolveNow(fetcher, QStringLiteral("a"));
        QCOMPARE(int(result.error), error);
        QVERIFY(result.message.contains(QLatin1String("/jwks")));
        QVERIFY(!fetcher.cachedKeys().has_value());
    }

    void redirectToAnotherOriginIsRefused()
    {
        ScriptedServer server;
        ScriptedServer other;
        other.answer("/jwks", ScriptedServer::reply(200, setWith({ QStringLiteral("a") })));
        server.answer("/jwks",
                      ScriptedServer::reply(
                          302, {}, QByteArray("Location: " + other.url(QStringLiteral("/jwks")).toEncoded() + "\r\n")));
        test::FakeClock clock;
        JwksFetcher fetcher(&m_network, server.url(QStringLiteral("/jwks")), clock);
        const JwksResult result = resolveNow(fetcher, QStringLiteral("a"));
        QCOMPARE(int(result.error), int(JwksResult::Error::CrossOriginRedirect));
        QCOMPARE(other.hits("/jwks"), 0);
    }

    void sameOriginRedirectIsFollowed()
    {
        ScriptedServer server;
        server.answer("/moved", ScriptedServer::reply(200, setWith({ QStringLiteral("a") })));
        server.answer("/jwks", ScriptedServer::reply(301, {}, "Location: /moved\r\n"));
        test::FakeClock clock;
        JwksFetcher fetcher(&m_network, server.url(QStringLiteral("/jwks")), clock);
        QVERIFY(resolveNow(fetcher, QStringLiteral("a")).hasKid());
    }

    void plainHttpOffLoopbackIsRefusedWithoutARequest()
    {
        test::FakeClock clock;
        JwksFetcher fetcher(&m_network, QUrl(QStringLiteral("http://auth.vendo.run/jwks.json")), clock);
        const JwksResult result = resolveNow(fetcher, {});
        QCOMPARE(int(result.error), int(JwksResult::Error::InsecureUrl));
        QCOMPARE(fetcher.fetchCount(), 0);
    }

    // isLoopbackHost (what lets plain http through) is QtCore-only; it answers as QHostAddress does.
    void loopbackHostsAreTheOnesQHostAddressNames_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        const char *hosts[] = { "127.0.0.1",
                                "127.255.255.254",
                                "127.1",
                                "0x7f.0.0.1",
                                "0177.0.0.1",
                                "2130706433",
                                " 127.0.0.1",
                                "::1",
                                "0:0:0:0:0:0:0:1",
                                "::ffff:127.0.0.1",
                                "::ffff:7f00:1",
                                "128.0.0.1",
                                "126.255.255.255",
                                "0.0.0.0",
                                "::",
                                "::2",
                                "::ffff:128.0.0.1",
                                "127.0.0.256",
                                "127.0.0.1.example.com",
                                "127.example.com",
                                "example.com",
                                "" };
        for (const char *host : hosts) {
            const QHostAddress address(QString::fromLatin1(host));
            QTest::addRow("%s", *host ? host : "(empty)") << QString::fromLatin1(host) << address.isLoopback();
        }
        // Names, which QHostAddress does not resolve: only localhost counts.
        QTest::addRow("localhost") << QStringLiteral("localhost") << true;
        QTest::addRow("LocalHost") << QStringLiteral("LocalHost") << true;
        QTest::addRow("localhost.example.com") << QStringLiteral("localhost.example.com") << false;
        QTest::addRow("[::1]") << QStringLiteral("[::1]") << false;
    }

    void loopbackHostsAreTheOnesQHostAddressNames()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }

    void concurrentRequestsShareOneFetch()
    {
        ScriptedServer server;
        server.answer("/jwks", ScriptedServer::reply(200, setWith({ QStringLiteral("a"), QStringLiteral("b") })));
        test::FakeClock clock;
        JwksFetcher fetcher(&m_network, server.url(QStringLiteral("/jwks")), clock);
        QSignalSpy spy(&fetcher, &JwksFetcher::resolved);
        fetcher.resolve(QStringLiteral("a"));
        fetcher.resolve(QStringLiteral("b"));
        QTRY_COMPARE(spy.size(), 2);
        QCOMPARE(server.hits("/jwks"), 1);
        QVERIFY(spy.at(0).at(0).value<JwksResult>().hasKid());
        QVERIFY(spy.at(1).at(0).value<JwksResult>().hasKid());
    }
};

QTEST_GUILESS_MAIN(TestJwksFetch)
#include "tst_jwks_fetch.moc"

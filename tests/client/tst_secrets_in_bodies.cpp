// Secrets inside what the service answers, against the real SandboxServer: a connections list larger
// than the request log keeps, with credentials throughout; bodies that do not parse; error bodies cut
// short; and connect links that embed the app key (docs/service-contract.md). The log, the error
// values and their JSON show none of them; the full link stays reachable for the one path that needs it.
#include "ClientTestSupport.h"
#include "client/LiveSecrets.h"
#include "client/Redaction.h"
#include "client/RequestLog.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vendo::client;
using namespace vendo::test;
using vendo::sandbox::Fault;
using vendo::sandbox::FaultEndpoint;
using vendo::sandbox::FaultTransport;
using vendo::sandbox::SandboxServer;

namespace {

const QString kAlice = QStringLiteral("a11ce000-0000-4000-8000-000000000001");
const QString kBob = QStringLiteral("b0b00000-0000-4000-8000-000000000002");

vendo::sandbox::Scenario scenario()
{
    vendo::sandbox::Scenario s = vendo::sandbox::Scenario::defaults();
    // Bob's connections list arrives cut in half: invalid JSON with his credentials inside.
    Fault cut;
    cut.endpoint = FaultEndpoint::Connections;
    cut.userId = kBob;
    cut.transport = FaultTransport::MalformedJson;
    s.faults.append(cut);
    // An error whose body is cut before its end: not JSON, and the connect link (the key) inside.
    Fault cutError;
    cutError.slug = QStringLiteral("fault-cut-error");
    cutError.status = 403;
    cutError.code = QStringLiteral("binding_missing");
    cutError.message = QStringLiteral("No connection for this provider");
    cutError.connectUrl = QStringLiteral("{origin}/connections/connect/fault-cut-error?app_key={app_key}");
    cutError.transport = FaultTransport::MalformedJson;
    s.faults.append(cutError);
    return s;
}

} // namespace

class TestSecretsInBodies : public QObject
{
    Q_OBJECT

    SandboxServer m_server { scenario() };
    QNetworkAccessManager m_network;
    RequestLog m_log;

    VendoClient user(const QString &id)
    {
        return VendoClient(&m_network, Profile::sandbox(m_server.baseUrl(), m_server.credentialsUrl()),
                           m_server.demoApiKey())
            .withRetryPolicy(RetryPolicy::immediate(1))
            .withRequestLog(&m_log)
            .forUser(m_server.mintToken(id).value())
            .value();
    }

    static void verifyNoneIn(const QByteArray &text, const QStringList &secrets)
    {
        for (const QString &secret : secrets)
            QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(secret.left(40)));
    }

private slots:
    void initTestCase()
    {
        const auto started = m_server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    }
    void init() { m_log.clear(); }

    void aLargeConnectionsListIsRedactedWholeThenCut()
    {
        const VendoClient alice = user(kAlice);
        const auto result = waitConnections(alice.connections());
        QVERIFY(result && result->ok());
        LiveSecrets secrets;
        secrets.add(alice);
        secrets.add(*result);
        QVERIFY2(secrets.values().size() >= 20, qPrintable(QString::number(secrets.values().size())));

        QCOMPARE(m_log.entries().size(), 1);
        const RequestLogEntry &entry = m_log.entries().constFirst();
        QVERIFY(entry.responseBody.startsWith(QLatin1String("{\"connections\":[")));
        QCOMPARE(entry.responseBody.size(), RequestLog::kMaxBodyChars + 1); // cut, with an ellipsis
        verifyNoneIn(m_log.exportJson(), secrets.values());
        // Redacted as one document, then cut: the start of the whole list, as the redaction shows it.
        QJsonArray redacted;
        for (const Connection &connection : result->value.value())
            redacted.append(connection.redacted);
        const QString whole = QString::fromUtf8(
            QJsonDocument(QJsonObject { { QStringLiteral("connections"), redacted } }).toJson(QJsonDocument::Compact));
        QVERIFY2(whole.size() > RequestLog::kMaxBodyChars, qPrintable(QString::number(whole.size())));
        QCOMPARE(entry.responseBody, whole.left(RequestLog::kMaxBodyChars) + QChar(0x2026));
    }

    void aBodyThatDoesNotParseIsLoggedAsLengthAndTypeOnly()
    {
        const VendoClient bob = user(kBob);
        const auto result = waitConnections(bob.connections());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->value.error().kind, VendoError::Kind::MalformedBody);
        QCOMPARE(m_log.entries().size(), 1);
        const QString body = m_log.entries().constFirst().responseBody;
        QVERIFY2(body.contains(QLatin1String("application/json")) && body.contains(QLatin1String("not JSON")),
                 qPrintable(body));
        QVERIFY2(!body.contains(QLatin1String("connections")) && !body.contains(QLatin1String("sbx_fake")),
                 qPrintable(body));
    }

    void anErrorBodyCutShortKeepsNoExcerpt()
    {
        const auto result = waitToken(user(kAlice).token(QStringLiteral("fault-cut-error")));
        QVERIFY(result && !result->ok());
        const VendoError &error = result->value.error();
        QCOMPARE(error.httpStatus, 403);
        QVERIFY2(error.detail.contains(QLatin1String("application/json")), qPrintable(error.detail));
        const QByteArray shown = QJsonDocument(error.toJson()).toJson() + error.summary().toUtf8();
        verifyNoneIn(shown, { m_server.demoApiKey(), QStringLiteral("{\"error\"") }); // no excerpt of the body
        verifyNoneIn(m_log.exportJson(), { m_server.demoApiKey() });
    }

    // The link the service sends for re-authorisation carries the key: every output shows its prefix.
    void connectLinksShowTheKeyPrefixOnly()
    {
        const QString key = m_server.demoApiKey();
        const auto result = waitToken(user(kAlice).token(QStringLiteral("notion"))); // needs re-authorisation
        QVERIFY(result && !result->ok());
        const VendoError &error = result->value.error();
        QVERIFY2(error.connectUrl.contains(QStringLiteral("app_key=") + key), qPrintable(error.connectUrl));

        const QString masked = error.toJson().value(QLatin1String("connect_url")).toString();
        QCOMPARE(masked, QString(error.connectUrl).replace(key, Redaction::apiKey(key)));
        QVERIFY(masked.contains(QStringLiteral("app_key=") + key.left(12) + QChar(0x2026)));
        QCOMPARE(error.shownConnectUrl(), masked);
        QCOMPARE(error.toJson(VendoError::UrlDisclosure::Revealed).value(QLatin1String("connect_url")).toString(),
                 error.connectUrl);
        verifyNoneIn(QJsonDocument(error.toJson()).toJson(), { key });
        verifyNoneIn(m_log.exportJson(), { key });
    }
};

QTEST_GUILESS_MAIN(TestSecretsInBodies)
#include "tst_secrets_in_bodies.moc"

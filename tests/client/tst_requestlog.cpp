// The request log redacts at recording time: canary secrets never appear in an entry, a signal's
// payload, or the JSON export.
#include "ClientTestSupport.h"
#include "client/Redaction.h"
#include "client/RequestLog.h"

#include <QJsonDocument>
#include <QTest>

using namespace vendo::client;
using namespace vendo::test;

namespace {

const QString kProviderToken = QStringLiteral("ghp_CANARYproviderTOKEN0123456789");
const QString kConnectionKey = QStringLiteral("sk-CANARYconnectionKEY987654321");
const QString kCredentialSecret = QStringLiteral("CANARYcredentialSECRET555");
const QString kSetupUrl = QStringLiteral("https://setup.example/?app_key=CANARYsetupKEY4444");

QStringList canaries()
{
    const QString signature = canaryJwt().section(QLatin1Char('.'), 2);
    return { canaryApiKey(),
             canaryJwt(),
             signature,
             kProviderToken,
             kConnectionKey,
             kCredentialSecret,
             QStringLiteral("CANARYsetupKEY4444") };
}

} // namespace

class TestRequestLog : public QObject
{
    Q_OBJECT

private slots:
    void redactionForms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("api key") << canaryApiKey() << QStringLiteral("vendo_sk_CAN\u2026");
        QTest::newRow("jwt") << canaryJwt()
                             << canaryJwt().section(QLatin1Char('.'), 0, 1) + QStringLiteral(".<signature redacted>");
        QTest::newRow("provider token") << kProviderToken << QStringLiteral("ghp_\u2026(33 chars)");
    }

    void redactionForms()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Redaction::secret(input), expected);
        QCOMPARE(Redaction::headerValue(QStringLiteral("authorization"), QStringLiteral("Bearer ") + input),
                 QStringLiteral("Bearer ") + expected);
    }

    // A bearer credential is masked whole even when it contains "://" (found by fuzz_header_block: a
    // pasted identity holding a URL was shown as a link, its signature in clear).
    void bearerHoldingALinkIsMaskedWhole()
    {
        const QString credential = QStringLiteral("d\":\"https://vendo.run/\",\"value\":\"eyJhbGci.eyJzdWIi.")
            + QStringLiteral("CANARYsignatureXYZ0123456789abcdefghij");
        for (const bool bearer : { true, false }) {
            const QString shown = bearer
                ? Redaction::headerValue(QStringLiteral("Authorization"), QStringLiteral("Bearer ") + credential)
                : Redaction::headerValue(QStringLiteral("X-Vendo-User-JWT"), credential);
            QVERIFY2(!shown.contains(QStringLiteral("CANARYsignature")), qPrintable(shown));
            QVERIFY2(!shown.contains(QStringLiteral("vendo.run")), qPrintable(shown));
        }
    }

    // Keys inside links and texts (docs/service-contract.md, connect links): the 12-character prefix.
    void keysInsideUrlsAndTexts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString key = canaryApiKey();
        const QString prefix = key.left(12) + QChar(0x2026);
        QTest::newRow("connect link") << QStringLiteral("https://vendo.run/connections/connect/notion?app_key=") + key
                + QStringLiteral("&state=s1")
                                      << QStringLiteral("https://vendo.run/connections/connect/notion?app_key=")
                + prefix + QStringLiteral("&state=s1");
        QTest::newRow("percent-encoded key") << QStringLiteral("https://vendo.run/c?app_key=")
                + QString::fromLatin1(QUrl::toPercentEncoding(key, {}, "_"))
                                             << QStringLiteral("https://vendo.run/c?app_key=") + prefix;
        QTest::newRow("another credential item")
            << QStringLiteral("https://cb.example/done?state=7&access_token=ya29.A0ARrdaM-secret")
            << QStringLiteral("https://cb.example/done?state=7&access_token=ya29") + QChar(0x2026)
                + QStringLiteral("(20 chars)");
        QTest::newRow("key in a path") << QStringLiteral("https://vendo.run/keys/") + key + QStringLiteral("/revoke")
                                       << QStringLiteral("https://vendo.run/keys/") + prefix
                + QStringLiteral("/revoke");
        QTest::newRow("key in prose") << QStringLiteral("Key ") + key + QStringLiteral(" was revoked.")
                                      << QStringLiteral("Key ") + prefix + QStringLiteral(" was revoked.");
        QTest::newRow("nothing secret") << QStringLiteral("https://vendo.run/connections?page=2&sort=slug")
                                        << QStringLiteral("https://vendo.run/connections?page=2&sort=slug");
        QTest::newRow("masked already") << QStringLiteral("https://vendo.run/c?app_key=") + prefix
                                        << QStringLiteral("https://vendo.run/c?app_key=") + prefix;
    }
    void keysInsideUrlsAndTexts()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Redaction::url(input), expected);
        QCOMPARE(Redaction::text(expected), expected); // masking twice changes nothing
        if (input.startsWith(QLatin1String("https://")))
            QCOMPARE(Redaction::secret(input), expected);
        // In a JSON body, under any name.
        const QJsonObject body { { QStringLiteral("setup_url"), input }, { QStringLiteral("note"), input } };
        const QJsonObject redacted = Redaction::json(body).toObject();
        QCOMPARE(redacted.value(QLatin1String("note")).toString(), expected);
        QVERIFY(!QJsonDocument(redacted).toJson().contains(canaryApiKey().toUtf8()));
    }

    void noSecretInEntriesSignalsOrExport()
    {
        FakeNetworkAccessManager network;
        const QByteArray connections = "{\"connections\":[{\"id\":\"c1\",\"slug\":\"openai\",\"profile\":\"byok_"
                                       "static\",\"status\":\"connected\","
                                       "\"api_key\":\""
            + kConnectionKey.toLatin1() + "\",\"metadata\":{\"credential\":{\"token\":\"" + kCredentialSecret.toLatin1()
            + "\"}},\"setup_url\":\"" + kSetupUrl.toLatin1() + "\"}]}";
        network.setHandler([connections](const QNetworkRequest &request) {
            const QString path = request.url().path();
            if (path.endsWith(QLatin1String("/connections")))
                return CannedResponse::json(200, connections);
            if (path.endsWith(QLatin1String("/echo")))
                // A hostile server echoing the credentials it received, in a header and a non-JSON body.
                return CannedResponse {
                    500,
                    { { "Content-Type", "text/plain" }, { "X-Echo", request.rawHeader("Authorization") } },
                    "you sent " + request.rawHeader("X-Vendo-User-JWT") + " and " + request.rawHeader("Authorization"),
                    QNetworkReply::NoError,
                    QString(),
                    {},
                    false,
                    64 * 1024
                };
            return CannedResponse::json(200,
                                        "{\"access_token\":\"" + kProviderToken.toLatin1()
                                            + "\",\"expires_at\":null,\"token_type\":\"Bearer\"}");
        });
        RequestLog log;
        QSignalSpy added(&log, &RequestLog::entryAdded);
        const VendoClient client = VendoClient(&network, loopbackProfile(), canaryApiKey())
                                       .withRequestLog(&log)
                                       .withRetryPolicy(RetryPolicy::immediate(2))
                                       .forUser(canaryJwt())
                                       .value();
        QVERIFY(waitToken(client.token(QStringLiteral("github")))->ok());
        QVERIFY(waitConnections(client.connections())->ok());
        QVERIFY(!waitToken(client.token(QStringLiteral("echo")))->ok());
        QVERIFY(waitWhoami(client.whoami(Identity::As::User)));

        QCOMPARE(log.entries().size(), 5); // token, connections, echo x2, whoami
        QCOMPARE(added.count(), 5);
        const QByteArray exported = log.exportJson();
        for (const QString &canary : canaries())
            QVERIFY2(!exported.contains(canary.toUtf8()), qPrintable(canary));
        for (const QList<QVariant> &arguments : std::as_const(added)) {
            const QByteArray json
                = QJsonDocument(arguments.at(0).value<RequestLogEntry>().toJson()).toJson(QJsonDocument::Compact);
            for (const QString &canary : canaries())
                QVERIFY2(!json.contains(canary.toUtf8()), qPrintable(canary));
        }

        // What is shown instead, and that the log stays useful.
        const RequestLogEntry &first = log.entries().constFirst();
        QCOMPARE(first.identityTransport, QStringLiteral("header"));
        QCOMPARE(first.httpStatus, 200);
        QCOMPARE(first.method, QStringLiteral("GET"));
        QVERIFY(first.url.endsWith(QLatin1String("/credentials/github")));
        const auto header = [](const RequestLogEntry &entry, const char *name) {
            for (const auto &[n, v] : entry.requestHeaders) {
                if (n.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                    return v;
            }
            return QString();
        };
        QCOMPARE(header(first, "Authorization"), QStringLiteral("Bearer vendo_sk_CAN\u2026"));
        QVERIFY(header(first, "X-Vendo-User-JWT").endsWith(QLatin1String(".<signature redacted>")));
        QVERIFY(first.responseBody.contains(QStringLiteral("ghp_\u2026(33 chars)")));
        const RequestLogEntry &connectionsEntry = log.entries().at(1);
        QVERIFY(connectionsEntry.responseBody.contains(QLatin1String("\"slug\":\"openai\"")));
        const RequestLogEntry &last = log.entries().constLast();
        QCOMPARE(last.identityTransport, QStringLiteral("bearer"));
        QVERIFY(header(last, "Authorization").endsWith(QLatin1String(".<signature redacted>")));
        QVERIFY(log.entries().at(2).willRetry);
        QCOMPARE(log.entries().at(3).attempt, 2);
    }

    // Issue 19 item 12: each entry names the identity it was made for, by a fingerprint that is not the
    // token (nor any part of it); the app's own requests name none. A report takes one identity's entries.
    void entriesNameTheirIdentityByFingerprint()
    {
        FakeNetworkAccessManager network;
        network.setHandler([](const QNetworkRequest &) {
            return CannedResponse::json(200, "{\"access_token\":\"t0ken-value-000\",\"expires_at\":null}");
        });
        RequestLog log;
        const VendoClient app = VendoClient(&network, loopbackProfile(), canaryApiKey()).withRequestLog(&log);
        const QString other = canaryJwt().section(QLatin1Char('.'), 0, 1) + QStringLiteral(".b3RoZXItc2lnbmF0dXJl");
        QVERIFY(waitToken(app.forUser(canaryJwt()).value().token(QStringLiteral("github"))));
        QVERIFY(waitToken(app.forUser(other).value().token(QStringLiteral("github"))));
        QVERIFY(waitToken(app.forUser(QStringLiteral("  ") + canaryJwt()).value().token(QStringLiteral("gmail"))));
        QVERIFY(waitWhoami(app.whoami(Identity::As::App)));
        QCOMPARE(log.entries().size(), 4);

        const QString mine = RequestLog::identityFingerprint(canaryJwt());
        QVERIFY(mine.startsWith(QLatin1String("id-")));
        QCOMPARE(mine.size(), 19);
        QCOMPARE(log.entries().at(0).identity, mine);
        QCOMPARE(log.entries().at(2).identity, mine); // the same token, however it was spaced
        QVERIFY(log.entries().at(1).identity != mine); // same header and payload, another signature
        QVERIFY(!log.entries().at(1).identity.isEmpty());
        QVERIFY(log.entries().at(3).identity.isEmpty()); // as the app
        QCOMPARE(RequestLog::identityFingerprint(QString()), QString());

        QCOMPARE(log.entriesFor(mine).size(), 2);
        QCOMPARE(log.entriesFor(QString()).size(), 1);
        QCOMPARE(log.entries().at(0).toJson().value(QLatin1String("identity")).toString(), mine);
        QVERIFY(log.entries().at(3).toJson().value(QLatin1String("identity")).isNull());
    }

    void capacityAndClear()
    {
        RequestLog log;
        log.setCapacity(3);
        for (int i = 0; i < 5; ++i) {
            RequestLog::RawAttempt raw;
            raw.url = QUrl(QStringLiteral("http://127.0.0.1/%1").arg(i));
            log.record(raw, {});
        }
        QCOMPARE(log.entries().size(), 3);
        QCOMPARE(log.entries().constFirst().sequence, quint64(3));
        QSignalSpy cleared(&log, &RequestLog::cleared);
        log.clear();
        QCOMPARE(log.entries().size(), 0);
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(QJsonDocument::fromJson(log.exportJson()).object().value(QLatin1String("entries")).toArray().size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"

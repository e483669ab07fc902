// forUser / forRequest, the headers every request carries, the immutability of the original client,
// and the bulk-then-single token strategy, over a fake QNetworkAccessManager.
#include "ClientTestSupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace vendo::client;
using namespace vendo::test;
using Kind = VendoError::Kind;

Q_DECLARE_METATYPE(vendo::client::VendoError::Kind)

using HeaderMap = QMap<QString, QString>;

namespace {

QByteArray tokenBody(const QByteArray &token)
{
    return "{\"access_token\":\"" + token + "\",\"expires_at\":\"2026-01-01T01:00:00Z\",\"token_type\":\"Bearer\"}";
}

} // namespace

class TestScoping : public QObject
{
    Q_OBJECT

    FakeNetworkAccessManager m_network;

    VendoClient base() { return VendoClient(&m_network, loopbackProfile(), canaryApiKey()); }

private slots:
    void init()
    {
        m_network.clearRequests();
        m_network.setHandler(
            [](const QNetworkRequest &) { return CannedResponse::json(200, tokenBody("tok_1234567")); });
    }

    void forUserReturnsANewClientAndLeavesTheOriginalUnchanged()
    {
        const VendoClient original = base();
        const auto scoped = original.forUser(QStringLiteral("  ") + canaryJwt() + QStringLiteral("\n"));
        QVERIFY(scoped);
        QVERIFY(scoped->isScoped());
        QVERIFY(!original.isScoped());
        QCOMPARE(scoped->redactedJwt(), original.forUser(canaryJwt())->redactedJwt()); // trimmed
        QCOMPARE(scoped->apiKeyPrefix(), original.apiKeyPrefix());
        QCOMPARE(scoped->profile().baseUrl, original.profile().baseUrl);
        QCOMPARE(scoped->apiVersion(), original.apiVersion());

        // What goes on the wire proves it: the original still sends no identity.
        QVERIFY(waitToken(original.token(QStringLiteral("github"))));
        QVERIFY(m_network.requests().constLast().rawHeader("X-Vendo-User-JWT").isEmpty());
        QVERIFY(waitToken(scoped->token(QStringLiteral("github"))));
        QCOMPARE(m_network.requests().constLast().rawHeader("X-Vendo-User-JWT"), canaryJwt().toLatin1());
        QVERIFY(waitToken(original.token(QStringLiteral("github"))));
        QVERIFY(m_network.requests().constLast().rawHeader("X-Vendo-User-JWT").isEmpty());

        // Re-scoping a scoped client gives a third client; the second keeps its user.
        const auto other = scoped->forUser(QStringLiteral("a.b.c"));
        QVERIFY(other);
        QVERIFY(scoped->redactedJwt() != other->redactedJwt());
    }

    void forRequest_data()
    {
        QTest::addColumn<HeaderMap>("headers");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Kind>("kind");
        const QString jwt = canaryJwt();
        QTest::newRow("canonical") << QMap<QString, QString> { { QStringLiteral("X-Vendo-User-JWT"), jwt } } << true
                                   << Kind::Base;
        QTest::newRow("lower case") << QMap<QString, QString> { { QStringLiteral("x-vendo-user-jwt"), jwt } } << true
                                    << Kind::Base;
        QTest::newRow("upper case") << QMap<QString, QString> { { QStringLiteral("X-VENDO-USER-JWT"), jwt } } << true
                                    << Kind::Base;
        QTest::newRow("padded value") << QMap<QString, QString> {
            { QStringLiteral("X-Vendo-User-Jwt"), QStringLiteral("\t ") + jwt + QStringLiteral(" ") }
        } << true << Kind::Base;
        QTest::newRow("missing") << QMap<QString, QString> { { QStringLiteral("Authorization"),
                                                               QStringLiteral("Bearer x") } }
                                 << false << Kind::IdentityNotPresent;
        QTest::newRow("empty map") << QMap<QString, QString> {} << false << Kind::IdentityNotPresent;
        QTest::newRow("empty value") << QMap<QString, QString> { { QStringLiteral("X-Vendo-User-JWT"), QString() } }
                                     << false << Kind::IdentityNotPresent;
        QTest::newRow("whitespace value")
            << QMap<QString, QString> { { QStringLiteral("X-Vendo-User-JWT"), QStringLiteral(" \t ") } } << false
            << Kind::IdentityNotPresent;
        QTest::newRow("similar name") << QMap<QString, QString> { { QStringLiteral("X-Vendo-User-JWTs"), jwt } }
                                      << false << Kind::IdentityNotPresent;
        QTest::newRow("absurdly long") << QMap<QString, QString> { { QStringLiteral("X-Vendo-User-JWT"),
                                                                     QString(100'000, QLatin1Char('a')) } }
                                       << false << Kind::InvalidInput;
    }

    void forRequest()
    {
        QFETCH(HeaderMap, headers);
        QFETCH(bool, ok);
        QFETCH(Kind, kind);
        const VendoClient original = base();
        const auto scoped = original.forRequest(headers);
        QCOMPARE(scoped.has_value(), ok);
        if (ok) {
            QCOMPARE(scoped->redactedJwt(), original.forUser(canaryJwt())->redactedJwt());
        } else {
            QCOMPARE(scoped.error().kind, kind);
            QCOMPARE(scoped.error().category(), VendoError::Category::Local);
        }
        // Pair list and header list overloads agree.
        QList<QPair<QByteArray, QByteArray>> pairs;
        for (auto it = headers.begin(); it != headers.end(); ++it)
            pairs.append({ it.key().toLatin1(), it.value().toLatin1() });
        QCOMPARE(original.forRequest(pairs).has_value(), ok);
        QVERIFY(!original.isScoped());
    }

    void identityHeadersAreReported()
    {
        const HeaderList headers = {
            { QStringLiteral("x-vendo-user-jwt"), canaryJwt() },
            { QStringLiteral("X-Vendo-User-Id"), QStringLiteral(" a11ce000 ") },
            { QStringLiteral("x-vendo-user-email"), QStringLiteral("alice@acme.example") },
            { QStringLiteral("X-VENDO-USER-NAME"), QStringLiteral("Alice") },
            { QStringLiteral("X-Vendo-User-Tenant-Id"), QStringLiteral("tn_acme") },
            { QStringLiteral("X-Vendo-User-Role"), QStringLiteral("authenticated") },
            { QStringLiteral("X-Other"), QStringLiteral("x") },
        };
        const auto identity = identityFromHeaders(headers);
        QVERIFY(identity);
        QCOMPARE(identity->jwt, canaryJwt());
        QCOMPARE(identity->identityHeaders.size(), 5);
        QCOMPARE(identity->identityHeaders.value(QStringLiteral("X-Vendo-User-Id")), QStringLiteral("a11ce000"));
        QCOMPARE(identity->identityHeaders.value(QStringLiteral("X-Vendo-User-Email")),
                 QStringLiteral("alice@acme.example"));
        QCOMPARE(identity->identityHeaders.value(QStringLiteral("X-Vendo-User-Tenant-Id")), QStringLiteral("tn_acme"));
    }

    void noApiKeyRaisesVendoOnlyFeatureBeforeAnyNetworkCall()
    {
        const VendoClient noKey(&m_network, loopbackProfile(), QStringLiteral("   "));
        QVERIFY(!noKey.hasApiKey());
        QCOMPARE(noKey.forUser(canaryJwt()).error().kind, Kind::VendoOnlyFeature);
        QCOMPARE(noKey.forRequest(QMap<QString, QString> { { QStringLiteral("X-Vendo-User-JWT"), canaryJwt() } })
                     .error()
                     .kind,
                 Kind::VendoOnlyFeature);
        // Even with no identity at all, the missing key is reported first (as the SDKs do).
        QCOMPARE(noKey.forRequest(QMap<QString, QString> {}).error().kind, Kind::VendoOnlyFeature);
        QCOMPARE(noKey.forRequest(QByteArray("garbage")).error().kind, Kind::VendoOnlyFeature);
        QCOMPARE(waitConnections(noKey.connections())->value.error().kind, Kind::VendoOnlyFeature);
        QCOMPARE(waitTokens(noKey.tokens({ QStringLiteral("a"), QStringLiteral("b") }))->at(1).value.error().kind,
                 Kind::VendoOnlyFeature);
        QCOMPARE(waitWhoami(noKey.whoami())->value.error().kind, Kind::VendoOnlyFeature);
        QCOMPARE(m_network.requests().size(), 0);
    }

    void requestHeaders_data()
    {
        QTest::addColumn<bool>("scoped");
        QTest::addColumn<bool>("bearerTransport");
        QTest::addColumn<bool>("whoamiAsUser");
        QTest::addColumn<QString>("authorization"); // "key" or "jwt"
        QTest::addColumn<bool>("jwtHeader");
        QTest::newRow("unscoped") << false << false << false << "key" << false;
        QTest::newRow("scoped, header transport") << true << false << false << "key" << true;
        QTest::newRow("scoped, bearer transport") << true << true << false << "jwt" << false;
        QTest::newRow("whoami as user") << true << false << true << "jwt" << false;
    }

    void requestHeaders()
    {
        QFETCH(bool, scoped);
        QFETCH(bool, bearerTransport);
        QFETCH(bool, whoamiAsUser);
        QFETCH(QString, authorization);
        QFETCH(bool, jwtHeader);
        m_network.setHandler([](const QNetworkRequest &) {
            return CannedResponse::json(200, "{\"balance_usd\":1.5,\"tenant_id\":\"tn_acme\"}");
        });
        VendoClient client = base().withApiVersion(QStringLiteral("2030-01-01"));
        if (bearerTransport)
            client = client.withIdentityTransport(IdentityTransport::Bearer);
        if (scoped)
            client = client.forUser(canaryJwt()).value();
        const auto result = waitWhoami(client.whoami(whoamiAsUser ? Identity::As::User : Identity::As::App));
        QVERIFY(result && result->ok());
        QCOMPARE(result->value->tenantId, QStringLiteral("tn_acme"));
        const QNetworkRequest request = m_network.requests().constLast();
        QCOMPARE(request.url().path(), QStringLiteral("/api/v1/balance"));
        const QString expectedBearer = authorization == QLatin1String("key") ? canaryApiKey() : canaryJwt();
        QCOMPARE(request.rawHeader("Authorization"), QByteArray("Bearer ") + expectedBearer.toLatin1());
        QCOMPARE(request.hasRawHeader("X-Vendo-User-JWT"), jwtHeader);
        QCOMPARE(request.rawHeader("Vendo-API-Version"), QByteArray("2030-01-01"));
        QCOMPARE(request.rawHeader("Accept"), QByteArray("application/json"));
        QCOMPARE(request.rawHeader("User-Agent"), QByteArray("VendoInspector/" VENDO_VERSION));
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::UserVerifiedRedirectPolicy));
    }

    void defaultApiVersionIsTheContracts()
    {
        QVERIFY(waitToken(base().token(QStringLiteral("x"))));
        QCOMPARE(m_network.requests().constLast().rawHeader("Vendo-API-Version"), QByteArray("2026-05-07"));
        QCOMPARE(base().timeout(), std::chrono::milliseconds(30'000));
        QCOMPARE(base().retryPolicy().maxAttempts, 3);
        QCOMPARE(base().retryPolicy().baseDelayMs, 500);
        QCOMPARE(base().retryPolicy().maxDelayMs, 10'000);
    }

    void defaultConstructedClientIsInert()
    {
        const VendoClient none;
        QVERIFY(!none.hasApiKey());
        QCOMPARE(none.forUser(canaryJwt()).error().kind, Kind::VendoOnlyFeature);
        QCOMPARE(waitToken(none.token(QStringLiteral("a")))->value.error().kind, Kind::VendoOnlyFeature);
    }

    void whoamiAsUserNeedsAScopedClient()
    {
        const auto result = waitWhoami(base().whoami(Identity::As::User));
        QCOMPARE(result->value.error().kind, Kind::IdentityNotPresent);
        QCOMPARE(m_network.requests().size(), 0);
    }

    void endpoints()
    {
        m_network.setHandler([](const QNetworkRequest &) { return CannedResponse::json(200, "{\"connections\":[]}"); });
        QVERIFY(waitConnections(base().connections())->ok());
        QCOMPARE(m_network.requests().constLast().url().toString(),
                 QStringLiteral("http://127.0.0.1:9/api/deployments/me/connections"));
        QVERIFY(waitConnections(base().connections(true))->ok());
        QCOMPARE(m_network.requests().constLast().url().query(), QStringLiteral("sandbox=1"));
    }

    void connectionsAreParsedAndSecretsMasked()
    {
        const QByteArray body = "{\"connections\":[{\"id\":\"c1\",\"slug\":\"openai\",\"display_name\":\"OpenAI\","
                                "\"category\":\"llm\",\"profile\":\"byok_static\",\"status\":\"connected\","
                                "\"api_key\":\"sk-SECRETSECRETSECRET\",\"base_url\":\"https://api.openai.com\","
                                "\"metadata\":{\"credential\":{\"client_secret\":\"CSECRETCSECRET\",\"n\":5},"
                                "\"plan\":\"pro\"},\"context\":null,\"setup_url\":\"https://x/?key=APPKEYAPPKEY\","
                                "\"error_message\":null,\"exclusive\":true}]}";
        m_network.setHandler([body](const QNetworkRequest &) { return CannedResponse::json(200, body); });
        const auto result = waitConnections(base().connections());
        QVERIFY(result && result->ok());
        QCOMPARE(result->value->size(), 1);
        const Connection &c = result->value->constFirst();
        QCOMPARE(c.slug, QStringLiteral("openai"));
        QCOMPARE(c.profile, QStringLiteral("byok_static"));
        QCOMPARE(c.status, QStringLiteral("connected"));
        QVERIFY(c.hasApiKey);
        QVERIFY(c.hasSetupUrl);
        QVERIFY(c.exclusive);
        const QByteArray redacted = QJsonDocument(c.redacted).toJson();
        QVERIFY(!redacted.contains("SECRETSECRET"));
        QVERIFY(!redacted.contains("CSECRETCSECRET"));
        QVERIFY(!redacted.contains("APPKEYAPPKEY"));
        QVERIFY(redacted.contains("\"plan\": \"pro\""));
    }

    void bulkThenSingleForNullSlugs()
    {
        m_network.setHandler([](const QNetworkRequest &request) {
            const QString path = request.url().path();
            if (path.endsWith(QLatin1String("/_bulk")))
                return CannedResponse::json(200,
                                            "{\"tokens\":{\"openai\":{\"access_token\":\"tok_openai1\","
                                            "\"expires_at\":null},\"github\":null,\"slack\":null}}");
            if (path.endsWith(QLatin1String("/github")))
                return CannedResponse::json(403, "{\"error\":{\"code\":\"binding_missing\",\"message\":\"m\"}}");
            return CannedResponse::json(200, tokenBody("tok_slack12"));
        });
        TokensJob *job = base().tokens({ QStringLiteral("openai"), QStringLiteral("github"), QStringLiteral("slack") });
        QSignalSpy each(job, &TokensJob::tokenFinished);
        const auto results = waitTokens(job);
        QVERIFY(results);
        QCOMPARE(each.count(), 3);
        QCOMPARE(results->size(), 3);
        QCOMPARE(results->at(0).slug, QStringLiteral("openai"));
        QVERIFY(results->at(0).ok());
        QVERIFY(results->at(0).viaBulk);
        QCOMPARE(results->at(1).value.error().kind, Kind::NotConnected);
        QCOMPARE(results->at(1).value.error().slug, QStringLiteral("github"));
        QCOMPARE(results->at(1).meta.httpStatus, 403);
        QVERIFY(!results->at(1).viaBulk);
        QVERIFY(results->at(2).ok());
        QCOMPARE(results->at(2).value->accessToken, QStringLiteral("tok_slack12"));
        // One bulk, then exactly the two null slugs.
        QCOMPARE(m_network.requests().size(), 3);
        QCOMPARE(m_network.requests().at(0).url().query(QUrl::FullyDecoded),
                 QStringLiteral("slugs=openai,github,slack"));
    }

    void bulkFailureFallsBackToSingles()
    {
        m_network.setHandler([](const QNetworkRequest &request) {
            if (request.url().path().endsWith(QLatin1String("/_bulk")))
                return CannedResponse::json(404, "{\"error\":\"not_found\",\"detail\":\"no bulk here\"}");
            return CannedResponse::json(200, tokenBody("tok_single1"));
        });
        const auto results = waitTokens(base().tokens({ QStringLiteral("a"), QStringLiteral("b") }));
        QVERIFY(results);
        QVERIFY(results->at(0).ok() && results->at(1).ok());
        QCOMPARE(m_network.requests().size(), 3);
    }

    void tokensCancel()
    {
        CannedResponse hang;
        hang.hang = true;
        m_network.setHandler([hang](const QNetworkRequest &) { return hang; });
        TokensJob *job = base().tokens({ QStringLiteral("a"), QStringLiteral("b") });
        QSignalSpy started(job, &VendoJob::attemptStarted);
        QSignalSpy spy(job, &TokensJob::finished);
        QVERIFY(started.wait());
        job->cancel();
        QVERIFY(spy.count() == 1 || spy.wait());
        const auto results = spy.at(0).at(0).value<QList<TokenResult>>();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).value.error().kind, Kind::Cancelled);
    }

    void pastedBlockScoping()
    {
        const QByteArray block
            = "GET /api/x HTTP/1.1\nHost: example.com\nx-vendo-user-jwt: " + canaryJwt().toLatin1() + "\n";
        const auto scoped = base().forRequest(block);
        QVERIFY(scoped);
        QVERIFY(scoped->isScoped());
        QCOMPARE(base().forRequest(block, 3).error().kind, Kind::InvalidInput);
        QCOMPARE(base().forRequest(QByteArray("Host: x\n")).error().kind, Kind::IdentityNotPresent);
    }
};

QTEST_GUILESS_MAIN(TestScoping)
#include "tst_scoping.moc"

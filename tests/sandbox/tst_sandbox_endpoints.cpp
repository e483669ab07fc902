#include "FakeClock.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using vendo::sandbox::MintOptions;
using vendo::sandbox::RecordedRequest;
using vendo::sandbox::SandboxServer;

class TestSandboxEndpoints : public QObject
{
    Q_OBJECT

private:
    QByteArray mint(const QString &user, MintOptions::Variant variant = MintOptions::Variant::Valid)
    {
        MintOptions options;
        options.variant = variant;
        const auto minted = m_server.mintToken(user, options);
        if (!minted)
            qFatal("minting failed: %s", qPrintable(minted.error().message));
        return minted->toUtf8();
    }
    SandboxHttp::Headers demo(const QByteArray &jwt = {}) { return SandboxHttp::withKey(m_server.demoApiKey(), jwt); }

    SandboxServer m_server;
    SandboxHttp m_http;

private slots:
    void initTestCase()
    {
        const auto started = m_server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    }

    void listensOnARandomLoopbackPort()
    {
        QCOMPARE(m_server.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_server.port() != 0);
        QCOMPARE(m_server.credentialsUrl().path(), QStringLiteral("/credentials"));
        QCOMPARE(m_server.jwksUrl().path(), QStringLiteral("/auth/v1/.well-known/jwks.json"));
        SandboxServer second;
        QVERIFY(second.start());
        QVERIFY(second.port() != m_server.port());
    }

    void reportsAPortInUse()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        SandboxServer server;
        const auto started = server.start(QHostAddress::LocalHost, occupant.serverPort());
        QVERIFY(!started);
        QCOMPARE(started.error().kind, vendo::sandbox::SandboxError::Kind::Listen);
        QVERIFY(started.error().toString().contains(QString::number(occupant.serverPort())));
    }

    void tokenAnswersWithTheDocumentedShape()
    {
        const Exchange answer = m_http.get(tokenUrl(m_server, QStringLiteral("openai")), demo());
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(answer.header("X-Request-Id").startsWith("sbx-"));
        const QJsonObject token = answer.json();
        QVERIFY(
            token.value(QStringLiteral("access_token")).toString().startsWith(QLatin1String("sbx_fake_at_openai_")));
        QCOMPARE(token.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        const QDateTime expires
            = QDateTime::fromString(token.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
        QVERIFY(expires.isValid());
        QVERIFY(expires > QDateTime::currentDateTimeUtc());
    }

    void tokenOutcomesFollowTheConnection_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("slug");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        QTest::newRow("pool connected") << seeded::alice << "openai" << 200 << QString();
        QTest::newRow("composio connected") << seeded::alice << "gemini" << 200 << QString();
        QTest::newRow("needs reauth") << seeded::alice << "notion" << 401 << "connection_needs_reauth";
        QTest::newRow("revoked") << seeded::alice << "github" << 403 << "connection_revoked";
        QTest::newRow("webhook has no token") << seeded::alice << "telegram" << 500 << "profile_unsupported";
        QTest::newRow("available, not connected") << seeded::alice << "supabase" << 403 << "binding_missing";
        QTest::newRow("known provider, no binding") << seeded::alice << "stripe" << 403 << "binding_missing";
        QTest::newRow("unknown provider") << seeded::alice << "no-such-provider" << 404 << "provider_unknown";
        QTest::newRow("erroring") << seeded::bob << "gmail" << 502 << "upstream_error";
        QTest::newRow("other tenant's user") << seeded::carol << "notion" << 200 << QString();
        QTest::newRow("user without connections") << seeded::dave << "openai" << 403 << "binding_missing";
        QTest::newRow("app scope") << QString() << "anthropic" << 200 << QString();
        QTest::newRow("app scope, not the app's") << QString() << "gmail" << 403 << "binding_missing";
    }
    void tokenOutcomesFollowTheConnection()
    {
        QFETCH(QString, user);
        QFETCH(QString, slug);
        QFETCH(int, status);
        QFETCH(QString, code);
        const Exchange answer = m_http.get(tokenUrl(m_server, slug), demo(user.isEmpty() ? QByteArray() : mint(user)));
        QCOMPARE(answer.status, status);
        QCOMPARE(QString::fromUtf8(answer.header("Vendo-Error-Code")), code);
        if (!code.isEmpty()) {
            const QJsonObject error = answer.json().value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
            QCOMPARE(error.value(QStringLiteral("slug")).toString(), slug);
            QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        }
        if (code == QLatin1String("connection_needs_reauth"))
            QVERIFY(answer.json()[QStringLiteral("error")][QStringLiteral("connect_url")].toString().startsWith(
                m_server.baseUrl().toString()));
    }

    void tokenWithoutExpiryHasNullExpiresAt()
    {
        const Exchange answer = m_http.get(tokenUrl(m_server, QStringLiteral("anthropic")), demo(mint(seeded::alice)));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.json().value(QStringLiteral("expires_at")).isNull());
    }

    void bulkGivesNullForUnresolvableSlugs()
    {
        const Exchange answer = m_http.get(
            endpoint(m_server, QStringLiteral("/credentials/_bulk?slugs=openai,notion,nope,fault-rate-limited,gemini")),
            demo(mint(seeded::alice)));
        QCOMPARE(answer.status, 200);
        const QJsonObject tokens = answer.json().value(QStringLiteral("tokens")).toObject();
        QCOMPARE(tokens.size(), 5);
        QVERIFY(tokens.value(QStringLiteral("openai")).toObject().contains(QStringLiteral("access_token")));
        QVERIFY(tokens.value(QStringLiteral("openai")).toObject().contains(QStringLiteral("expires_at")));
        QVERIFY(tokens.value(QStringLiteral("gemini")).isObject());
        QVERIFY(tokens.value(QStringLiteral("notion")).isNull());
        QVERIFY(tokens.value(QStringLiteral("nope")).isNull());
        QVERIFY(tokens.value(QStringLiteral("fault-rate-limited")).isNull());
    }

    void bulkWithoutSlugsIsAValidationError()
    {
        const Exchange answer = m_http.get(endpoint(m_server, QStringLiteral("/credentials/_bulk?slugs=,")), demo());
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.header("Vendo-Error-Code"), QByteArray("validation_failed"));
    }

    void connectionsListTheScopedUsersConnections_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("count");
        QTest::newRow("alice") << seeded::alice << 9;
        QTest::newRow("bob") << seeded::bob << 4;
        QTest::newRow("dave has none") << seeded::dave << 0;
        QTest::newRow("the app itself") << QString() << 4;
    }
    void connectionsListTheScopedUsersConnections()
    {
        QFETCH(QString, user);
        QFETCH(int, count);
        const Exchange answer = m_http.get(endpoint(m_server, QStringLiteral("/api/deployments/me/connections")),
                                           demo(user.isEmpty() ? QByteArray() : mint(user)));
        QCOMPARE(answer.status, 200);
        const QJsonArray connections = answer.json().value(QStringLiteral("connections")).toArray();
        QCOMPARE(connections.size(), count);
        const QStringList fields { QStringLiteral("id"),
                                   QStringLiteral("slug"),
                                   QStringLiteral("display_name"),
                                   QStringLiteral("category"),
                                   QStringLiteral("profile"),
                                   QStringLiteral("status"),
                                   QStringLiteral("api_key"),
                                   QStringLiteral("base_url"),
                                   QStringLiteral("metadata"),
                                   QStringLiteral("context"),
                                   QStringLiteral("setup_url"),
                                   QStringLiteral("error_message"),
                                   QStringLiteral("env_bootstrap"),
                                   QStringLiteral("exclusive"),
                                   QStringLiteral("logo_url"),
                                   QStringLiteral("brand_color"),
                                   QStringLiteral("docs_url") };
        for (const QJsonValue &value : connections) {
            for (const QString &field : fields)
                QVERIFY2(value.toObject().contains(field), qPrintable(field));
        }
    }

    void connectionsAcceptTheSandboxQuery()
    {
        const Exchange answer
            = m_http.get(endpoint(m_server, QStringLiteral("/api/deployments/me/connections?sandbox=1")), demo());
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QStringLiteral("connections")).toArray().size(), 4);
    }

    void connectionsFailWith500ForErin()
    {
        const Exchange answer = m_http.get(endpoint(m_server, QStringLiteral("/api/deployments/me/connections")),
                                           demo(mint(seeded::erin)));
        QCOMPARE(answer.status, 500);
        QCOMPARE(answer.json(),
                 (QJsonObject {
                     { QStringLiteral("error"),
                       QJsonObject { { QStringLiteral("message"), QStringLiteral("Internal server error") } } } }));
    }

    void balanceAnswersForTheKeyOrTheUser_data()
    {
        QTest::addColumn<QByteArray>("bearer");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("message");
        QTest::newRow("demo key") << m_server.demoApiKey().toUtf8() << 200 << "tn_acme" << QString();
        QTest::newRow("globex key") << seeded::globexKey.toUtf8() << 200 << "tn_globex" << QString();
        QTest::newRow("carol's jwt") << mint(seeded::carol) << 200 << "tn_globex" << QString();
        QTest::newRow("expired jwt") << mint(seeded::carol, MintOptions::Variant::Expired) << 401 << QString()
                                     << "Invalid or revoked token";
        QTest::newRow("revoked key") << seeded::revokedKey.toUtf8() << 401 << QString() << "Invalid or revoked token";
        QTest::newRow("no bearer") << QByteArray() << 401 << QString() << "Missing Bearer token";
        QTest::newRow("frank is rate limited") << mint(seeded::frank) << 429 << QString() << "Rate limit exceeded";
    }
    void balanceAnswersForTheKeyOrTheUser()
    {
        QFETCH(QByteArray, bearer);
        QFETCH(int, status);
        QFETCH(QString, tenant);
        QFETCH(QString, message);
        SandboxHttp::Headers headers;
        if (!bearer.isEmpty())
            headers.append({ QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearer });
        const Exchange answer = m_http.get(endpoint(m_server, QStringLiteral("/api/v1/balance")), headers);
        QCOMPARE(answer.status, status);
        if (status == 200) {
            QCOMPARE(answer.json().value(QStringLiteral("tenant_id")).toString(), tenant);
            QVERIFY(answer.json().value(QStringLiteral("balance_usd")).isDouble());
        } else {
            QCOMPARE(answer.json()[QStringLiteral("error")][QStringLiteral("message")].toString(), message);
        }
        if (status == 429)
            QCOMPARE(answer.header("Retry-After"), QByteArray("60"));
    }

    void apiKeyRules_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("tokenStatus");
        QTest::addColumn<QByteArray>("tokenCode");
        QTest::addColumn<QByteArray>("connectionsCode");
        QTest::addColumn<QString>("connectionsMessage");
        QTest::newRow("missing") << QByteArray() << 401 << QByteArray("app_unknown") << QByteArray()
                                 << "Missing or invalid Bearer token";
        QTest::newRow("unknown key") << QByteArray("Bearer vendo_sk_unknownunknownunknownunknown0000") << 401
                                     << QByteArray("app_unknown") << QByteArray("app_unknown")
                                     << "Invalid or revoked token";
        QTest::newRow("revoked key") << "Bearer " + seeded::revokedKey.toUtf8() << 401 << QByteArray("app_revoked")
                                     << QByteArray("app_revoked") << "Invalid or revoked token";
        QTest::newRow("expired key") << "Bearer " + seeded::expiredKey.toUtf8() << 401 << QByteArray("app_expired")
                                     << QByteArray("app_expired") << "Invalid or revoked token";
        QTest::newRow("basic auth") << QByteArray("Basic dXNlcjpwYXNz") << 401 << QByteArray("app_unknown")
                                    << QByteArray() << "Missing or invalid Bearer token";
        QTest::newRow("garbage bearer") << QByteArray("Bearer not-a-key") << 401 << QByteArray("app_unknown")
                                        << QByteArray("app_unknown") << "Invalid or revoked token";
        QTest::newRow("lowercase scheme")
            << "bearer " + m_server.demoApiKey().toUtf8() << 200 << QByteArray() << QByteArray() << QString();
    }
    void apiKeyRules()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, tokenStatus);
        QFETCH(QByteArray, tokenCode);
        QFETCH(QByteArray, connectionsCode);
        QFETCH(QString, connectionsMessage);
        SandboxHttp::Headers headers;
        if (!authorization.isEmpty())
            headers.append({ QByteArrayLiteral("Authorization"), authorization });

        const Exchange token = m_http.get(tokenUrl(m_server, QStringLiteral("openai")), headers);
        QCOMPARE(token.status, tokenStatus);
        QCOMPARE(token.header("Vendo-Error-Code"), tokenCode);
        if (!tokenCode.isEmpty())
            QCOMPARE(token.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                     QString::fromUtf8(tokenCode));

        const Exchange connections
            = m_http.get(endpoint(m_server, QStringLiteral("/api/deployments/me/connections")), headers);
        QCOMPARE(connections.status, tokenStatus);
        QCOMPARE(connections.header("Vendo-Error-Code"), connectionsCode);
        if (tokenStatus != 200) {
            // docs/service-contract.md: the API's bodies carry a message and no code.
            const QJsonObject error = connections.json().value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("message")).toString(), connectionsMessage);
            QVERIFY(!error.contains(QStringLiteral("code")));
        }
    }

    void scopingVerifiesTheIdentityToken_data()
    {
        QTest::addColumn<QByteArray>("jwt");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        const QByteArray valid = mint(seeded::alice);
        QByteArray tampered = valid;
        const qsizetype payloadAt = tampered.indexOf('.') + 5;
        tampered[payloadAt] = tampered[payloadAt] == 'A' ? 'B' : 'A';
        QTest::newRow("valid") << valid << 200 << QByteArray();
        QTest::newRow("expired") << mint(seeded::alice, MintOptions::Variant::Expired) << 401
                                 << QByteArray("app_expired");
        QTest::newRow("not yet valid") << mint(seeded::alice, MintOptions::Variant::NotYetValid) << 401
                                       << QByteArray("app_unknown");
        QTest::newRow("tampered payload") << tampered << 401 << QByteArray("app_unknown");
        QTest::newRow("wrong signature") << mint(seeded::alice, MintOptions::Variant::WrongSignature) << 401
                                         << QByteArray("app_unknown");
        QTest::newRow("unknown kid") << mint(seeded::alice, MintOptions::Variant::UnknownKid) << 401
                                     << QByteArray("app_unknown");
        QTest::newRow("not a jwt") << QByteArray("hello") << 401 << QByteArray("app_unknown");
        QTest::newRow("whitespace only: app scope") << QByteArray("   ") << 200 << QByteArray();
    }
    void scopingVerifiesTheIdentityToken()
    {
        QFETCH(QByteArray, jwt);
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        SandboxHttp::Headers headers = demo();
        headers.append({ QByteArrayLiteral("x-vendo-user-jwt"), jwt }); // header names are case-insensitive
        const Exchange answer = m_http.get(tokenUrl(m_server, QStringLiteral("openai")), headers);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.header("Vendo-Error-Code"), code);
    }

    void userJwtAsBearerScopesToo()
    {
        // Identity transport "bearer": no API key, the JWT is the bearer.
        SandboxHttp::Headers headers { { QByteArrayLiteral("Authorization"), "Bearer " + mint(seeded::alice) } };
        QCOMPARE(m_http.get(tokenUrl(m_server, QStringLiteral("gmail")), headers).status, 200);
        QCOMPARE(m_http.get(tokenUrl(m_server, QStringLiteral("notion")), headers).status, 401);
    }

    void theLogShowsWhichHeadersArrived()
    {
        QSignalSpy served(&m_server, &SandboxServer::requestServed);
        const int before = m_server.hitCount(QStringLiteral("/credentials/slack"));
        m_http.get(tokenUrl(m_server, QStringLiteral("slack")), demo());
        m_http.get(tokenUrl(m_server, QStringLiteral("slack")), demo(mint(seeded::alice)));
        QCOMPARE(served.size(), 2);
        const auto first = served.at(0).at(0).value<RecordedRequest>();
        const auto second = served.at(1).at(0).value<RecordedRequest>();
        QVERIFY(!first.hasHeader("X-Vendo-User-JWT"));
        QVERIFY(second.hasHeader("X-Vendo-User-JWT"));
        QCOMPARE(second.header("vendo-api-version"), QByteArray("2026-05-07"));
        QCOMPARE(first.status, 500); // the app's own slack connection is a webhook: no token
        QCOMPARE(second.status, 200);
        QCOMPARE(m_server.hitCount(QStringLiteral("/credentials/slack")), before + 2);
        QCOMPARE(m_server.requestLog().last().requestId, second.requestId);
    }

    void wrongMethodsAndUnknownPaths()
    {
        const Exchange post = m_http.post(tokenUrl(m_server, QStringLiteral("openai")), "{}", demo());
        QCOMPARE(post.status, 405);
        QCOMPARE(post.header("Allow"), QByteArray("GET"));
        QCOMPARE(m_http.get(endpoint(m_server, QStringLiteral("/api/nothing")), demo()).status, 404);
        QCOMPARE(m_http.get(endpoint(m_server, QStringLiteral("/credentials/a/b")), demo()).status, 400);
    }

    void percentEncodedSlugsAreDecoded()
    {
        const Exchange answer = m_http.get(tokenUrl(m_server, QStringLiteral("a/b c")), demo());
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.json()[QStringLiteral("error")][QStringLiteral("slug")].toString(), QStringLiteral("a/b c"));
    }

    void sameScenarioGivesTheSameAnswers()
    {
        vendo::test::FakeClock clock(QDateTime::currentDateTimeUtc());
        SandboxServer a;
        SandboxServer b;
        a.setClock(&clock);
        b.setClock(&clock);
        QVERIFY(a.start());
        QVERIFY(b.start());
        const QStringList paths { QStringLiteral("/credentials/openai"),
                                  QStringLiteral("/credentials/fault-flaky"),
                                  QStringLiteral("/credentials/fault-flaky"),
                                  QStringLiteral("/credentials/fault-flaky"),
                                  QStringLiteral("/credentials/fault-spend-cap-monthly"),
                                  QStringLiteral("/credentials/_bulk?slugs=openai,github,nope"),
                                  QStringLiteral("/api/deployments/me/connections"),
                                  QStringLiteral("/api/v1/balance") };
        for (const QString &path : paths) {
            const Exchange fromA = m_http.get(endpoint(a, path), SandboxHttp::withKey(a.demoApiKey()));
            const Exchange fromB = m_http.get(endpoint(b, path), SandboxHttp::withKey(b.demoApiKey()));
            QCOMPARE(fromA.status, fromB.status);
            QCOMPARE(fromA.header("Retry-After"), fromB.header("Retry-After"));
            // Origins differ by port; everything else must be byte-identical.
            QByteArray bodyA = fromA.body;
            QByteArray bodyB = fromB.body;
            bodyA.replace(a.baseUrl().toString().toUtf8(), "ORIGIN");
            bodyB.replace(b.baseUrl().toString().toUtf8(), "ORIGIN");
            QCOMPARE(bodyA, bodyB);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxEndpoints)
#include "tst_sandbox_endpoints.moc"

#include "SandboxFixture.h"
#include "jwt/JwkSet.h"
#include "jwt/JwtDecoder.h"
#include "jwt/SignatureVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using vendo::sandbox::MintOptions;
using vendo::sandbox::SandboxServer;
namespace jwt = vendo::jwt;

class TestSandboxIdentity : public QObject
{
    Q_OBJECT

private:
    jwt::JwkSet servedKeys()
    {
        const Exchange answer = m_http.get(m_server.jwksUrl());
        if (answer.status != 200)
            qFatal("JWKS answered %d", answer.status);
        auto keys = jwt::JwkSet::fromJson(answer.body);
        if (!keys)
            qFatal("JWKS unreadable: %s", qPrintable(keys.error().message));
        return keys.value();
    }
    QString mint(const QString &user, MintOptions options = {})
    {
        const auto minted = m_server.mintToken(user, options);
        if (!minted)
            qFatal("minting failed: %s", qPrintable(minted.error().message));
        return *minted;
    }

    SandboxServer m_server;
    SandboxHttp m_http;

private slots:
    void initTestCase()
    {
        const auto started = m_server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    }

    void jwksPublishesOneEs256Key()
    {
        const Exchange answer = m_http.get(m_server.jwksUrl());
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
        const QJsonArray keys = answer.json().value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        const QJsonObject key = keys.first().toObject();
        QCOMPARE(key.value(QStringLiteral("kty")).toString(), QStringLiteral("EC"));
        QCOMPARE(key.value(QStringLiteral("crv")).toString(), QStringLiteral("P-256"));
        QCOMPARE(key.value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
        QCOMPARE(key.value(QStringLiteral("kid")).toString(), m_server.keyId());
        QVERIFY(!key.contains(QStringLiteral("d"))); // never the private part
    }

    void mintedTokensVerifyAgainstTheServedJwks_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<int>("expected");
        QTest::newRow("valid") << int(MintOptions::Variant::Valid) << int(jwt::SignatureStatus::Valid);
        QTest::newRow("expired (signature still fine)")
            << int(MintOptions::Variant::Expired) << int(jwt::SignatureStatus::Valid);
        QTest::newRow("not yet valid") << int(MintOptions::Variant::NotYetValid) << int(jwt::SignatureStatus::Valid);
        QTest::newRow("wrong signature") << int(MintOptions::Variant::WrongSignature)
                                         << int(jwt::SignatureStatus::Invalid);
        QTest::newRow("unknown kid") << int(MintOptions::Variant::UnknownKid) << int(jwt::SignatureStatus::KeyNotFound);
    }
    void mintedTokensVerifyAgainstTheServedJwks()
    {
        QFETCH(int, variant);
        QFETCH(int, expected);
        MintOptions options;
        options.variant = static_cast<MintOptions::Variant>(variant);
        const auto decoded = jwt::decode(mint(seeded::alice, options).toUtf8());
        QVERIFY(decoded.structureOk());
        QCOMPARE(decoded.alg(), QStringLiteral("ES256"));
        QCOMPARE(int(jwt::SignatureVerifier::verify(decoded, servedKeys()).status), expected);
    }

    void aTamperedTokenDoesNotVerify()
    {
        const QString token = mint(seeded::bob);
        const QStringList parts = token.split(QLatin1Char('.'));
        QJsonObject claims
            = QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
                  .object();
        claims.insert(QStringLiteral("sub"), seeded::alice); // impersonation attempt
        const QByteArray forgedPayload = QJsonDocument(claims)
                                             .toJson(QJsonDocument::Compact)
                                             .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QByteArray forged = parts.at(0).toLatin1() + '.' + forgedPayload + '.' + parts.at(2).toLatin1();
        QCOMPARE(jwt::SignatureVerifier::verify(jwt::decode(forged), servedKeys()).status,
                 jwt::SignatureStatus::Invalid);
        // ... and the server refuses it.
        const Exchange answer = m_http.get(tokenUrl(m_server, QStringLiteral("gmail")),
                                           SandboxHttp::withKey(m_server.demoApiKey(), forged));
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.header("Vendo-Error-Code"), QByteArray("app_unknown"));
    }

    void mintedClaimsAreSupabaseStyle()
    {
        const auto decoded = jwt::decode(mint(seeded::carol).toUtf8());
        QVERIFY(decoded.payload);
        const QJsonObject claims = *decoded.payload;
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(),
                 m_server.baseUrl().toString() + QStringLiteral("/auth/v1"));
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), QStringLiteral("authenticated"));
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), seeded::carol);
        QCOMPARE(claims.value(QStringLiteral("email")).toString(), QStringLiteral("carol@globex.example"));
        QCOMPARE(claims.value(QStringLiteral("role")).toString(), QStringLiteral("authenticated"));
        QCOMPARE(claims[QStringLiteral("app_metadata")][QStringLiteral("tenant_id")].toString(),
                 QStringLiteral("tn_globex"));
        QVERIFY(!claims.value(QStringLiteral("session_id")).toString().isEmpty());
        QCOMPARE(claims.value(QStringLiteral("aal")).toString(), QStringLiteral("aal1"));
        const qint64 lifetime
            = claims.value(QStringLiteral("exp")).toInteger() - claims.value(QStringLiteral("iat")).toInteger();
        QCOMPARE(lifetime, 3600);
        QCOMPARE(decoded.kid(), m_server.keyId());
    }

    void extraClaimsAndLifetime()
    {
        MintOptions options;
        options.lifetime = std::chrono::seconds(90);
        options.extraClaims = { { QStringLiteral("role"), QStringLiteral("service_role") },
                                { QStringLiteral("aal"), QJsonValue(QJsonValue::Null) } };
        const QJsonObject claims = *jwt::decode(mint(seeded::alice, options).toUtf8()).payload;
        QCOMPARE(claims.value(QStringLiteral("role")).toString(), QStringLiteral("service_role"));
        QVERIFY(!claims.contains(QStringLiteral("aal")));
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger() - claims.value(QStringLiteral("iat")).toInteger(), 90);
    }

    void unknownUserCannotBeMinted()
    {
        const auto minted = m_server.mintToken(QStringLiteral("nobody"));
        QVERIFY(!minted);
        QCOMPARE(minted.error().kind, vendo::sandbox::SandboxError::Kind::UnknownUser);
    }

    void adminApiListsUsers()
    {
        const Exchange answer = m_http.get(endpoint(m_server, QStringLiteral("/sandbox/users")));
        QCOMPARE(answer.status, 200);
        const QJsonArray users = answer.json().value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), m_server.users().size());
        QCOMPARE(users.first()[QStringLiteral("id")].toString(), seeded::alice);
        QVERIFY(users.first()[QStringLiteral("connections")].toArray().contains(QStringLiteral("gmail")));
    }

    void adminApiMints_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("postBody");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("serviceStatus"); // what the credentials endpoint then says about the token

        const QString userToken = QStringLiteral("/sandbox/users/") + seeded::alice + QStringLiteral("/token");
        QTest::newRow("get valid") << userToken << QByteArray() << 200 << 200;
        QTest::newRow("get expired") << userToken + QStringLiteral("?variant=expired") << QByteArray() << 200 << 401;
        QTest::newRow("get short") << userToken + QStringLiteral("?lifetime=60") << QByteArray() << 200 << 200;
        QTest::newRow("get unknown kid") << userToken + QStringLiteral("?variant=unknown_kid") << QByteArray() << 200
                                         << 401;
        QTest::newRow("bad variant") << userToken + QStringLiteral("?variant=bogus") << QByteArray() << 400 << 0;
        QTest::newRow("bad lifetime") << userToken + QStringLiteral("?lifetime=-5") << QByteArray() << 400 << 0;
        QTest::newRow("unknown user") << QStringLiteral("/sandbox/users/ghost/token") << QByteArray() << 404 << 0;
        QTest::newRow("post with claims")
            << QStringLiteral("/sandbox/tokens")
            << QByteArray(R"({"user":")" + seeded::alice.toLatin1() + R"(","lifetime":120,"claims":{"custom":1}})")
            << 200 << 200;
        QTest::newRow("post not-yet-valid")
            << QStringLiteral("/sandbox/tokens")
            << QByteArray(R"({"user":")" + seeded::alice.toLatin1() + R"(","variant":"not_yet_valid"})") << 200 << 401;
        QTest::newRow("post garbage") << QStringLiteral("/sandbox/tokens") << QByteArray("[") << 400 << 0;
    }
    void adminApiMints()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, postBody);
        QFETCH(int, status);
        QFETCH(int, serviceStatus);
        const Exchange answer = postBody.isEmpty() ? m_http.get(endpoint(m_server, path))
                                                   : m_http.post(endpoint(m_server, path), postBody);
        QCOMPARE(answer.status, status);
        if (status != 200)
            return;
        const QByteArray token = answer.json().value(QStringLiteral("token")).toString().toUtf8();
        QVERIFY(!token.isEmpty());
        const Exchange use = m_http.get(tokenUrl(m_server, QStringLiteral("gmail")),
                                        SandboxHttp::withKey(m_server.demoApiKey(), token));
        QCOMPARE(use.status, serviceStatus);
    }

    void aScenarioKeyIsUsedAndStable()
    {
        // Generated once for the test: any EC P-256 private key in PKCS#8 PEM works.
        auto generated = jwt::Key::generate(jwt::Algorithm::ES256);
        QVERIFY(generated.has_value());
        vendo::sandbox::Scenario scenario = vendo::sandbox::Scenario::defaults();
        scenario.signingKeyPem = generated->privateKeyPem();
        scenario.signingKeyId = QStringLiteral("training-key-1");
        SandboxServer a(scenario);
        SandboxServer b(scenario);
        QCOMPARE(a.keyId(), QStringLiteral("training-key-1"));
        QCOMPARE(a.jwksJson(), b.jwksJson());
    }

    void aBadScenarioKeyIsReported()
    {
        vendo::sandbox::Scenario scenario = vendo::sandbox::Scenario::defaults();
        scenario.signingKeyPem = "-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----\n";
        SandboxServer server(scenario);
        const auto started = server.start();
        QVERIFY(!started);
        QCOMPARE(started.error().kind, vendo::sandbox::SandboxError::Kind::SigningKey);
        QVERIFY(!started.error().message.isEmpty());
        QVERIFY(!server.mintToken(seeded::alice).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSandboxIdentity)
#include "tst_sandbox_identity.moc"

// Loopback integration against the real SandboxServer: every endpoint unscoped and scoped, both
// identity transports, every fault slug of the default scenario, bulk with mixed results, retries
// as the server saw them, and what the server received.
#include "ClientTestSupport.h"
#include "client/RequestLog.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

using namespace vendo::client;
using namespace vendo::test;
using vendo::sandbox::SandboxServer;
using Kind = VendoError::Kind;

Q_DECLARE_METATYPE(vendo::client::VendoError::Kind)

namespace {

const QString kAlice = QStringLiteral("a11ce000-0000-4000-8000-000000000001");
const QString kErin = QStringLiteral("e2140000-0000-4000-8000-000000000005");
const QString kFrank = QStringLiteral("f2a4c000-0000-4000-8000-000000000006");

} // namespace

class TestClientSandbox : public QObject
{
    Q_OBJECT

    SandboxServer m_server;
    QNetworkAccessManager m_network;
    RequestLog m_log;

    VendoClient app(const QString &key = {})
    {
        return VendoClient(&m_network, Profile::sandbox(m_server.baseUrl(), m_server.credentialsUrl()),
                           key.isEmpty() ? m_server.demoApiKey() : key)
            .withRetryPolicy(RetryPolicy::immediate())
            .withRequestLog(&m_log);
    }

    QString jwtFor(const QString &user,
                   vendo::sandbox::MintOptions::Variant variant = vendo::sandbox::MintOptions::Variant::Valid)
    {
        vendo::sandbox::MintOptions options;
        options.variant = variant;
        const auto minted = m_server.mintToken(user, options);
        if (!minted)
            qFatal("mint failed: %s", qPrintable(minted.error().message));
        return *minted;
    }

    VendoClient user(const QString &id) { return app().forUser(jwtFor(id)).value(); }

private slots:
    void initTestCase()
    {
        const auto started = m_server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    }

    void init()
    {
        m_server.clearRequestLog();
        m_server.resetFaultCounters();
    }

    void whoami()
    {
        const auto asApp = waitWhoami(app().whoami());
        QVERIFY(asApp && asApp->ok());
        QCOMPARE(asApp->value->tenantId, QStringLiteral("tn_acme"));
        QCOMPARE(asApp->meta.httpStatus, 200);
        QVERIFY(asApp->meta.requestId.startsWith(QLatin1String("sbx-")));

        const auto asUser = waitWhoami(user(kFrank).whoami(Identity::As::User));
        // Frank is rate limited on balance (scenario fault): the server's own verdict, carried through.
        QVERIFY(asUser);
        QCOMPARE(asUser->meta.httpStatus, 429);
        QCOMPARE(asUser->value.error().retryAfter, std::optional<int>(60));
        QCOMPARE(asUser->meta.attempts, 1);

        const auto alice = waitWhoami(user(kAlice).whoami(Identity::As::User));
        QVERIFY(alice && alice->ok());
        QCOMPARE(alice->value->tenantId, QStringLiteral("tn_acme"));
        QCOMPARE(alice->as, Identity::As::User);
        // The JWT travelled as the bearer, with no separate identity header.
        const auto last = m_server.requestLog().constLast();
        QVERIFY(last.header("Authorization").startsWith("Bearer eyJ"));
        QVERIFY(!last.hasHeader("X-Vendo-User-JWT"));
    }

    void whoamiVerdictOnBadIdentity_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("code");
        QTest::newRow("expired") << int(vendo::sandbox::MintOptions::Variant::Expired) << "app_expired";
        QTest::newRow("wrong signature") << int(vendo::sandbox::MintOptions::Variant::WrongSignature) << "app_unknown";
        QTest::newRow("unknown kid") << int(vendo::sandbox::MintOptions::Variant::UnknownKid) << "app_unknown";
    }

    void whoamiVerdictOnBadIdentity()
    {
        QFETCH(int, variant);
        QFETCH(QString, code);
        const VendoClient scoped = app().forUser(jwtFor(kAlice, vendo::sandbox::MintOptions::Variant(variant))).value();
        const auto result = waitWhoami(scoped.whoami(Identity::As::User));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->meta.httpStatus, 401);
        QCOMPARE(result->value.error().kind, Kind::AuthError);
        QCOMPARE(result->value.error().code, code);
        QCOMPARE(result->value.error().message, QStringLiteral("Invalid or revoked token"));
    }

    void badKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("code");
        QTest::newRow("revoked") << "vendo_sk_sandbox_revoked_acme_00000000000"
                                 << "app_revoked";
        QTest::newRow("expired") << "vendo_sk_sandbox_expired_acme_00000000000"
                                 << "app_expired";
        QTest::newRow("unknown") << "vendo_sk_sandbox_nobody_0000000000000000"
                                 << "app_unknown";
    }

    void badKeys()
    {
        QFETCH(QString, key);
        QFETCH(QString, code);
        const auto token = waitToken(app(key).token(QStringLiteral("openai")));
        QCOMPARE(token->value.error().kind, Kind::AuthError);
        QCOMPARE(token->value.error().code, code);
        const auto connections = waitConnections(app(key).connections());
        QCOMPARE(connections->value.error().kind, Kind::AuthError);
        QCOMPARE(connections->value.error().code, code);
    }

    void connections()
    {
        const auto ofApp = waitConnections(app().connections());
        QVERIFY(ofApp && ofApp->ok());
        QStringList appSlugs;
        for (const Connection &c : ofApp->value.value())
            appSlugs << c.slug;
        QVERIFY2(appSlugs.contains(QStringLiteral("github")), qPrintable(appSlugs.join(u',')));
        QVERIFY(!m_server.requestLog().constLast().hasHeader("X-Vendo-User-JWT"));

        const auto ofAlice = waitConnections(user(kAlice).connections(true));
        QVERIFY(ofAlice && ofAlice->ok());
        QCOMPARE(ofAlice->value->size(), 9);
        QVERIFY(m_server.requestLog().constLast().hasHeader("X-Vendo-User-JWT"));
        QCOMPARE(m_server.requestLog().constLast().query, QStringLiteral("sandbox=1"));
        for (const Connection &c : ofAlice->value.value()) {
            const QByteArray redacted = QJsonDocument(c.redacted).toJson();
            QVERIFY(!redacted.contains(m_server.demoApiKey().toUtf8())); // set-up links carry it
        }

        const auto ofErin = waitConnections(user(kErin).connections());
        QVERIFY(ofErin && !ofErin->ok());
        QCOMPARE(ofErin->meta.httpStatus, 500);
        QCOMPARE(ofErin->meta.attempts, 3); // 500 is retried
        QCOMPARE(m_server.hitCount(QStringLiteral("/api/deployments/me/connections")), 5);
        QCOMPARE(ofErin->value.error().kind, Kind::Base);
        QCOMPARE(ofErin->value.error().code, QStringLiteral("internal_error"));
    }

    void userTokens_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::newRow("connected") << "openai" << true << Kind::Base << "" << 200;
        QTest::newRow("does not expire") << "anthropic" << true << Kind::Base << "" << 200;
        QTest::newRow("needs reauth") << "notion" << false << Kind::NeedsReauth << "connection_needs_reauth" << 401;
        QTest::newRow("revoked") << "github" << false << Kind::NotConnected << "connection_revoked" << 403;
        QTest::newRow("available") << "supabase" << false << Kind::NotConnected << "binding_missing" << 403;
        QTest::newRow("webhook") << "telegram" << false << Kind::Base << "profile_unsupported" << 500;
        QTest::newRow("not connected") << "stripe" << false << Kind::NotConnected << "binding_missing" << 403;
        QTest::newRow("unknown provider") << "nope" << false << Kind::Base << "provider_unknown" << 404;
    }

    void userTokens()
    {
        QFETCH(QString, slug);
        QFETCH(bool, ok);
        QFETCH(Kind, kind);
        QFETCH(QString, code);
        QFETCH(int, status);
        const auto result = waitToken(user(kAlice).token(slug));
        QVERIFY(result);
        QCOMPARE(result->ok(), ok);
        QCOMPARE(result->meta.httpStatus, status);
        QVERIFY(m_server.requestLog().constLast().hasHeader("X-Vendo-User-JWT"));
        if (ok) {
            QVERIFY(result->value->accessToken.startsWith(QLatin1String("sbx_fake_at_") + slug));
            QCOMPARE(result->value->expiresAt.has_value(), slug != QLatin1String("anthropic"));
            return;
        }
        QCOMPARE(result->value.error().kind, kind);
        QCOMPARE(result->value.error().code, code);
        QCOMPARE(result->value.error().slug, slug);
    }

    void appToken()
    {
        const auto result = waitToken(app().token(QStringLiteral("github")));
        QVERIFY(result && result->ok());
        QVERIFY(!m_server.requestLog().constLast().hasHeader("X-Vendo-User-JWT"));
    }

    void bearerIdentityTransport()
    {
        const VendoClient scoped
            = app().withIdentityTransport(IdentityTransport::Bearer).forUser(jwtFor(kAlice)).value();
        const auto result = waitToken(scoped.token(QStringLiteral("openai")));
        QVERIFY(result && result->ok());
        const auto request = m_server.requestLog().constLast();
        QVERIFY(request.header("Authorization").startsWith("Bearer eyJ"));
        QVERIFY(!request.hasHeader("X-Vendo-User-JWT"));
        QCOMPARE(m_log.entries().constLast().identityTransport, QStringLiteral("bearer"));
    }

    void faultSlugs_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("retryAfter"); // -1 none

        QTest::newRow("app_unknown") << "fault-app-unknown" << Kind::AuthError << "app_unknown" << 401 << 1 << -1;
        QTest::newRow("app_revoked") << "fault-app-revoked" << Kind::AuthError << "app_revoked" << 401 << 1 << -1;
        QTest::newRow("app_expired") << "fault-app-expired" << Kind::AuthError << "app_expired" << 401 << 1 << -1;
        QTest::newRow("binding_missing") << "fault-binding-missing" << Kind::NotConnected << "binding_missing" << 403
                                         << 1 << -1;
        QTest::newRow("connection_revoked")
            << "fault-connection-revoked" << Kind::NotConnected << "connection_revoked" << 403 << 1 << -1;
        QTest::newRow("needs_reauth") << "fault-needs-reauth" << Kind::NeedsReauth << "connection_needs_reauth" << 401
                                      << 1 << -1;
        QTest::newRow("balance_exhausted")
            << "fault-balance-exhausted" << Kind::BalanceExhausted << "balance_exhausted" << 402 << 1 << -1;
        QTest::newRow("spend_cap_daily") << "fault-spend-cap-daily" << Kind::SpendCapExceeded << "spend_cap_daily"
                                         << 429 << 1 << 3600;
        QTest::newRow("spend_cap_monthly (http date)")
            << "fault-spend-cap-monthly" << Kind::SpendCapExceeded << "spend_cap_monthly" << 402 << 1 << 86400;
        QTest::newRow("rate limited") << "fault-rate-limited" << Kind::RateLimited << "upstream_rate_limited" << 429
                                      << 1 << 30;
        QTest::newRow("rate limited (http date)")
            << "fault-rate-limited-date" << Kind::RateLimited << "upstream_rate_limited" << 429 << 1 << 120;
        QTest::newRow("upstream_error") << "fault-upstream-error" << Kind::UpstreamError << "upstream_error" << 502 << 3
                                        << -1;
        QTest::newRow("validation") << "fault-validation-failed" << Kind::ValidationError << "validation_failed" << 400
                                    << 1 << -1;
        QTest::newRow("idempotency") << "fault-idempotency-conflict" << Kind::IdempotencyConflict
                                     << "idempotency_conflict" << 409 << 1 << -1;
        QTest::newRow("provider_unknown")
            << "fault-provider-unknown" << Kind::Base << "provider_unknown" << 404 << 1 << -1;
        QTest::newRow("profile_unsupported")
            << "fault-profile-unsupported" << Kind::Base << "profile_unsupported" << 500 << 3 << -1;
        QTest::newRow("unknown code") << "fault-unknown-code" << Kind::Base << "quota_wobbly" << 400 << 1 << -1;
        QTest::newRow("no code") << "fault-no-code" << Kind::Base << "internal_error" << 500 << 3 << -1;
        QTest::newRow("legacy code on the wire")
            << "fault-legacy-code" << Kind::Base << "not_connected" << 403 << 1 << -1;
        QTest::newRow("code in body only")
            << "fault-code-in-body" << Kind::NotConnected << "binding_missing" << 403 << 1 << -1;
        QTest::newRow("code in header only")
            << "fault-code-in-header" << Kind::BalanceExhausted << "balance_exhausted" << 402 << 1 << -1;
        QTest::newRow("error string shape")
            << "fault-error-string" << Kind::AuthError << "app_unknown" << 401 << 1 << -1;
        QTest::newRow("empty 503") << "fault-empty-body" << Kind::Base << "internal_error" << 503 << 3 << -1;
        QTest::newRow("always 500") << "fault-server-error" << Kind::Base << "internal_error" << 500 << 3 << -1;
        QTest::newRow("malformed json") << "fault-malformed-json" << Kind::MalformedBody << "malformed_body" << 200 << 1
                                        << -1;
        QTest::newRow("wrong content type")
            << "fault-wrong-content-type" << Kind::UnexpectedContentType << "unexpected_content_type" << 200 << 1 << -1;
        QTest::newRow("oversized") << "fault-oversized" << Kind::OversizedBody << "oversized_body" << 200 << 1 << -1;
        QTest::newRow("drop") << "fault-drop" << Kind::ConnectionReset << "connection_reset" << 0 << 3 << -1;
    }

    void faultSlugs()
    {
        QFETCH(QString, slug);
        QFETCH(Kind, kind);
        QFETCH(QString, code);
        QFETCH(int, status);
        QFETCH(int, attempts);
        QFETCH(int, retryAfter);
        const auto result = waitToken(user(kAlice).token(slug));
        QVERIFY(result);
        QVERIFY(!result->ok());
        const VendoError &error = result->value.error();
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.code, code);
        QCOMPARE(result->meta.attempts, attempts);
        QCOMPARE(m_server.hitCount(QStringLiteral("/credentials/") + slug), attempts);
        if (status != 0 && kind != Kind::ConnectionReset)
            QCOMPARE(error.httpStatus, status);
        if (retryAfter < 0) {
            QVERIFY(!error.retryAfter);
        } else {
            // HTTP-dates are rounded to whole seconds by the server.
            QVERIFY2(error.retryAfter && qAbs(*error.retryAfter - retryAfter) <= 2,
                     qPrintable(QString::number(error.retryAfter.value_or(-1))));
        }
        if (slug == QLatin1String("fault-binding-missing")) {
            QVERIFY(error.connectUrl.startsWith(m_server.baseUrl().toString()));
            QCOMPARE(error.suggestedFix, QStringLiteral("Connect the provider on vendo.run"));
        }
        if (slug == QLatin1String("fault-error-string"))
            QVERIFY(!error.detail.isEmpty() || !error.message.isEmpty());
    }

    void flakyFaultsRecoverWithinTheRetries()
    {
        const auto flaky = waitToken(user(kAlice).token(QStringLiteral("fault-flaky")));
        QVERIFY(flaky && flaky->ok());
        QCOMPARE(flaky->meta.attempts, 3);
        const auto drop = waitToken(user(kAlice).token(QStringLiteral("fault-flaky-drop")));
        QVERIFY(drop && drop->ok());
        QCOMPARE(drop->meta.attempts, 2);
    }

    void hangTimesOut()
    {
        const auto result = waitToken(user(kAlice)
                                          .withTimeout(std::chrono::milliseconds(300))
                                          .withRetryPolicy(RetryPolicy::noRetries())
                                          .token(QStringLiteral("fault-hang")));
        QVERIFY(result);
        QCOMPARE(result->value.error().kind, Kind::Timeout);
        QCOMPARE(result->value.error().sdkCode(), QStringLiteral("upstream_error"));
    }

    void refusedConnection()
    {
        // A port nobody listens on: bind one, note it, close it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const Profile dead = Profile::sandbox(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)),
                                              QUrl(QStringLiteral("http://127.0.0.1:%1/credentials").arg(port)));
        const auto result = waitToken(VendoClient(&m_network, dead, m_server.demoApiKey())
                                          .withRetryPolicy(RetryPolicy::immediate())
                                          .token(QStringLiteral("openai")));
        QVERIFY(result);
        QCOMPARE(result->value.error().kind, Kind::ConnectionRefused);
        QCOMPARE(result->meta.attempts, 3);
    }

    void bulkWithMixedResults()
    {
        const QStringList slugs
            = { QStringLiteral("openai"),    QStringLiteral("fault-binding-missing"), QStringLiteral("notion"),
                QStringLiteral("anthropic"), QStringLiteral("fault-rate-limited"),    QStringLiteral("nope") };
        TokensJob *job = user(kAlice).tokens(slugs);
        const auto results = waitTokens(job);
        QVERIFY(results);
        QCOMPARE(results->size(), 6);
        QCOMPARE(m_server.hitCount(QStringLiteral("/credentials/_bulk")), 1);
        const auto find = [&](const QString &slug) {
            for (const TokenResult &r : *results) {
                if (r.slug == slug)
                    return r;
            }
            return TokenResult {};
        };
        QVERIFY(find(QStringLiteral("openai")).ok() && find(QStringLiteral("openai")).viaBulk);
        QVERIFY(find(QStringLiteral("anthropic")).ok() && find(QStringLiteral("anthropic")).viaBulk);
        QCOMPARE(find(QStringLiteral("fault-binding-missing")).value.error().kind, Kind::NotConnected);
        QCOMPARE(find(QStringLiteral("notion")).value.error().kind, Kind::NeedsReauth);
        QCOMPARE(find(QStringLiteral("fault-rate-limited")).value.error().kind, Kind::RateLimited);
        QCOMPARE(find(QStringLiteral("fault-rate-limited")).value.error().retryAfter, std::optional<int>(30));
        QCOMPARE(find(QStringLiteral("nope")).value.error().code, QStringLiteral("provider_unknown"));
        // One bulk plus one single request per null slug, no more.
        QCOMPARE(m_server.totalRequests(), 1 + 4);
        for (const auto &request : m_server.requestLog())
            QVERIFY(request.hasHeader("X-Vendo-User-JWT"));
    }

    void everyRequestCarriesTheContractHeaders()
    {
        QVERIFY(waitToken(user(kAlice).token(QStringLiteral("openai"))));
        const auto request = m_server.requestLog().constLast();
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer ") + m_server.demoApiKey().toLatin1());
        QCOMPARE(request.header("Vendo-API-Version"), QByteArray("2026-05-07"));
        QCOMPARE(request.header("Accept"), QByteArray("application/json"));
        QCOMPARE(request.header("User-Agent"), QByteArray("VendoInspector/" VENDO_VERSION));
        // And the log of this whole run holds neither the key nor any JWT signature.
        const QByteArray exported = m_log.exportJson();
        QVERIFY(!exported.contains(m_server.demoApiKey().toLatin1()));
        QVERIFY(!exported.contains(jwtFor(kAlice).section(QLatin1Char('.'), 2).toLatin1()));
        QVERIFY(!exported.contains("sbx_fake_at_openai"));
    }
};

QTEST_GUILESS_MAIN(TestClientSandbox)
#include "tst_client_sandbox.moc"

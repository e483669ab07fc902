// The SDK lens: its tables are consistent, its predictions follow each SDK's rows, and a predicted
// request sent to the real sandbox gets the answer and the class the lens predicts for that SDK.

#include "SandboxFixture.h"
#include "client/ConnectionsJob.h"
#include "client/ErrorCatalog.h"
#include "client/TokenJob.h"
#include "sdk/SdkLens.h"

#include <QNetworkAccessManager>
#include <QtTest>

using namespace vendo;
using sdk::Aspect;
using sdk::Operation;
using sdk::Sdk;

namespace {

// The type each aspect's value must have (SdkTable.h documents it beside each aspect).
int expectedIndex(Aspect aspect)
{
    switch (aspect) {
    case Aspect::SendsAuthorization:
    case Aspect::SendsUserJwt:
    case Aspect::RetriesOn429:
    case Aspect::TrimsJwt:
    case Aspect::KnowsLegacyCodes:
    case Aspect::SendsLastEventId:
    case Aspect::HonoursRetryField:
    case Aspect::DetectsDeadStream:
    case Aspect::TrimsEnvSecret:
    case Aspect::AsksSinglyAfterBulk:
        return 0;
    case Aspect::Attempts:
    case Aspect::BackoffBaseMs:
    case Aspect::BackoffCapMs:
    case Aspect::TimeoutMs:
    case Aspect::CacheFreshMarginS:
    case Aspect::CacheNullExpiryS:
        return 1;
    default:
        return 2;
    }
}

sdk::RequestContext context(const QString &apiKey, const QString &jwt, const QString &slug)
{
    sdk::RequestContext c;
    c.apiBase = QUrl(QStringLiteral("https://vendo.run"));
    c.credentialsBase = QUrl(QStringLiteral("https://credentials.vendo.run"));
    c.apiKey = apiKey;
    c.userJwt = jwt;
    c.slugs = { slug };
    return c;
}

const QString kKey = QStringLiteral("vendo_sk_live_0123456789abcdefghijABCDEFGHIJ_-");
const QString kJwt = QStringLiteral("eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJib2IifQ.c2ln");

} // namespace

class TestSdkLens : public QObject
{
    Q_OBJECT

private slots:
    void tablesAreConsistent()
    {
        for (const Sdk each : sdk::allSdks()) {
            const auto &rows = sdk::table(each);
            QVERIFY(!rows.isEmpty());
            for (const sdk::Row &row : rows) {
                const QString where = sdk::info(each).key + QLatin1Char(' ') + sdk::operationName(row.operation)
                    + QLatin1Char(' ') + sdk::aspectName(row.aspect);
                QVERIFY2(int(row.value.index()) == expectedIndex(row.aspect), qPrintable(where));
                QVERIFY2(*row.source, qPrintable(where + QStringLiteral(": no source")));
                // One row per fact: a second row for the same (operation, aspect) would never be read.
                int same = 0;
                for (const sdk::Row &other : rows)
                    same += other.operation == row.operation && other.aspect == row.aspect;
                QVERIFY2(same == 1, qPrintable(where + QStringLiteral(": listed twice")));
            }
        }
        // Every difference the TypeScript source shows is explained, for the support engineer.
        for (const sdk::Difference &difference : sdk::differences(Sdk::TypeScript_1_3_1))
            QVERIFY2(!difference.explanation.isEmpty(),
                     qPrintable(sdk::operationName(difference.operation) + QLatin1Char(' ')
                                + sdk::aspectName(difference.aspect)));
    }

    void keys()
    {
        QCOMPARE(sdk::sdkKeys(),
                 QStringList({ QStringLiteral("contract"), QStringLiteral("ts-1.3.1"), QStringLiteral("python-1.2"),
                               QStringLiteral("swift-1.0") }));
        QCOMPARE(sdk::sdkFromKey(QStringLiteral("TS-1.3.1")), Sdk::TypeScript_1_3_1);
        QVERIFY(!sdk::sdkFromKey(QStringLiteral("ts-1.3")).has_value());
    }

    void requests_data()
    {
        QTest::addColumn<Sdk>("which");
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<bool>("scoped");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("sendsJwt");
        QTest::addColumn<QByteArray>("apiVersion");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("timeoutMs");

        const QString token = QStringLiteral("https://credentials.vendo.run/google");
        const QString bulk = QStringLiteral("https://credentials.vendo.run/_bulk?slugs=google");
        const QString connections = QStringLiteral("https://vendo.run/api/deployments/me/connections");
        QTest::newRow("contract token scoped")
            << Sdk::Contract << Operation::Token << true << token << true << QByteArray("2026-05-07") << 3 << 30'000;
        QTest::newRow("contract token unscoped")
            << Sdk::Contract << Operation::Token << false << token << false << QByteArray("2026-05-07") << 3 << 30'000;
        QTest::newRow("ts token scoped") << Sdk::TypeScript_1_3_1 << Operation::Token << true << token << false
                                         << QByteArray() << 1 << 0;
        QTest::newRow("ts tokens scoped")
            << Sdk::TypeScript_1_3_1 << Operation::Tokens << true << bulk << false << QByteArray() << 1 << 0;
        QTest::newRow("ts connections scoped") << Sdk::TypeScript_1_3_1 << Operation::Connections << true << connections
                                               << true << QByteArray("2026-05-02") << 3 << 30'000;
        QTest::newRow("ts whoami") << Sdk::TypeScript_1_3_1 << Operation::Whoami << false
                                   << QStringLiteral("https://vendo.run/api/billing/balance") << false
                                   << QByteArray("2026-05-02") << 3 << 30'000;
        QTest::newRow("python token scoped") << Sdk::Python_1_2_0 << Operation::Token << true << token << true
                                             << QByteArray("2026-05-07") << 3 << 30'000;
        QTest::newRow("swift connections scoped") << Sdk::Swift_1_0_0 << Operation::Connections << true << connections
                                                  << true << QByteArray("2026-05-07") << 3 << 30'000;
    }

    void requests()
    {
        QFETCH(Sdk, which);
        QFETCH(Operation, operation);
        QFETCH(bool, scoped);
        const sdk::Prediction prediction
            = sdk::predict(which, operation, context(kKey, scoped ? kJwt : QString(), QStringLiteral("google")));
        QVERIFY(prediction.raised.className.isEmpty());
        QVERIFY(prediction.request.has_value());
        const sdk::PredictedRequest &request = *prediction.request;
        QTEST(request.url.toString(), "url");
        QCOMPARE(request.header("Authorization"), "Bearer " + kKey.toUtf8());
        QTEST(request.hasHeader("X-Vendo-User-JWT"), "sendsJwt");
        QTEST(request.header("Vendo-API-Version"), "apiVersion");
        QTEST(request.attempts, "attempts");
        QTEST(request.timeoutMs, "timeoutMs");
        // The documentation-only SDKs borrow what their documentation does not say, and the lens says so.
        QCOMPARE(!request.assumedFromContract.isEmpty(), sdk::info(which).basis == sdk::Basis::Documentation);
    }

    void scoping_data()
    {
        QTest::addColumn<Sdk>("which");
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<bool>("hasKey");
        QTest::addColumn<QString>("header"); // "<absent>" for no header
        QTest::addColumn<QString>("raised");
        QTest::addColumn<QString>("raisedBy");
        QTest::addColumn<QString>("scopedJwt");

        const QString absent = QStringLiteral("<absent>");
        const QString padded = QLatin1Char(' ') + kJwt + QLatin1Char('\n');
        for (const Sdk each : { Sdk::Contract, Sdk::TypeScript_1_3_1, Sdk::Python_1_2_0 }) {
            const QByteArray key = sdk::info(each).key.toLatin1();
            const bool ts = each == Sdk::TypeScript_1_3_1;
            const QString noKeyClass = ts ? QStringLiteral("AuthError") : QStringLiteral("VendoOnlyFeature");
            const QString noKeyBy = ts ? QStringLiteral("construction") : QStringLiteral("scoping");
            QTest::addRow("%s forUser no key", key.constData())
                << each << Operation::ForUser << false << kJwt << noKeyClass << noKeyBy << QString();
            QTest::addRow("%s forRequest no key", key.constData())
                << each << Operation::ForRequest << false << kJwt << noKeyClass << noKeyBy << QString();
            QTest::addRow("%s forRequest absent", key.constData())
                << each << Operation::ForRequest << true << absent << QStringLiteral("IdentityNotPresent")
                << QStringLiteral("forRequest()") << QString();
            QTest::addRow("%s forRequest blank", key.constData())
                << each << Operation::ForRequest << true << QStringLiteral(" \t")
                << QStringLiteral("IdentityNotPresent") << QStringLiteral("forRequest()") << QString();
            QTest::addRow("%s forRequest padded", key.constData())
                << each << Operation::ForRequest << true << padded << QString() << QString() << kJwt;
        }
        // forUser keeps the value as given (the TypeScript source stores it untrimmed).
        QTest::newRow("ts forUser padded") << Sdk::TypeScript_1_3_1 << Operation::ForUser << true
                                           << QStringLiteral(" x ") << QString() << QString() << QStringLiteral(" x ");
    }

    void scoping()
    {
        QFETCH(Sdk, which);
        QFETCH(Operation, operation);
        QFETCH(bool, hasKey);
        QFETCH(QString, header);
        const std::optional<QString> value
            = header == QLatin1String("<absent>") ? std::nullopt : std::optional<QString>(header);
        const sdk::ScopingPrediction prediction = sdk::predictScoping(which, operation, hasKey, value);
        QTEST(prediction.raised.className, "raised");
        QTEST(prediction.raised.raisedBy, "raisedBy");
        QTEST(prediction.scopedJwt, "scopedJwt");
    }

    void tokenOutsideVendoMode()
    {
        // TypeScript decides Vendo mode from the environment: a key passed to the constructor is not enough.
        sdk::RequestContext c = context(kKey, kJwt, QStringLiteral("google"));
        c.apiKeyInEnvironment = false;
        const sdk::Prediction ts = sdk::predict(Sdk::TypeScript_1_3_1, Operation::Token, c);
        QVERIFY(!ts.request);
        QCOMPARE(ts.raised.className, QStringLiteral("NotConnected"));
        QCOMPARE(ts.raised.code, QStringLiteral("binding_missing"));
        QVERIFY(sdk::predict(Sdk::Contract, Operation::Token, c).request.has_value());
    }

    void errorClasses_data()
    {
        QTest::addColumn<Sdk>("which");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("className");
        QTest::addColumn<QString>("code");

        const QByteArray reauth = R"({"error":{"code":"connection_needs_reauth","message":"re-authorise"}})";
        const QByteArray stringError = R"({"error":"unauthorized","detail":"Unknown API key"})";
        for (const Sdk each : { Sdk::Contract, Sdk::TypeScript_1_3_1 }) {
            const QByteArray key = sdk::info(each).key.toLatin1();
            QTest::addRow("%s code in body", key.constData())
                << each << 401 << QByteArray() << reauth << QStringLiteral("NeedsReauth")
                << QStringLiteral("connection_needs_reauth");
            QTest::addRow("%s header wins", key.constData())
                << each << 403 << QByteArray("binding_missing") << reauth << QStringLiteral("NotConnected")
                << QStringLiteral("binding_missing");
            QTest::addRow("%s unknown code", key.constData())
                << each << 400 << QByteArray("quota_wobbly") << QByteArray("{}") << QStringLiteral("VendoError")
                << QStringLiteral("quota_wobbly");
            QTest::addRow("%s stream limit", key.constData())
                << each << 429 << QByteArray("rate_limit_sse_streams") << QByteArray() << QStringLiteral("VendoError")
                << QStringLiteral("rate_limit_sse_streams");
            QTest::addRow("%s no code", key.constData())
                << each << 500 << QByteArray() << QByteArray(R"({"error":{"message":"Internal server error"}})")
                << QStringLiteral("VendoError") << QStringLiteral("internal_error");
            QTest::addRow("%s string error", key.constData())
                << each << 401 << QByteArray("app_unknown") << stringError << QStringLiteral("AuthError")
                << QStringLiteral("app_unknown");
        }
    }

    void errorClasses()
    {
        QFETCH(Sdk, which);
        QFETCH(int, status);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, body);
        const sdk::Raised raised = sdk::predictError(which, status, header, body);
        QTEST(raised.className, "className");
        QTEST(raised.code, "code");
    }

    void cache()
    {
        const QDateTime fetched = QDateTime::fromSecsSinceEpoch(1'767'225'600, Qt::UTC); // 2026-01-01 00:00:00
        const QDateTime expires = fetched.addSecs(3600);
        QCOMPARE(sdk::cachedUntil(Sdk::TypeScript_1_3_1, fetched, expires), expires.addSecs(-60));
        // expires_at null: cached for 50 minutes, served while more than 60 s of those remain.
        QCOMPARE(sdk::cachedUntil(Sdk::TypeScript_1_3_1, fetched, std::nullopt), fetched.addSecs(49 * 60));
        // A token that expires within the minute is never served from the cache.
        QVERIFY(!sdk::cachedUntil(Sdk::TypeScript_1_3_1, fetched, fetched.addSecs(45)).has_value());
        QVERIFY(!sdk::cachedUntil(Sdk::Contract, fetched, expires).has_value());
        QVERIFY(!sdk::cachedUntil(Sdk::Python_1_2_0, fetched, expires).has_value());
    }

    void differencesSayNotDocumented()
    {
        const auto python = sdk::differences(Sdk::Python_1_2_0, Operation::Token);
        QVERIFY(!python.isEmpty());
        for (const sdk::Difference &difference : python) {
            QVERIFY(!difference.sdk.has_value());
            QVERIFY(difference.explanation.contains(QStringLiteral("Not documented")));
        }
        const auto ts = sdk::differences(Sdk::TypeScript_1_3_1, Operation::Token);
        const auto jwt = std::find_if(ts.cbegin(), ts.cend(),
                                      [](const sdk::Difference &d) { return d.aspect == Aspect::SendsUserJwt; });
        QVERIFY(jwt != ts.cend());
        QCOMPARE(jwt->contract, sdk::Value(true));
        QCOMPARE(jwt->sdk, std::optional<sdk::Value>(false));
        QCOMPARE(jwt->source, QStringLiteral("src/_client.ts:169-172"));
        QVERIFY(jwt->explanation.contains(QStringLiteral("app's own connection")));
        QVERIFY(sdk::differences(Sdk::Contract).isEmpty());
    }

    // The support case the lens exists for: Bob's Google connection needs re-authorisation. A client
    // scoped to Bob asks for google's token. What the sandbox answers depends on what the SDK sends.
    void scopedTokenAgainstTheSandbox_data()
    {
        QTest::addColumn<Sdk>("which");
        QTest::addColumn<QString>("className");
        QTest::addColumn<QString>("code");
        QTest::newRow("contract") << Sdk::Contract << QStringLiteral("NeedsReauth")
                                  << QStringLiteral("connection_needs_reauth");
        // No X-Vendo-User-JWT: the app's own connections answer, and the app has no google.
        QTest::newRow("ts-1.3.1") << Sdk::TypeScript_1_3_1 << QStringLiteral("NotConnected")
                                  << QStringLiteral("binding_missing");
        QTest::newRow("python-1.2") << Sdk::Python_1_2_0 << QStringLiteral("NeedsReauth")
                                    << QStringLiteral("connection_needs_reauth");
    }

    void scopedTokenAgainstTheSandbox()
    {
        QFETCH(Sdk, which);
        sandbox::SandboxServer server;
        const auto started = server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        const QString bobJwt = server.mintToken(seeded::bob).value();
        QVERIFY(!bobJwt.isEmpty());

        sdk::RequestContext c;
        c.apiBase = server.baseUrl();
        c.credentialsBase = server.credentialsUrl();
        c.apiKey = server.demoApiKey();
        c.userJwt = bobJwt;
        c.slugs = { QStringLiteral("google") };
        const sdk::Prediction prediction = sdk::predict(which, Operation::Token, c);
        QVERIFY(prediction.request.has_value());

        QSignalSpy served(&server, &sandbox::SandboxServer::requestServed);
        SandboxHttp http;
        const Exchange answer = http.get(prediction.request->url, prediction.request->headers);
        QVERIFY(answer.finished);
        QCOMPARE(served.count(), 1);
        const auto recorded = served.first().first().value<sandbox::RecordedRequest>();
        QCOMPARE(recorded.path, QStringLiteral("/credentials/google"));
        // What the sandbox received is what the lens says this SDK sends.
        for (const QByteArray &name : { QByteArray("Authorization"), QByteArray("X-Vendo-User-JWT"),
                                        QByteArray("Vendo-API-Version"), QByteArray("Accept") })
            QCOMPARE(recorded.hasHeader(name), prediction.request->hasHeader(name));

        const sdk::Raised raised
            = sdk::predictError(which, answer.status, answer.header("Vendo-Error-Code"), answer.body);
        QTEST(raised.className, "className");
        QTEST(raised.code, "code");
    }

    // "Reproduce as <SDK>" runs the inspector's own client, narrowed to what the SDK sends.
    void reproduceScopedToken_data()
    {
        QTest::addColumn<Sdk>("which");
        QTest::addColumn<bool>("sendsJwt");
        QTest::addColumn<bool>("sendsVersion");
        QTest::addColumn<QString>("className");
        QTest::newRow("contract") << Sdk::Contract << true << true << QStringLiteral("NeedsReauth");
        QTest::newRow("ts-1.3.1") << Sdk::TypeScript_1_3_1 << false << false << QStringLiteral("NotConnected");
    }

    void reproduceScopedToken()
    {
        QFETCH(Sdk, which);
        sandbox::SandboxServer server;
        const auto started = server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        QNetworkAccessManager network;
        const client::VendoClient base(&network, client::Profile::sandbox(server.baseUrl(), server.credentialsUrl()),
                                       server.demoApiKey());
        const auto scoped = base.forUser(server.mintToken(seeded::bob).value());
        QVERIFY(scoped.has_value());

        const sdk::Reproduction reproduction = sdk::reproduce(which, Operation::Token, *scoped);
        QVERIFY(reproduction.client.has_value());
        QCOMPARE(reproduction.sdkWaitsForever, which == Sdk::TypeScript_1_3_1);
        QSignalSpy served(&server, &sandbox::SandboxServer::requestServed);
        client::TokenJob *job = reproduction.client->token(QStringLiteral("google"));
        QSignalSpy finished(job, &client::TokenJob::finished);
        QVERIFY(finished.wait(10'000));
        const auto result = finished.first().first().value<client::TokenResult>();
        QVERIFY(!result.ok());
        QTEST(client::ErrorCatalog::className(result.value.error().kind), "className");

        QCOMPARE(served.count(), 1);
        const auto recorded = served.first().first().value<sandbox::RecordedRequest>();
        QVERIFY(recorded.hasHeader("Authorization"));
        QTEST(recorded.hasHeader("X-Vendo-User-JWT"), "sendsJwt");
        QTEST(recorded.hasHeader("Vendo-API-Version"), "sendsVersion");
        QTEST(recorded.hasHeader("Accept"), "sendsVersion"); // the TypeScript token() sends neither
        // The reproduction agrees with the prediction the lens shows.
        const auto prediction = sdk::predict(which, Operation::Token,
                                             { server.baseUrl(),
                                               server.credentialsUrl(),
                                               server.demoApiKey(),
                                               QStringLiteral("jwt"),
                                               { QStringLiteral("google") } });
        QCOMPARE(prediction.request->hasHeader("X-Vendo-User-JWT"), recorded.hasHeader("X-Vendo-User-JWT"));
    }

    void reproduceAttempts_data()
    {
        QTest::addColumn<Sdk>("which");
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<int>("hits");
        QTest::newRow("contract token") << Sdk::Contract << Operation::Token << 3;
        QTest::newRow("ts-1.3.1 token") << Sdk::TypeScript_1_3_1 << Operation::Token << 1;
    }

    void reproduceAttempts()
    {
        QFETCH(Sdk, which);
        QFETCH(Operation, operation);
        sandbox::SandboxServer server;
        const auto started = server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        QNetworkAccessManager network;
        const client::VendoClient base(&network, client::Profile::sandbox(server.baseUrl(), server.credentialsUrl()),
                                       server.demoApiKey());
        const sdk::Reproduction reproduction = sdk::reproduce(which, operation, base);
        QVERIFY(reproduction.client.has_value());
        client::TokenJob *job = reproduction.client->token(QStringLiteral("fault-server-error"));
        QSignalSpy finished(job, &client::TokenJob::finished);
        QVERIFY(finished.wait(20'000));
        QTEST(server.hitCount(QStringLiteral("/credentials/fault-server-error")), "hits");
    }

    void reproduceConnectionsVersion()
    {
        sandbox::SandboxServer server;
        const auto started = server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        QNetworkAccessManager network;
        const client::VendoClient base(&network, client::Profile::sandbox(server.baseUrl(), server.credentialsUrl()),
                                       server.demoApiKey());
        const auto scoped = base.forUser(server.mintToken(seeded::alice).value());
        QVERIFY(scoped.has_value());
        const sdk::Reproduction reproduction = sdk::reproduce(Sdk::TypeScript_1_3_1, Operation::Connections, *scoped);
        QVERIFY(reproduction.client.has_value());
        QSignalSpy served(&server, &sandbox::SandboxServer::requestServed);
        client::ConnectionsJob *job = reproduction.client->connections();
        QSignalSpy finished(job, &client::ConnectionsJob::finished);
        QVERIFY(finished.wait(10'000));
        QVERIFY(finished.first().first().value<client::ConnectionsResult>().ok());
        const auto recorded = served.first().first().value<sandbox::RecordedRequest>();
        QCOMPARE(recorded.header("Vendo-API-Version"), QByteArray("2026-05-02"));
        QVERIFY(recorded.hasHeader("X-Vendo-User-JWT"));
    }

    void whoamiIsNotReproducibleAsTypeScript()
    {
        const client::VendoClient base;
        const sdk::Reproduction ts = sdk::reproduce(Sdk::TypeScript_1_3_1, Operation::Whoami, base);
        QVERIFY(!ts.client.has_value());
        QVERIFY(ts.whyNot.contains(QStringLiteral("/api/billing/balance")));
        QVERIFY(sdk::reproduce(Sdk::Contract, Operation::Whoami, base).client.has_value());
        QVERIFY(!sdk::reproduce(Sdk::Contract, Operation::Events, base).client.has_value());
    }
};

QTEST_MAIN(TestSdkLens)
#include "tst_sdk_lens.moc"

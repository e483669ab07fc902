#include "SandboxFixture.h"

#include <QJsonArray>
#include <QLocale>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

using vendo::sandbox::SandboxServer;
using vendo::sandbox::Scenario;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    Exchange token(const QString &slug, int transferTimeoutMs = 0)
    {
        return m_http.get(tokenUrl(m_server, slug), SandboxHttp::withKey(m_server.demoApiKey()), transferTimeoutMs);
    }

    SandboxServer m_server;
    SandboxHttp m_http;

private slots:
    void initTestCase()
    {
        const auto started = m_server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    }
    void init() { m_server.resetFaultCounters(); }

    // One row per row of docs/service-contract.md's error table, plus the body-shape variants.
    void errorFaults_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("headerCode");
        QTest::addColumn<QString>("bodyCode"); // error.code, or "" when the body has none
        QTest::addColumn<QByteArray>("retryAfter"); // "" none, "date" an HTTP-date, else seconds

        QTest::newRow("app_unknown") << "fault-app-unknown" << 401 << QByteArray("app_unknown") << "app_unknown"
                                     << QByteArray();
        QTest::newRow("app_revoked") << "fault-app-revoked" << 401 << QByteArray("app_revoked") << "app_revoked"
                                     << QByteArray();
        QTest::newRow("app_expired") << "fault-app-expired" << 401 << QByteArray("app_expired") << "app_expired"
                                     << QByteArray();
        QTest::newRow("binding_missing") << "fault-binding-missing" << 403 << QByteArray("binding_missing")
                                         << "binding_missing" << QByteArray();
        QTest::newRow("connection_revoked") << "fault-connection-revoked" << 403 << QByteArray("connection_revoked")
                                            << "connection_revoked" << QByteArray();
        QTest::newRow("connection_needs_reauth") << "fault-needs-reauth" << 401 << QByteArray("connection_needs_reauth")
                                                 << "connection_needs_reauth" << QByteArray();
        QTest::newRow("balance_exhausted") << "fault-balance-exhausted" << 402 << QByteArray("balance_exhausted")
                                           << "balance_exhausted" << QByteArray();
        QTest::newRow("spend_cap_daily") << "fault-spend-cap-daily" << 429 << QByteArray("spend_cap_daily")
                                         << "spend_cap_daily" << QByteArray("3600");
        QTest::newRow("spend_cap_monthly") << "fault-spend-cap-monthly" << 402 << QByteArray("spend_cap_monthly")
                                           << "spend_cap_monthly" << QByteArray("date");
        QTest::newRow("upstream_rate_limited") << "fault-rate-limited" << 429 << QByteArray("upstream_rate_limited")
                                               << "upstream_rate_limited" << QByteArray("30");
        QTest::newRow("rate limited, http-date")
            << "fault-rate-limited-date" << 429 << QByteArray("upstream_rate_limited") << "upstream_rate_limited"
            << QByteArray("date");
        QTest::newRow("upstream_error") << "fault-upstream-error" << 502 << QByteArray("upstream_error")
                                        << "upstream_error" << QByteArray();
        QTest::newRow("validation_failed") << "fault-validation-failed" << 400 << QByteArray("validation_failed")
                                           << "validation_failed" << QByteArray();
        QTest::newRow("idempotency_conflict")
            << "fault-idempotency-conflict" << 409 << QByteArray("idempotency_conflict") << "idempotency_conflict"
            << QByteArray();
        QTest::newRow("provider_unknown")
            << "fault-provider-unknown" << 404 << QByteArray("provider_unknown") << "provider_unknown" << QByteArray();
        QTest::newRow("profile_unsupported") << "fault-profile-unsupported" << 500 << QByteArray("profile_unsupported")
                                             << "profile_unsupported" << QByteArray();
        QTest::newRow("unknown code") << "fault-unknown-code" << 400 << QByteArray("quota_wobbly") << "quota_wobbly"
                                      << QByteArray();
        QTest::newRow("legacy code") << "fault-legacy-code" << 403 << QByteArray("not_connected") << "not_connected"
                                     << QByteArray();
        QTest::newRow("no code") << "fault-no-code" << 500 << QByteArray() << "" << QByteArray();
        QTest::newRow("code only in body")
            << "fault-code-in-body" << 403 << QByteArray() << "binding_missing" << QByteArray();
        QTest::newRow("always 500") << "fault-server-error" << 500 << QByteArray() << "" << QByteArray();
    }
    void errorFaults()
    {
        QFETCH(QString, slug);
        QFETCH(int, status);
        QFETCH(QByteArray, headerCode);
        QFETCH(QString, bodyCode);
        QFETCH(QByteArray, retryAfter);
        const Exchange answer = token(slug);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.header("Vendo-Error-Code"), headerCode);
        QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(answer.isJsonObject());
        const QJsonObject error = answer.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), bodyCode);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        if (retryAfter.isEmpty()) {
            QVERIFY(answer.header("Retry-After").isEmpty());
        } else if (retryAfter == "date") {
            const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(answer.header("Retry-After")),
                                                           QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
            QVERIFY2(when.isValid(), answer.header("Retry-After").constData());
        } else {
            QCOMPARE(answer.header("Retry-After"), retryAfter);
            QCOMPARE(error.value(QStringLiteral("retry_after")).toInt(), retryAfter.toInt());
        }
    }

    void otherBodyShapes()
    {
        const Exchange headerOnly = token(QStringLiteral("fault-code-in-header"));
        QCOMPARE(headerOnly.status, 402);
        QCOMPARE(headerOnly.header("Vendo-Error-Code"), QByteArray("balance_exhausted"));
        QCOMPARE(headerOnly.json(),
                 (QJsonObject { { QStringLiteral("message"), QStringLiteral("Wallet balance is exhausted") } }));

        const Exchange errorString = token(QStringLiteral("fault-error-string"));
        QCOMPARE(errorString.status, 401);
        QCOMPARE(errorString.header("Vendo-Error-Code"), QByteArray("app_unknown"));
        QCOMPARE(errorString.json().value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
        QCOMPARE(errorString.json().value(QStringLiteral("detail")).toString(), QStringLiteral("Unknown API key"));

        const Exchange empty = token(QStringLiteral("fault-empty-body"));
        QCOMPARE(empty.status, 503);
        QVERIFY(empty.body.isEmpty());
    }

    void malformedJson()
    {
        const Exchange answer = token(QStringLiteral("fault-malformed-json"));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(!answer.body.isEmpty());
        QVERIFY(!answer.isJsonObject());
    }

    void wrongContentType()
    {
        const Exchange answer = token(QStringLiteral("fault-wrong-content-type"));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.header("Content-Type").startsWith("text/html"));
        QVERIFY(answer.body.startsWith("<!DOCTYPE html>"));
    }

    void oversizedBody()
    {
        const Exchange answer = token(QStringLiteral("fault-oversized"));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.size() > 1024 * 1024);
        QVERIFY(answer.isJsonObject()); // too big, not broken
    }

    void droppedMidResponse()
    {
        const Exchange answer = token(QStringLiteral("fault-drop"), 5000);
        QVERIFY(answer.finished);
        QCOMPARE(answer.error, QNetworkReply::RemoteHostClosedError);
        // The server is fine afterwards.
        QCOMPARE(token(QStringLiteral("openai")).status, 200);
    }

    void neverAnswers()
    {
        const Exchange answer = token(QStringLiteral("fault-hang"), 300);
        QVERIFY(answer.finished);
        QCOMPARE(answer.error, QNetworkReply::OperationCanceledError);
        QCOMPARE(answer.status, 0);
        QCOMPARE(m_server.requestLog().last().status, 0);
        QCOMPARE(token(QStringLiteral("openai")).status, 200);
    }

    void latencyDelaysTheAnswer()
    {
        // 800 ms of latency cannot fit a 150 ms silence budget; it fits a generous one.
        QCOMPARE(token(QStringLiteral("fault-slow"), 150).error, QNetworkReply::OperationCanceledError);
        const Exchange patient = token(QStringLiteral("fault-slow"), 10000);
        QCOMPARE(patient.status, 200);
    }

    void globalLatencyDelaysEverything()
    {
        SandboxServer server;
        server.setGlobalLatency(std::chrono::milliseconds(400));
        QVERIFY(server.start());
        const auto headers = SandboxHttp::withKey(server.demoApiKey());
        QCOMPARE(m_http.get(tokenUrl(server, QStringLiteral("openai")), headers, 100).error,
                 QNetworkReply::OperationCanceledError);
        QCOMPARE(m_http.get(tokenUrl(server, QStringLiteral("openai")), headers, 10000).status, 200);
    }

    void flakyFailsTwiceThenSucceeds()
    {
        QCOMPARE(token(QStringLiteral("fault-flaky")).status, 503);
        QCOMPARE(token(QStringLiteral("fault-flaky")).status, 503);
        QCOMPARE(token(QStringLiteral("fault-flaky")).status, 200);
        QCOMPARE(token(QStringLiteral("fault-flaky")).status, 200);
        // Counted per client: another key starts from zero.
        const auto globex = SandboxHttp::withKey(seeded::globexKey);
        QCOMPARE(m_http.get(tokenUrl(m_server, QStringLiteral("fault-flaky")), globex).status, 503);
        // And a reset starts everyone over.
        m_server.resetFaultCounters();
        QCOMPARE(token(QStringLiteral("fault-flaky")).status, 503);
    }

    void flakyDropThenSucceeds()
    {
        QCOMPARE(token(QStringLiteral("fault-flaky-drop"), 5000).error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(token(QStringLiteral("fault-flaky-drop")).status, 200);
    }

    void resetThroughTheAdminApi()
    {
        QCOMPARE(token(QStringLiteral("fault-flaky")).status, 503);
        QCOMPARE(token(QStringLiteral("fault-flaky")).status, 503);
        QCOMPARE(m_http.post(endpoint(m_server, QStringLiteral("/sandbox/reset")), "{}").status, 200);
        QCOMPARE(token(QStringLiteral("fault-flaky")).status, 503);
    }

    void scenarioFaultsOnOtherEndpoints()
    {
        auto load = Scenario::fromJson(R"({
            "tenants": [{"id": "tn", "balance_usd": 5}],
            "users": [{"id": "u", "email": "u@x.example", "tenant": "tn"}],
            "api_keys": [{"key": "vendo_sk_abcdefghijklmnopqrstuvwxyz012345", "tenant": "tn"}],
            "providers": [{"slug": "openai"}],
            "connections": [{"owner": "tn", "slug": "openai", "profile": "byok_static", "status": "connected"}],
            "faults": [
                {"endpoint": "bulk", "transport": "malformed_json"},
                {"endpoint": "jwks", "status": 503, "shape": "empty", "fail_times": 1},
                {"endpoint": "connections", "transport": "wrong_content_type", "content_type": "text/plain"},
                {"endpoint": "balance", "status": 429, "shape": "error_message", "message": "Rate limit exceeded",
                 "retry_after": 60}
            ]
        })");
        QVERIFY(load.has_value());
        SandboxServer server(std::move(load).value());
        QVERIFY(server.start());
        const auto headers = SandboxHttp::withKey(server.demoApiKey());
        QVERIFY(
            !m_http.get(endpoint(server, QStringLiteral("/credentials/_bulk?slugs=openai")), headers).isJsonObject());
        QCOMPARE(m_http.get(server.jwksUrl()).status, 503);
        QCOMPARE(m_http.get(server.jwksUrl()).status, 200);
        QCOMPARE(m_http.get(endpoint(server, QStringLiteral("/api/deployments/me/connections")), headers)
                     .header("Content-Type"),
                 QByteArray("text/plain"));
        const Exchange balance = m_http.get(endpoint(server, QStringLiteral("/api/v1/balance")), headers);
        QCOMPARE(balance.status, 429);
        QCOMPARE(balance.header("Retry-After"), QByteArray("60"));
        // Untouched endpoints answer normally.
        QCOMPARE(m_http.get(tokenUrl(server, QStringLiteral("openai")), headers).status, 200);
    }

    void stopAbandonsHangingRequests()
    {
        SandboxServer server;
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        QNetworkRequest request(tokenUrl(server, QStringLiteral("fault-hang")));
        request.setRawHeader("Authorization", "Bearer " + server.demoApiKey().toUtf8());
        QNetworkReply *reply = manager.get(request);
        QSignalSpy served(&server, &SandboxServer::requestServed);
        QVERIFY(served.wait(5000));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        server.stop();
        QVERIFY(finished.wait(5000));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        delete reply;
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"

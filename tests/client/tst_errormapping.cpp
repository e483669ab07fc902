// Every row of docs/service-contract.md's error table, every body shape and every Retry-After form, driven through
// the real client over a fake QNetworkAccessManager.
#include "ClientTestSupport.h"
#include "FakeClock.h"
#include "client/ResponseDecoder.h"

#include <QJsonDocument>
#include <QTest>

#include <climits>

using namespace vendo::client;
using namespace vendo::test;
using Kind = VendoError::Kind;

Q_DECLARE_METATYPE(vendo::client::VendoError::Kind)

class TestErrorMapping : public QObject
{
    Q_OBJECT

    FakeNetworkAccessManager m_network;
    FakeClock m_clock { 1767225600 }; // 2026-01-01T00:00:00Z

    VendoClient client()
    {
        return VendoClient(&m_network, loopbackProfile(), canaryApiKey())
            .withRetryPolicy(RetryPolicy::immediate())
            .withClock(&m_clock);
    }

    VendoError fetchError(const CannedResponse &response)
    {
        m_network.setHandler([response](const QNetworkRequest &) { return response; });
        const auto result = waitToken(client().token(QStringLiteral("github")));
        if (!result)
            qFatal("no result");
        if (result->ok())
            return VendoError::make(Kind::Cancelled, QStringLiteral("unexpected success"));
        return result->value.error();
    }

private slots:
    void errorTable_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("className");

        QTest::newRow("app_unknown") << "app_unknown" << 401 << Kind::AuthError << "AuthError";
        QTest::newRow("app_revoked") << "app_revoked" << 401 << Kind::AuthError << "AuthError";
        QTest::newRow("app_expired") << "app_expired" << 401 << Kind::AuthError << "AuthError";
        QTest::newRow("binding_missing") << "binding_missing" << 403 << Kind::NotConnected << "NotConnected";
        QTest::newRow("connection_revoked") << "connection_revoked" << 403 << Kind::NotConnected << "NotConnected";
        QTest::newRow("connection_needs_reauth")
            << "connection_needs_reauth" << 401 << Kind::NeedsReauth << "NeedsReauth";
        QTest::newRow("balance_exhausted")
            << "balance_exhausted" << 402 << Kind::BalanceExhausted << "BalanceExhausted";
        QTest::newRow("spend_cap_daily 429")
            << "spend_cap_daily" << 429 << Kind::SpendCapExceeded << "SpendCapExceeded";
        QTest::newRow("spend_cap_monthly 402")
            << "spend_cap_monthly" << 402 << Kind::SpendCapExceeded << "SpendCapExceeded";
        QTest::newRow("upstream_rate_limited") << "upstream_rate_limited" << 429 << Kind::RateLimited << "RateLimited";
        QTest::newRow("upstream_error") << "upstream_error" << 502 << Kind::UpstreamError << "UpstreamError";
        QTest::newRow("validation_failed") << "validation_failed" << 400 << Kind::ValidationError << "ValidationError";
        QTest::newRow("idempotency_conflict")
            << "idempotency_conflict" << 409 << Kind::IdempotencyConflict << "IdempotencyConflict";
        QTest::newRow("vendo_only_feature on the wire")
            << "vendo_only_feature" << 400 << Kind::VendoOnlyFeature << "VendoOnlyFeature";
        QTest::newRow("identity_not_present on the wire")
            << "identity_not_present" << 400 << Kind::IdentityNotPresent << "IdentityNotPresent";
        QTest::newRow("provider_unknown") << "provider_unknown" << 404 << Kind::Base << "VendoError";
        QTest::newRow("profile_unsupported") << "profile_unsupported" << 500 << Kind::Base << "VendoError";
        QTest::newRow("unknown code") << "brand_new_code" << 418 << Kind::Base << "VendoError";
        // The class is chosen by code, not status.
        QTest::newRow("binding_missing with 500") << "binding_missing" << 500 << Kind::NotConnected << "NotConnected";
        QTest::newRow("legacy spelling is unknown on the wire") << "not_connected" << 403 << Kind::Base << "VendoError";
    }

    void errorTable()
    {
        QFETCH(QString, code);
        QFETCH(int, status);
        QFETCH(Kind, kind);
        QFETCH(QString, className);

        // Via the Vendo-Error-Code header (body without a code).
        VendoError viaHeader = fetchError(CannedResponse::json(status, "{\"error\":{\"message\":\"m\"}}",
                                                               { { "Vendo-Error-Code", code.toLatin1() } }));
        QCOMPARE(viaHeader.kind, kind);
        QCOMPARE(viaHeader.className(), className);
        QCOMPARE(viaHeader.sdkClass(), className);
        QCOMPARE(viaHeader.code, code);
        QCOMPARE(viaHeader.httpStatus, status);
        QCOMPARE(viaHeader.message, QStringLiteral("m"));
        QVERIFY(!viaHeader.remediation().isEmpty());
        QCOMPARE(viaHeader.category(), VendoError::Category::Service);

        // Via the body's error.code.
        const QByteArray body = "{\"error\":{\"code\":\"" + code.toLatin1() + "\",\"message\":\"m\"}}";
        VendoError viaBody = fetchError(CannedResponse::json(status, body));
        QCOMPARE(viaBody.kind, kind);
        QCOMPARE(viaBody.code, code);

        const QJsonObject json = viaBody.toJson();
        QCOMPARE(json.value(QLatin1String("class")).toString(), className);
        QCOMPARE(json.value(QLatin1String("code")).toString(), code);
        QCOMPARE(json.value(QLatin1String("status")).toInt(), status);
        QVERIFY(json.contains(QLatin1String("retry_after")));
        QVERIFY(!json.value(QLatin1String("remediation")).toString().isEmpty());
        QCOMPARE(json.value(QLatin1String("sdk_class")).toString(), className);
    }

    void headerWinsOverBody()
    {
        const VendoError error
            = fetchError(CannedResponse::json(403, "{\"error\":{\"code\":\"app_unknown\",\"message\":\"m\"}}",
                                              { { "Vendo-Error-Code", "binding_missing" } }));
        QCOMPARE(error.kind, Kind::NotConnected);
        QCOMPARE(error.code, QStringLiteral("binding_missing"));
    }

    void bodyShapes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detail");

        QTest::newRow("full error object")
            << 401
            << QByteArray(
                   "{\"error\":{\"code\":\"connection_needs_reauth\",\"message\":\"Grant expired\",\"slug\":\"github\","
                   "\"retry_after\":null,\"connect_url\":\"https://vendo.run/connect/github\","
                   "\"suggested_fix\":\"Reconnect GitHub\"}}")
            << QByteArray("application/json") << Kind::NeedsReauth << "connection_needs_reauth"
            << "Grant expired"
            << "";
        QTest::newRow("error with message only (connections 401)")
            << 401 << QByteArray("{\"error\":{\"message\":\"Missing or invalid Bearer token\"}}")
            << QByteArray("application/json") << Kind::Base << "internal_error"
            << "Missing or invalid Bearer token"
            << "";
        QTest::newRow("connections 500") << 500 << QByteArray("{\"error\":{\"message\":\"Internal server error\"}}")
                                         << QByteArray("application/json") << Kind::Base << "internal_error"
                                         << "Internal server error"
                                         << "";
        QTest::newRow("balance 429") << 429 << QByteArray("{\"error\":{\"message\":\"Rate limit exceeded\"}}")
                                     << QByteArray("application/json") << Kind::Base << "internal_error"
                                     << "Rate limit exceeded"
                                     << "";
        QTest::newRow("top-level message") << 400 << QByteArray("{\"message\":\"Bad slug\"}")
                                           << QByteArray("application/json") << Kind::Base << "internal_error"
                                           << "Bad slug"
                                           << "";
        QTest::newRow("credentials service string error")
            << 404 << QByteArray("{\"error\":\"not_found\",\"detail\":\"No binding for slug x\"}")
            << QByteArray("application/json") << Kind::Base << "internal_error"
            << "not_found"
            << "No binding for slug x";
        QTest::newRow("html error page") << 502 << QByteArray("<html><body>Bad gateway</body></html>")
                                         << QByteArray("text/html") << Kind::Base << "internal_error"
                                         << "HTTP 502 without a message."
                                         << "37 byte(s) of text/html that are not JSON.";
        // A body that is not JSON is kept as its length and type: an excerpt could hold anything echoed.
        QTest::newRow("text echoing the key")
            << 500 << QByteArray("upstream refused key " + canaryApiKey().toUtf8() + " for this app")
            << QByteArray("text/plain; charset=utf-8") << Kind::Base << "internal_error"
            << "HTTP 500 without a message."
            << "78 byte(s) of text/plain; charset=utf-8 that are not JSON.";
        QTest::newRow("message naming the key") << 401
                                                << QByteArray("{\"error\":{\"code\":\"app_revoked\",\"message\":\"Key "
                                                              + canaryApiKey().toUtf8() + " was revoked\"}}")
                                                << QByteArray("application/json") << Kind::AuthError << "app_revoked"
                                                << "Key vendo_sk_CAN\u2026 was revoked"
                                                << "";
        QTest::newRow("empty body") << 503 << QByteArray() << QByteArray("application/json") << Kind::Base
                                    << "internal_error"
                                    << "HTTP 503 without a message."
                                    << "";
        QTest::newRow("error is a number")
            << 400 << QByteArray("{\"error\":42}") << QByteArray("application/json") << Kind::Base << "internal_error"
            << "HTTP 400 without a message."
            << "";
    }

    void bodyShapes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(Kind, kind);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, detail);
        CannedResponse response = CannedResponse::json(status, body);
        response.headers = { { "Content-Type", contentType } };
        const VendoError error = fetchError(response);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.code, code);
        QCOMPARE(error.message, message);
        QCOMPARE(error.detail, detail);
        QCOMPARE(error.httpStatus, status);
    }

    void fullErrorObjectIsCarried()
    {
        const VendoError error = fetchError(CannedResponse::json(
            429,
            "{\"error\":{\"code\":\"spend_cap_daily\",\"message\":\"Cap\",\"slug\":\"openai\",\"retry_after\":120,"
            "\"connect_url\":\"https://vendo.run/c\",\"suggested_fix\":\"Raise the cap\"}}"));
        QCOMPARE(error.slug, QStringLiteral("openai")); // the body's slug, not the one asked
        QCOMPARE(error.connectUrl, QStringLiteral("https://vendo.run/c"));
        QCOMPARE(error.suggestedFix, QStringLiteral("Raise the cap"));
        QCOMPARE(error.retryAfter, std::optional<int>(120));
        const QJsonObject json = error.toJson();
        QCOMPARE(json.value(QLatin1String("retry_after")).toInt(), 120);
        QCOMPARE(json.value(QLatin1String("connect_url")).toString(), QStringLiteral("https://vendo.run/c"));
        QCOMPARE(json.value(QLatin1String("suggested_fix")).toString(), QStringLiteral("Raise the cap"));
    }

    // docs/service-contract.md: connect links are built like the SDK's connectUrl and carry the key.
    void connectUrlCarryingTheKeyIsMaskedInEveryOutput()
    {
        const QString link = QStringLiteral("https://vendo.run/connections/connect/notion?app_key=") + canaryApiKey()
            + QStringLiteral("&state=s1");
        const VendoError error = fetchError(CannedResponse::json(
            401,
            "{\"error\":{\"code\":\"connection_needs_reauth\",\"message\":\"Re-authorize\",\"connect_url\":\""
                + link.toUtf8() + "\",\"suggested_fix\":\"Open " + link.toUtf8() + "\"}}"));
        QCOMPARE(error.connectUrl, link); // whole, for the confirmed "open in browser"
        const QString masked = QStringLiteral("https://vendo.run/connections/connect/notion?app_key=vendo_sk_CAN")
            + QChar(0x2026) + QStringLiteral("&state=s1");
        QCOMPARE(error.shownConnectUrl(), masked);
        QCOMPARE(error.shownConnectUrl(VendoError::UrlDisclosure::Revealed), link);
        QCOMPARE(error.suggestedFix, QStringLiteral("Open ") + masked);
        const QJsonObject json = error.toJson();
        QCOMPARE(json.value(QLatin1String("connect_url")).toString(), masked);
        QVERIFY(!QJsonDocument(json).toJson().contains(canaryApiKey().toUtf8()));
        QCOMPARE(error.toJson(VendoError::UrlDisclosure::Revealed).value(QLatin1String("connect_url")).toString(),
                 link);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected"); // -1: none

        const QByteArray plain = "{\"error\":{\"code\":\"upstream_rate_limited\",\"message\":\"slow down\"}}";
        QTest::newRow("seconds") << QByteArray("30") << plain << 30;
        QTest::newRow("seconds with spaces") << QByteArray(" 7 ") << plain << 7;
        QTest::newRow("zero") << QByteArray("0") << plain << 0;
        QTest::newRow("IMF-fixdate") << QByteArray("Thu, 01 Jan 2026 00:02:00 GMT") << plain << 120;
        QTest::newRow("RFC 850 date") << QByteArray("Thursday, 01-Jan-26 00:01:00 GMT") << plain << 60;
        QTest::newRow("asctime date") << QByteArray("Thu Jan  1 00:00:45 2026") << plain << 45;
        QTest::newRow("date in the past") << QByteArray("Wed, 31 Dec 2025 23:00:00 GMT") << plain << 0;
        // Found by fuzz_response: seconds to a date centuries ahead overflowed int and came out negative.
        QTest::newRow("date centuries ahead") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << plain << INT_MAX;
        QTest::newRow("asctime date centuries ahead") << QByteArray("Wed Oct 21 07:28:00 4052") << plain << INT_MAX;
        QTest::newRow("garbage") << QByteArray("soon") << plain << -1;
        QTest::newRow("negative") << QByteArray("-5") << plain << -1;
        QTest::newRow("absent") << QByteArray() << plain << -1;
        QTest::newRow("body retry_after")
            << QByteArray()
            << QByteArray("{\"error\":{\"code\":\"spend_cap_daily\",\"message\":\"m\",\"retry_after\":3600}}") << 3600;
        QTest::newRow("header wins over body")
            << QByteArray("5")
            << QByteArray("{\"error\":{\"code\":\"spend_cap_daily\",\"message\":\"m\",\"retry_after\":3600}}") << 5;
    }

    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!header.isEmpty())
            headers.append({ "Retry-After", header });
        const VendoError error = fetchError(CannedResponse::json(429, body, headers));
        QCOMPARE(error.retryAfter.value_or(-1), expected);
        QCOMPARE(error.toJson().value(QLatin1String("retry_after")).isNull(), expected < 0);
    }

    void requestIdIsReported()
    {
        m_network.setHandler([](const QNetworkRequest &) {
            return CannedResponse::json(403, "{\"error\":{\"code\":\"binding_missing\",\"message\":\"m\"}}",
                                        { { "X-Request-Id", "req_123" } });
        });
        const auto result = waitToken(client().token(QStringLiteral("github")));
        QVERIFY(result);
        QCOMPARE(result->meta.requestId, QStringLiteral("req_123"));
        QCOMPARE(result->value.error().requestId, QStringLiteral("req_123"));
        QCOMPARE(result->value.error().slug, QStringLiteral("github"));
        QCOMPARE(result->meta.httpStatus, 403);
        QCOMPARE(result->meta.attempts, 1);
    }
};

QTEST_GUILESS_MAIN(TestErrorMapping)
#include "tst_errormapping.moc"

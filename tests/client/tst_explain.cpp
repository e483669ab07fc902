// explain(): codes (current and legacy), class names, HTTP statuses and pasted log lines.
#include "client/ErrorCatalog.h"
#include "client/Explain.h"

#include <QTest>

using namespace vendo::client;
using Kind = VendoError::Kind;
using Source = Explanation::Source;

Q_DECLARE_METATYPE(vendo::client::VendoError::Kind)
Q_DECLARE_METATYPE(vendo::client::Explanation::Source)

class TestExplain : public QObject
{
    Q_OBJECT

private slots:
    void explain_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Source>("source");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");

        QTest::newRow("current code") << "binding_missing" << Source::Code << Kind::NotConnected << "binding_missing"
                                      << 403;
        QTest::newRow("code upper case") << "APP_REVOKED" << Source::Code << Kind::AuthError << "app_revoked" << 401;
        QTest::newRow("legacy not_connected")
            << "not_connected" << Source::LegacyCode << Kind::NotConnected << "binding_missing" << 403;
        QTest::newRow("legacy needs_reauth")
            << "needs_reauth" << Source::LegacyCode << Kind::NeedsReauth << "connection_needs_reauth" << 401;
        QTest::newRow("legacy auth") << "auth" << Source::LegacyCode << Kind::AuthError << "app_unknown" << 401;
        QTest::newRow("legacy rate_limited")
            << "rate_limited" << Source::LegacyCode << Kind::RateLimited << "upstream_rate_limited" << 429;
        QTest::newRow("legacy spend_cap_exceeded")
            << "spend_cap_exceeded" << Source::LegacyCode << Kind::SpendCapExceeded << "spend_cap_daily" << 429;
        QTest::newRow("legacy upstream") << "upstream" << Source::LegacyCode << Kind::UpstreamError << "upstream_error"
                                         << 502;
        QTest::newRow("legacy validation")
            << "validation" << Source::LegacyCode << Kind::ValidationError << "validation_failed" << 400;
        QTest::newRow("legacy other") << "other" << Source::LegacyCode << Kind::Base << "internal_error" << 0;
        QTest::newRow("status 403") << "403" << Source::HttpStatus << Kind::NotConnected << "" << 403;
        QTest::newRow("status 502") << "502" << Source::HttpStatus << Kind::UpstreamError << "" << 502;
        QTest::newRow("class name") << "NeedsReauth" << Source::ClassName << Kind::NeedsReauth << "" << 401;
        QTest::newRow("transport code") << "connection_refused" << Source::TransportKind << Kind::ConnectionRefused
                                        << "connection_refused" << 0;
        QTest::newRow("ts sdk log line")
            << "VendoError [NotConnected]: No connection for this provider (code=binding_missing, status=403, "
               "slug=github)"
            << Source::Code << Kind::NotConnected << "binding_missing" << 403;
        QTest::newRow("python traceback line")
            << "vendo.errors.SpendCapExceeded: Daily spend cap reached (spend_cap_daily) retry_after=3600"
            << Source::Code << Kind::SpendCapExceeded << "spend_cap_daily" << 429;
        QTest::newRow("json error body") << "{\"error\":{\"code\":\"upstream_rate_limited\",\"message\":\"slow\"}}"
                                         << Source::Code << Kind::RateLimited << "upstream_rate_limited" << 429;
        QTest::newRow("header line") << "< HTTP/1.1 402 Payment Required\n< vendo-error-code: balance_exhausted"
                                     << Source::Code << Kind::BalanceExhausted << "balance_exhausted" << 402;
        QTest::newRow("legacy in a line") << "[vendo] error code=needs_reauth slug=google" << Source::LegacyCode
                                          << Kind::NeedsReauth << "connection_needs_reauth" << 401;
        QTest::newRow("status in a line")
            << "GET /credentials/github -> 401 in 120ms" << Source::HttpStatus << Kind::AuthError << "" << 401;
        // Status only from status-like fields (issue 19, item 7): real log lines from each SDK's language.
        QTest::newRow("python traceback, line 412 is not a status")
            << "Traceback (most recent call last):\n"
               "  File \"/srv/app/handlers.py\", line 412, in get_google_token\n"
               "    token = client.for_request(request.headers).token(\"google\")\n"
               "  File \"/usr/local/lib/python3.11/site-packages/vendo/_http.py\", line 188, in _raise\n"
               "    raise errors.NotConnected(message)\n"
               "vendo.errors.NotConnected: Google is not connected for this user"
            << Source::ClassName << Kind::NotConnected << "" << 403;
        QTest::newRow("python frame alone")
            << "  File \"/srv/app/views.py\", line 412, in token_view" << Source::Unrecognised << Kind::Base << "" << 0;
        QTest::newRow("python requests HTTPError")
            << "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: "
               "https://credentials.vendo.run/google"
            << Source::HttpStatus << Kind::AuthError << "" << 401;
        QTest::newRow("python dict status_code")
            << "{'status_code': 402, 'detail': 'balance'}" << Source::HttpStatus << Kind::BalanceExhausted << "" << 402;
        QTest::newRow("node stack frame alone")
            << "    at VendoClient.token (/app/node_modules/@vendodev/sdk/dist/index.js:412:15)" << Source::Unrecognised
            << Kind::Base << "" << 0;
        QTest::newRow("node class with stack")
            << "NeedsReauth: Google needs re-authorisation\n"
               "    at HttpAdapter.request (/app/node_modules/@vendodev/sdk/dist/http.js:502:13)"
            << Source::ClassName << Kind::NeedsReauth << "" << 401;
        QTest::newRow("axios status code, sentence end") << "AxiosError: Request failed with status code 429."
                                                         << Source::HttpStatus << Kind::RateLimited << "" << 429;
        QTest::newRow("node json statusCode") << "{\"statusCode\": 403, \"message\": \"Forbidden\"}"
                                              << Source::HttpStatus << Kind::NotConnected << "" << 403;
        QTest::newRow("swift statusCode, line 412")
            << "VendoSwift: GET https://credentials.vendo.run/google finished with statusCode: 503 "
               "(file: TokenService.swift, line: 412)"
            << Source::HttpStatus << Kind::Base << "" << 503;
        QTest::newRow("swift fatal error line")
            << "Fatal error: file App/TokenService.swift, line 502" << Source::Unrecognised << Kind::Base << "" << 0;
        QTest::newRow("nginx access log")
            << "10.0.3.7 - - [06/Dec/2026:03:14:07 +0000] \"GET /google HTTP/1.1\" 401 96 \"-\" "
               "\"python-requests/2.31.0\""
            << Source::HttpStatus << Kind::AuthError << "" << 401;
        QTest::newRow("envoy access log")
            << "[2026-12-06T03:14:07.512Z] \"GET /google HTTP/1.1\" 503 UF 0 91 30001 - \"10.0.3.7\" \"node\" "
               "\"credentials.vendo.run\" \"10.0.9.2:443\""
            << Source::HttpStatus << Kind::Base << "" << 503;
        QTest::newRow("http/2 status line")
            << "< HTTP/2 429\n< retry-after: 30" << Source::HttpStatus << Kind::RateLimited << "" << 429;
        QTest::newRow("durations and sizes are not statuses")
            << "GET /google took 402 ms, 404 bytes" << Source::Unrecognised << Kind::Base << "" << 0;
        QTest::newRow("code with status field") << "error code=binding_missing status=403 at index.js:412:15"
                                                << Source::Code << Kind::NotConnected << "binding_missing" << 403;
        QTest::newRow("nothing") << "hello world" << Source::Unrecognised << Kind::Base << "" << 0;
        QTest::newRow("empty") << "" << Source::Unrecognised << Kind::Base << "" << 0;
        QTest::newRow("version number is not a status")
            << "sdk 1.403.2" << Source::Unrecognised << Kind::Base << "" << 0;
    }

    void explain()
    {
        QFETCH(QString, input);
        QFETCH(Source, source);
        QFETCH(Kind, kind);
        QFETCH(QString, code);
        QFETCH(int, status);
        const Explanation e = vendo::client::explain(input);
        QCOMPARE(e.source, source);
        QVERIFY(!e.meaning.isEmpty());
        QVERIFY(!e.fix.isEmpty());
        if (source == Source::Unrecognised)
            return;
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.className, ErrorCatalog::className(kind));
        QCOMPARE(e.code, code);
        QCOMPARE(e.httpStatus, status);
        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(QLatin1String("class")).toString(), e.className);
        QVERIFY(json.value(QLatin1String("recognised")).toBool());
    }

    void everyCodeAndLegacySpellingIsExplained()
    {
        for (const QString &code : ErrorCatalog::currentCodes())
            QVERIFY2(vendo::client::explain(code).source == Source::Code, qPrintable(code));
        for (const QString &code : ErrorCatalog::legacyCodes())
            QVERIFY2(vendo::client::explain(code).recognised(), qPrintable(code));
    }

    // Issue 19 item 13: getting a customer re-connected never means handing them a link that carries the
    // app key. The fix says what the customer does in the app, and that the link is for the operator only,
    // opened after a confirmation that shows its host.
    void reconnectFixKeepsTheKeyedLinkWithTheOperator_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("binding_missing") << "binding_missing";
        QTest::newRow("connection_revoked") << "connection_revoked";
        QTest::newRow("connection_needs_reauth") << "connection_needs_reauth";
        QTest::newRow("legacy not_connected") << "not_connected";
        QTest::newRow("legacy needs_reauth") << "needs_reauth";
        QTest::newRow("class NeedsReauth") << "NeedsReauth";
        QTest::newRow("class NotConnected") << "NotConnected";
    }

    void reconnectFixKeepsTheKeyedLinkWithTheOperator()
    {
        QFETCH(QString, input);
        const Explanation e = vendo::client::explain(input);
        QVERIFY(e.kind == Kind::NotConnected || e.kind == Kind::NeedsReauth);
        for (const char *part : { "The customer ", "in your app", "signed in as themselves", "Never send them",
                                  "carries the app's API key", "for you only", "confirmation that shows its host" })
            QVERIFY2(e.fix.contains(QLatin1String(part)),
                     qPrintable(QLatin1String(part) + QStringLiteral(" missing in: ") + e.fix));
        // The old advice sent the customer to the keyed link.
        QVERIFY2(!e.fix.contains(QLatin1String("open the connect URL")), qPrintable(e.fix));
        QCOMPARE(ErrorCatalog::remediation(e.kind), e.fix);
    }

    void hugeInputIsBounded()
    {
        const Explanation e = vendo::client::explain(QString(10'000'000, QLatin1Char('x')));
        QVERIFY(!e.recognised());
    }
};

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"

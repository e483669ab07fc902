#include "FakeClock.h"
#include "jwt/Base64Url.h"
#include "jwt/JwtDecoder.h"
#include "jwt/TokenJudge.h"
#include "jwt/TokenReport.h"

#include <QJsonArray>
#include <QTest>

using namespace vendo;
using namespace vendo::jwt;

namespace {

constexpr qint64 kExp = 1'767'229'200; // 2026-01-01T01:00:00Z
constexpr qint64 kIat = kExp - 3600;

QByteArray token(const QByteArray &payloadJson, const QByteArray &headerJson = R"({"alg":"ES256","kid":"k1"})")
{
    return base64UrlEncode(headerJson) + '.' + base64UrlEncode(payloadJson) + '.' + base64UrlEncode("sig");
}

QByteArray timed(qint64 exp, std::optional<qint64> nbf = std::nullopt)
{
    QByteArray json
        = "{\"sub\":\"u\",\"iat\":" + QByteArray::number(exp - 3600) + ",\"exp\":" + QByteArray::number(exp);
    if (nbf)
        json += ",\"nbf\":" + QByteArray::number(*nbf);
    return json + '}';
}

} // namespace

class TestVerdict : public QObject
{
    Q_OBJECT

private slots:
    void timeAxis_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("leeway");
        QTest::addColumn<QString>("time");
        QTest::addColumn<qint64>("delta");
        QTest::addColumn<bool>("withinLeeway");

        QTest::newRow("1 s before exp") << timed(kExp) << kExp - 1 << qint64(60) << "valid" << qint64(1) << false;
        QTest::newRow("exactly at exp, leeway 60") << timed(kExp) << kExp << qint64(60) << "valid" << qint64(0) << true;
        QTest::newRow("exp + leeway - 1") << timed(kExp) << kExp + 59 << qint64(60) << "valid" << qint64(-59) << true;
        QTest::newRow("exactly at exp + leeway")
            << timed(kExp) << kExp + 60 << qint64(60) << "expired" << qint64(60) << false;
        QTest::newRow("exp - leeway") << timed(kExp) << kExp - 60 << qint64(60) << "valid" << qint64(60) << false;
        QTest::newRow("exactly at exp, no leeway")
            << timed(kExp) << kExp << qint64(0) << "expired" << qint64(0) << false;
        QTest::newRow("1 s before exp, no leeway")
            << timed(kExp) << kExp - 1 << qint64(0) << "valid" << qint64(1) << false;
        QTest::newRow("expired 3 h ago") << timed(kExp) << kExp + 3 * 3600 << qint64(60) << "expired"
                                         << qint64(3 * 3600) << false;
        QTest::newRow("custom leeway 300")
            << timed(kExp) << kExp + 299 << qint64(300) << "valid" << qint64(-299) << true;
        QTest::newRow("nbf - leeway - 1")
            << timed(kExp, kIat) << kIat - 61 << qint64(60) << "not_yet_valid" << qint64(61) << false;
        QTest::newRow("exactly at nbf - leeway")
            << timed(kExp, kIat) << kIat - 60 << qint64(60) << "valid" << qint64(kExp - kIat + 60) << false;
        QTest::newRow("1 s before nbf, no leeway")
            << timed(kExp, kIat) << kIat - 1 << qint64(0) << "not_yet_valid" << qint64(1) << false;
        QTest::newRow("exactly at nbf, no leeway")
            << timed(kExp, kIat) << kIat << qint64(0) << "valid" << qint64(3600) << false;
        QTest::newRow("no exp") << QByteArray(R"({"sub":"u"})") << kExp << qint64(60) << "no_exp" << qint64(0) << false;
        QTest::newRow("exp as string") << QByteArray(R"({"exp":"1767229200"})") << kExp << qint64(60) << "unknown"
                                       << qint64(0) << false;
        QTest::newRow("exp fractional") << QByteArray(R"({"exp":1767229200.5})") << kExp - 10 << qint64(60) << "valid"
                                        << qint64(10) << false;
        QTest::newRow("exp in exponent form")
            << QByteArray(R"({"exp":1.7672292E9})") << kExp + 60 << qint64(60) << "expired" << qint64(60) << false;
        QTest::newRow("payload unreadable")
            << QByteArray("not json") << kExp << qint64(60) << "unknown" << qint64(0) << false;
    }

    void timeAxis()
    {
        QFETCH(QByteArray, payload);
        QFETCH(qint64, now);
        QFETCH(qint64, leeway);
        QFETCH(QString, time);
        QFETCH(qint64, delta);
        QFETCH(bool, withinLeeway);
        test::FakeClock clock(now);
        VerdictOptions options;
        options.leewaySeconds = leeway;
        options.futureToleranceSeconds = 0; // these rows test the leeway alone
        const Verdict verdict = TokenJudge::judge(decode(token(payload)), clock, options);
        QCOMPARE(timeStatusName(verdict.time), time);
        QCOMPARE(verdict.timeDeltaSeconds, delta);
        QCOMPARE(verdict.evaluatedAt, now);
        QCOMPARE(verdict.hasWarning(WarningKind::ExpiredWithinLeeway), withinLeeway);
        QCOMPARE(verdict.hasWarning(WarningKind::NoExp), time == QLatin1String("no_exp"));
    }

    // The default options are the service's rules (issue 19, item 6): no leeway for exp, nbf and iat
    // up to 60 s ahead. A token expired 7 s ago is expired, as the server says.
    void serviceRules_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QString>("time");
        QTest::addColumn<qint64>("delta");

        QTest::newRow("expired 7 s ago") << timed(kExp) << kExp + 7 << "expired" << qint64(7);
        QTest::newRow("exactly at exp") << timed(kExp) << kExp << "expired" << qint64(0);
        QTest::newRow("1 s before exp") << timed(kExp) << kExp - 1 << "valid" << qint64(1);
        QTest::newRow("nbf 30 s ahead: the service accepts it")
            << timed(kExp, kIat) << kIat - 30 << "valid" << qint64(kExp - kIat + 30);
        QTest::newRow("nbf 60 s ahead") << timed(kExp, kIat) << kIat - 60 << "valid" << qint64(kExp - kIat + 60);
        QTest::newRow("nbf 61 s ahead") << timed(kExp, kIat) << kIat - 61 << "not_yet_valid" << qint64(61);
        QTest::newRow("nbf 9 min ahead: valid in 9 min")
            << timed(kExp, kIat) << kIat - 540 << "not_yet_valid" << qint64(540);
    }

    void serviceRules()
    {
        QFETCH(QByteArray, payload);
        QFETCH(qint64, now);
        QFETCH(QString, time);
        QFETCH(qint64, delta);
        test::FakeClock clock(now);
        const Verdict verdict = TokenJudge::judge(decode(token(payload)), clock, VerdictOptions {});
        QCOMPARE(verdict.leewaySeconds, qint64(0));
        QCOMPARE(timeStatusName(verdict.time), time);
        QCOMPARE(verdict.timeDeltaSeconds, delta);
        QVERIFY(!verdict.hasWarning(WarningKind::ExpiredWithinLeeway));
        if (time == QLatin1String("not_yet_valid"))
            QVERIFY2(verdict.timeText().contains(QLatin1String("becomes valid in")), qPrintable(verdict.timeText()));
    }

    void warnings_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("expectedIssuer");
        QTest::addColumn<QString>("expectedAudience");
        QTest::addColumn<QStringList>("codes");

        const QByteArray good = "{\"iss\":\"https://auth.vendo.run/auth/v1\",\"aud\":\"authenticated\",\"iat\":"
            + QByteArray::number(kIat) + ",\"exp\":" + QByteArray::number(kExp) + '}';
        const QByteArray es256 = R"({"alg":"ES256","kid":"k1"})";
        const QString iss = QStringLiteral("https://auth.vendo.run/auth/v1");
        const QString aud = QStringLiteral("authenticated");

        QTest::newRow("clean") << es256 << good << iss << aud << QStringList();
        QTest::newRow("alg none") << QByteArray(R"({"alg":"none"})") << good << iss << aud
                                  << QStringList { QStringLiteral("alg_none") };
        QTest::newRow("HS256") << QByteArray(R"({"alg":"HS256","kid":"k"})") << good << iss << aud
                               << QStringList { QStringLiteral("hmac_identity_token") };
        QTest::newRow("missing kid") << QByteArray(R"({"alg":"RS256"})") << good << iss << aud
                                     << QStringList { QStringLiteral("missing_kid") };
        QTest::newRow("iat in the future") << es256
                                           << QByteArray("{\"iat\":" + QByteArray::number(kIat + 7200)
                                                         + ",\"exp\":" + QByteArray::number(kIat + 7200 + 3600) + '}')
                                           << QString() << QString() << QStringList { QStringLiteral("iat_in_future") };
        QTest::newRow("24 h lifetime") << es256
                                       << QByteArray("{\"iat\":" + QByteArray::number(kExp - 86400)
                                                     + ",\"exp\":" + QByteArray::number(kExp) + '}')
                                       << QString() << QString() << QStringList { QStringLiteral("unusual_lifetime") };
        QTest::newRow("55 min lifetime is close enough")
            << es256
            << QByteArray("{\"iat\":" + QByteArray::number(kExp - 3300) + ",\"exp\":" + QByteArray::number(kExp) + '}')
            << QString() << QString() << QStringList();
        QTest::newRow("other issuer") << es256 << good << QStringLiteral("https://staging.vendo.run/auth/v1") << aud
                                      << QStringList { QStringLiteral("iss_mismatch") };
        QTest::newRow("other audience") << es256 << good << iss << QStringLiteral("service")
                                        << QStringList { QStringLiteral("aud_mismatch") };
        QTest::newRow("audience array contains it")
            << es256
            << QByteArray("{\"aud\":[\"x\",\"authenticated\"],\"iat\":" + QByteArray::number(kIat)
                          + ",\"exp\":" + QByteArray::number(kExp) + '}')
            << QString() << aud << QStringList();
        QTest::newRow("string exp") << es256 << QByteArray(R"({"exp":"soon"})") << QString() << QString()
                                    << QStringList { QStringLiteral("bad_date") };
    }

    void warnings()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, payload);
        QFETCH(QString, expectedIssuer);
        QFETCH(QString, expectedAudience);
        QFETCH(QStringList, codes);
        test::FakeClock clock(kExp - 600);
        VerdictOptions options;
        options.expectedIssuer = expectedIssuer;
        options.expectedAudience = expectedAudience;
        const Verdict verdict = TokenJudge::judge(decode(token(payload, header)), clock, options);
        QStringList actual;
        for (const Warning &warning : verdict.warnings) {
            actual.append(warning.code);
            QVERIFY(!warning.message.isEmpty());
        }
        QCOMPARE(actual, codes);
    }

    // Issue 16 item 13: RFC 7515 section 4.1.11. This tool implements no extension, so any "crit"
    // (and RFC 7797's "b64": false, which changes what the signature covers) makes the token one a
    // recipient must reject: a structure problem with the reason, whatever the signature says.
    void criticalHeaderIsRefused_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("reason"); // empty: accepted
        QTest::newRow("no crit") << QByteArray(R"({"alg":"ES256","kid":"k1"})") << QString();
        QTest::newRow("b64 true, no crit") << QByteArray(R"({"alg":"ES256","kid":"k1","b64":true})") << QString();
        QTest::newRow("crit exp") << QByteArray(R"({"alg":"ES256","kid":"k1","crit":["exp"],"exp":1})")
                                  << QStringLiteral("\"exp\", which this tool does not implement");
        QTest::newRow("b64 false in crit") << QByteArray(R"({"alg":"ES256","kid":"k1","b64":false,"crit":["b64"]})")
                                           << QStringLiteral("the signature covers the payload unencoded (RFC 7797)");
        QTest::newRow("b64 false without crit") << QByteArray(R"({"alg":"ES256","kid":"k1","b64":false})")
                                                << QStringLiteral("without naming it in \"crit\"");
        QTest::newRow("escaped key") << QByteArray(R"({"alg":"ES256","kid":"k1","\u0063rit":["x"],"x":1})")
                                     << QStringLiteral("\"x\"");
        QTest::newRow("empty crit") << QByteArray(R"({"alg":"ES256","kid":"k1","crit":[]})")
                                    << QStringLiteral("not a non-empty list of names");
        QTest::newRow("crit not a list") << QByteArray(R"({"alg":"ES256","kid":"k1","crit":"b64"})")
                                         << QStringLiteral("not a non-empty list of names");
    }

    void criticalHeaderIsRefused()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, reason);
        test::FakeClock clock(kExp - 600);
        const DecodedJwt decoded = decode(token(timed(kExp), header));
        const Verdict verdict = TokenJudge::judge(decoded, clock);
        QCOMPARE(verdict.structureOk, reason.isEmpty());
        QCOMPARE(verdict.time, TimeStatus::Valid); // the rest of the token is still read and judged
        if (reason.isEmpty())
            return;
        QCOMPARE(verdict.problems.size(), 1);
        const StructureProblem &problem = verdict.problems.first();
        QCOMPARE(problem.segment, Segment::Header);
        QCOMPARE(structureErrorName(problem.error), QStringLiteral("unsupported_critical"));
        QVERIFY2(problem.message.contains(reason), qPrintable(problem.message));
        QCOMPARE(decoded.headerJson.mid(problem.decodedOffset, 1), QByteArray("\""));
    }

    void keySetWarningsReachTheVerdict()
    {
        test::FakeClock clock(kExp - 600);
        SignatureCheck check;
        check.status = SignatureStatus::Valid;
        check.keySetWarnings = { QStringLiteral("The JWKS at https://x publishes private key members (d).") };
        const Verdict verdict = TokenJudge::judge(decode(token(timed(kExp))), clock, {}, check);
        QVERIFY(verdict.hasWarning(WarningKind::KeySetExposesSecrets));
        QCOMPARE(verdict.warnings.last().code, QStringLiteral("jwks_exposes_secrets"));
        QCOMPARE(verdict.warnings.last().message, check.keySetWarnings.first());
    }

    void claimsCarryRawTextTypesAndDescriptions()
    {
        const QByteArray payload
            = R"({"sub":"u1","big":123456789012345678901234567890,"exp":1767229200,)"
              R"("amr":[{"method":"password","timestamp":1767225600}],"is_anonymous":false,"x":null})";
        const QList<Claim> claims = Claims::fromToken(decode(token(payload)));
        QCOMPARE(claims.size(), 6);
        QCOMPARE(claims[0].name, QByteArray("sub"));
        QVERIFY(claims[0].isRegistered());
        QVERIFY(!claims[0].description().isEmpty());
        QCOMPARE(claims[1].rawValue, QByteArray("123456789012345678901234567890"));
        QCOMPARE(QByteArray(claims[1].jsonType), QByteArray("number"));
        QVERIFY(claims[1].description().isEmpty());
        QVERIFY(claims[2].date.has_value());
        QCOMPARE(claims[2].date->utcText(), QStringLiteral("2026-01-01 01:00:00 UTC"));
        QCOMPARE(QByteArray(claims[3].jsonType), QByteArray("array"));
        QVERIFY(!claims[3].description().isEmpty());
        QCOMPARE(QByteArray(claims[4].jsonType), QByteArray("boolean"));
        QVERIFY(!claims[4].isRegistered());
        QVERIFY(!claims[4].description().isEmpty());
        for (const char *vendo : { "email", "phone", "role", "aud", "iss", "app_metadata", "user_metadata",
                                   "session_id", "aal", "amr", "is_anonymous", "nbf", "iat", "jti", "auth_time" })
            QVERIFY2(!Claims::describe(vendo).isEmpty(), vendo);
    }

    void relativePhrases_data()
    {
        QTest::addColumn<QByteArray>("claim");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("exp in 12 min") << QByteArray("exp") << qint64(12 * 60) << "expires in 12 min";
        QTest::newRow("exp 3 h ago") << QByteArray("exp") << qint64(-3 * 3600) << "expired 3 h ago";
        QTest::newRow("exp 45 s ago") << QByteArray("exp") << qint64(-45) << "expired 45 s ago";
        QTest::newRow("exp in 3 d") << QByteArray("exp") << qint64(3 * 86400) << "expires in 3 d";
        QTest::newRow("iat 59 min ago") << QByteArray("iat") << qint64(-59 * 60) << "issued 59 min ago";
        QTest::newRow("nbf in 5 min") << QByteArray("nbf") << qint64(5 * 60) << "valid in 5 min";
    }

    void relativePhrases()
    {
        QFETCH(QByteArray, claim);
        QFETCH(qint64, offset);
        QFETCH(QString, phrase);
        QCOMPARE(relativePhrase(claim, kExp + offset, kExp), phrase);
    }

    void dateProblemsAreFlagged_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("problem");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("integer") << QByteArray("1767229200") << int(NumericDate::Problem::None) << kExp;
        QTest::newRow("fraction") << QByteArray("1767229200.25") << int(NumericDate::Problem::Fractional) << kExp;
        QTest::newRow("string") << QByteArray("\"1767229200\"") << int(NumericDate::Problem::NotANumber) << qint64(0);
        QTest::newRow("huge") << QByteArray("99999999999999999999999") << int(NumericDate::Problem::OutOfRange)
                              << qint64(0);
        QTest::newRow("null") << QByteArray("null") << int(NumericDate::Problem::NotANumber) << qint64(0);
    }

    void dateProblemsAreFlagged()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, problem);
        QFETCH(qint64, seconds);
        const NumericDate date = NumericDate::fromRawJson(raw);
        QCOMPARE(int(date.problem), problem);
        QCOMPARE(date.seconds, seconds);
    }

    void reportUsesTheStableFieldNames()
    {
        test::FakeClock clock(kExp - 720);
        const DecodedJwt decoded = decode(token(timed(kExp)));
        const QList<Claim> claims = Claims::fromToken(decoded);
        const QJsonObject report = TokenReport::toJson(decoded, claims, TokenJudge::judge(decoded, claims, clock));
        for (const char *field : { "input", "header", "payload", "verdict", "warnings", "errors" })
            QVERIFY2(report.contains(QLatin1String(field)), field);
        const QJsonObject verdict = report.value(QLatin1String("verdict")).toObject();
        QCOMPARE(verdict.value(QLatin1String("structure")).toString(), QStringLiteral("ok"));
        QCOMPARE(verdict.value(QLatin1String("time")).toString(), QStringLiteral("valid"));
        QCOMPARE(verdict.value(QLatin1String("signature")).toString(), QStringLiteral("not_checked"));
        const QString redacted
            = report.value(QLatin1String("input")).toObject().value(QLatin1String("redacted")).toString();
        QVERIFY(redacted.endsWith(QLatin1String(".<redacted>")));
        QVERIFY(!redacted.contains(QString::fromLatin1(base64UrlEncode("sig"))));
        const QJsonArray claimArray = report.value(QLatin1String("claims")).toArray();
        QCOMPARE(claimArray.at(2).toObject().value(QLatin1String("relative")).toString(),
                 QStringLiteral("expires in 12 min"));
    }
};

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"

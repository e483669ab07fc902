// The one input classifier (core/client/InputClassifier) and its token finder on what customers
// really send: a token wrapped by a mail client (72 columns, "> " quoting, quoted-printable soft
// breaks), a token in a Python traceback and in a chat message, a Chrome DevTools header list, a HAR
// file, prose without any token. Tokens are signed for real (ES256), so signature lengths are real.
#include "client/InputClassifier.h"
#include "jwt/JwsSigner.h"
#include "jwt/Key.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

#include <algorithm>

using namespace vendo::client;
using Kind = InputClassification::Kind;
using Origin = IdentityCandidate::Origin;

Q_DECLARE_METATYPE(vendo::client::InputClassification::Kind)

namespace {

// A real ES256 token for `sub`; `padding` characters in a claim make its length adjustable.
QByteArray signedToken(const QString &sub, int padding = 0)
{
    static const vendo::jwt::Key key
        = vendo::jwt::Key::generate(vendo::jwt::Algorithm::ES256, QStringLiteral("sandbox-key-1")).value();
    const QJsonObject payload { { QStringLiteral("sub"), sub },
                                { QStringLiteral("email"), QStringLiteral("alice@acme.example") },
                                { QStringLiteral("exp"), qint64(4102444800) },
                                { QStringLiteral("pad"), QString(padding, QLatin1Char('x')) } };
    return vendo::jwt::JwsSigner::sign(vendo::jwt::Algorithm::ES256, key, payload).value();
}

const QByteArray &alice()
{
    static const QByteArray token = signedToken(QStringLiteral("a11ce000-0000-4000-8000-000000000001"));
    return token;
}

// `token` cut into lines of `width` characters, each after `prefix`; `softBreak` ends each line but
// the last with "=" (quoted-printable), as a mail client writes it.
QByteArray wrapped(const QByteArray &token, qsizetype width, const QByteArray &prefix, bool softBreak = false)
{
    QByteArray text;
    for (qsizetype i = 0; i < token.size(); i += width) {
        const bool last = i + width >= token.size();
        text += prefix + token.mid(i, width) + (softBreak && !last ? "=" : "") + '\n';
    }
    return text;
}

// A signed token for `sub` in tenant `tenant`, issued `iatOffset` and expiring `expOffset` seconds from now.
QByteArray timedToken(const QString &sub, const QString &tenant, qint64 iatOffset, qint64 expOffset)
{
    static const vendo::jwt::Key key
        = vendo::jwt::Key::generate(vendo::jwt::Algorithm::ES256, QStringLiteral("sandbox-key-1")).value();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject payload { { QStringLiteral("sub"), sub },
                                { QStringLiteral("iat"), now + iatOffset },
                                { QStringLiteral("exp"), now + expOffset },
                                { QStringLiteral("app_metadata"),
                                  QJsonObject { { QStringLiteral("tenant_id"), tenant } } } };
    return vendo::jwt::JwsSigner::sign(vendo::jwt::Algorithm::ES256, key, payload).value();
}

// A HAR of requests (time, header name, header value); built as JSON (moc does not read raw string
// literals that span lines).
QByteArray harOf(const QList<std::tuple<QString, QString, QString>> &requests)
{
    QJsonArray entries;
    int n = 0;
    for (const auto &[time, name, value] : requests) {
        const QJsonObject header { { QStringLiteral("name"), name }, { QStringLiteral("value"), value } };
        entries.append(QJsonObject {
            { QStringLiteral("startedDateTime"), time },
            { QStringLiteral("request"),
              QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") },
                            { QStringLiteral("url"), QStringLiteral("https://a.example/%1").arg(++n) },
                            { QStringLiteral("headers"), QJsonArray { header } } } },
            { QStringLiteral("response"), QJsonObject { { QStringLiteral("status"), 200 } } },
        });
    }
    return QJsonDocument(
               QJsonObject { { QStringLiteral("log"), QJsonObject { { QStringLiteral("entries"), entries } } } })
        .toJson();
}

} // namespace

class TestInputClassifier : public QObject
{
    Q_OBJECT

private slots:
    void realInputs_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QByteArray>("token"); // the preferred candidate's token; empty: none
        QTest::addColumn<int>("wrappedLines");

        const QByteArray token = alice();
        const int lines72 = int((token.size() + 71) / 72);
        QTest::newRow("bare token") << token << Kind::Token << token << 1;
        QTest::newRow("bare token, blanks around") << "\n  " + token + " \n" << Kind::Token << token << 1;
        QTest::newRow("Bearer value") << "Bearer " + token << Kind::Bearer << token << 1;
        QTest::newRow("72-column wrap, alone") << wrapped(token, 72, {}) << Kind::Text << token << lines72;
        QTest::newRow("email, 72-column wrap, > quoted")
            << "On Tue, 1 Dec 2026 at 09:12, Bob Customer <bob@customer.example> wrote:\n"
               "> Hi support,\n"
               "> our Google integration stopped working this morning. Here is the\n"
               "> token from the request that failed:\n"
               "> \n"
                + wrapped(token, 70, "> ")
                + "> \n"
                  "> Thanks,\n"
                  "> Bob\n"
            << Kind::Text << token << int((token.size() + 69) / 70);
        QTest::newRow("email, quoted twice") << "> > Here it is:\n" + wrapped(token, 68, "> > ") + "> > Bob\n"
                                             << Kind::Text << token << int((token.size() + 67) / 68);
        QTest::newRow("quoted-printable soft breaks")
            << "Content-Transfer-Encoding: quoted-printable\n\nThe token is=\n" + wrapped(token, 75, {}, true)
                + "\nRegards=2C Bob\n"
            << Kind::Text << token << int((token.size() + 74) / 75);
        QTest::newRow("python traceback") << "Traceback (most recent call last):\n"
                                             "  File \"/srv/app/agent.py\", line 412, in run\n"
                                             "    tokens = client.for_user(jwt).token(\"google\")\n"
                                             "vendo.errors.AuthError: 401 token rejected (jwt="
                + token + "; request_id=req_7f3a)\n"
                                          << Kind::Text << token << 1;
        // A log line reads as a header line ("2026-12-01T09: ..."): forRequest's answer (IdentityNotPresent)
        // comes first, the token follows it (see logReadAsHeaderLinesOffersItsTokensAfterTheRequest).
        QTest::newRow("log line") << "2026-12-01T09:12:44.118Z WARN agent: forUser failed user_jwt=\"" + token
                + "\" status=401\n"
                                  << Kind::HeaderLines << token << 1;
        QTest::newRow("chat message") << "hey, here's what the app sent: " + token + " — does that look right?"
                                      << Kind::Text << token << 1;
        QTest::newRow("chrome devtools list, :authority first")
            << ":authority\napp.acme.example\n:method\nGET\n:path\n/api/agent/run?thread=42\n:scheme\nhttps\n"
               "accept\napplication/json\nuser-agent\nMozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36\n"
               "x-vendo-user-jwt\n"
                + token + "\nx-vendo-user-email\nalice@acme.example\n"
            << Kind::DevToolsList << token << 1;
        QTest::newRow("header line wrapped in a mail") << "GET /api/agent/run HTTP/1.1\nHost: app.acme.example\n"
                + wrapped("X-Vendo-User-JWT: " + token, 72, {}) + "Accept: */*\n"
                                                       << Kind::HeaderLines << token << 1;
        QTest::newRow("prose, no token") << QByteArray("hello, my google thing is broken!! 12345") << Kind::Text
                                         << QByteArray() << 0;
        QTest::newRow("prose with a colon, no token")
            << QByteArray("Subject: help\n\nhi, the google connection says error since monday.\nthanks!") << Kind::Text
            << QByteArray() << 0;
        QTest::newRow("one word, not a token") << QByteArray("12345") << Kind::Text << QByteArray() << 0;
        QTest::newRow("one word with eyJ only further in is one token") // a header of "[[[[": "W1tb"
            << QByteArray("W1tbW10.eyJzdWIiOiJ1MSJ9.c2ln") << Kind::Token << QByteArray("W1tbW10.eyJzdWIiOiJ1MSJ9.c2ln")
            << 1;
        QTest::newRow("damaged token (one word) keeps its structural verdict")
            << QByteArray("abc.def") << Kind::Token << QByteArray("abc.def") << 1;
    }

    void realInputs()
    {
        QFETCH(QByteArray, input);
        QFETCH(Kind, kind);
        QFETCH(QByteArray, token);
        QFETCH(int, wrappedLines);

        const InputClassification c = InputClassifier::classify(input);
        QCOMPARE(InputClassification::kindName(c.kind), InputClassification::kindName(kind));
        QVERIFY(!c.error);
        const qsizetype preferred = c.preferredCandidate();
        const bool identity = preferred >= 0 && c.candidates.at(preferred).identity.has_value();
        if (token.isEmpty()) {
            QVERIFY2(!identity, qPrintable(identity ? c.candidates.at(preferred).identity->jwt : QString()));
            if (!c.isRequestBlock())
                QVERIFY(c.noIdentityToken());
            return;
        }
        QVERIFY(!c.noIdentityToken());
        if (c.isRequestBlock() && c.firstRequestWithIdentity < 0) {
            // No request carries one: the token is offered after the requests.
            const auto found = std::find_if(c.candidates.cbegin(), c.candidates.cend(), [&](const auto &candidate) {
                return candidate.origin == Origin::Text && candidate.identity->jwt.toLatin1() == token;
            });
            QVERIFY(found != c.candidates.cend());
            return;
        }
        QVERIFY(identity);
        QCOMPARE(c.candidates.at(preferred).identity->jwt.toLatin1(), token);
        if (c.candidates.at(preferred).origin == Origin::Text)
            QCOMPARE(c.candidates.at(preferred).wrappedLines, wrappedLines);
    }

    void wrappedTokenFollowedByProseOnAFullLine()
    {
        // The last line of the token is exactly as wide as the wrap, and the next line is a word: the
        // signature length ES256 fixes (64 bytes) tells the word is not part of it.
        int padding = 0;
        QByteArray token = alice();
        while (token.size() % 72 != 0)
            token = signedToken(QStringLiteral("a11ce000"), ++padding);
        const QByteArray mail = wrapped(token, 72, {}) + "Thanks\nBob\n";
        const InputClassification c = InputClassifier::classify(mail);
        QCOMPARE(c.kind, Kind::Text);
        QCOMPARE(c.candidates.size(), 1);
        QCOMPARE(c.candidates.constFirst().identity->jwt.toLatin1(), token);
    }

    void tokenOnItsOwnLineIsNotJoinedWithTheNext()
    {
        const QByteArray token = alice();
        const InputClassification c = InputClassifier::classify("Here:\n" + token + "\nThanks Bob\n");
        QCOMPARE(c.candidates.size(), 1);
        QCOMPARE(c.candidates.constFirst().identity->jwt.toLatin1(), token);
    }

    void candidatesAreRankedByHowJwtLikeTheyAre()
    {
        // A token cut short (no signature segment) comes first in the text; the whole one ranks first.
        const QByteArray token = alice();
        const QByteArray cut = token.left(token.lastIndexOf('.'));
        const QByteArray log = "[0912.01] retry with jwt=" + cut + " (truncated by the logger)\n"
            + "[0912.02] first call jwt=eyJub3QganNvbiB9.c29tZQ.c2ln" + "\n[0912.03] jwt=" + token + " ok\n";
        const InputClassification c = InputClassifier::classify(log);
        QCOMPARE(c.kind, Kind::Text);
        QCOMPARE(c.candidates.size(), 3);
        QCOMPARE(c.candidates.constFirst().identity->jwt.toLatin1(), token);
        QCOMPARE(c.candidates.constFirst().score, 100);
        QVERIFY(c.candidates.constLast().score < 100);
        QCOMPARE(c.candidates.at(c.preferredCandidate()).identity->jwt.toLatin1(), token);
    }

    void likenessScores_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("atLeast");
        QTest::addColumn<int>("atMost");
        QTest::newRow("signed ES256 with claims") << alice() << 100 << 100;
        QTest::newRow("alg none, empty signature") << QByteArray("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1MSJ9.") << 80 << 90;
        QTest::newRow("two segments") << alice().left(alice().lastIndexOf('.')) << 50 << 80;
        QTest::newRow("words") << QByteArray("hello.world") << 0 << 20;
    }
    void likenessScores()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, atLeast);
        QFETCH(int, atMost);
        const int score = TokenFinder::jwtLikeness(token);
        QVERIFY2(score >= atLeast && score <= atMost, qPrintable(QString::number(score)));
    }

    void harCandidatesSayWhereTheyCameFrom()
    {
        // Built as JSON (moc does not read raw string literals that span lines).
        const auto entry = [](const QString &time, const QString &method, const QString &url, const QString &name,
                              const QString &value, int status) {
            const QJsonObject header { { QStringLiteral("name"), name }, { QStringLiteral("value"), value } };
            return QJsonObject {
                { QStringLiteral("startedDateTime"), time },
                { QStringLiteral("request"),
                  QJsonObject { { QStringLiteral("method"), method },
                                { QStringLiteral("url"), url },
                                { QStringLiteral("headers"), QJsonArray { header } } } },
                { QStringLiteral("response"), QJsonObject { { QStringLiteral("status"), status } } },
            };
        };
        const QJsonArray entries {
            entry(QStringLiteral("2026-12-01T09:12:01.000Z"), QStringLiteral("GET"),
                  QStringLiteral("https://a.example/one"), QStringLiteral("Accept"), QStringLiteral("*/*"), 200),
            entry(QStringLiteral("2026-12-01T09:12:02.500Z"), QStringLiteral("POST"),
                  QStringLiteral("https://a.example/two"), QStringLiteral("X-Vendo-User-JWT"),
                  QString::fromLatin1(alice()), 401),
        };
        const QByteArray har = QJsonDocument(QJsonObject { { QStringLiteral("log"),
                                                             QJsonObject { { QStringLiteral("entries"), entries } } } })
                                   .toJson();
        const InputClassification c = InputClassifier::classify(har);
        QCOMPARE(c.kind, Kind::Har);
        QCOMPARE(c.requests.size(), 2);
        QCOMPARE(c.requestCount, 2);
        QCOMPARE(c.identityRequestCount, 1);
        // Only the request that carries an identity is offered; the other is counted.
        QCOMPARE(c.candidates.size(), 1);
        QCOMPARE(c.requestsWithoutIdentityNotOffered, 1);
        QCOMPARE(c.firstRequestWithIdentity, 1);
        QCOMPARE(c.preferredCandidate(), 0);
        const CapturedRequest &request = c.requests.at(c.candidates.at(0).request);
        QCOMPARE(request.method, QStringLiteral("POST"));
        QCOMPARE(request.url, QStringLiteral("https://a.example/two"));
        QCOMPARE(request.status, 401);
        QCOMPARE(request.time, QStringLiteral("2026-12-01T09:12:02.500Z"));
        QCOMPARE(request.index, 1);
        QVERIFY(c.candidates.at(0).token.has_value());
        QCOMPARE(c.candidates.at(0).token->subject, QStringLiteral("a11ce000-0000-4000-8000-000000000001"));
        QCOMPARE(c.requestIdentity(0).error().kind, VendoError::Kind::IdentityNotPresent);
    }

    // Issue 19, item 4: several identities; the default is the most recent valid one, not the first.
    void mostRecentValidIdentityIsPreferred()
    {
        const QString jwt = QStringLiteral("X-Vendo-User-JWT");
        const QByteArray har = harOf({
            { QStringLiteral("2026-12-01T09:00:00.000Z"), jwt,
              QString::fromLatin1(timedToken(QStringLiteral("u-old"), QStringLiteral("tn_a"), -600, 3000)) },
            { QStringLiteral("2026-12-01T09:05:00.000Z"), QStringLiteral("Accept"), QStringLiteral("*/*") },
            { QStringLiteral("2026-12-01T09:10:00.000Z"), jwt,
              QString::fromLatin1(timedToken(QStringLiteral("u-valid"), QStringLiteral("tn_b"), -300, 3300)) },
            { QStringLiteral("2026-12-01T09:20:00.000Z"), jwt,
              QString::fromLatin1(timedToken(QStringLiteral("u-expired"), QStringLiteral("tn_c"), -7200, -3600)) },
            { QStringLiteral("2026-12-01T09:30:00.000Z"), jwt, QStringLiteral("eyJub3QiOiJhIHRva2VuIn0.bad") },
        });
        const InputClassification c = InputClassifier::classify(har);
        QCOMPARE(c.requestCount, 5);
        QCOMPARE(c.identityRequestCount, 4);
        QCOMPARE(c.candidates.size(), 4);
        QCOMPARE(c.requestsWithoutIdentityNotOffered, 1);
        const qsizetype preferred = c.preferredCandidate();
        QCOMPARE(c.candidates.at(preferred).token->subject, QStringLiteral("u-valid"));
        QCOMPARE(c.candidates.at(preferred).token->tenant, QStringLiteral("tn_b"));
        QCOMPARE(c.requests.at(c.candidates.at(preferred).request).index, 2);
        // The states the picker shows.
        QVERIFY(c.candidates.at(0).token->validNow());
        QCOMPARE(c.candidates.at(2).token->time, vendo::jwt::TimeStatus::Expired);
        QVERIFY(c.candidates.at(2).token->timeText.contains(QStringLiteral("expired")));
        QVERIFY(!c.candidates.at(3).token->structureOk);

        // Nothing valid: the first request that carries an identity.
        const InputClassification none = InputClassifier::classify(harOf({
            { QStringLiteral("2026-12-01T09:00:00.000Z"), QStringLiteral("Accept"), QStringLiteral("*/*") },
            { QStringLiteral("2026-12-01T09:20:00.000Z"), jwt,
              QString::fromLatin1(timedToken(QStringLiteral("u-1"), QStringLiteral("tn_c"), -7200, -3600)) },
            { QStringLiteral("2026-12-01T09:30:00.000Z"), jwt,
              QString::fromLatin1(timedToken(QStringLiteral("u-2"), QStringLiteral("tn_c"), -7200, -60)) },
        }));
        QCOMPARE(none.candidates.at(none.preferredCandidate()).token->subject, QStringLiteral("u-1"));
    }

    void bearerOnlyTokensAreOfferedAfterTheRequests()
    {
        const QByteArray token = timedToken(QStringLiteral("u-bearer"), QStringLiteral("tn_a"), -60, 3540);
        const InputClassification c = InputClassifier::classify(harOf({
            { QStringLiteral("2026-12-01T09:00:00.000Z"), QStringLiteral("Authorization"),
              QStringLiteral("Bearer ") + QString::fromLatin1(token) },
        }));
        QCOMPARE(c.bearerOnlyRequestCount, 1);
        QCOMPARE(c.identityRequestCount, 0);
        QCOMPARE(c.candidates.size(), 2);
        QCOMPARE(c.candidates.at(0).identity.error().kind, VendoError::Kind::IdentityNotPresent);
        QVERIFY(c.candidates.at(1).bearerOnly);
        QCOMPARE(c.candidates.at(1).identity->jwt.toLatin1(), token);
        // What forRequest makes of the request comes first.
        QCOMPARE(c.preferredCandidate(), 0);
    }

    void devicesAreClassifiedLikeTheirBytes()
    {
        // A HAR streamed from a device, and text read from one, give what the same bytes give.
        QByteArray har = harOf({ { QStringLiteral("2026-12-01T09:00:00.000Z"), QStringLiteral("X-Vendo-User-JWT"),
                                   QString::fromLatin1(alice()) } });
        QBuffer harDevice(&har);
        QVERIFY(harDevice.open(QIODevice::ReadOnly));
        const InputClassification fromHar = InputClassifier::classify(harDevice);
        QCOMPARE(fromHar.kind, Kind::Har);
        QCOMPARE(fromHar.candidates.size(), 1);
        QCOMPARE(fromHar.candidates.at(0).identity->jwt.toLatin1(), alice());

        QByteArray mail = "Hi,\n\nmy token:\n" + wrapped(alice(), 72, "> ") + "\nThanks\n";
        QBuffer mailDevice(&mail);
        QVERIFY(mailDevice.open(QIODevice::ReadOnly));
        const InputClassification fromMail = InputClassifier::classify(mailDevice);
        QCOMPARE(fromMail.kind, Kind::Text);
        QCOMPARE(fromMail.candidates.at(fromMail.preferredCandidate()).identity->jwt.toLatin1(), alice());

        // Text over 16 MiB: refused, naming the limit (only JSON may be larger).
        QByteArray big(HeaderBlock::kMaxInputBytes + 1, 'a');
        QBuffer bigDevice(&big);
        QVERIFY(bigDevice.open(QIODevice::ReadOnly));
        const InputClassification refused = InputClassifier::classify(bigDevice);
        QVERIFY(refused.error);
        QVERIFY2(refused.error->message.contains(QStringLiteral("16 MiB")), qPrintable(refused.error->message));
    }

    void brokenLargeJsonSaysWhatIsWrongWithTheJson()
    {
        // Not "a token is at most 65536 bytes": the input is a (truncated) HAR.
        const QByteArray har = harOf({ { QStringLiteral("2026-12-01T09:00:00.000Z"), QStringLiteral("Accept"),
                                         QString(100'000, QLatin1Char('x')) } });
        const InputClassification c = InputClassifier::classify(har.left(har.size() - 10));
        QVERIFY(c.error);
        QVERIFY2(c.error->message.contains(QStringLiteral("truncated")), qPrintable(c.error->message));
    }

    void logReadAsHeaderLinesOffersItsTokensAfterTheRequest()
    {
        // Every line parses as a header ("2026-11-24T10:00:01Z: ..."): forRequest's answer comes first.
        QByteArray log;
        for (int i = 0; i < 20; ++i)
            log += "2026-11-24T10:00:" + QByteArray::number(10 + i)
                + "Z: GET /api/x user_jwt=" + (i % 10 == 0 ? alice() : QByteArray("-")) + " status=200\n";
        const InputClassification c = InputClassifier::classify(log);
        QCOMPARE(c.kind, Kind::HeaderLines);
        QCOMPARE(c.candidates.size(), 2);
        QCOMPARE(c.candidates.at(0).origin, Origin::Request);
        QCOMPARE(c.candidates.at(1).identity->jwt.toLatin1(), alice());
        QCOMPARE(c.tokensInText, 1);
        QCOMPARE(c.preferredCandidate(), 0);
    }

    void manyTokensAreCappedAndCounted()
    {
        QByteArray text;
        for (int i = 0; i < 300; ++i)
            text += "jwt=eyJhbGciOiJub25lIn0.eyJuIjo" + QByteArray::number(i) + "fQ.\n";
        const TokenFinder::Result found = TokenFinder::find(text);
        QCOMPARE(found.distinct, 300);
        QCOMPARE(found.tokens.size(), TokenFinder::kMaxCandidates);
        QCOMPARE(found.notOffered(), 300 - TokenFinder::kMaxCandidates);
    }

    void oversizedTextIsAnErrorNotATokenList()
    {
        const InputClassification c = InputClassifier::classify(QByteArray(1024 * 1024, 'A'));
        QVERIFY(c.error);
        QVERIFY(c.candidates.isEmpty());
        QVERIFY(!c.noIdentityToken());
    }

    void emptyInput()
    {
        const InputClassification c = InputClassifier::classify(" \n\t");
        QCOMPARE(c.kind, Kind::Empty);
        QVERIFY(c.candidates.isEmpty());
        QVERIFY(!c.noIdentityToken());
    }
};

QTEST_MAIN(TestInputClassifier)
#include "tst_inputclassifier.moc"

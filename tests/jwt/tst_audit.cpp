#include "FakeClock.h"
#include "jwt/JwsSigner.h"
#include "jwt/TokenAuditor.h"
#include "jwt/TokenExtractor.h"

#include <QBuffer>
#include <QTest>

using namespace vendo;
using namespace vendo::jwt;

namespace {

constexpr qint64 kNow = 1'767'225'600;

QByteArray mint(const Key &key, qint64 exp, const QString &iss)
{
    const QJsonObject payload { { QLatin1String("sub"), QStringLiteral("u") },
                                { QLatin1String("iss"), iss },
                                { QLatin1String("iat"), exp - 3600 },
                                { QLatin1String("exp"), exp } };
    return JwsSigner::sign(Algorithm::ES256, key, payload).value();
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void extraction_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QList<QByteArray>>("tokens");
        const QByteArray t = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln";
        QTest::newRow("bare") << t << QList<QByteArray> { t };
        QTest::newRow("log line") << QByteArray("2026-01-01 INFO user jwt=" + t + " status=401")
                                  << QList<QByteArray> { t };
        QTest::newRow("header") << QByteArray("X-Vendo-User-JWT: " + t + "\r\n") << QList<QByteArray> { t };
        QTest::newRow("sentence ending in a dot") << QByteArray("token was " + t + ".") << QList<QByteArray> { t };
        QTest::newRow("unsigned keeps its dot")
            << QByteArray("eyJhbGciOiJub25lIn0.e30.") << QList<QByteArray> { "eyJhbGciOiJub25lIn0.e30." };
        QTest::newRow("two in JSON") << QByteArray("{\"a\":\"" + t + "\",\"b\":\"" + t + "\"}")
                                     << QList<QByteArray> { t, t };
        QTest::newRow("malformed bare word") << QByteArray("  abc.def  \n") << QList<QByteArray> { "abc.def" };
        QTest::newRow("prose") << QByteArray("nothing to see here") << QList<QByteArray>();
        QTest::newRow("blank") << QByteArray("\n") << QList<QByteArray>();
        QTest::newRow("eyJ inside a word") << QByteArray("keyJabc.def more") << QList<QByteArray>();
    }

    void extraction()
    {
        QFETCH(QByteArray, line);
        QFETCH(QList<QByteArray>, tokens);
        QList<QByteArray> found;
        for (const QByteArrayView view : TokenExtractor::extract(line))
            found.append(view.toByteArray());
        QCOMPARE(found, tokens);
    }

    // Issue 16 item 11: what a paste offers to pick from. Each distinct token once, in order of
    // appearance, the first kMaxCandidates kept and the rest counted.
    void candidatesAreDistinctAndCapped()
    {
        const auto tokenNumber = [](int i) -> QByteArray { return "eyJ" + QByteArray::number(i) + ".e30.c2ln"; };
        QByteArray text;
        constexpr int kDistinct = 250;
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < kDistinct; ++i)
                text += "INFO jwt=" + tokenNumber(i) + " and again " + tokenNumber(i) + '\n';
        }
        const TokenExtractor::Candidates found = TokenExtractor::candidates(text);
        QCOMPARE(found.distinct, kDistinct);
        QVERIFY(found.capped());
        QCOMPARE(found.tokens.size(), TokenExtractor::kMaxCandidates);
        for (int i = 0; i < found.tokens.size(); ++i)
            QCOMPARE(found.tokens.at(i), tokenNumber(i));

        const QByteArray twice = tokenNumber(1) + '\n' + tokenNumber(1);
        const TokenExtractor::Candidates few = TokenExtractor::candidates(twice);
        QCOMPARE(few.distinct, 1);
        QVERIFY(!few.capped());
        QCOMPARE(few.tokens.size(), 1);
        QCOMPARE(few.tokens.first(), tokenNumber(1));
    }

    void auditStreamsInOrderWithASummary()
    {
        const Key key = Key::generate(Algorithm::ES256, QStringLiteral("k1")).value();
        const Key stranger = Key::generate(Algorithm::ES256, QStringLiteral("k2")).value();
        const QString iss = QStringLiteral("https://auth.vendo.run/auth/v1");
        QByteArray input;
        input += mint(key, kNow + 1800, iss) + '\n'; // 1 valid
        input += "INFO request jwt=" + mint(key, kNow - 7200, iss) + " -> 401\n"; // 2 expired 2 h
        input += "nothing here\n"; // 3
        input += "abc.def\n"; // 4 malformed
        input += '\n'; // 5
        input += mint(stranger, kNow + 100, QStringLiteral("https://other")) + '\n'; // 6 key not found
        input += QByteArray(kMaxTokenInputBytes + 10'000, 'A') + '\n'; // 7 too large
        input += mint(key, kNow - 3 * 86400, iss); // 8, no final newline

        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        test::FakeClock clock(kNow);
        AuditOptions options;
        options.keys = JwkSet({ Key::fromJwk(key.toPublicJwk()).value() });
        options.threads = 2;
        options.batchSize = 2; // several batches, each split across threads
        options.render = [](const AuditRecord &record) { return QByteArray::number(record.line); };

        QList<qint64> lines;
        QStringList times;
        QStringList signatures;
        const AuditSummary summary = TokenAuditor::run(buffer, clock, options, [&](const AuditRecord &record) {
            lines.append(record.line);
            QCOMPARE(record.rendered, QByteArray::number(record.line));
            times.append(timeStatusName(record.verdict.time));
            signatures.append(signatureStatusName(record.verdict.signature.status));
        });

        QCOMPARE(lines, (QList<qint64> { 1, 2, 4, 6, 7, 8 }));
        QCOMPARE(times.join(u','), QStringLiteral("valid,expired,unknown,valid,unknown,expired"));
        QCOMPARE(signatures.join(u','), QStringLiteral("valid,valid,invalid,key_not_found,invalid,valid"));
        QCOMPARE(summary.lines, 8);
        QCOMPARE(summary.tokens, 6);
        QCOMPARE(summary.structure.value(QStringLiteral("malformed")), 2);
        QCOMPARE(summary.time.value(QStringLiteral("expired")), 2);
        QCOMPARE(summary.issuers.value(iss), 3);
        QCOMPARE(summary.issuers.value(QStringLiteral("(none)")), 2);
        QCOMPARE(summary.kids.value(QStringLiteral("k1")), 3);
        QCOMPARE(summary.kids.value(QStringLiteral("k2")), 1);
        QCOMPARE(summary.expiry.value(QStringLiteral("expired 1 h - 1 d")), 1);
        QCOMPARE(summary.expiry.value(QStringLiteral("expired > 1 d")), 1);
        QCOMPARE(summary.expiry.value(QStringLiteral("valid 5 - 60 min")), 1);
        QCOMPARE(summary.expiry.value(QStringLiteral("valid < 5 min")), 1);
        const QJsonObject json = summary.toJson();
        for (const char *field : { "lines", "tokens", "structure", "time", "signature", "issuers", "kids", "expiry" })
            QVERIFY2(json.contains(QLatin1String(field)), field);
    }

    // AuditOptions::cancelled stops the audit between batches: what was judged is whole batches, the
    // summary counts exactly that, and the rest of the input is left unread. (4,000 lines, about 2.6 MB:
    // more than a reader's block, so that "unread" means something for a reader of large blocks too.)
    void cancelStopsBetweenBatches()
    {
        const Key key = Key::generate(Algorithm::ES256, QStringLiteral("k1")).value();
        const QByteArray token = mint(key, kNow + 1800, QStringLiteral("https://auth.vendo.run/auth/v1"));
        QByteArray input;
        for (int i = 0; i < 4000; ++i)
            input += "INFO jwt=" + token + '\n';
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        test::FakeClock clock(kNow);
        AuditOptions options;
        options.threads = 2;
        options.batchSize = 10; // one token a line: ten tokens a batch
        int records = 0;
        int asked = 0;
        options.cancelled = [&] { return ++asked > 3; }; // three batches, then Cancel
        const AuditSummary summary = TokenAuditor::run(buffer, clock, options, [&](const AuditRecord &) { ++records; });
        QVERIFY2(records >= 30 && records < 400, qPrintable(QString::number(records)));
        QCOMPARE(records % 10, 0); // whole batches
        QCOMPARE(summary.tokens, qint64(records));
        QVERIFY2(buffer.pos() < input.size(), "the rest of the input is left unread");
    }

    void distinctIssuersAreBounded()
    {
        AuditSummary summary;
        Verdict verdict;
        for (int i = 0; i < AuditSummary::kMaxDistinct + 50; ++i)
            summary.add(verdict, QString::number(i), {});
        QCOMPARE(summary.issuers.size(), AuditSummary::kMaxDistinct + 1);
        QCOMPARE(summary.issuers.value(QStringLiteral("(other)")), 50);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"

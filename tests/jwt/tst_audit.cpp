#include "FakeClock.h"
#include "jwt/AuditJson.h"
#include "jwt/JwsSigner.h"
#include "jwt/TokenAuditor.h"
#include "jwt/TokenExtractor.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstring>

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

// A device that hands its bytes out a few at a time, as a pipe does when the writer is slow: lines and
// tokens arrive cut at every possible place.
class Trickle final : public QIODevice
{
public:
    Trickle(QByteArray data, qint64 step)
        : m_data(std::move(data))
        , m_step(step)
    { }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_at + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *into, qint64 max) override
    {
        const qint64 n = std::min({ max, m_step, qint64(m_data.size()) - m_at });
        std::memcpy(into, m_data.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_at = 0;
};

struct Seen
{
    QList<qint64> lines;
    QStringList verdicts; // "time/signature" per record
    AuditSummary summary;
};

Seen audit(QIODevice &input, const AuditOptions &options)
{
    test::FakeClock clock(kNow);
    Seen seen;
    seen.summary = TokenAuditor::run(input, clock, options, [&](const AuditRecord &record) {
        seen.lines.append(record.line);
        seen.verdicts.append(timeStatusName(record.verdict.time) + u'/'
                             + signatureStatusName(record.verdict.signature.status));
    });
    return seen;
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

    // However the input is cut into batches and reads, and however many threads judge it, the
    // records come out the same and in input order.
    void batchingDoesNotChangeTheResult_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("batchLines");
        QTest::addColumn<qint64>("batchBytes");
        QTest::addColumn<qint64>("readStep"); // 0: a QBuffer, read as asked
        QTest::newRow("defaults") << 0 << 2048 << qint64(0) << qint64(0);
        QTest::newRow("1 thread, 1 line per batch") << 1 << 1 << qint64(0) << qint64(0);
        QTest::newRow("2 threads, 3 lines") << 2 << 3 << qint64(0) << qint64(0);
        QTest::newRow("4 threads, 1 KiB batches") << 4 << 2048 << qint64(1024) << qint64(0);
        QTest::newRow("a pipe giving 7 bytes at a time") << 2 << 2048 << qint64(0) << qint64(7);
        QTest::newRow("a pipe giving 4093 bytes at a time") << 2 << 5 << qint64(3000) << qint64(4093);
    }

    void batchingDoesNotChangeTheResult()
    {
        QFETCH(int, threads);
        QFETCH(int, batchLines);
        QFETCH(qint64, batchBytes);
        QFETCH(qint64, readStep);
        const Key key = Key::generate(Algorithm::ES256, QStringLiteral("k1")).value();
        const QString iss = QStringLiteral("https://auth.vendo.run/auth/v1");
        QByteArray input;
        QList<qint64> expectedLines;
        QStringList expected;
        qint64 line = 0;
        for (int i = 0; i < 120; ++i) {
            const bool expired = i % 3 == 0;
            ++line;
            input += "2026-01-01T00:00:0" + QByteArray::number(i % 10) + "Z INFO req=" + QByteArray::number(i)
                + " jwt=" + mint(key, expired ? kNow - 60 : kNow + 600, iss) + " status=200\n";
            expectedLines.append(line);
            expected.append(expired ? QStringLiteral("expired/valid") : QStringLiteral("valid/valid"));
            if (i % 7 == 0) {
                input += "no token on this line\n\n";
                line += 2;
            }
        }
        input += "abc.def"; // the last line, without a newline: a malformed "token"
        expectedLines.append(++line);
        expected.append(QStringLiteral("unknown/invalid"));

        AuditOptions options;
        options.keys = JwkSet({ Key::fromJwk(key.toPublicJwk()).value() });
        options.threads = threads;
        options.batchSize = batchLines;
        options.batchBytes = batchBytes;
        QBuffer buffer(&input);
        Trickle trickle(input, readStep);
        QIODevice &device = readStep > 0 ? static_cast<QIODevice &>(trickle) : buffer;
        QVERIFY(device.open(QIODevice::ReadOnly));
        const Seen seen = audit(device, options);
        QCOMPARE(seen.lines, expectedLines);
        QCOMPARE(seen.verdicts, expected);
        QCOMPARE(seen.summary.lines, line);
        QCOMPARE(seen.summary.tokens, expected.size());
        QCOMPARE(seen.summary.time.value(QStringLiteral("expired")), 40);
    }

    // Bad input of any shape: a line of several MiB, input without any newline, binary junk with NUL
    // bytes. Each gives records and a summary, quickly, with every line counted.
    void hostileInputEndsWithAClearResult_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("lines");
        QTest::addColumn<QList<qint64>>("recordLines");
        QTest::addColumn<QStringList>("firstProblems");
        const QByteArray token
            = mint(Key::generate(Algorithm::ES256, QStringLiteral("k")).value(), kNow + 600, QStringLiteral("i"));
        QTest::newRow("3 MiB line between tokens")
            << QByteArray(token + "\n" + QByteArray(3 * 1024 * 1024, 'x') + "\n" + token + "\n") << qint64(3)
            << QList<qint64> { 1, 2, 3 } << QStringList { QString(), QStringLiteral("input_too_large"), QString() };
        QTest::newRow("200 KiB line between tokens") // within one default batch, with its newline
            << QByteArray(token + "\n" + QByteArray(200 * 1024, 'x') + "\n" + token + "\n") << qint64(3)
            << QList<qint64> { 1, 2, 3 } << QStringList { QString(), QStringLiteral("input_too_large"), QString() };
        QTest::newRow("3 MiB without a newline") << QByteArray(3 * 1024 * 1024, 'y') << qint64(1) << QList<qint64> { 1 }
                                                 << QStringList { QStringLiteral("input_too_large") };
        QTest::newRow("a long line of tokens") // one whole line under the limit, longer than a batch
            << QByteArray(QByteArray(token + ' ').repeated(60) + '\n') << qint64(1) << QList<qint64>(60, 1)
            << QStringList(60, QString());
        QByteArray junk(2 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator random(7);
        for (char &c : junk)
            c = char(random.bounded(256));
        junk[10] = '\0';
        const qint64 junkLines = junk.count('\n') + (junk.endsWith('\n') ? 0 : 1);
        QTest::newRow("binary junk") << junk << junkLines << QList<qint64>() << QStringList();
        QTest::newRow("empty") << QByteArray() << qint64(0) << QList<qint64>() << QStringList();
        QTest::newRow("only newlines") << QByteArray(5000, '\n') << qint64(5000) << QList<qint64>() << QStringList();
    }

    void hostileInputEndsWithAClearResult()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, lines);
        QFETCH(QList<qint64>, recordLines);
        QFETCH(QStringList, firstProblems);
        for (const int variant : { 0, 1, 2, 3 }) {
            const bool keepRecords = variant & 1;
            QBuffer buffer(&input);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            test::FakeClock clock(kNow);
            AuditOptions options;
            options.threads = 2;
            // Small batches: the long lines are longer than a batch. Default ones (1 MiB without
            // records): a long line and its newline arrive within one read.
            options.batchBytes = variant & 2 ? 4096 : 0;
            options.append = [](const AuditRecord &record, QByteArray &out) {
                const auto problem = refusalOf(record.verdict, false);
                out += QByteArray::number(record.line) + ' '
                    + (problem && problem->axis == QByteArrayView("structure") ? problem->code.toUtf8() : "") + '\n';
            };
            QElapsedTimer timer;
            timer.start();
            QByteArray output;
            AuditSummary summary;
            if (keepRecords) {
                summary = TokenAuditor::run(buffer, clock, options,
                                            [&](const AuditRecord &record) { options.append(record, output); });
            } else {
                summary = TokenAuditor::runBatches(buffer, clock, options,
                                                   [&](const AuditBatch &batch) { output += batch.output; });
            }
            QVERIFY2(timer.elapsed() < 20'000, "an audit of a few MiB must not take long");
            QCOMPARE(summary.lines, lines);
            QList<qint64> seenLines;
            QStringList problems;
            for (const QByteArray &row : output.split('\n')) {
                if (row.isEmpty())
                    continue;
                const qsizetype space = row.indexOf(' ');
                seenLines.append(row.left(space).toLongLong());
                problems.append(QString::fromUtf8(row.mid(space + 1)));
            }
            if (!recordLines.isEmpty() || input.isEmpty() || !input.contains('\0')) {
                QCOMPARE(seenLines, recordLines);
                QCOMPARE(problems, firstProblems);
            } else {
                // Junk: whatever words it holds are judged, each malformed, in order of lines.
                QVERIFY(std::is_sorted(seenLines.begin(), seenLines.end()));
                QVERIFY(!problems.contains(QString()));
            }
            QCOMPARE(summary.tokens, seenLines.size());
        }
    }

    // The NDJSON line of one token: each field, from the token's own bytes, escaped for a terminal,
    // and never the signature.
    void ndjsonLineFields()
    {
        const Key key = Key::generate(Algorithm::ES256, QStringLiteral("k\u00e9y\u200f")).value();
        const QJsonObject payload {
            { QLatin1String("sub"), QStringLiteral("user\u007f\u0085\u001b[31m\u202e\u2010\u2066") },
            { QLatin1String("iss"), QStringLiteral("https://auth.vendo.run/auth/v1") },
            { QLatin1String("aud"), QJsonArray { QStringLiteral("authenticated"), QStringLiteral("x") } },
            { QLatin1String("iat"), kNow - 7200 },
            { QLatin1String("exp"), kNow - 3600 },
            { QLatin1String("app_metadata"),
              QJsonObject { { QLatin1String("provider"), QStringLiteral("email") },
                            { QLatin1String("tenant_id"), QStringLiteral("ten_42") } } },
        };
        const QByteArray token = JwsSigner::sign(Algorithm::ES256, key, payload).value();
        test::FakeClock clock(kNow);
        AuditOptions options;
        options.keys = JwkSet({ Key::fromJwk(key.toPublicJwk()).value() });
        const AuditRecord record = TokenAuditor::judgeOne(token, 17, clock, options);
        QCOMPARE(record.tenant(), QStringLiteral("ten_42"));
        QByteArray line;
        AuditJson::appendLine(line, record, true);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        QVERIFY2(!line.contains(token.split('.').at(2)), "the signature never appears");
        QVERIFY2(!line.contains('\x7f') && !line.contains("\xc2\x85") && !line.contains('\x1b'), line.constData());
        QVERIFY2(!line.contains("\u202e") && !line.contains("\u2066") && !line.contains("\u200f"), line.constData());
        // The bidirectional formatting characters escaped too, their neighbour (a hyphen) left alone.
        QVERIFY2(line.contains("\"sub\":\"user\\u007f\\u0085\\u001b[31m\\u202e\u2010\\u2066\""), line.constData());
        QVERIFY2(line.contains("\"kid\":\"k\u00e9y\\u200f\""), line.constData());
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QStringList keys;
        for (const QByteArray &name : AuditJson::tokenFields()) {
            if (object.contains(QLatin1String(name)))
                keys.append(QString::fromLatin1(name));
        }
        QCOMPARE(keys.size(), object.size()); // no field the table does not name
        QCOMPARE(keys.join(u','), QStringLiteral("line,verdict,alg,kid,iss,sub,aud,tenant,iat,exp,problem"));
        QCOMPARE(object.value(QLatin1String("line")).toInteger(), 17);
        const QJsonObject verdict = object.value(QLatin1String("verdict")).toObject();
        QCOMPARE(verdict.value(QLatin1String("structure")).toString(), QStringLiteral("ok"));
        QCOMPARE(verdict.value(QLatin1String("time")).toString(), QStringLiteral("expired"));
        QCOMPARE(verdict.value(QLatin1String("signature")).toString(), QStringLiteral("valid"));
        QCOMPARE(verdict.value(QLatin1String("expired_for_s")).toInteger(), 3600);
        QCOMPARE(object.value(QLatin1String("alg")).toString(), QStringLiteral("ES256"));
        QCOMPARE(object.value(QLatin1String("kid")).toString(), QStringLiteral("k\u00e9y\u200f"));
        QCOMPARE(object.value(QLatin1String("iss")).toString(), QStringLiteral("https://auth.vendo.run/auth/v1"));
        QCOMPARE(object.value(QLatin1String("sub")).toString(),
                 QStringLiteral("user\u007f\u0085\u001b[31m\u202e\u2010\u2066"));
        QCOMPARE(object.value(QLatin1String("aud")).toArray(),
                 (QJsonArray { QStringLiteral("authenticated"), QStringLiteral("x") }));
        QCOMPARE(object.value(QLatin1String("tenant")).toString(), QStringLiteral("ten_42"));
        QCOMPARE(object.value(QLatin1String("iat")).toInteger(), kNow - 7200);
        QCOMPARE(object.value(QLatin1String("exp")).toInteger(), kNow - 3600);
        const QJsonObject problem = object.value(QLatin1String("problem")).toObject();
        QCOMPARE(problem.value(QLatin1String("axis")).toString(), QStringLiteral("time"));
        QCOMPARE(problem.value(QLatin1String("code")).toString(), QStringLiteral("expired"));
        QCOMPARE(problem.value(QLatin1String("message")).toString(), record.verdict.timeText());

        // Malformed: the structure problem with its segment; no claims, no header fields.
        const AuditRecord broken = TokenAuditor::judgeOne("eyJhbGciOiJFUzI1NiJ9=.e30.c2ln", 3, clock, options);
        QByteArray brokenLine;
        AuditJson::appendLine(brokenLine, broken, true);
        const QJsonObject brokenObject = QJsonDocument::fromJson(brokenLine).object();
        const QJsonObject brokenProblem = brokenObject.value(QLatin1String("problem")).toObject();
        QCOMPARE(brokenProblem.value(QLatin1String("axis")).toString(), QStringLiteral("structure"));
        QCOMPARE(brokenProblem.value(QLatin1String("code")).toString(), QStringLiteral("padding"));
        QCOMPARE(brokenProblem.value(QLatin1String("segment")).toString(), QStringLiteral("header"));
        QCOMPARE(brokenObject.value(QLatin1String("verdict")).toObject().value(QLatin1String("structure")).toString(),
                 QStringLiteral("malformed"));
        QVERIFY(!brokenObject.contains(QLatin1String("sub")));

        // Valid, no keys: no problem; the warnings as codes.
        const QByteArray fresh = JwsSigner::sign(Algorithm::ES256, Key::generate(Algorithm::ES256, {}).value(),
                                                 QJsonObject { { QLatin1String("exp"), kNow + 60 } })
                                     .value();
        QByteArray freshLine;
        AuditJson::appendLine(freshLine, TokenAuditor::judgeOne(fresh, 1, clock, AuditOptions {}), false);
        const QJsonObject freshObject = QJsonDocument::fromJson(freshLine).object();
        QVERIFY(!freshObject.contains(QLatin1String("problem")));
        QVERIFY(!freshObject.contains(QLatin1String("kid")));
        QCOMPARE(freshObject.value(QLatin1String("warnings")).toArray(), QJsonArray { QStringLiteral("missing_kid") });
        QCOMPARE(freshObject.value(QLatin1String("verdict")).toObject().value(QLatin1String("signature")).toString(),
                 QStringLiteral("not_checked"));
    }

    void ndjsonHeaderDescribesEveryFieldOnce()
    {
        const QByteArray header = AuditJson::headerLine(kNow, 30, true);
        QVERIFY(header.endsWith('\n'));
        const QJsonObject audit = QJsonDocument::fromJson(header).object().value(QLatin1String("audit")).toObject();
        QCOMPARE(audit.value(QLatin1String("format")).toInt(), AuditJson::kFormat);
        QCOMPARE(audit.value(QLatin1String("evaluated_at")).toInteger(), kNow);
        QCOMPARE(audit.value(QLatin1String("leeway_s")).toInteger(), 30);
        QCOMPARE(audit.value(QLatin1String("signatures")).toString(), QStringLiteral("checked"));
        const QJsonObject fields = audit.value(QLatin1String("fields")).toObject();
        QCOMPARE(fields.size(), AuditJson::tokenFields().size());
        for (const QByteArray &name : AuditJson::tokenFields())
            QVERIFY2(!fields.value(QLatin1String(name)).toString().isEmpty(), name.constData());
        QCOMPARE(fields.value(QLatin1String("sub")).toString(), Claims::describe("sub"));
    }

    void refusalFollowsTheServiceRules()
    {
        Verdict verdict;
        verdict.structureOk = true;
        verdict.time = TimeStatus::Valid;
        verdict.signature.status = SignatureStatus::NotChecked;
        QVERIFY(!refusalOf(verdict, false));
        QCOMPARE(refusalOf(verdict, true)->code, QStringLiteral("not_checked"));
        verdict.signature.status = SignatureStatus::Valid;
        QVERIFY(!refusalOf(verdict, true));
        verdict.warnings.append(Warning { WarningKind::AudienceMismatch, QStringLiteral("aud_mismatch"), {} });
        QCOMPARE(QByteArray(refusalOf(verdict, true)->axis), QByteArray("expectation"));
        verdict.time = TimeStatus::NotYetValid;
        QCOMPARE(refusalOf(verdict, true)->code, QStringLiteral("not_yet_valid"));
        verdict.structureOk = false;
        QCOMPARE(QByteArray(refusalOf(verdict, true)->axis), QByteArray("structure"));
        QCOMPARE(isRefused(verdict, false), true);
    }

    void summariesMergeWithinTheBound()
    {
        AuditSummary total;
        AuditSummary part;
        Verdict verdict;
        for (int i = 0; i < 600; ++i)
            part.add(verdict, QString::number(i), QStringLiteral("k"));
        part.lines = 700;
        total.merge(part);
        AuditSummary other;
        for (int i = 300; i < 1300; ++i)
            other.add(verdict, QString::number(i), QStringLiteral("k"));
        total.merge(other);
        QCOMPARE(total.lines, 700);
        QCOMPARE(total.tokens, 1600);
        QCOMPARE(total.kids.value(QStringLiteral("k")), 1600);
        // 1300 distinct issuers: 1000 named, the rest counted as "(other)", none lost.
        QCOMPARE(total.issuers.size(), AuditSummary::kMaxDistinct + 1);
        QVERIFY(total.issuers.value(QStringLiteral("(other)")) > 0);
        qint64 counted = 0;
        for (const qint64 n : total.issuers)
            counted += n;
        QCOMPARE(counted, 1600);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"

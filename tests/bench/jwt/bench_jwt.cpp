// Throughput of core/jwt beside baselines measured in the same run:
//   (a) decode + claims + time verdict  vs  Node `jose` (decodeProtectedHeader + decodeJwt + exp check)
//   (b) ES256 verification of a whole token  vs  raw OpenSSL EVP_DigestVerify over the same inputs
// on one core and on all cores. Prints figures; asserts nothing about speed.

#include "BenchReport.h"
#include "JwtBenchSupport.h"
#include "jwt/JwkSet.h"
#include "jwt/JwsSigner.h"
#include "jwt/JwtDecoder.h"
#include "jwt/SignatureVerifier.h"
#include "jwt/TokenAuditor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>
#include <QUuid>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>

using namespace vendo::jwt;

namespace {

constexpr int kTokens = 100'000;
constexpr qint64 kNow = 1'767'225'600;

void say(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

struct Rate
{
    double wall = 0; // items per second of elapsed time
    double cpu = 0; // items per second of this thread's CPU time (single-thread runs only)
};

double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// Runs body(i) for i in [0, count) on `threads` threads in contiguous chunks. CPU-time rates are
// reported beside wall-clock ones because the machine is shared: they are what the code costs.
template<typename Body> Rate measure(int threads, int count, Body body)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuSeconds();
    if (threads == 1) {
        for (int i = 0; i < count; ++i)
            body(i);
    } else {
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        const int per = (count + threads - 1) / threads;
        for (int t = 0; t < threads; ++t) {
            pool.start([&, t] {
                for (int i = t * per; i < qMin(count, (t + 1) * per); ++i)
                    body(i);
            });
        }
        pool.waitForDone();
    }
    const double wall = count / (double(timer.nsecsElapsed()) / 1e9);
    return { wall, threads == 1 ? count / (threadCpuSeconds() - cpuStart) : 0 };
}

QByteArray joseToDer(const QByteArray &signature)
{
    ECDSA_SIG *sig = ECDSA_SIG_new();
    const auto *bytes = reinterpret_cast<const unsigned char *>(signature.constData());
    ECDSA_SIG_set0(sig, BN_bin2bn(bytes, 32, nullptr), BN_bin2bn(bytes + 32, 32, nullptr));
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(sig, &der);
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    return out;
}

QString rate(double value)
{
    return value <= 0 ? QStringLiteral("n/a") : QStringLiteral("%1/s").arg(qRound64(value));
}

QString ratio(double a, double b, bool percent)
{
    if (a <= 0 || b <= 0)
        return QStringLiteral("n/a");
    return percent ? QStringLiteral("%1 %").arg(100.0 * a / b, 0, 'f', 1) : QStringLiteral("%1x").arg(a / b, 0, 'f', 2);
}

struct JoseFigures
{
    double single = 0;
    double singleCpu = 0;
    double all = 0;
    QString skipped;
};

JoseFigures runJose(const QString &workDir, const QString &tokensFile, int threads)
{
    const QString joseDir = workDir + QStringLiteral("/jose");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (const QString skipped = vendo::bench::ensureJose(joseDir); !skipped.isEmpty())
        return { 0, 0, 0, skipped };
    QProcess bench;
    bench.start(
        node,
        { joseDir + QStringLiteral("/bench_jose.mjs"), tokensFile, QString::number(threads), QString::number(kNow) });
    if (!bench.waitForFinished(600'000) || bench.exitCode() != 0)
        return { 0, 0, 0,
                 QStringLiteral("the jose run failed: %1")
                     .arg(QString::fromUtf8(bench.readAllStandardError()).trimmed().left(300)) };
    const QJsonObject figures = QJsonDocument::fromJson(bench.readAllStandardOutput()).object();
    return { figures.value(QLatin1String("single")).toDouble(),
             figures.value(QLatin1String("singleCpu")).toDouble(),
             figures.value(QLatin1String("all")).toDouble(),
             {} };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const qsizetype at = arguments.indexOf(QStringLiteral("--work-dir"));
    // Absolute: npm runs with the jose directory as its working directory and gets it as --prefix too.
    const QString workDir
        = QDir(at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QDir::currentPath()).absolutePath();
    const int cores = QThread::idealThreadCount();
    // "--part a" measures only (a): handy under a profiler.
    const qsizetype partAt = arguments.indexOf(QStringLiteral("--part"));
    const QString part
        = partAt >= 0 && partAt + 1 < arguments.size() ? arguments.at(partAt + 1) : QStringLiteral("all");

    say(QStringLiteral("core/jwt benchmark — build type %1, %2 cores, OpenSSL %3, Qt %4")
            .arg(QStringLiteral(VENDO_BENCH_BUILD_TYPE), QString::number(cores),
                 QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)), QString::fromLatin1(qVersion())));
    if (QStringLiteral(VENDO_BENCH_BUILD_TYPE) != QLatin1String("Release")
        && QStringLiteral(VENDO_BENCH_BUILD_TYPE) != QLatin1String("RelWithDebInfo"))
        say(QStringLiteral("WARNING: not a Release build; these figures understate the code."));

    // 1. The token file, generated once into the build tree (signing is parallel too).
    const QString tokensFile = workDir + QStringLiteral("/tokens.txt");
    const QString keyFile = workDir + QStringLiteral("/signing-key.jwk");
    Key key;
    QList<QByteArray> tokens;
    {
        QFile file(tokensFile);
        QFile keyIn(keyFile);
        if (file.open(QIODevice::ReadOnly) && keyIn.open(QIODevice::ReadOnly)) {
            tokens = file.readAll().split('\n');
            tokens.removeAll(QByteArray());
            if (auto loaded = Key::fromJwkJson(keyIn.readAll()))
                key = loaded.value();
        }
    }
    if (tokens.size() != kTokens || key.isNull()) {
        key = Key::generate(Algorithm::ES256, QStringLiteral("bench-2026-01")).value();
        tokens.resize(kTokens);
        QList<QJsonObject> claims;
        QRandomGenerator random(20260101);
        for (int i = 0; i < kTokens; ++i)
            claims.append(vendo::bench::vendoAccessTokenClaims(i, kNow, random));
        QElapsedTimer timer;
        timer.start();
        measure(cores, kTokens, [&](int i) { tokens[i] = JwsSigner::sign(Algorithm::ES256, key, claims[i]).value(); });
        QFile out(tokensFile);
        out.open(QIODevice::WriteOnly);
        for (const QByteArray &token : tokens)
            out.write(token + '\n');
        QFile keyOut(keyFile);
        keyOut.open(QIODevice::WriteOnly);
        keyOut.write(QJsonDocument(key.toPrivateJwk()).toJson());
        say(QStringLiteral("Generated %1 tokens in %2 s into %3")
                .arg(kTokens)
                .arg(timer.elapsed() / 1000.0)
                .arg(tokensFile));
    }
    qint64 bytes = 0;
    for (const QByteArray &token : tokens)
        bytes += token.size();
    say(QStringLiteral("%1 ES256 tokens, %2 bytes on average").arg(tokens.size()).arg(bytes / tokens.size()));

    const FixedClock clock(kNow);
    const JwkSet keys({ Key::fromJwk(key.toPublicJwk()).value() });
    std::atomic<int> accepted { 0 };

    // (a) decode + claims + time verdict, as the audit does per token without keys.
    const AuditOptions plain;
    const auto judge = [&](int i) {
        const AuditRecord record = TokenAuditor::judgeOne(tokens[i], i, clock, plain);
        if (record.verdict.time == TimeStatus::Valid)
            accepted.fetch_add(1, std::memory_order_relaxed);
    };
    // The machine is shared: each (a) figure is the best of three passes, and jose runs twice (before
    // and after), its best kept, so that a burst of someone else's work does not decide the ratio.
    const JoseFigures joseBefore = part == QLatin1String("a") ? JoseFigures {} : runJose(workDir, tokensFile, cores);
    measure(1, 10'000, judge); // warm-up
    Rate oursA1;
    Rate oursAN;
    for (int pass = 0; pass < 3; ++pass) {
        const Rate one = measure(1, kTokens, judge);
        const Rate all = measure(cores, kTokens, judge);
        oursA1 = { qMax(oursA1.wall, one.wall), qMax(oursA1.cpu, one.cpu) };
        oursAN = { qMax(oursAN.wall, all.wall), 0 };
    }
    say(QStringLiteral("(a) %1 tokens judged within their lifetime over all passes").arg(accepted.load()));
    if (part == QLatin1String("a")) {
        say(QStringLiteral("(a) core/jwt: %1 on 1 core (%2 per CPU-second), %3 on %4 cores")
                .arg(rate(oursA1.wall), rate(oursA1.cpu), rate(oursAN.wall))
                .arg(cores));
        return 0;
    }

    // (b) ES256 verification of the whole token: decode, pick the key, JOSE->DER, EVP verify.
    std::atomic<int> valid { 0 };
    const auto verify = [&](int i) {
        // As the audit does it: the verdict needs no QJsonObject.
        const DecodedJwt decoded = JwtDecoder::decode(tokens[i], JwtDecoder::JsonObjects::Skip);
        if (SignatureVerifier::verify(decoded, keys).status == SignatureStatus::Valid)
            valid.fetch_add(1, std::memory_order_relaxed);
    };
    // Raw baseline: the same signatures, already in DER, straight into EVP_DigestVerify.
    QList<QByteArray> inputs(kTokens);
    QList<QByteArray> ders(kTokens);
    for (int i = 0; i < kTokens; ++i) {
        const DecodedJwt decoded = decode(tokens[i]);
        inputs[i] = decoded.signingInput();
        ders[i] = joseToDer(decoded.signature);
    }
    EVP_MD *sha256 = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
    EVP_PKEY *pkey = keys.keys().first().evp();
    std::atomic<int> rawValid { 0 };
    const auto raw = [&](int i) {
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        EVP_DigestVerifyInit(ctx, nullptr, sha256, nullptr, pkey);
        if (EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(ders[i].constData()), size_t(ders[i].size()),
                             reinterpret_cast<const unsigned char *>(inputs[i].constData()), size_t(inputs[i].size()))
            == 1)
            rawValid.fetch_add(1, std::memory_order_relaxed);
        EVP_MD_CTX_free(ctx);
    };
    measure(1, 2'000, raw);
    measure(1, 2'000, verify);
    // Interleaved, best of two: a neighbour's burst then hits both sides alike.
    Rate raw1;
    Rate oursB1;
    Rate rawN;
    Rate oursBN;
    const auto best = [](Rate &into, const Rate &next) {
        into = { qMax(into.wall, next.wall), qMax(into.cpu, next.cpu) };
    };
    for (int pass = 0; pass < 2; ++pass) {
        best(raw1, measure(1, kTokens, raw));
        best(oursB1, measure(1, kTokens, verify));
        best(rawN, measure(cores, kTokens, raw));
        best(oursBN, measure(cores, kTokens, verify));
    }
    EVP_MD_free(sha256);
    say(QStringLiteral("(b) valid signatures: ours %1, raw %2 (of %3 per pass; warm-up passes included)")
            .arg(valid.load())
            .arg(rawValid.load())
            .arg(4 * kTokens + 2'000));

    const JoseFigures joseAfter = runJose(workDir, tokensFile, cores);
    const JoseFigures jose { qMax(joseBefore.single, joseAfter.single), qMax(joseBefore.singleCpu, joseAfter.singleCpu),
                             qMax(joseBefore.all, joseAfter.all), joseAfter.skipped };
    if (!jose.skipped.isEmpty())
        say(QStringLiteral("jose baseline skipped: %1").arg(jose.skipped));

    double load[3] = {};
    getloadavg(load, 3);
    say(QString());
    say(QStringLiteral("Load average during the run: %1 (on %2 cores shared with other work): wall-clock rates are "
                       "depressed; CPU-time rates are what the code costs.")
            .arg(load[0], 0, 'f', 1)
            .arg(cores));
    const QString row = QStringLiteral("  %1 %2 %3 %4");
    say(row.arg(QString().leftJustified(46), QStringLiteral("1 core, wall").rightJustified(14),
                QStringLiteral("1 core, CPU").rightJustified(14),
                QStringLiteral("%1 cores, wall").arg(cores).rightJustified(14)));
    const auto line = [&](const QString &name, const QString &one, const QString &oneCpu, const QString &all) {
        say(row.arg(name.leftJustified(46), one.rightJustified(14), oneCpu.rightJustified(14), all.rightJustified(14)));
    };
    line(QStringLiteral("(a) decode+claims+time, core/jwt"), rate(oursA1.wall), rate(oursA1.cpu), rate(oursAN.wall));
    line(QStringLiteral("(a) decodeProtectedHeader+decodeJwt+exp, jose"), rate(jose.single), rate(jose.singleCpu),
         rate(jose.all));
    line(QStringLiteral("    ratio core/jwt / jose (target >= 2x/core)"), ratio(oursA1.wall, jose.single, false),
         ratio(oursA1.cpu, jose.singleCpu, false), ratio(oursAN.wall, jose.all, false));
    line(QStringLiteral("(b) ES256 token verification, core/jwt"), rate(oursB1.wall), rate(oursB1.cpu),
         rate(oursBN.wall));
    line(QStringLiteral("(b) raw OpenSSL EVP_DigestVerify P-256"), rate(raw1.wall), rate(raw1.cpu), rate(rawN.wall));
    line(QStringLiteral("    ratio core/jwt / raw (target >= 85 %)"), ratio(oursB1.wall, raw1.wall, true),
         ratio(oursB1.cpu, raw1.cpu, true), ratio(oursBN.wall, rawN.wall, true));
    line(QStringLiteral("    scaling (b) core/jwt, all cores / 1 core"), QString(), QString(),
         ratio(oursBN.wall, oursB1.wall, false));
    line(QStringLiteral("    scaling (b) raw OpenSSL, all cores / 1 core"), QString(), QString(),
         ratio(rawN.wall, raw1.wall, false));
    line(QStringLiteral("    scaling (a) core/jwt, all cores / 1 core"), QString(), QString(),
         ratio(oursAN.wall, oursA1.wall, false));

    // The same figures as rows of the bench table (tests/bench/support/BenchReport.h). One core is
    // compared in CPU time (what the code costs, whatever else loads the machine), all cores in wall time.
    vendo::bench::BenchReport report(QStringLiteral("jwt"));
    const auto tableRow = [&](const QString &measure, double ours, const QString &baseline, double theirs,
                              double atLeast, const QString &target, const QString &note) {
        const bool compared = ours > 0 && theirs > 0;
        report.add({ QStringLiteral("Throughput"), measure, ours, QStringLiteral("tokens/s"), baseline,
                     compared ? std::optional<double>(theirs) : std::nullopt,
                     compared ? std::optional<double>(ours / theirs) : std::nullopt, target,
                     compared ? std::optional<bool>(ours / theirs >= atLeast) : std::nullopt, note });
    };
    const QString joseNote = jose.skipped.isEmpty() ? QString() : jose.skipped;
    const bool cpuA = oursA1.cpu > 0 && jose.singleCpu > 0;
    tableRow(QStringLiteral("decode + claims + time verdict, 1 core")
                 + (cpuA ? QStringLiteral(" (CPU time)") : QString()),
             cpuA ? oursA1.cpu : oursA1.wall, QStringLiteral("Node jose, 1 core"), cpuA ? jose.singleCpu : jose.single,
             2.0, QStringLiteral("≥ 2× jose"), joseNote);
    tableRow(QStringLiteral("decode + claims + time verdict, %1 cores").arg(cores), oursAN.wall,
             QStringLiteral("Node jose, %1 workers").arg(cores), jose.all, 2.0, QStringLiteral("≥ 2× jose"), joseNote);
    const bool cpuB = oursB1.cpu > 0 && raw1.cpu > 0;
    tableRow(QStringLiteral("ES256 verification of whole tokens, 1 core")
                 + (cpuB ? QStringLiteral(" (CPU time)") : QString()),
             cpuB ? oursB1.cpu : oursB1.wall, QStringLiteral("raw OpenSSL EVP_DigestVerify, 1 core"),
             cpuB ? raw1.cpu : raw1.wall, 0.85, QStringLiteral("≥ 85 % of raw"), QString());
    tableRow(QStringLiteral("ES256 verification of whole tokens, %1 cores").arg(cores), oursBN.wall,
             QStringLiteral("raw OpenSSL, %1 cores").arg(cores), rawN.wall, 0.85, QStringLiteral("≥ 85 % of raw"),
             QStringLiteral("%1 tokens from the same file").arg(kTokens));
    return 0;
}

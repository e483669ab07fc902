// The audit as people run it (issue 20): whole-process `vendo-inspector-cli audit LOG --jwks JWKS --json`
// over a realistic 50,000-token ES256 log (tokens inside log lines among other text), measured in CPU
// time (user + sys of the process, from wait4) beside a Node `jose` script that finds and verifies the
// same tokens, in the same run. Rows: 1 and 2 threads, file and a pipe on standard input, no keys at the
// default thread count against --threads 1, output bytes per token, peak RSS for the 50k log and for a
// 1 GB log (generated into a temporary directory, deleted after), and the in-process verification rate.
// Prints figures; asserts nothing about speed.

#include "BenchReport.h"
#include "JwtBenchSupport.h"
#include "jwt/JwkSet.h"
#include "jwt/JwsSigner.h"
#include "jwt/TokenAuditor.h"
#include "jwt/TokenExtractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QUuid>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

using namespace vendo::jwt;
using vendo::bench::BenchReport;
using vendo::bench::BenchRow;

namespace {

constexpr int kTokens = 50'000;
constexpr qint64 kNow = 1'767'225'600;
constexpr qint64 kTargetLogBytes = 41'000'000;
constexpr qint64 kBigLogBytes = 1'000'000'000;

void say(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// A gateway log: each token in a request line among other fields, and lines without tokens between.
bool generateLog(const QString &logFile, const QString &jwksFile)
{
    const Key current = Key::generate(Algorithm::ES256, QStringLiteral("vendo-2026-01")).value();
    const Key previous = Key::generate(Algorithm::ES256, QStringLiteral("vendo-2025-12")).value();
    QList<QJsonObject> claims;
    QRandomGenerator random(20260101);
    for (int i = 0; i < kTokens; ++i)
        claims.append(vendo::bench::vendoAccessTokenClaims(i, kNow, random));
    QList<QByteArray> tokens(kTokens);
    QThreadPool pool;
    const int threads = QThread::idealThreadCount();
    for (int t = 0; t < threads; ++t) {
        pool.start([&, t] {
            for (int i = t; i < kTokens; i += threads)
                tokens[i] = JwsSigner::sign(Algorithm::ES256, i % 5 == 0 ? previous : current, claims[i]).value();
        });
    }
    pool.waitForDone();

    QList<QByteArray> lines(kTokens);
    qint64 lineBytes = 0;
    for (int i = 0; i < kTokens; ++i) {
        const QByteArray time = QByteArray("2026-01-01T") + QByteArray::number(10 + i / 3600 % 14) + ':'
            + QByteArray::number(10 + i / 60 % 50) + ':' + QByteArray::number(10 + i % 50) + '.'
            + QByteArray::number(100 + i % 900) + 'Z';
        lines[i] = time + " INFO  api-gateway[4121]: req_id=" + QByteArray::number(0x5f3c0000 + i * 7919, 16)
            + " method=POST path=/v1/connections/" + (i % 3 ? "openai" : "slack")
            + "/token status=200 dur_ms=" + QByteArray::number(20 + i % 90) + " ip=10.2." + QByteArray::number(i % 250)
            + '.' + QByteArray::number(i % 199) + " headers={\"x-vendo-user-jwt\":\"" + tokens[i] + "\"}\n";
        lineBytes += lines[i].size();
    }
    // Lines without tokens between the request lines, spread evenly, so that the log has the size of
    // the one in issue 20.
    const QByteArray filler = "2026-01-01T00:00:00.000Z INFO  scheduler[311]: job=refresh-connections batch=17 "
                              "took_ms=12 queued=0 workers=8 next_run_in_s=30\n";
    const double fillerPerLine = double(qMax<qint64>(0, kTargetLogBytes - lineBytes)) / kTokens;
    QFile out(logFile);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    double debt = 0;
    for (int i = 0; i < kTokens; ++i) {
        out.write(lines[i]);
        for (debt += fillerPerLine; debt >= double(filler.size()); debt -= double(filler.size()))
            out.write(filler);
    }
    out.close();
    QFile jwks(jwksFile);
    if (!jwks.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    jwks.write(QJsonDocument(
                   JwkSet({ Key::fromJwk(current.toPublicJwk()).value(), Key::fromJwk(previous.toPublicJwk()).value() })
                       .toPublicJson())
                   .toJson());
    return true;
}

struct ProcessRun
{
    bool ok = false;
    int exitCode = -1;
    double cpuSeconds = 0; // user + sys of the child
    double wallSeconds = 0;
    qint64 peakRssKb = 0;
    QString error;
};

double now()
{
    timespec t {};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// Runs `program arguments` with standard input from `stdinFile` (through a pipe fed by this process when
// `viaPipe`) and standard output into `stdoutFile`; CPU time and peak RSS from wait4(). Not QProcess:
// its figures would include neither rusage nor a real pipe's behaviour.
// Peak RSS comes from GNU time (%M) when it is installed: wait4() on a child started from this process
// reports this process's own high-water mark too (the kernel keeps it across the child's exec), and
// this process holds the generated log. time's own child is forked from a small process.
const QString kTime = QStringLiteral("/usr/bin/time");

ProcessRun runProcess(const QString &program, const QStringList &arguments, const QString &stdinFile, bool viaPipe,
                      const QString &stdoutFile)
{
    ProcessRun result;
    const QString rssFile = stdoutFile + QStringLiteral(".rss");
    const bool timed = QFile::exists(kTime);
    QList<QByteArray> argBytes;
    if (timed)
        argBytes << kTime.toLocal8Bit() << "-f"
                 << "%M"
                 << "-o" << rssFile.toLocal8Bit();
    argBytes << program.toLocal8Bit();
    for (const QString &argument : arguments)
        argBytes.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &arg : argBytes)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    int pipeFds[2] = { -1, -1 };
    const QByteArray inPath = stdinFile.isEmpty() ? QByteArray("/dev/null") : stdinFile.toLocal8Bit();
    if (viaPipe) {
        if (pipe(pipeFds) != 0) {
            result.error = QStringLiteral("pipe() failed");
            return result;
        }
        posix_spawn_file_actions_adddup2(&actions, pipeFds[0], 0);
        posix_spawn_file_actions_addclose(&actions, pipeFds[1]);
    } else {
        posix_spawn_file_actions_addopen(&actions, 0, inPath.constData(), O_RDONLY, 0);
    }
    const QByteArray outPath = stdoutFile.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);

    const double start = now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        result.error = QStringLiteral("cannot start %1").arg(program);
        return result;
    }
    std::thread feeder;
    if (viaPipe) {
        close(pipeFds[0]);
        const int writeFd = pipeFds[1];
        feeder = std::thread([writeFd, inPath] {
            const int in = open(inPath.constData(), O_RDONLY);
            std::vector<char> buffer(1 << 20);
            ssize_t got = 0;
            while (in >= 0 && (got = read(in, buffer.data(), buffer.size())) > 0) {
                for (ssize_t at = 0; at < got;) {
                    const ssize_t put = write(writeFd, buffer.data() + at, size_t(got - at));
                    if (put <= 0)
                        break;
                    at += put;
                }
            }
            if (in >= 0)
                close(in);
            close(writeFd);
        });
    }
    int status = 0;
    rusage usage {};
    const pid_t waited = wait4(pid, &status, 0, &usage);
    result.wallSeconds = now() - start;
    if (feeder.joinable())
        feeder.join();
    if (waited != pid || !WIFEXITED(status)) {
        result.error = QStringLiteral("%1 did not exit normally").arg(program);
        return result;
    }
    result.ok = true;
    result.exitCode = WEXITSTATUS(status);
    result.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    result.peakRssKb = usage.ru_maxrss;
    QFile rss(rssFile);
    if (timed && rss.open(QIODevice::ReadOnly)) {
        // "Command exited with non-zero status 3" may come first; the figure is the last line.
        const QList<QByteArray> lines = rss.readAll().trimmed().split('\n');
        result.peakRssKb = lines.last().trimmed().toLongLong();
        rss.remove();
    }
    return result;
}

double threadCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const auto option = [&](const QString &name) {
        const qsizetype at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
    };
    const QString workDir = QDir(option(QStringLiteral("--work-dir")).isEmpty() ? QDir::currentPath()
                                                                                : option(QStringLiteral("--work-dir")))
                                .absolutePath();
    const QString cli = option(QStringLiteral("--cli"));
    const bool skipBig = arguments.contains(QStringLiteral("--no-1gb"));
    const int runs
        = qMax(1, option(QStringLiteral("--runs")).toInt() > 0 ? option(QStringLiteral("--runs")).toInt() : 3);
    BenchReport report(QStringLiteral("audit"));
    if (cli.isEmpty() || !QFile::exists(cli)) {
        report.missing(QStringLiteral("Throughput"), QStringLiteral("audit, whole process"),
                       QStringLiteral("--cli PATH not given"));
        return 1;
    }
    say(QStringLiteral("audit whole-process benchmark — build type %1, %2 cores, Qt %3")
            .arg(QStringLiteral(VENDO_BENCH_BUILD_TYPE))
            .arg(QThread::idealThreadCount())
            .arg(QString::fromLatin1(qVersion())));

    const QString log = workDir + QStringLiteral("/audit-50k.log");
    const QString jwks = workDir + QStringLiteral("/audit-jwks.json");
    if (!QFile::exists(log) || !QFile::exists(jwks) || QFileInfo(log).size() < kTargetLogBytes / 2) {
        QElapsedTimer timer;
        timer.start();
        if (!generateLog(log, jwks)) {
            report.missing(QStringLiteral("Throughput"), QStringLiteral("audit, whole process"),
                           QStringLiteral("cannot write the log into %1").arg(workDir));
            return 1;
        }
        say(QStringLiteral("Generated %1 (%2 bytes) in %3 s")
                .arg(log)
                .arg(QFileInfo(log).size())
                .arg(timer.elapsed() / 1000.0));
    }
    const qint64 logBytes = QFileInfo(log).size();
    say(QStringLiteral("Log: %1 ES256 tokens in %2 MB").arg(kTokens).arg(double(logBytes) / 1e6, 0, 'f', 1));

    const QString output = workDir + QStringLiteral("/audit-out.ndjson");
    const QStringList common { QStringLiteral("--json"), QStringLiteral("--now"), QString::number(kNow) };
    const auto audit = [&](bool keys, bool viaPipe, int threads) {
        QStringList args { QStringLiteral("audit"), viaPipe ? QStringLiteral("-") : log };
        if (keys)
            args << QStringLiteral("--jwks") << jwks;
        if (threads > 0)
            args << QStringLiteral("--threads") << QString::number(threads);
        return runProcess(cli, args + common, viaPipe ? log : QString(), viaPipe, output);
    };

    const QString joseDir = workDir + QStringLiteral("/jose");
    QDir().mkpath(joseDir);
    const QString joseSkipped = vendo::bench::ensureJose(joseDir);
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const auto jose = [&] {
        return runProcess(node, { joseDir + QStringLiteral("/bench_audit_jose.mjs"), log, jwks, QString::number(kNow) },
                          QString(), false, workDir + QStringLiteral("/jose-out.json"));
    };

    // In-process, over the log's first 10,000 tokens with the audit's own per-token function: the
    // verification rate on one thread (CPU time; what bench_jwt's (b) measures), and the same work on
    // 1 and on 2 threads in wall time, interleaved with the process runs: how far 2 threads can scale
    // on this machine at this moment, without the audit's reading, batching and writing.
    QList<QByteArray> sample;
    {
        QFile in(log);
        in.open(QIODevice::ReadOnly);
        while (sample.size() < 10'000 && !in.atEnd()) {
            const QByteArray line = in.readLine();
            for (const QByteArrayView token : TokenExtractor::extract(line))
                sample.append(token.toByteArray());
        }
    }
    AuditOptions sampleOptions;
    sampleOptions.keys = JwkSet::fromJson([&] {
                             QFile f(jwks);
                             f.open(QIODevice::ReadOnly);
                             return f.readAll();
                         }())
                             .value();
    const FixedClock sampleClock(kNow);
    std::atomic<int> sampleValid { 0 };
    const auto judgeSample = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            sampleValid += TokenAuditor::judgeOne(sample[i], i, sampleClock, sampleOptions).verdict.signature.status
                == SignatureStatus::Valid;
    };
    const auto inProcessWall = [&](int threads) {
        const double start = now();
        std::vector<std::thread> workers;
        const qsizetype per = (sample.size() + threads - 1) / threads;
        for (int t = 0; t < threads; ++t)
            workers.emplace_back(judgeSample, t * per, qMin(sample.size(), (t + 1) * per));
        for (std::thread &worker : workers)
            worker.join();
        return now() - start;
    };
    double inProcessWall1 = 1e9;
    double inProcessWall2 = 1e9;

    // Round by round, every configuration once per round, the best of the rounds kept (CPU and wall
    // separately): the machine is shared, a neighbour's burst only ever adds time, and interleaving
    // spreads it over every configuration alike.
    ProcessRun file2;
    ProcessRun file1;
    ProcessRun pipe2;
    ProcessRun pipe1;
    ProcessRun fileDefault;
    ProcessRun plainDefault;
    ProcessRun plain1;
    ProcessRun joseRun;
    const auto keep = [](ProcessRun &kept, const ProcessRun &next) {
        if (!next.ok || !kept.ok) {
            if (!kept.ok && kept.error.isEmpty())
                kept = next;
            return;
        }
        kept.cpuSeconds = qMin(kept.cpuSeconds, next.cpuSeconds);
        kept.wallSeconds = qMin(kept.wallSeconds, next.wallSeconds);
        kept.peakRssKb = qMax(kept.peakRssKb, next.peakRssKb);
    };
    qint64 outputBytes = 0;
    QByteArray outputHead;
    for (int round = 0; round < runs; ++round) {
        if (joseSkipped.isEmpty())
            keep(joseRun, jose());
        keep(file2, audit(true, false, 2));
        if (round == 0) {
            QFile counted(output);
            outputBytes = counted.size();
            if (counted.open(QIODevice::ReadOnly))
                outputHead = counted.read(4096);
        }
        keep(pipe2, audit(true, true, 2));
        keep(file1, audit(true, false, 1));
        keep(pipe1, audit(true, true, 1));
        keep(fileDefault, audit(true, false, 0));
        keep(plainDefault, audit(false, false, 0));
        keep(plain1, audit(false, false, 1));
        inProcessWall1 = qMin(inProcessWall1, inProcessWall(1));
        inProcessWall2 = qMin(inProcessWall2, inProcessWall(2));
        say(QStringLiteral("round %1 of %2 done").arg(round + 1).arg(runs));
    }
    QString joseCounts;
    {
        QFile joseOut(workDir + QStringLiteral("/jose-out.json"));
        if (joseOut.open(QIODevice::ReadOnly))
            joseCounts = QString::fromUtf8(joseOut.readAll()).trimmed();
    }

    for (const ProcessRun *run : { &file2, &file1, &pipe2, &pipe1, &fileDefault, &plainDefault, &plain1 }) {
        if (!run->ok) {
            report.missing(QStringLiteral("Throughput"), QStringLiteral("audit, whole process"), run->error);
            return 1;
        }
    }

    double inProcessUs = 0;
    for (int pass = 0; pass < 2; ++pass) { // the first pass warms up
        const double start = threadCpuSeconds();
        judgeSample(0, sample.size());
        inProcessUs = (threadCpuSeconds() - start) * 1e6 / double(sample.size());
    }
    say(QStringLiteral("In-process: %1 valid signatures in %2 passes over %3 tokens")
            .arg(sampleValid.load())
            .arg(2 + 3 * runs)
            .arg(sample.size()));

    // The 1 GB log: the 50k log repeated, in a temporary directory, deleted after.
    ProcessRun big;
    qint64 bigBytes = 0;
    if (!skipBig) {
        QTemporaryDir temp(QDir::tempPath() + QStringLiteral("/vendo-audit-1gb-XXXXXX"));
        const QString bigLog = temp.filePath(QStringLiteral("big.log"));
        {
            QFile source(log);
            source.open(QIODevice::ReadOnly);
            const QByteArray once = source.readAll();
            QFile out(bigLog);
            if (out.open(QIODevice::WriteOnly)) {
                while (bigBytes < kBigLogBytes)
                    bigBytes += out.write(once);
            }
        }
        say(QStringLiteral("1 GB log: %1 bytes; auditing it once").arg(bigBytes));
        big = runProcess(cli, QStringList { QStringLiteral("audit"), bigLog, QStringLiteral("--jwks"), jwks } + common,
                         QString(), false, QStringLiteral("/dev/null"));
        QFile::remove(bigLog);
    }

    const double perToken = 1e6 / kTokens;
    const auto us = [&](const ProcessRun &run) { return run.cpuSeconds * perToken; };
    say(QString());
    say(QStringLiteral("Whole process, %1 tokens, best of %2 interleaved rounds (CPU = user + sys):")
            .arg(kTokens)
            .arg(runs));
    const auto show = [&](const QString &name, const ProcessRun &run) {
        say(QStringLiteral("  %1 CPU %2 s (%3 µs/token), wall %4 s, peak RSS %5 MB, exit %6")
                .arg(name.leftJustified(44))
                .arg(run.cpuSeconds, 0, 'f', 2)
                .arg(us(run), 0, 'f', 1)
                .arg(run.wallSeconds, 0, 'f', 2)
                .arg(double(run.peakRssKb) / 1024.0, 0, 'f', 1)
                .arg(run.exitCode));
    };
    show(QStringLiteral("audit --jwks --json, file, --threads 2"), file2);
    show(QStringLiteral("audit --jwks --json, file, --threads 1"), file1);
    show(QStringLiteral("audit --jwks --json, file, default threads"), fileDefault);
    show(QStringLiteral("audit --jwks --json, stdin pipe, --threads 2"), pipe2);
    show(QStringLiteral("audit --jwks --json, stdin pipe, --threads 1"), pipe1);
    show(QStringLiteral("audit --json (no keys), file, default threads"), plainDefault);
    show(QStringLiteral("audit --json (no keys), file, --threads 1"), plain1);
    if (joseRun.ok)
        show(QStringLiteral("node jose (jwtVerify), same log"), joseRun);
    const qint64 bigTokens = qint64(kTokens) * (logBytes > 0 ? bigBytes / logBytes : 0);
    if (!skipBig && big.ok)
        say(QStringLiteral("  %1 CPU %2 s (%3 µs/token over %4 tokens), wall %5 s, peak RSS %6 MB, exit %7")
                .arg(QStringLiteral("audit --jwks --json, 1 GB log, default threads").leftJustified(44))
                .arg(big.cpuSeconds, 0, 'f', 1)
                .arg(bigTokens > 0 ? big.cpuSeconds * 1e6 / double(bigTokens) : 0.0, 0, 'f', 1)
                .arg(bigTokens)
                .arg(big.wallSeconds, 0, 'f', 1)
                .arg(double(big.peakRssKb) / 1024.0, 0, 'f', 1)
                .arg(big.exitCode));
    say(QStringLiteral("  jose counts: %1").arg(joseCounts));
    say(QStringLiteral("  in-process judgeOne with keys, 1 thread: %1 µs/token CPU; wall 1 thread %2 s, 2 threads %3 s "
                       "(%4×)")
            .arg(inProcessUs, 0, 'f', 1)
            .arg(inProcessWall1, 0, 'f', 2)
            .arg(inProcessWall2, 0, 'f', 2)
            .arg(inProcessWall1 / inProcessWall2, 0, 'f', 2));
    say(QStringLiteral("  output: %1 bytes, %2 bytes/token; first bytes:\n%3")
            .arg(outputBytes)
            .arg(double(outputBytes) / kTokens, 0, 'f', 1)
            .arg(QString::fromUtf8(outputHead.left(1200))));

    const QString section = QStringLiteral("Throughput");
    const QString joseName = QStringLiteral("Node jose jwtVerify script, same log (whole process CPU)");
    const QString inProcess
        = QStringLiteral("in-process verification %1 µs/token (1 thread)").arg(inProcessUs, 0, 'f', 1);
    const auto versusJose = [&](const QString &measure, const ProcessRun &run) {
        const bool compared = joseRun.ok && joseRun.cpuSeconds > 0;
        const double ratio = compared ? run.cpuSeconds / joseRun.cpuSeconds : 0;
        report.add({ section, measure, us(run), QStringLiteral("µs CPU/token"), joseName,
                     compared ? std::optional<double>(us(joseRun)) : std::nullopt,
                     compared ? std::optional<double>(ratio) : std::nullopt, QStringLiteral("≤ 0.5× jose"),
                     compared ? std::optional<bool>(ratio <= 0.5) : std::nullopt,
                     (compared ? QString() : joseSkipped + QStringLiteral("; ")) + inProcess
                         + QStringLiteral("; wall %1 s").arg(run.wallSeconds, 0, 'f', 2) });
    };
    versusJose(QStringLiteral("audit --jwks --json, whole process, file, 2 threads"), file2);
    versusJose(QStringLiteral("audit --jwks --json, whole process, file, 1 thread"), file1);
    versusJose(QStringLiteral("audit --jwks --json, whole process, stdin pipe, 2 threads"), pipe2);
    versusJose(QStringLiteral("audit --jwks --json, whole process, stdin pipe, 1 thread"), pipe1);

    const double scaling = file1.wallSeconds / file2.wallSeconds;
    const double ceiling = inProcessWall1 / inProcessWall2;
    double loadNow[3] = {};
    getloadavg(loadNow, 3);
    report.add({ section, QStringLiteral("audit --jwks --json, scaling from 1 to 2 threads (wall)"), scaling,
                 QStringLiteral("×"), QStringLiteral("in-process judgeOne on 2 vs 1 threads, same rounds"), ceiling,
                 scaling / ceiling, QStringLiteral("≥ 1.8×"), scaling >= 1.8,
                 QStringLiteral("wall %1 s → %2 s; in-process %3 s → %4 s (%5×): what 2 threads reach on this "
                                "machine at this moment; load average %6")
                     .arg(file1.wallSeconds, 0, 'f', 2)
                     .arg(file2.wallSeconds, 0, 'f', 2)
                     .arg(inProcessWall1, 0, 'f', 2)
                     .arg(inProcessWall2, 0, 'f', 2)
                     .arg(ceiling, 0, 'f', 2)
                     .arg(loadNow[0], 0, 'f', 1) });
    const double pipeRatio = pipe2.wallSeconds / file2.wallSeconds;
    report.add({ section, QStringLiteral("audit --jwks --json from a stdin pipe vs the file (wall, 2 threads)"),
                 pipe2.wallSeconds, QStringLiteral("s"), QStringLiteral("the file"), file2.wallSeconds, pipeRatio,
                 QStringLiteral("≤ 1.10× the file"), pipeRatio <= 1.10,
                 QStringLiteral("CPU %1 s vs %2 s; 1 thread: wall %3 s vs %4 s")
                     .arg(pipe2.cpuSeconds, 0, 'f', 2)
                     .arg(file2.cpuSeconds, 0, 'f', 2)
                     .arg(pipe1.wallSeconds, 0, 'f', 2)
                     .arg(file1.wallSeconds, 0, 'f', 2) });
    const double plainRatio = plainDefault.wallSeconds / plain1.wallSeconds;
    report.add({ section, QStringLiteral("audit --json without keys, default threads vs --threads 1 (wall)"),
                 plainDefault.wallSeconds, QStringLiteral("s"), QStringLiteral("--threads 1"), plain1.wallSeconds,
                 plainRatio, QStringLiteral("≤ 1.0× (not slower)"), plainRatio <= 1.0,
                 QStringLiteral("CPU %1 vs %2 µs/token").arg(us(plainDefault), 0, 'f', 1).arg(us(plain1), 0, 'f', 1) });
    report.add({ QStringLiteral("Output"), QStringLiteral("audit --json, bytes per token"),
                 double(outputBytes) / kTokens, QStringLiteral("B/token"), QStringLiteral("input bytes per token"),
                 double(logBytes) / kTokens, double(outputBytes) / double(logBytes), QString(), std::nullopt,
                 QStringLiteral("%1 MB of NDJSON for a %2 MB log")
                     .arg(double(outputBytes) / 1e6, 0, 'f', 1)
                     .arg(double(logBytes) / 1e6, 0, 'f', 1) });
    report.add({ QStringLiteral("Memory"), QStringLiteral("audit --jwks --json, peak RSS, 50k-token log"),
                 double(file2.peakRssKb) / 1024.0, QStringLiteral("MB"), QString(), std::nullopt, std::nullopt,
                 QString(), std::nullopt,
                 QStringLiteral("%1 MB log, 2 threads").arg(double(logBytes) / 1e6, 0, 'f', 1) });
    if (skipBig)
        report.missing(QStringLiteral("Memory"), QStringLiteral("audit --jwks --json, peak RSS, 1 GB log"),
                       QStringLiteral("skipped (--no-1gb)"));
    else if (!big.ok)
        report.missing(QStringLiteral("Memory"), QStringLiteral("audit --jwks --json, peak RSS, 1 GB log"), big.error);
    else
        report.add({ QStringLiteral("Memory"), QStringLiteral("audit --jwks --json, peak RSS, 1 GB log"),
                     double(big.peakRssKb) / 1024.0, QStringLiteral("MB"), QString(), std::nullopt, std::nullopt,
                     QStringLiteral("< 64 MB"), double(big.peakRssKb) / 1024.0 < 64.0,
                     QStringLiteral("%1 MB, %2 tokens; CPU %3 s, wall %4 s")
                         .arg(double(bigBytes) / 1e6, 0, 'f', 0)
                         .arg(bigTokens)
                         .arg(big.cpuSeconds, 0, 'f', 1)
                         .arg(big.wallSeconds, 0, 'f', 1) });
    double load[3] = {};
    getloadavg(load, 3);
    say(QStringLiteral("Load average at the end: %1").arg(load[0], 0, 'f', 2));
    return 0;
}

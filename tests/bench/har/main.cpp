// The HAR bench (issue 20): generated HARs of 50 MB and 500 MB as a browser writes them (thousands of
// entries, response bodies of 20 to 400 kB in base64 and in escaped JSON text, cookies, a few requests
// that carry X-Vendo-User-JWT), listed by `vendo-inspector-cli headers` as a whole process, beside `cat`
// of the same file in the same run (the cost of reading it at all). Peak RSS (wait4's ru_maxrss) beside
// the CLI's own on a 1 kB HAR. Then the window's path in this process: InputClassifier::classify(QFile),
// its peak RSS above this process's own before it.
#include "BenchReport.h"
#include "ProcStatus.h"
#include "Stats.h"
#include "client/InputClassifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

using vendo::bench::BenchReport;
using vendo::bench::BenchRow;

struct Measured
{
    bool ok = false;
    int exitCode = -1;
    double ms = 0;
    double cpuMs = 0;
    double peakMb = 0;
};

// One run of `program` with stdout to /dev/null: wall time, CPU time and peak RSS from wait4.
Measured measure(const QString &program, const QStringList &arguments)
{
    QList<QByteArray> storage { QFile::encodeName(program) };
    for (const QString &argument : arguments)
        storage << QFile::encodeName(argument);
    std::vector<char *> argv;
    for (QByteArray &item : storage)
        argv.push_back(item.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    Measured result;
    const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return result;
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return result;
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    result.ok = WIFEXITED(status);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    result.peakMb = double(usage.ru_maxrss) / 1024.0;
    return result;
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A token shaped like the service's (ES256, 64-byte signature): valid for an hour from now.
QByteArray token(int user)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray header = R"({"alg":"ES256","kid":"sandbox-key-1","typ":"JWT"})";
    const QByteArray payload = R"({"sub":"a11ce000-0000-4000-8000-00000000000)" + QByteArray::number(user % 10)
        + R"(","email":"user)" + QByteArray::number(user) + R"(@acme.example","iat":)" + QByteArray::number(now)
        + R"(,"exp":)" + QByteArray::number(now + 3600) + R"(,"app_metadata":{"tenant_id":"tn_acme"}})";
    return base64Url(header) + '.' + base64Url(payload) + '.' + base64Url(QByteArray(64, '\x5a'));
}

// Writes a HAR of about `bytes`; every 250th request carries X-Vendo-User-JWT. Returns the entry count.
qint64 writeHar(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    QRandomGenerator random(20);
    QByteArray binary(300'000, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(binary.data()), binary.size() / 4);
    const QByteArray base64 = binary.toBase64();
    QByteArray json = "{\\\"items\\\":[";
    for (int i = 0; json.size() < 400'000; ++i)
        json += "{\\\"id\\\":" + QByteArray::number(i) + ",\\\"name\\\":\\\"caf\\u00e9 \\\\\\\"" + QByteArray::number(i)
            + "\\\\\\\"\\\",\\\"note\\\":\\\"line\\nnext\\\"},";
    json += "{}]}";
    file.write(
        R"({"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"pages":[],"entries":[)");
    qint64 entries = 0;
    while (file.size() < bytes) {
        const qint64 n = entries++;
        const qsizetype bodySize = 20'000 + qsizetype(random.bounded(380'000));
        const bool textBody = n % 3 == 0;
        const QByteArray body = textBody ? json.left(bodySize) : base64.left(bodySize);
        // A cut JSON body may end inside an escape: end it before that escape.
        QByteArray safeBody = body;
        while (!safeBody.isEmpty() && safeBody.lastIndexOf('\\') >= safeBody.size() - 6)
            safeBody.truncate(safeBody.lastIndexOf('\\'));
        QByteArray headers = R"({"name":":method","value":"GET"},{"name":"accept","value":"application/json"},)"
                             R"({"name":"cookie","value":"_ga=GA1.2.)"
            + QByteArray(600, 'c') + R"("},{"name":"user-agent","value":"Mozilla/5.0 (X11; Linux x86_64) Chrome/131"})";
        if (n % 250 == 17)
            headers += R"(,{"name":"X-Vendo-User-JWT","value":")" + token(int(n)) + "\"}";
        const QByteArray time
            = QDateTime::fromSecsSinceEpoch(1'796'000'000 + n).toUTC().toString(Qt::ISODate).toLatin1();
        file.write(
            QByteArray(n ? "," : "") + R"({"startedDateTime":")" + time
            + R"(","time":12.5,"request":{"method":"GET","url":"https://app.acme.example/api/items/)"
            + QByteArray::number(n) + R"(?page=2","httpVersion":"h2","headers":[)" + headers
            + R"(],"queryString":[{"name":"page","value":"2"}],"cookies":[],"headersSize":-1,"bodySize":0},)"
            + R"("response":{"status":200,"statusText":"","httpVersion":"h2","headers":[{"name":"content-type",)"
            + R"("value":"application/json"}],"cookies":[],"content":{"size":)" + QByteArray::number(safeBody.size())
            + R"(,"mimeType":"application/json","text":")" + safeBody + '"'
            + (textBody ? QByteArray() : QByteArray(R"(,"encoding":"base64")"))
            + R"(},"redirectURL":"","headersSize":-1,"bodySize":-1},"cache":{},"timings":{"send":0.1,"wait":10,"receive":2}})");
    }
    file.write("]}}");
    return entries;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("vendo-inspector-cli."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Measured runs per file."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({ cliOption, runsOption });
    parser.process(app);
    const QString cli = parser.value(cliOption);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    BenchReport report(QStringLiteral("har"));
    QTemporaryDir dir;
    if (!dir.isValid() || cli.isEmpty()) {
        report.missing(QStringLiteral("Throughput"), QStringLiteral("HAR listing"),
                       QStringLiteral("no temporary directory or no --cli"));
        return 1;
    }

    // The CLI's own peak RSS: `headers` on a HAR of one request.
    const QString tiny = dir.filePath(QStringLiteral("tiny.har"));
    {
        QFile file(tiny);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(R"({"log":{"entries":[{"request":{"method":"GET","url":"https://a.example/","headers":[)"
                   R"({"name":"X-Vendo-User-JWT","value":")"
                   + token(1) + R"("}]},"response":{"status":200}}]}})");
    }
    QList<double> ownMb;
    for (int i = 0; i < runs; ++i)
        ownMb << measure(cli, { QStringLiteral("headers"), tiny }).peakMb;
    const double own = vendo::bench::median(ownMb);

    for (const qint64 megabytes : { qint64(50), qint64(500) }) {
        const QString path = dir.filePath(QStringLiteral("capture-%1.har").arg(megabytes));
        const qint64 entries = writeHar(path, megabytes * 1000 * 1000);
        const qint64 size = QFileInfo(path).size();
        const QString what = QStringLiteral("HAR %1 MB").arg(megabytes);
        if (entries <= 0) {
            report.missing(QStringLiteral("Throughput"), what, QStringLiteral("could not write the HAR"));
            continue;
        }
        // Warm the page cache for both, then interleave the runs.
        measure(QStringLiteral("/bin/cat"), { path });
        QList<double> ms, cpu, peak, catMs;
        int failures = 0;
        for (int i = 0; i < runs; ++i) {
            const Measured listed = measure(cli, { QStringLiteral("headers"), path, QStringLiteral("--json") });
            failures += listed.exitCode != 0;
            ms << listed.ms;
            cpu << listed.cpuMs;
            peak << listed.peakMb;
            catMs << measure(QStringLiteral("/bin/cat"), { path }).ms;
        }
        const double wall = vendo::bench::median(ms);
        const double floor = vendo::bench::median(catMs);
        const QString note = QStringLiteral("%1 bytes, %2 entries, %3 with X-Vendo-User-JWT; median of %4 runs "
                                            "(wall %5–%6 ms, CPU %7 ms); %8 failed runs")
                                 .arg(size)
                                 .arg(entries)
                                 .arg((entries + 232) / 250)
                                 .arg(runs)
                                 .arg(vendo::bench::minimum(ms), 0, 'f', 0)
                                 .arg(vendo::bench::maximum(ms), 0, 'f', 0)
                                 .arg(vendo::bench::median(cpu), 0, 'f', 0)
                                 .arg(failures);
        const bool timed = megabytes == 500;
        report.add(
            { QStringLiteral("Throughput"),
              QStringLiteral("%1: `headers FILE --json` lists its identity-bearing requests (whole process)").arg(what),
              wall, QStringLiteral("ms"), QStringLiteral("`cat` of the same file"), floor, wall / floor,
              timed ? QStringLiteral("≤ 3000 ms") : QString(),
              timed ? std::optional<bool>(wall <= 3000 && failures == 0) : std::nullopt, note });
        const double peakMb = vendo::bench::maximum(peak);
        report.add({ QStringLiteral("Memory"), QStringLiteral("%1: `headers` peak RSS above its own").arg(what),
                     peakMb - own, QStringLiteral("MB"), QStringLiteral("`headers` on a 1 kB HAR (its own peak)"), own,
                     std::nullopt, QStringLiteral("≤ 150 MB above"), peakMb - own <= 150,
                     QStringLiteral("peak RSS %1 MB (wait4 ru_maxrss, highest of %2 runs)")
                         .arg(peakMb, 0, 'f', 1)
                         .arg(runs) });

        if (timed) {
            // The window's path: the identity panel's worker classifies the opened file the same way.
            const double before = double(vendo::bench::procStatusKb(QStringLiteral("VmHWM")).value_or(0)) / 1024.0;
            QFile file(path);
            QElapsedTimer timer;
            timer.start();
            qsizetype identities = 0;
            if (file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
                identities = vendo::client::InputClassifier::classify(file).identityRequestCount;
            const double classifyMs = double(timer.nsecsElapsed()) / 1e6;
            const double after = double(vendo::bench::procStatusKb(QStringLiteral("VmHWM")).value_or(0)) / 1024.0;
            report.add({ QStringLiteral("Memory"),
                         QStringLiteral("%1: the window's path (InputClassifier over a QFile), peak RSS above the "
                                        "process's own")
                             .arg(what),
                         after - before, QStringLiteral("MB"), QStringLiteral("this process's peak before"), before,
                         std::nullopt, QStringLiteral("≤ 150 MB above"), after - before <= 150,
                         QStringLiteral("%1 ms in-process, %2 identity-bearing requests found")
                             .arg(classifyMs, 0, 'f', 0)
                             .arg(identities) });
        }
        if (qEnvironmentVariableIsSet("VENDO_BENCH_KEEP_HAR"))
            QFile::copy(path, qEnvironmentVariable("VENDO_BENCH_KEEP_HAR") + QStringLiteral("-%1.har").arg(megabytes));
        QFile::remove(path);
    }
    return report.misses() > 0 ? 1 : 0;
}

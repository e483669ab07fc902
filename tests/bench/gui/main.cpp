// The real main window, driven in-process on the offscreen platform, against a vendo-sandbox process
// whose scenario gives one user 100 connected providers and adds 50 ms to every answer:
// - memory: peak RSS after a 100-provider probe, and RSS across 10 repeated probes, beside the floor;
// - responsiveness: the longest main-thread stall during a 100-provider probe, a rejected 1 MB paste
//   and a pasted 10,000-line log, beside the longest stall of the same probe while the window idles.
#include "BenchReport.h"
#include "BenchSandbox.h"
#include "EventLoopWait.h"
#include "FirstPaintRun.h"
#include "ProcStatus.h"
#include "StallProbe.h"
#include "Stats.h"
#include "app/gui/NetworkServices.h"
#include "secrets/SessionSecretStore.h"
#include "ui/models/ProbeModel.h"
#include "ui/panels/IdentityPanel.h"
#include "ui/panels/TokenProbePanel.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace vendo;

namespace {

constexpr int kSettleMs = 250; // after an action completes: repaints and late work still count
constexpr int kRepeatedSweeps = 10;
constexpr int kWarmupSweeps = 2;

double mb(std::optional<qint64> kb)
{
    return kb ? double(*kb) / 1024.0 : qQNaN();
}

struct Stall
{
    double longestMs = 0;
    double wallMs = 0;
    bool completed = false;
};

// The longest stall from `action` until `done` holds, plus the settle time.
Stall measureStall(const std::function<void()> &action, const std::function<bool()> &done, int timeoutMs)
{
    bench::StallProbe probe;
    QElapsedTimer wall;
    probe.start();
    wall.start();
    action();
    Stall stall;
    stall.completed = bench::runUntil(done, timeoutMs, 2);
    stall.wallMs = double(wall.nsecsElapsed()) / 1e6;
    bench::runFor(kSettleMs);
    probe.stop();
    stall.longestMs = probe.longestGapMs();
    return stall;
}

int okRows(const ui::ProbeModel *model)
{
    int ok = 0;
    for (const auto &row : model->rows())
        ok += row.state == ui::ProbeModel::State::Ok;
    return ok;
}

// A support engineer's log: 10,000 lines of request logging, a user token on every 100th line.
QByteArray tenThousandLineLog(const QString &token)
{
    QByteArray log;
    log.reserve(1'500'000);
    for (int i = 1; i <= 10'000; ++i) {
        log += "2026-11-24T21:" + QByteArray::number(10 + i % 50) + ":00.000Z INFO  req=" + QByteArray::number(i)
            + " GET /credentials/bench-" + QByteArray::number(1 + i % 100) + " status=200 duration_ms=53";
        if (i % 100 == 0)
            log += " X-Vendo-User-JWT: " + token.toLatin1();
        log += '\n';
    }
    return log;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"), QStringLiteral("vendo-sandbox executable."),
                                           QStringLiteral("PATH"));
    const QCommandLineOption floorOption(QStringLiteral("floor"), QStringLiteral("The floor program."),
                                         QStringLiteral("PATH"));
    parser.addOptions({ sandboxOption, floorOption });
    parser.process(app);

    bench::BenchReport report(QStringLiteral("gui"));
    bench::BenchSandbox sandbox(parser.value(sandboxOption), 100, 50);
    if (!sandbox.start()) {
        report.missing(QStringLiteral("Memory"), QStringLiteral("100-provider probe"), sandbox.errorString());
        return 1;
    }
    const QString token = sandbox.mintUserToken();
    if (token.isEmpty()) {
        report.missing(QStringLiteral("Memory"), QStringLiteral("100-provider probe"), sandbox.errorString());
        return 1;
    }

    // The floor's peak RSS on the same platform, in this run.
    QTemporaryDir xdg;
    QList<double> floorHwm;
    QString floorError;
    for (int i = 0; i < 4; ++i) {
        const auto run
            = bench::runToFirstPaint(parser.value(floorOption), {},
                                     bench::benchEnvironment(xdg.path(), QStringLiteral("offscreen")), &floorError);
        if (!run) {
            report.missing(QStringLiteral("Memory"), QStringLiteral("floor"), floorError);
            return 1;
        }
        if (i > 0)
            floorHwm << double(run->hwmKb) / 1024.0;
    }
    const double floorMb = bench::median(floorHwm);

    // The window as the app builds it, with the key in the session store (no keychain in a bench).
    QNetworkAccessManager network;
    ui::NetworkServices services(&network);
    secrets::SessionSecretStore store;
    const client::Profile profile
        = client::Profile::sandbox(sandbox.baseUrl(), sandbox.credentialsUrl(), sandbox.jwksUrl());
    store.write(profile.id, sandbox.apiKey());
    ui::InspectorContext context;
    context.services = &services;
    context.secretStore = &store;
    context.profiles = { profile };
    context.initialProfileId = profile.id;
    ui::MainWindow window(context);
    window.show();
    bool painted = false;
    QTimer::singleShot(0, &window, [&painted] { painted = true; });
    bench::runUntil([&] { return painted && window.isVisible(); }, 10'000, 2);
    bench::runFor(500);
    const double startupMb = mb(bench::procStatusKb(QStringLiteral("VmHWM")));

    // Baseline for every stall row: the same probe while the window only idles.
    const Stall idle = measureStall([] {}, [] { return true; }, 0);

    // The identity: pasted, as an operator would. Connections load, the probe panel lists them.
    ui::TokenProbePanel *probePanel = window.probePanel();
    QGuiApplication::clipboard()->setText(token);
    window.pasteFromClipboard();
    if (!bench::runUntil([&] { return probePanel->model()->rowCount() == 100; }, 30'000, 2)) {
        report.missing(
            QStringLiteral("Memory"), QStringLiteral("100-provider probe"),
            QStringLiteral("the probe panel listed %1 providers, not 100").arg(probePanel->model()->rowCount()));
        return 1;
    }

    const auto sweep = [&] {
        return measureStall([&] { probePanel->probeAll(); }, [&] { return !probePanel->isRunning(); }, 60'000);
    };
    const Stall firstSweep = sweep();
    const int ok = okRows(probePanel->model());
    const double afterProbeMb = mb(bench::procStatusKb(QStringLiteral("VmHWM")));

    QList<double> rss;
    QList<double> sweepWall { firstSweep.wallMs };
    double worstSweepStall = firstSweep.longestMs;
    for (int i = 0; i < kWarmupSweeps + kRepeatedSweeps; ++i) {
        const Stall s = sweep();
        sweepWall << s.wallMs;
        worstSweepStall = std::max(worstSweepStall, s.longestMs);
        if (i >= kWarmupSweeps)
            rss << mb(bench::procStatusKb(QStringLiteral("VmRSS")));
    }
    const double growth = rss.last() - rss.first();

    // A rejected 1 MB paste: no token, no header block.
    const QByteArray junk(1024 * 1024, 'x');
    QGuiApplication::clipboard()->setText(QString::fromLatin1(junk));
    ui::IdentityPanel *identity = window.identityPanel();
    const Stall rejected
        = measureStall([&] { window.pasteFromClipboard(); }, [&] { return !identity->isBusy(); }, 30'000);
    const QString rejectedOutcome = identity->outcomeTitle() + QStringLiteral(": ") + identity->inputError();

    // A pasted 10,000-line log holding 100 tokens.
    QGuiApplication::clipboard()->setText(QString::fromLatin1(tenThousandLineLog(token)));
    const Stall log = measureStall([&] { window.pasteFromClipboard(); }, [&] { return !identity->isBusy(); }, 30'000);
    const QString logOutcome
        = QStringLiteral("%1 (%2 candidate(s))").arg(identity->outcomeTitle()).arg(identity->candidateCount());

    const QString floorName = QStringLiteral("floor (QMainWindow + one QLabel) at first paint");
    report.add({ QStringLiteral("Memory"),
                 QStringLiteral("offscreen: peak RSS after a 100-provider probe (in-process driver)"), afterProbeMb,
                 QStringLiteral("MB"), floorName, floorMb, afterProbeMb / floorMb, QStringLiteral("≤ floor + 25 MB"),
                 afterProbeMb <= floorMb + 25.0,
                 QStringLiteral("floor + %1 MB; %2/100 tokens ok; driver at first paint: %3 MB")
                     .arg(afterProbeMb - floorMb, 0, 'f', 1)
                     .arg(ok)
                     .arg(startupMb, 0, 'f', 1) });
    report.add({ QStringLiteral("Memory"),
                 QStringLiteral("RSS growth across %1 repeated 100-provider probes").arg(kRepeatedSweeps), growth,
                 QStringLiteral("MB"), QStringLiteral("RSS after the first of them"), rss.first(), std::nullopt,
                 QStringLiteral("≤ 1 MB"), growth <= 1.0,
                 QStringLiteral("after %1 warm-up probes; VmRSS min %2, max %3 MB")
                     .arg(kWarmupSweeps)
                     .arg(bench::minimum(rss), 0, 'f', 1)
                     .arg(bench::maximum(rss), 0, 'f', 1) });
    report.add({ QStringLiteral("Sweep"),
                 QStringLiteral("GUI \"Probe all\", 100 providers, 50 ms latency"),
                 bench::median(sweepWall),
                 QStringLiteral("ms"),
                 {},
                 std::nullopt,
                 std::nullopt,
                 {},
                 std::nullopt,
                 QStringLiteral("median of %1 probes, click to last row settled").arg(sweepWall.size()) });

    const QString idleName = QStringLiteral("idle window, same probe");
    const auto stallRow = [&](const QString &what, const Stall &s, const QString &note) {
        report.add({ QStringLiteral("Responsiveness"), QStringLiteral("longest main-thread stall: ") + what,
                     s.longestMs, QStringLiteral("ms"), idleName, idle.longestMs, s.longestMs / idle.longestMs,
                     QStringLiteral("≤ 16 ms"), s.completed && s.longestMs <= 16.0,
                     (s.completed ? QString() : QStringLiteral("DID NOT COMPLETE; ")) + note });
    };
    stallRow(QStringLiteral("100-provider probe"), { worstSweepStall, firstSweep.wallMs, firstSweep.completed },
             QStringLiteral("worst of %1 probes").arg(sweepWall.size()));
    stallRow(QStringLiteral("rejected 1 MB paste"), rejected,
             QStringLiteral("%1 ms to the verdict: %2")
                 .arg(rejected.wallMs, 0, 'f', 0)
                 .arg(rejectedOutcome.section(QLatin1Char('.'), 0, 0)));
    stallRow(QStringLiteral("pasted 10,000-line log"), log,
             QStringLiteral("%1 ms to the verdict: %2").arg(log.wallMs, 0, 'f', 0).arg(logOutcome));
    return 0;
}

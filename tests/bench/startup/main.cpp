// Startup and memory after startup: the inspector's window (inspector.cpp, built as the executable
// builds it) beside the floor (a bare QMainWindow program),
// both with --exit-after-first-paint, timed from QProcess::start to exit, interleaved run by run so
// that load from the rest of the machine hits both alike.
#include "BenchReport.h"
#include "FirstPaintRun.h"
#include "Stats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

namespace {

struct Program
{
    QString name;
    QString path;
    QStringList args;
    QList<vendo::bench::FirstPaintRun> runs;
    QString failure;
};

// The baseline every row of this bench is compared with.
const QString kFloorName = QStringLiteral("floor (QMainWindow + one QLabel)");

QList<double> field(const QList<vendo::bench::FirstPaintRun> &runs, bool memory)
{
    QList<double> values;
    for (const auto &run : runs)
        values << (memory ? double(run.hwmKb) / 1024.0 : run.ms);
    return values;
}

// What the wall-time ratio is made of, in figures that are the same on every machine: the instructions
// each program executes to its first paint. No target: the target is the wall time.
bool reportInstructions(vendo::bench::BenchReport &report, const QString &label, const QString &valgrind,
                        const Program &floor, const Program &inspector, const QProcessEnvironment &env,
                        const QString &workDir)
{
    const QString measure = label + QStringLiteral(": instructions executed to the first painted window (callgrind)");
    QString error;
    const auto floorCount
        = vendo::bench::instructionsToFirstPaint(valgrind, floor.path, floor.args, env, workDir, &error);
    const auto appCount = floorCount
        ? vendo::bench::instructionsToFirstPaint(valgrind, inspector.path, inspector.args, env, workDir, &error)
        : std::nullopt;
    if (!floorCount || !appCount) {
        report.missing(QStringLiteral("Startup"), measure, error);
        return false;
    }
    const double app = double(*appCount) / 1e6;
    const double base = double(*floorCount) / 1e6;
    report.add({ QStringLiteral("Startup"), measure, app, QStringLiteral("M instructions"), kFloorName, base,
                 app / base, QString(), std::nullopt,
                 QStringLiteral("one run each; the same count on any machine for the same binaries and fonts. "
                                "The wall-time ratio is lower: both programs also wait on the kernel (exec, "
                                "mappings, page faults), which callgrind does not count") });
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption floorOption(QStringLiteral("floor"), QStringLiteral("The floor program."),
                                         QStringLiteral("PATH"));
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("The inspector."), QStringLiteral("PATH"));
    const QCommandLineOption labelOption(QStringLiteral("label"), QStringLiteral("offscreen or xvfb."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Measured runs."), QStringLiteral("N"),
                                        QStringLiteral("41"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"), QStringLiteral("Unmeasured runs first."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption valgrindOption(
        QStringLiteral("valgrind"), QStringLiteral("valgrind, to count instructions to the first paint as well."),
        QStringLiteral("PATH"));
    parser.addOptions({ floorOption, appOption, labelOption, runsOption, warmupOption, valgrindOption });
    parser.process(app);

    const QString label = parser.value(labelOption);
    vendo::bench::BenchReport report(QStringLiteral("startup-") + label);

    // Settings, caches and fonts config in a private place: both programs start from the same blank
    // state and nothing of the operator's own configuration is read or written.
    QTemporaryDir home;
    const QProcessEnvironment env = vendo::bench::benchEnvironment(
        home.path(), label == QLatin1String("offscreen") ? QStringLiteral("offscreen") : QStringLiteral("xcb"));

    Program bare { QStringLiteral("bare floor"), parser.value(floorOption), { QStringLiteral("--bare") }, {}, {} };
    Program floor { QStringLiteral("floor"), parser.value(floorOption), {}, {}, {} };
    Program inspector { QStringLiteral("vendo-inspector"), parser.value(appOption), {}, {}, {} };
    const int runs = parser.value(runsOption).toInt();
    const int warmup = parser.value(warmupOption).toInt();
    for (int i = 0; i < warmup + runs; ++i) {
        for (Program *program : { &bare, &floor, &inspector }) {
            if (!program->failure.isEmpty())
                continue;
            const auto run = vendo::bench::runToFirstPaint(program->path, program->args, env, &program->failure);
            if (run && i >= warmup)
                program->runs << *run;
        }
    }

    const QString measure = label + QStringLiteral(": process start → first painted main window");
    const QString memoryMeasure = label + QStringLiteral(": peak RSS (VmHWM) at first paint");
    for (const Program *program : { &bare, &floor, &inspector }) {
        if (!program->failure.isEmpty()) {
            report.missing(QStringLiteral("Startup"), measure, program->name + QStringLiteral(": ") + program->failure);
            return 1;
        }
    }

    const QList<double> appMs = field(inspector.runs, false);
    const QList<double> floorMs = field(floor.runs, false);
    const double appMedian = vendo::bench::median(appMs);
    const double floorMedian = vendo::bench::median(floorMs);
    const double bareMedian = vendo::bench::median(field(bare.runs, false));
    const double ratio = appMedian / floorMedian;
    report.add({ QStringLiteral("Startup"), measure, appMedian, QStringLiteral("ms"), kFloorName, floorMedian, ratio,
                 QStringLiteral("≤ 1.5× floor"), ratio <= 1.5,
                 QStringLiteral("median of %1 interleaved runs after %2 warm-up; min: app %3, floor %4, "
                                "empty window (no text) %5 ms")
                     .arg(runs)
                     .arg(warmup)
                     .arg(vendo::bench::minimum(appMs), 0, 'f', 1)
                     .arg(vendo::bench::minimum(floorMs), 0, 'f', 1)
                     .arg(bareMedian, 0, 'f', 1) });

    const double appHwm = vendo::bench::median(field(inspector.runs, true));
    const double floorHwm = vendo::bench::median(field(floor.runs, true));
    const double bareHwm = vendo::bench::median(field(bare.runs, true));
    report.add({ QStringLiteral("Memory"), memoryMeasure, appHwm, QStringLiteral("MB"), kFloorName, floorHwm,
                 appHwm / floorHwm, QStringLiteral("≤ floor + 25 MB"), appHwm <= floorHwm + 25.0,
                 QStringLiteral("floor + %1 MB; empty window %2 MB")
                     .arg(appHwm - floorHwm, 0, 'f', 1)
                     .arg(bareHwm, 0, 'f', 1) });

    if (parser.isSet(valgrindOption)
        && !reportInstructions(report, label, parser.value(valgrindOption), floor, inspector, env, home.path()))
        return 1;
    return 0;
}

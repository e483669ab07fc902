#include "FirstPaintRun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace vendo::bench {

namespace {

// Whether `process` finished within `seconds`; if not, it is ended and `error` says so, after `what`.
bool finishedWithin(QProcess &process, int seconds, const QString &what, QString *error)
{
    if (process.waitForFinished(seconds * 1000))
        return true;
    *error = QStringLiteral("%1no first paint within %2 s: %3").arg(what).arg(seconds).arg(process.errorString());
    process.kill();
    process.waitForFinished();
    return false;
}

} // namespace

std::optional<FirstPaintRun> runToFirstPaint(const QString &program, const QStringList &args,
                                             const QProcessEnvironment &env, QString *error)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args + QStringList { QStringLiteral("--exit-after-first-paint") });
    if (!finishedWithin(process, 60, QString(), error))
        return std::nullopt;
    FirstPaintRun run;
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression line(QStringLiteral("first-paint vmhwm_kb=(-?\\d+)"));
    const auto match = line.match(out);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !match.hasMatch()) {
        *error = QStringLiteral("exit %1 without a first-paint line: %2")
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(process.readAllStandardError()).left(300).simplified());
        return std::nullopt;
    }
    run.hwmKb = match.captured(1).toLongLong();
    return run;
}

std::optional<quint64> instructionsToFirstPaint(const QString &valgrind, const QString &program,
                                                const QStringList &args, const QProcessEnvironment &env,
                                                const QString &workDir, QString *error)
{
    const QString outFile = QDir(workDir).filePath(QFileInfo(program).fileName() + QStringLiteral(".callgrind"));
    QFile::remove(outFile);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(
        valgrind,
        QStringList { QStringLiteral("--tool=callgrind"), QStringLiteral("--callgrind-out-file=") + outFile, program }
            + args + QStringList { QStringLiteral("--exit-after-first-paint") });
    if (!finishedWithin(process, 300, QStringLiteral("callgrind: "), error))
        return std::nullopt;
    QFile out(outFile);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !out.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("callgrind: exit %1: %2")
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(process.readAllStandardError().right(300)).simplified());
        return std::nullopt;
    }
    // The file's last figures: "totals: N" (the whole run; "summary: N" in older versions).
    std::optional<quint64> total;
    while (!out.atEnd()) {
        const QByteArray line = out.readLine().trimmed();
        for (const QByteArrayView key : { QByteArrayView("totals:"), QByteArrayView("summary:") }) {
            if (!line.startsWith(key))
                continue;
            bool ok = false;
            const quint64 value = line.mid(key.size()).trimmed().toULongLong(&ok);
            if (ok)
                total = value;
        }
    }
    if (!total)
        *error = QStringLiteral("callgrind: no totals line in ") + outFile;
    return total;
}

QProcessEnvironment benchEnvironment(const QString &xdgRoot, const QString &platform)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : { "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME" })
        env.insert(QString::fromLatin1(var), xdgRoot + QLatin1Char('/') + QString::fromLatin1(var));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    return env;
}

} // namespace vendo::bench

#include "FirstPaintRun.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

namespace vendo::bench {

std::optional<FirstPaintRun> runToFirstPaint(const QString &program, const QStringList &args,
                                             const QProcessEnvironment &env, QString *error)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args + QStringList { QStringLiteral("--exit-after-first-paint") });
    if (!process.waitForFinished(60'000)) {
        *error = QStringLiteral("no first paint within 60 s: ") + process.errorString();
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
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

QProcessEnvironment benchEnvironment(const QString &xdgRoot, const QString &platform)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : { "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME" })
        env.insert(QString::fromLatin1(var), xdgRoot + QLatin1Char('/') + QString::fromLatin1(var));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    return env;
}

} // namespace vendo::bench

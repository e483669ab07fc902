#include "CliProcess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace vendo::test {

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QList<QJsonObject> CliRun::jsonLines() const
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty())
            objects << QJsonDocument::fromJson(line).object();
    }
    return objects;
}

QProcessEnvironment isolatedCliEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("VENDO_")) && name != QLatin1String("VENDO_CLI"))
            env.remove(name);
    }
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    return env;
}

void setService(QProcessEnvironment &env, const QUrl &baseUrl, const QUrl &credentialsUrl, const QString &apiKey)
{
    env.insert(QStringLiteral("VENDO_BASE_URL"), baseUrl.toString());
    env.insert(QStringLiteral("VENDO_CREDENTIALS_URL"), credentialsUrl.toString());
    if (apiKey.isEmpty())
        env.remove(QStringLiteral("VENDO_API_KEY"));
    else
        env.insert(QStringLiteral("VENDO_API_KEY"), apiKey);
}

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input,
              std::chrono::milliseconds timeout)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("VENDO_CLI"), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning) {
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
             process.readAllStandardError() };
}

} // namespace vendo::test

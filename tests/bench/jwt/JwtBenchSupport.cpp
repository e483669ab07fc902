#include "JwtBenchSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QUuid>

#include <cstdio>

namespace vendo::bench {

QJsonObject vendoAccessTokenClaims(int i, qint64 now, QRandomGenerator &random)
{
    const qint64 iat = now - qint64(random.bounded(7200));
    const QString user
        = QUuid::fromRfc4122(QByteArray::number(i).rightJustified(16, '0')).toString(QUuid::WithoutBraces);
    return QJsonObject {
        { QLatin1String("iss"), QStringLiteral("https://auth.vendo.run/auth/v1") },
        { QLatin1String("sub"), user },
        { QLatin1String("aud"), QStringLiteral("authenticated") },
        { QLatin1String("exp"), iat + 3600 },
        { QLatin1String("iat"), iat },
        { QLatin1String("email"), QStringLiteral("user%1@example.com").arg(i) },
        { QLatin1String("app_metadata"),
          QJsonObject {
              { QLatin1String("provider"), QStringLiteral("email") },
              { QLatin1String("providers"), QJsonArray { QStringLiteral("email") } },
              { QLatin1String("tenant_id"), QStringLiteral("ten_%1").arg(i % 977, 8, 10, QLatin1Char('0')) } } },
        { QLatin1String("role"), QStringLiteral("authenticated") },
        { QLatin1String("aal"), QStringLiteral("aal1") },
        { QLatin1String("amr"),
          QJsonArray { QJsonObject { { QLatin1String("method"), QStringLiteral("password") },
                                     { QLatin1String("timestamp"), iat - 60 } } } },
        { QLatin1String("session_id"),
          QUuid::fromRfc4122(QByteArray::number(i * 7 + 1).rightJustified(16, 's')).toString(QUuid::WithoutBraces) },
        { QLatin1String("is_anonymous"), false },
    };
}

QString ensureJose(const QString &joseDir)
{
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (npm.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return QStringLiteral("npm/node not found: the jose baseline is skipped");
    if (QFile::exists(joseDir + QStringLiteral("/node_modules/jose/package.json")))
        return {};
    // npm needs a package.json at the prefix to record the install in; without one it can fail after
    // an interrupted first attempt (a package-lock.json alone) on every later run.
    QFile manifest(joseDir + QStringLiteral("/package.json"));
    if (!manifest.exists() && manifest.open(QIODevice::WriteOnly))
        manifest.write("{\"name\": \"vendo-bench-jose\", \"private\": true}\n");
    manifest.close();
    std::fprintf(stdout, "Installing jose: npm install --prefix %s jose\n", qPrintable(joseDir));
    std::fflush(stdout);
    // "jose@latest", not "jose": run from the build directory, whose jose/ folder npm would take for
    // the package ("up to date", nothing installed).
    QProcess install;
    install.setWorkingDirectory(joseDir);
    install.start(npm,
                  { QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                    QStringLiteral("--prefix"), joseDir, QStringLiteral("jose@latest") });
    if (!install.waitForFinished(300'000) || install.exitCode() != 0)
        return QStringLiteral("npm install jose failed: %1")
            .arg(QString::fromUtf8(install.readAllStandardError()).trimmed().left(300));
    return {};
}

} // namespace vendo::bench

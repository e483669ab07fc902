#include "BenchClaims.h"

#include <QJsonArray>
#include <QUuid>

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

} // namespace vendo::bench

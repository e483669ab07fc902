#pragma once

#include "SandboxHttp.h"
#include "sandbox/SandboxServer.h"

#include <QUrl>

// Seeded identities of the default scenario (docs/sandbox.md), named for readable test rows.
namespace seeded {
inline const QString alice = QStringLiteral("a11ce000-0000-4000-8000-000000000001");
inline const QString bob = QStringLiteral("b0b00000-0000-4000-8000-000000000002");
inline const QString carol = QStringLiteral("ca201000-0000-4000-8000-000000000003");
inline const QString dave = QStringLiteral("da7e0000-0000-4000-8000-000000000004");
inline const QString erin = QStringLiteral("e2140000-0000-4000-8000-000000000005");
inline const QString frank = QStringLiteral("f2a4c000-0000-4000-8000-000000000006");
inline const QString revokedKey = QStringLiteral("vendo_sk_sandbox_revoked_acme_00000000000");
inline const QString expiredKey = QStringLiteral("vendo_sk_sandbox_expired_acme_00000000000");
inline const QString globexKey = QStringLiteral("vendo_sk_sandbox_demo_globex_000000000000");
} // namespace seeded

inline QUrl endpoint(const vendo::sandbox::SandboxServer &server, const QString &pathAndQuery)
{
    return QUrl(server.baseUrl().toString() + pathAndQuery);
}

inline QUrl tokenUrl(const vendo::sandbox::SandboxServer &server, const QString &slug)
{
    return QUrl(server.credentialsUrl().toString() + QLatin1Char('/')
                + QString::fromLatin1(QUrl::toPercentEncoding(slug)));
}

#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace vendo::client {

// How a scoped client sends the end user's identity (docs/service-contract.md, "Scoping").
enum class IdentityTransport {
    Header, // X-Vendo-User-JWT: <jwt>, Authorization keeps the API key (default)
    Bearer, // Authorization: Bearer <jwt>
};

// An environment: where the service lives and what its identity tokens should look like.
// Holds no secret; the API key for a profile lives in the secret store under the profile's id.
struct Profile
{
    enum class Kind { Production, Staging, Sandbox, Custom };

    QString id; // stable key for settings and the keychain, e.g. "production"
    QString displayName;
    Kind kind = Kind::Custom;
    QUrl baseUrl; // origin only; paths start with /api/...
    QUrl credentialsUrl; // the credentials service
    QUrl jwksUrl; // identity issuer key set
    QString expectedIssuer;
    QString expectedAudience = QStringLiteral("authenticated");
    QString apiVersion = QStringLiteral("2026-05-07");
    IdentityTransport identityTransport = IdentityTransport::Header;

    static Profile production();
    static Profile staging();
    // The embedded/standalone sandbox: URLs come from the running server.
    static Profile sandbox(const QUrl &baseUrl, const QUrl &credentialsUrl, const QUrl &jwksUrl = {});
    static Profile custom(const QString &id, const QString &displayName, const QUrl &baseUrl,
                          const QUrl &credentialsUrl);
    static QList<Profile> builtIns();

    static QString kindName(Kind kind); // "production", "staging", "sandbox", "custom"
    static std::optional<Kind> kindFromName(const QString &name);

    // Non-loopback URLs must be https; returns an empty string when the profile is usable,
    // otherwise a specific, translated reason.
    QString validate() const;
};

} // namespace vendo::client

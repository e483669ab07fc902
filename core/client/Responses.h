#pragma once

#include "client/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace vendo::client {

// What every operation reports besides its payload.
struct ResponseMeta
{
    QUrl url; // the last URL asked (credentials never in it)
    int httpStatus = 0; // 0 when no HTTP answer came back
    int attempts = 0;
    qint64 durationMs = 0; // wall time over all attempts, backoff included
    QString requestId; // X-Request-Id / Vendo-Request-Id of the last answer, if any
};

struct ProviderToken
{
    QString slug;
    QString accessToken; // the secret itself: mask it for display (Redaction::maskToken)
    QString tokenType;
    std::optional<QDateTime> expiresAt; // nullopt: does not expire
};

struct Connection
{
    QString id;
    QString slug;
    QString displayName;
    QString category;
    QString profile; // vendo_managed_pool, byok_static, user_oauth, ...
    QString status; // connected, available, needs_reauth, error
    QString baseUrl;
    QString errorMessage;
    QString docsUrl;
    QString logoUrl;
    QString brandColor;
    bool exclusive = false;
    bool hasApiKey = false; // api_key present (its value is never kept)
    bool hasSetupUrl = false; // setup_url present
    // The set-up / re-auth link. A secret (it embeds the app key): never logged, reported or shown;
    // only handed to the browser after the operator confirmed (GUI).
    QUrl setupUrl;
    QJsonObject redacted; // the whole entry, secrets masked (api_key, metadata.credential.*, setup_url)
    // The secret values as received (api_key, every metadata.credential.* value, setup_url): never shown,
    // only handed to LiveSecrets for the last scrub of an export.
    QStringList secretValues;
};

struct Identity
{
    enum class As { App, User };
    As as = As::App;
    QString tenantId;
    double balanceUsd = 0;
};

struct TokenResult
{
    QString slug;
    ResponseMeta meta;
    Result<ProviderToken> value = std::unexpected(VendoError {}); // failed until an answer says otherwise
    bool viaBulk = false; // answered by the bulk endpoint
    bool ok() const { return value.has_value(); }
};

struct ConnectionsResult
{
    ResponseMeta meta;
    Result<QList<Connection>> value = std::unexpected(VendoError {});
    bool ok() const { return value.has_value(); }
};

struct WhoamiResult
{
    Identity::As as = Identity::As::App;
    ResponseMeta meta;
    Result<Identity> value = std::unexpected(VendoError {});
    bool ok() const { return value.has_value(); }
};

} // namespace vendo::client

Q_DECLARE_METATYPE(vendo::client::TokenResult)
Q_DECLARE_METATYPE(vendo::client::ConnectionsResult)
Q_DECLARE_METATYPE(vendo::client::WhoamiResult)

#pragma once

#include "client/Profile.h"
#include "client/RequestLog.h"
#include "client/Responses.h"
#include "jwt/Claims.h"
#include "jwt/Verdict.h"
#include "sdk/SdkCase.h"
#include "ui/window/KeyStatus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace vendo::ui {

// What a support engineer attaches to a ticket: the profile (no key), the token's claims (signature
// redacted) and verdicts, the server's verdict, connections, probe results, the SDK lens and the request log.
// Everything is redacted where it is taken from; `secrets` is a last scrub over the finished text.
class DiagnosticReport
{
public:
    struct Inputs
    {
        QDateTime generatedAt;
        client::Profile profile;
        KeyStatus keyStatus;
        std::optional<jwt::DecodedJwt> token;
        QList<jwt::Claim> claims;
        jwt::Verdict verdict;
        std::optional<client::WhoamiResult> server;
        std::optional<client::VendoError> scopeError;
        std::optional<client::ConnectionsResult> connections;
        QList<client::TokenResult> probes;
        QList<client::RequestLogEntry> requestLog;
        // The SDK lens (docs/sdk-differences.md): the SDK chosen, the differences of the operations shown or
        // run, and the runs (reproductions as the SDK, probes as the contract).
        sdk::Sdk sdk = sdk::Sdk::Contract;
        QList<sdk::Difference> sdkDifferences;
        QList<sdk::Run> sdkRuns;
        QStringList secrets; // client::LiveSecrets::values(): must not appear anywhere
    };

    explicit DiagnosticReport(Inputs inputs);

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    QString toMarkdown() const;

private:
    QString scrub(QString text) const;
    QJsonArray requestLogJson() const;

    Inputs m_in;
};

} // namespace vendo::ui

#pragma once

#include "client/Profile.h"
#include "client/RequestLog.h"
#include "client/Responses.h"
#include "jwt/Claims.h"
#include "jwt/Verdict.h"
#include "sdk/SdkCase.h"
#include "ui/report/CaseSummary.h"
#include "ui/window/KeyStatus.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace vendo::ui {

// What a support engineer attaches to a ticket, for one case: the profile (no key), the token's claims
// (signature redacted) and verdicts, the server's verdict, connections, probe results, the SDK lens and
// the requests made for that identity. The Markdown opens with a summary a person pastes into a ticket;
// the JSON holds the raw data. Everything is redacted where it is taken from; `secrets` is a last scrub
// over the finished text.
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
        QHash<QString, QDateTime> probeFinishedAt; // slug -> when its answer came (for Retry-After)
        QDateTime serverAnsweredAt; // when the server's verdict came, if known
        // The case (issue 19 item 12): the identity the report covers (RequestLog::identityFingerprint,
        // empty: requests made as the app), its request-log entries, and how many entries made for other
        // identities were left out (or put in, when the operator chose to include them).
        QString identity;
        QList<client::RequestLogEntry> requestLog;
        int otherEntries = 0;
        bool includesOtherIdentities = false;
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
    // The case at a glance (the summary card and the report's first section); scrubbed like the report.
    CaseSummary summary() const;

private:
    QString scrub(QString text) const;
    QJsonArray requestLogJson() const;

    Inputs m_in;
};

} // namespace vendo::ui

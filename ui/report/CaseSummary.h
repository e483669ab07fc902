#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vendo::ui {

// One support case at a glance: who the identity names, the tenant, the token's state with absolute
// times, the server's verdict and the connections that fail, each with the SDK class and the fix.
// The summary card shows it, copies it as plain text, and the Markdown report opens with it. Values are
// taken already redacted (DiagnosticReport); text from a token or the service is kept as it came.
struct CaseSummary
{
    struct Failing
    {
        QString slug;
        QString className; // the class the SDK raises; empty when only the connection's status is known
        QString code;
        int httpStatus = 0;
        QString fix; // translated remediation
        QString detail; // the service's message or the connection's error message
        std::optional<int> retryAfterSeconds;
        QDateTime retryAt; // the answer's time plus Retry-After, when the answer's time is known
        bool probed = false; // from a token probe (else from the connection's status)
        QString connectionStatus; // the connection's status when it was listed ("needs_reauth", "error")
    };

    QDateTime generatedAt;
    bool hasIdentity = false;
    QString who; // "Alice Example <alice@example.com> (sub a11ce000-…)", or empty
    QString whoBrief; // the name and email alone (the sub when there is neither): for a narrow card
    QString tenant;
    QString tenantSource; // translated: "the service's answer" or "the token's claim"
    QString tokenState; // translated, with absolute times (UTC and local)
    QString signature; // translated
    QString serverVerdict; // translated, empty when the server was not asked
    QString serverBrief; // translated: "accepted" or "refused: AuthError", empty when not asked
    QString connections; // translated: "9 loaded, 2 failing", "not loaded", "failed: ..."
    QList<Failing> failing;

    // A few lines for a ticket or a chat: the same facts, no Markdown.
    QString toPlainText() const;
    QJsonObject toJson() const;

    // "2026-12-06 08:14:07 UTC (09:14:07 CET local)": a moment for people in two time zones at once.
    static QString absoluteTime(const QDateTime &moment);
};

} // namespace vendo::ui

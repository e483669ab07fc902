#include "ui/report/DiagnosticReport.h"

#include "client/ErrorCatalog.h"
#include "client/Redaction.h"
#include "jwt/TerminalSafe.h"
#include "jwt/TokenReport.h"
#include "ui/window/ProfileSwitcher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace vendo::ui {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vendo::ui::DiagnosticReport", text, disambiguation, n);
}

QString keyStateId(KeyStatus::State state)
{
    switch (state) {
    case KeyStatus::State::Checking:
        return QStringLiteral("checking");
    case KeyStatus::State::Stored:
        return QStringLiteral("stored");
    case KeyStatus::State::SessionOnly:
        return QStringLiteral("session_only");
    case KeyStatus::State::Missing:
        return QStringLiteral("missing");
    case KeyStatus::State::Unavailable:
        return QStringLiteral("keychain_unavailable");
    }
    return {};
}

QJsonObject metaJson(const client::ResponseMeta &meta)
{
    return { { QStringLiteral("url"), meta.url.toString() },
             { QStringLiteral("status"), meta.httpStatus },
             { QStringLiteral("attempts"), meta.attempts },
             { QStringLiteral("duration_ms"), meta.durationMs } };
}

QJsonObject probeJson(const client::TokenResult &result)
{
    QJsonObject o { { QStringLiteral("slug"), result.slug },
                    { QStringLiteral("ok"), result.ok() },
                    { QStringLiteral("status"), result.meta.httpStatus },
                    { QStringLiteral("attempts"), result.meta.attempts },
                    { QStringLiteral("duration_ms"), result.meta.durationMs } };
    if (result.ok()) {
        const client::ProviderToken &token = *result.value;
        o.insert(QStringLiteral("token"),
                 QJsonObject { { QStringLiteral("masked"), client::Redaction::token(token.accessToken) },
                               { QStringLiteral("token_type"), token.tokenType },
                               { QStringLiteral("expires_at"),
                                 token.expiresAt ? QJsonValue(token.expiresAt->toUTC().toString(Qt::ISODate))
                                                 : QJsonValue(QJsonValue::Null) } });
    } else {
        o.insert(QStringLiteral("error"), result.value.error().toJson());
    }
    return o;
}

qsizetype longestBacktickRun(const QString &text)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return longest;
}

// A fenced block that nothing inside can close: the fence is longer than any backtick run in `body`.
// Its lines keep their breaks; what a terminal acts on is escaped in each (jwt/TerminalSafe.h), so a
// report printed with cat or shown in a ticket cannot send escape sequences or read backwards.
QStringList fenced(const QString &info, const QString &body)
{
    QStringList lines = body.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = jwt::terminalSafe(line);
    const QString safe = lines.join(QLatin1Char('\n'));
    const QString fence(qMax<qsizetype>(3, longestBacktickRun(safe) + 1), QLatin1Char('`'));
    return { fence + info, safe, fence };
}

// Text from a token or the server as a code span: Markdown shows it literally, so it never becomes a
// link, an image, HTML or formatting. The delimiter is longer than any backtick run inside. Line breaks
// become spaces; the other characters a terminal acts on are escaped, as in fenced().
QString code(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    text = jwt::terminalSafe(text);
    if (text.isEmpty())
        return {};
    const QString delimiter(longestBacktickRun(text) + 1, QLatin1Char('`'));
    const bool pad = text.startsWith(QLatin1Char('`')) || text.endsWith(QLatin1Char('`'))
        || (text.startsWith(QLatin1Char(' ')) && text.endsWith(QLatin1Char(' ')));
    if (pad)
        return delimiter + QLatin1Char(' ') + text + QLatin1Char(' ') + delimiter;
    return delimiter + text + delimiter;
}

// A table cell: the pipe is escaped even inside a code span (GFM splits the row before anything else).
QString cell(const QString &text)
{
    return QString(text).replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

QString codeCell(const QString &text)
{
    return cell(code(text));
}

} // namespace

DiagnosticReport::DiagnosticReport(Inputs inputs)
    : m_in(std::move(inputs))
{ }

QJsonArray DiagnosticReport::requestLogJson() const
{
    QJsonArray log;
    for (const client::RequestLogEntry &entry : m_in.requestLog)
        log.append(entry.toJson());
    return log;
}

QString DiagnosticReport::scrub(QString text) const
{
    return client::Redaction::scrub(std::move(text), m_in.secrets);
}

CaseSummary DiagnosticReport::summary() const
{
    CaseSummary summary;
    summary.generatedAt = m_in.generatedAt;
    summary.hasIdentity = m_in.token.has_value();
    if (m_in.token) {
        const QJsonObject payload = QJsonDocument::fromJson(m_in.token->payloadJson).object();
        const QString name
            = payload.value(QStringLiteral("user_metadata")).toObject().value(QStringLiteral("name")).toString();
        const QString email = payload.value(QStringLiteral("email")).toString();
        const QString sub = payload.value(QStringLiteral("sub")).toString();
        QStringList who;
        if (!name.isEmpty())
            who << name;
        if (!email.isEmpty())
            who << QStringLiteral("<%1>").arg(email);
        summary.whoBrief = who.isEmpty() ? sub : who.join(QLatin1Char(' '));
        if (!sub.isEmpty())
            who << tr("(sub %1)").arg(sub);
        summary.who = who.join(QLatin1Char(' '));
        if (m_in.server && m_in.server->ok() && !m_in.server->value->tenantId.isEmpty()) {
            summary.tenant = m_in.server->value->tenantId;
            summary.tenantSource = tr("the service's answer");
        } else {
            summary.tenant = payload.value(QStringLiteral("app_metadata"))
                                 .toObject()
                                 .value(QStringLiteral("tenant_id"))
                                 .toString();
            summary.tenantSource = tr("the token's claim, not confirmed by the service");
        }

        const jwt::Verdict &v = m_in.verdict;
        const auto claimDate = [this](const char *claimName) -> QDateTime {
            for (const jwt::Claim &claim : m_in.claims) {
                if (claim.name == claimName && claim.date && claim.date->usable())
                    return claim.date->utc();
            }
            return {};
        };
        const QDateTime exp = claimDate("exp");
        const QDateTime nbf = claimDate("nbf");
        if (!v.structureOk) {
            summary.tokenState = tr("malformed (%1); nothing was sent")
                                     .arg(v.problems.isEmpty() ? tr("unreadable") : v.problems.constFirst().message);
        } else {
            switch (v.time) {
            case jwt::TimeStatus::Valid:
                summary.tokenState
                    = exp.isValid() ? tr("valid until %1").arg(CaseSummary::absoluteTime(exp)) : tr("valid");
                break;
            case jwt::TimeStatus::Expired:
                summary.tokenState = exp.isValid()
                    ? tr("expired at %1 (%2)").arg(CaseSummary::absoluteTime(exp), v.timeText())
                    : tr("expired (%1)").arg(v.timeText());
                break;
            case jwt::TimeStatus::NotYetValid:
                summary.tokenState = nbf.isValid()
                    ? tr("not yet valid: valid from %1").arg(CaseSummary::absoluteTime(nbf))
                    : tr("not yet valid (%1)").arg(v.timeText());
                break;
            default:
                summary.tokenState = v.timeText();
                break;
            }
            summary.signature = jwt::signatureStatusName(v.signature.status);
        }
        if (m_in.server) {
            const QString when = m_in.serverAnsweredAt.isValid()
                ? tr(" at %1").arg(CaseSummary::absoluteTime(m_in.serverAnsweredAt))
                : QString();
            if (m_in.server->ok()) {
                summary.serverVerdict
                    = tr("accepted the token%1 (HTTP %2)").arg(when).arg(m_in.server->meta.httpStatus);
                summary.serverBrief = tr("accepted");
            } else {
                const client::VendoError &e = m_in.server->value.error();
                summary.serverBrief = tr("refused: %1").arg(e.className());
                summary.serverVerdict = tr("refused the token%1: %2 (%3, HTTP %4) — %5")
                                            .arg(when, e.className(), e.code)
                                            .arg(e.httpStatus)
                                            .arg(e.summary());
            }
        }
    }

    // Failing connections: a probe's answer says what the SDK raises; a connection's status says so
    // only for needs_reauth and error (which class an "error" gives is known once probed).
    QSet<QString> seen;
    for (const client::TokenResult &r : m_in.probes) {
        if (r.ok() || seen.contains(r.slug))
            continue;
        seen.insert(r.slug);
        const client::VendoError &e = r.value.error();
        CaseSummary::Failing f;
        f.slug = r.slug;
        f.className = e.className();
        f.code = e.code;
        f.httpStatus = e.httpStatus;
        f.fix = e.remediation();
        f.detail = e.summary();
        f.retryAfterSeconds = e.retryAfter;
        f.probed = true;
        if (m_in.connections && m_in.connections->ok()) {
            for (const client::Connection &c : m_in.connections->value.value()) {
                if (c.slug == r.slug)
                    f.connectionStatus = c.status;
            }
        }
        if (e.retryAfter && m_in.probeFinishedAt.contains(r.slug))
            f.retryAt = m_in.probeFinishedAt.value(r.slug).addSecs(*e.retryAfter);
        summary.failing << f;
    }
    if (!m_in.connections) {
        summary.connections = tr("not loaded");
    } else if (!m_in.connections->ok()) {
        const client::VendoError &e = m_in.connections->value.error();
        summary.connections
            = tr("failed to load: %1 (HTTP %2) — %3").arg(e.className()).arg(e.httpStatus).arg(e.summary());
    } else {
        const QList<client::Connection> &list = m_in.connections->value.value();
        for (const client::Connection &c : list) {
            const bool reauth = c.status == QLatin1String("needs_reauth");
            if ((!reauth && c.status != QLatin1String("error")) || seen.contains(c.slug))
                continue;
            seen.insert(c.slug);
            CaseSummary::Failing f;
            f.slug = c.slug;
            f.connectionStatus = c.status;
            f.detail = c.errorMessage.isEmpty() ? tr("status %1").arg(c.status) : c.errorMessage;
            if (reauth) {
                f.className = client::ErrorCatalog::className(client::VendoError::Kind::NeedsReauth);
                f.code = QStringLiteral("connection_needs_reauth");
                f.fix = client::ErrorCatalog::remediation(client::VendoError::Kind::NeedsReauth);
            } else {
                f.fix = tr("Probe it (Token probe) for the class the SDK raises and the fix.");
            }
            summary.failing << f;
        }
        summary.connections = tr("%n loaded", nullptr, int(list.size())) + QStringLiteral(", ")
            + tr("%n failing", nullptr, int(summary.failing.size()));
    }

    // The same last scrub as the report: claims may repeat a key, a service message a credential.
    const auto clean = [this](QString &text) { text = scrub(std::move(text)); };
    clean(summary.who);
    clean(summary.whoBrief);
    clean(summary.tenant);
    clean(summary.tokenState);
    clean(summary.serverVerdict);
    clean(summary.connections);
    for (CaseSummary::Failing &f : summary.failing) {
        clean(f.slug);
        clean(f.code);
        clean(f.detail);
    }
    return summary;
}

QJsonObject DiagnosticReport::toJson() const
{
    QJsonObject report;
    report.insert(QStringLiteral("generated_at"), m_in.generatedAt.toUTC().toString(Qt::ISODate));
    report.insert(QStringLiteral("generator"), QStringLiteral("vendo-inspector %1").arg(QStringLiteral(VENDO_VERSION)));
    const client::Profile &p = m_in.profile;
    report.insert(QStringLiteral("profile"),
                  QJsonObject { { QStringLiteral("id"), p.id },
                                { QStringLiteral("name"), p.displayName },
                                { QStringLiteral("environment"), ProfileSwitcher::kindName(p.kind) },
                                { QStringLiteral("base_url"), p.baseUrl.toString() },
                                { QStringLiteral("credentials_url"), p.credentialsUrl.toString() },
                                { QStringLiteral("jwks_url"), p.jwksUrl.toString() },
                                { QStringLiteral("api_version"), p.apiVersion },
                                { QStringLiteral("identity_transport"),
                                  p.identityTransport == client::IdentityTransport::Header ? QStringLiteral("header")
                                                                                           : QStringLiteral("bearer") },
                                { QStringLiteral("api_key"), keyStateId(m_in.keyStatus.state) } });
    if (m_in.token)
        report.insert(QStringLiteral("identity"), jwt::TokenReport::toJson(*m_in.token, m_in.claims, m_in.verdict));
    if (m_in.scopeError)
        report.insert(QStringLiteral("scope_error"), m_in.scopeError->toJson());
    if (m_in.server) {
        QJsonObject server = metaJson(m_in.server->meta);
        if (m_in.server->ok())
            server.insert(QStringLiteral("tenant_id"), m_in.server->value->tenantId);
        else
            server.insert(QStringLiteral("error"), m_in.server->value.error().toJson());
        report.insert(QStringLiteral("server_verdict"), server);
    }
    if (m_in.connections) {
        QJsonObject connections = metaJson(m_in.connections->meta);
        if (m_in.connections->ok()) {
            QJsonArray list;
            for (const client::Connection &c : m_in.connections->value.value())
                list.append(c.redacted);
            connections.insert(QStringLiteral("connections"), list);
        } else {
            connections.insert(QStringLiteral("error"), m_in.connections->value.error().toJson());
        }
        report.insert(QStringLiteral("connections"), connections);
    }
    QJsonArray probes;
    for (const client::TokenResult &result : m_in.probes)
        probes.append(probeJson(result));
    report.insert(QStringLiteral("token_probe"), probes);
    QJsonArray differences;
    for (const sdk::Difference &d : m_in.sdkDifferences)
        differences.append(sdk::toJson(d));
    QJsonArray runs;
    for (const sdk::Run &run : m_in.sdkRuns)
        runs.append(sdk::toJson(run));
    report.insert(QStringLiteral("sdk"), sdk::sdkJson(m_in.sdk));
    report.insert(QStringLiteral("sdk_differences"), differences);
    report.insert(QStringLiteral("sdk_runs"), runs);
    report.insert(QStringLiteral("summary"), summary().toJson());
    report.insert(QStringLiteral("scope"),
                  QJsonObject { { QStringLiteral("identity"),
                                  m_in.identity.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_in.identity) },
                                { QStringLiteral("includes_other_identities"), m_in.includesOtherIdentities },
                                { QStringLiteral("other_identity_entries"), m_in.otherEntries } });
    report.insert(QStringLiteral("request_log"), requestLogJson());
    return report;
}

QByteArray DiagnosticReport::toJsonBytes() const
{
    // Scrub the serialized text: the last line of defence covers every field at once. Then what a terminal
    // acts on is escaped the JSON way (QJsonDocument escapes C0 only), as the CLI's --json is.
    const QByteArray scrubbed
        = scrub(QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Indented))).toUtf8();
    QByteArray safe;
    safe.reserve(scrubbed.size());
    jwt::appendTerminalSafeJson(safe, scrubbed);
    return safe;
}

QString DiagnosticReport::toMarkdown() const
{
    QStringList md;
    const client::Profile &p = m_in.profile;
    md << tr("# Vendo Inspector diagnostic report") << QString();
    md << tr("Generated %1 by vendo-inspector %2. Secrets are redacted: the API key is not included, the "
             "identity token's signature is removed and provider tokens are masked.")
              .arg(CaseSummary::absoluteTime(m_in.generatedAt), QStringLiteral(VENDO_VERSION))
       << QString();

    // What a person reads first, and pastes into the ticket.
    const CaseSummary sum = summary();
    md << tr("## Summary") << QString();
    if (!sum.hasIdentity) {
        md << tr("- Identity: none loaded");
    } else {
        md << tr("- Who: %1").arg(sum.who.isEmpty() ? tr("the token names nobody") : code(sum.who));
        md << tr("- Tenant: %1")
                  .arg(sum.tenant.isEmpty() ? tr("unknown")
                                            : QStringLiteral("%1 (%2)").arg(code(sum.tenant), sum.tenantSource));
        md << tr("- Token: %1").arg(code(sum.tokenState));
        if (!sum.signature.isEmpty())
            md << tr("- Signature: %1").arg(sum.signature);
        if (!sum.serverVerdict.isEmpty())
            md << tr("- Server: %1").arg(code(sum.serverVerdict));
    }
    md << tr("- Environment: %1 (%2)").arg(code(p.displayName), ProfileSwitcher::kindName(p.kind));
    md << tr("- Connections: %1").arg(code(sum.connections)) << QString();
    if (!sum.failing.isEmpty()) {
        md << tr("Failing connections:") << QString();
        md << tr("| Provider | SDK class | Code | HTTP | Retry-After | What happened | Fix |")
           << QStringLiteral("|---|---|---|---|---|---|---|");
        for (const CaseSummary::Failing &f : sum.failing) {
            QString retry;
            if (f.retryAfterSeconds)
                retry = f.retryAt.isValid()
                    ? tr("%1 s (until %2)").arg(*f.retryAfterSeconds).arg(CaseSummary::absoluteTime(f.retryAt))
                    : tr("%1 s").arg(*f.retryAfterSeconds);
            md << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
                      .arg(codeCell(f.slug), f.className.isEmpty() ? tr("not probed") : f.className, codeCell(f.code),
                           f.httpStatus ? QString::number(f.httpStatus) : QString(), cell(retry), codeCell(f.detail),
                           cell(f.fix));
        }
        md << QString();
    }
    md << (m_in.includesOtherIdentities
               ? tr("This report covers every identity inspected in this window: %n request(s) in the log, "
                    "other identities' included at the operator's choice.",
                    nullptr, int(m_in.requestLog.size()))
               : tr("This report covers one case: the identity above and the %n request(s) made for it.", nullptr,
                    int(m_in.requestLog.size())))
            + (m_in.otherEntries > 0 && !m_in.includesOtherIdentities ? QLatin1Char(' ')
                       + tr("%n request(s) made for other identities (or as the app) are left out.", nullptr,
                            m_in.otherEntries)
                                                                      : QString())
            + QLatin1Char(' ') + tr("The JSON export holds the raw data (headers and bodies, redacted).")
       << QString();

    md << tr("## Profile") << QString();
    md << tr("- Profile: %1 (environment: %2)").arg(code(p.displayName), ProfileSwitcher::kindName(p.kind));
    md << tr("- API base: %1").arg(code(p.baseUrl.toString()));
    md << tr("- Credentials service: %1").arg(code(p.credentialsUrl.toString()));
    md << tr("- API version: %1").arg(code(p.apiVersion));
    md << tr("- API key: %1").arg(keyStateId(m_in.keyStatus.state)) << QString();

    md << tr("## Identity token") << QString();
    if (!m_in.token) {
        md << tr("No identity token was loaded.") << QString();
    } else {
        const jwt::Verdict &v = m_in.verdict;
        md << tr("- Token: %1").arg(code(m_in.token->redacted()));
        md << tr("- Structure: %1").arg(v.structureOk ? tr("ok") : tr("malformed"));
        for (const jwt::StructureProblem &problem : v.problems)
            md << QStringLiteral("  - %1").arg(code(problem.message));
        md << tr("- Time: %1 — %2").arg(jwt::timeStatusName(v.time), v.timeText());
        md << tr("- Signature: %1%2")
                  .arg(jwt::signatureStatusName(v.signature.status),
                       v.signature.detail.isEmpty() ? QString() : QStringLiteral(" — ") + code(v.signature.detail));
        for (const jwt::Warning &warning : v.warnings)
            md << tr("- Warning (%1): %2").arg(warning.code, code(warning.message));
        md << QString() << tr("Header:") << QString()
           << fenced(QStringLiteral("json"), QString::fromUtf8(m_in.token->headerJson)) << QString();
        md << tr("| Claim | Value | Meaning |") << QStringLiteral("|---|---|---|");
        for (const jwt::Claim &claim : m_in.claims) {
            QString value = QString::fromUtf8(claim.rawValue);
            if (claim.date && claim.date->usable())
                value += QStringLiteral(" (%1)").arg(claim.date->utcText());
            md << QStringLiteral("| %1 | %2 | %3 |")
                      .arg(codeCell(QString::fromUtf8(claim.name)), codeCell(value), codeCell(claim.description()));
        }
        md << QString();
    }
    if (m_in.scopeError)
        md << tr("Scoping failed: %1 — %2").arg(m_in.scopeError->className(), code(m_in.scopeError->summary()))
           << QString();
    if (m_in.server) {
        md << tr("## Server verdict (whoami as the user)") << QString();
        md << (m_in.server->ok()
                   ? tr("Accepted (HTTP %1): tenant %2.")
                         .arg(m_in.server->meta.httpStatus)
                         .arg(code(m_in.server->value->tenantId))
                   : tr("Refused: %1 (%2) — %3")
                         .arg(m_in.server->value.error().className(), code(m_in.server->value.error().code),
                              code(m_in.server->value.error().summary())))
           << QString();
    }
    md << tr("## Connections") << QString();
    if (!m_in.connections) {
        md << tr("Not loaded.") << QString();
    } else if (!m_in.connections->ok()) {
        const client::VendoError &e = m_in.connections->value.error();
        md << tr("Failed: %1 (%2, HTTP %3) — %4")
                  .arg(e.className(), code(e.code))
                  .arg(e.httpStatus)
                  .arg(code(e.summary()))
           << QString();
    } else {
        md << tr("| Provider | Status | Profile | Error |") << QStringLiteral("|---|---|---|---|");
        for (const client::Connection &c : m_in.connections->value.value())
            md << QStringLiteral("| %1 | %2 | %3 | %4 |")
                      .arg(codeCell(c.slug), codeCell(c.status), codeCell(c.profile), codeCell(c.errorMessage));
        md << QString();
    }
    md << tr("## Token probe") << QString();
    if (m_in.probes.isEmpty()) {
        md << tr("No provider token was fetched.") << QString();
    } else {
        md << tr("| Provider | Result | Token | Expires | Latency | Attempts | Error class | Code | Remediation |")
           << QStringLiteral("|---|---|---|---|---|---|---|---|---|");
        for (const client::TokenResult &r : m_in.probes) {
            if (r.ok()) {
                const client::ProviderToken &t = *r.value;
                md << QStringLiteral("| %1 | %2 | %3 | %4 | %5 ms | %6 | | | |")
                          .arg(codeCell(r.slug), tr("OK %1").arg(r.meta.httpStatus),
                               codeCell(client::Redaction::token(t.accessToken)),
                               t.expiresAt ? t.expiresAt->toUTC().toString(Qt::ISODate) : tr("never"))
                          .arg(r.meta.durationMs)
                          .arg(r.meta.attempts);
            } else {
                const client::VendoError &e = r.value.error();
                md << QStringLiteral("| %1 | %2 | | | %3 ms | %4 | %5 | %6 | %7 |")
                          .arg(codeCell(r.slug), tr("HTTP %1").arg(e.httpStatus))
                          .arg(r.meta.durationMs)
                          .arg(r.meta.attempts)
                          .arg(e.className(), codeCell(e.code), cell(e.remediation()));
            }
        }
        md << QString();
    }
    md << tr("## SDK lens") << QString();
    md << tr("- SDK: %1 (%2)").arg(sdk::info(m_in.sdk).name, sdk::basisText(m_in.sdk));
    if (m_in.sdkDifferences.isEmpty()) {
        md << tr("- Differences from the contract: none applied.") << QString();
    } else {
        md << QString() << tr("| Operation | Aspect | Contract | This SDK | What it means | Source |")
           << QStringLiteral("|---|---|---|---|---|---|");
        for (const sdk::Difference &d : m_in.sdkDifferences)
            md << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                      .arg(cell(sdk::operationName(d.operation)), cell(sdk::aspectName(d.aspect)),
                           codeCell(sdk::valueText(d.contract)),
                           d.sdk ? codeCell(sdk::valueText(*d.sdk)) : tr("not documented"), cell(d.explanation),
                           codeCell(d.source));
        md << QString();
    }
    if (!m_in.sdkRuns.isEmpty()) {
        md << tr("| Run | Operation | Raises / returns | HTTP | Attempts | What it means |")
           << QStringLiteral("|---|---|---|---|---|---|");
        for (const sdk::Run &run : m_in.sdkRuns)
            md << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                      .arg(cell(run.label()), codeCell(run.subject), codeCell(sdk::outcomeText(run.outcome)))
                      .arg(run.httpStatus)
                      .arg(run.attempts)
                      .arg(codeCell(run.outcome.note)); // it names the slug: text from the service
        md << QString();
    }
    md << tr("## Request log") << QString();
    if (m_in.requestLog.isEmpty()) {
        md << tr("No request was made for this case.");
    } else {
        // The requests in brief; their headers and bodies are in the JSON export.
        md << tr("| Time (UTC) | Request | HTTP | Outcome | Attempt | Duration |")
           << QStringLiteral("|---|---|---|---|---|---|");
        for (const client::RequestLogEntry &e : m_in.requestLog)
            md << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 ms |")
                      .arg(e.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                           codeCell(e.method + QLatin1Char(' ') + e.url),
                           e.httpStatus ? QString::number(e.httpStatus) : tr("none"),
                           codeCell(e.errorSummary.isEmpty() ? e.outcome
                                                             : e.outcome + QStringLiteral(": ") + e.errorSummary))
                      .arg(e.attempt)
                      .arg(e.durationMs);
    }
    return scrub(md.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace vendo::ui

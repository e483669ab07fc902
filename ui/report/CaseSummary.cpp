#include "ui/report/CaseSummary.h"

#include "jwt/TerminalSafe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace vendo::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vendo::ui::CaseSummary", text);
}

// Text from a token or the service on one line: a line break in it cannot start a line of its own.
QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

QString CaseSummary::absoluteTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime utc = moment.toUTC();
    const QDateTime local = moment.toLocalTime();
    const QString localFormat
        = local.date() == utc.date() ? QStringLiteral("HH:mm:ss t") : QStringLiteral("yyyy-MM-dd HH:mm:ss t");
    return tr("%1 UTC (%2 local)")
        .arg(utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), local.toString(localFormat));
}

QString CaseSummary::toPlainText() const
{
    QStringList lines;
    lines << tr("Vendo case summary (%1)").arg(absoluteTime(generatedAt));
    if (!hasIdentity) {
        lines << tr("Identity: none loaded");
    } else {
        lines << tr("Who: %1").arg(who.isEmpty() ? tr("(the token names nobody)") : oneLine(who));
        lines << tr("Tenant: %1")
                     .arg(tenant.isEmpty() ? tr("unknown")
                                           : QStringLiteral("%1 (%2)").arg(oneLine(tenant), tenantSource));
        lines << tr("Token: %1").arg(tokenState);
        if (!signature.isEmpty())
            lines << tr("Signature: %1").arg(signature);
        if (!serverVerdict.isEmpty())
            lines << tr("Server: %1").arg(oneLine(serverVerdict));
    }
    lines << tr("Connections: %1").arg(oneLine(connections));
    for (const Failing &f : failing) {
        QStringList parts;
        parts << (f.className.isEmpty() ? tr("not probed") : f.className);
        if (!f.code.isEmpty())
            parts << f.code;
        if (f.httpStatus)
            parts << tr("HTTP %1").arg(f.httpStatus);
        QString line = QStringLiteral("- %1: %2").arg(oneLine(f.slug), parts.join(QStringLiteral(", ")));
        if (f.retryAfterSeconds)
            line += QStringLiteral("; ")
                + (f.retryAt.isValid()
                       ? tr("Retry-After %1 s (until %2)").arg(*f.retryAfterSeconds).arg(absoluteTime(f.retryAt))
                       : tr("Retry-After %1 s").arg(*f.retryAfterSeconds));
        if (!f.detail.isEmpty())
            line += QStringLiteral(" — ") + oneLine(f.detail);
        lines << line;
        if (!f.fix.isEmpty())
            lines << QStringLiteral("  ") + tr("Fix: %1").arg(f.fix);
    }
    // It is pasted into tickets and chats: in every line, what would reorder it or act on a terminal
    // is a visible \u escape (jwt/TerminalSafe.h), as in the reports.
    for (QString &line : lines)
        line = jwt::terminalSafe(line);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject CaseSummary::toJson() const
{
    QJsonArray list;
    for (const Failing &f : failing) {
        QJsonObject o {
            { QStringLiteral("slug"), f.slug },
            { QStringLiteral("class"), f.className.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.className) },
            { QStringLiteral("code"), f.code },
            { QStringLiteral("status"), f.httpStatus },
            { QStringLiteral("remediation"), f.fix },
            { QStringLiteral("detail"), f.detail },
            { QStringLiteral("source"), f.probed ? QStringLiteral("probe") : QStringLiteral("connection_status") }
        };
        o.insert(QStringLiteral("retry_after"),
                 f.retryAfterSeconds ? QJsonValue(*f.retryAfterSeconds) : QJsonValue(QJsonValue::Null));
        if (f.retryAt.isValid())
            o.insert(QStringLiteral("retry_at"), f.retryAt.toUTC().toString(Qt::ISODate));
        list.append(o);
    }
    return { { QStringLiteral("who"), who },
             { QStringLiteral("tenant"), tenant },
             { QStringLiteral("token"), tokenState },
             { QStringLiteral("signature"), signature },
             { QStringLiteral("server"), serverVerdict },
             { QStringLiteral("connections"), connections },
             { QStringLiteral("failing"), list } };
}

} // namespace vendo::ui

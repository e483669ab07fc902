#include "ui/models/RequestLogModel.h"

#include "jwt/RawJson.h"
#include "ui/widgets/BadgeDelegate.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/PlainToolTip.h"

namespace vendo::ui {

RequestLogModel::RequestLogModel(client::RequestLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_rows(int(log->entries().size()))
{
    // The log may drop its oldest entries at capacity: a reset keeps the view honest then.
    connect(log, &client::RequestLog::entryAdded, this, [this] {
        const int count = int(m_log->entries().size());
        if (count == m_rows + 1) {
            beginInsertRows({}, m_rows, m_rows);
            m_rows = count;
            endInsertRows();
        } else {
            beginResetModel();
            m_rows = count;
            endResetModel();
        }
    });
    connect(log, &client::RequestLog::cleared, this, [this] {
        beginResetModel();
        m_rows = 0;
        endResetModel();
    });
}

const client::RequestLogEntry *RequestLogModel::entry(int row) const
{
    if (!m_log || row < 0 || row >= m_log->entries().size())
        return nullptr;
    return &m_log->entries().at(row);
}

QString RequestLogModel::describe(const client::RequestLogEntry &e)
{
    QStringList lines;
    lines << QStringLiteral("%1 %2").arg(e.method, e.url);
    lines << tr("Attempt %1 of %2 · identity transport: %3 · started %4")
                 .arg(e.attempt)
                 .arg(e.maxAttempts)
                 .arg(e.identityTransport, e.startedAt.toString(Qt::ISODateWithMs));
    for (const auto &[name, value] : e.requestHeaders)
        lines << QStringLiteral("> %1: %2").arg(name, value);
    lines << QString();
    lines << tr("HTTP %1 in %2 ms · outcome: %3").arg(e.httpStatus).arg(e.durationMs).arg(e.outcome);
    if (!e.errorSummary.isEmpty())
        lines << e.errorSummary;
    if (e.willRetry)
        lines << tr("(will be retried)");
    for (const auto &[name, value] : e.responseHeaders)
        lines << QStringLiteral("< %1: %2").arg(name, value);
    if (!e.responseBody.isEmpty()) {
        lines << QString();
        // Indented for reading (keys in the service's order); a body cut at the log's limit, or one that is
        // not JSON, does not parse and is shown as it is.
        const jwt::RawJson::Pretty pretty = jwt::RawJson::pretty(e.responseBody.toUtf8());
        lines << (pretty.layout == jwt::RawJson::Layout::Indented ? QString::fromUtf8(pretty.text) : e.responseBody);
    }
    return lines.join(QLatin1Char('\n'));
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    const client::RequestLogEntry *e = entry(index.row());
    if (!e)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return e->startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case Method:
            return shownText(e->method);
        case Url:
            return shownText(e->url);
        case Status:
            return e->httpStatus > 0 ? QString::number(e->httpStatus) : shownText(e->outcome);
        case Duration:
            return tr("%1 ms").arg(e->durationMs);
        case Attempt:
            return QStringLiteral("%1/%2").arg(e->attempt).arg(e->maxAttempts);
        case Outcome:
            return shownText(e->errorSummary.isEmpty() ? e->outcome : e->errorSummary);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Url)
        return plainToolTip(e->url);
    if (role == BadgeDelegate::kToneRole && index.column() == Status) {
        if (e->httpStatus >= 200 && e->httpStatus < 300)
            return int(Tone::Good);
        return int(e->httpStatus >= 400 ? Tone::Bad : Tone::Warning);
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Url:
        return tr("URL");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Attempt:
        return tr("Attempt");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace vendo::ui

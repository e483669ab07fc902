#include "ui/models/EventsModel.h"

#include "ui/models/ConnectionsModel.h"
#include "ui/widgets/BadgeDelegate.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/PlainToolTip.h"

#include <QJsonObject>

namespace vendo::ui {

using events::EventKind;
using events::StreamEvent;

namespace {
QString jsonString(const StreamEvent &event, QLatin1StringView key)
{
    return event.json.value(key).toString();
}

Tone statusTone(const QString &status, bool known)
{
    if (!known)
        return Tone::Neutral;
    if (status == QLatin1String("connected"))
        return Tone::Good;
    if (status == QLatin1String("needs_reauth") || status == QLatin1String("disconnected"))
        return Tone::Warning;
    if (status == QLatin1String("error"))
        return Tone::Bad;
    return Tone::Neutral;
}
} // namespace

bool EventsModel::Scope::concerns(const StreamEvent &event) const
{
    if (!event.connectionId.isEmpty() && connectionIds.contains(event.connectionId))
        return true;
    return !userId.isEmpty() && jsonString(event, QLatin1StringView("user_id")) == userId;
}

EventsModel::Row EventsModel::rowFor(const StreamEvent &event)
{
    Row row;
    row.at = event.at;
    row.id = event.id;
    row.kind = event.wireKind;
    row.legacy = event.legacyAlias;
    row.known = event.kind != EventKind::Unknown;
    row.provider = event.slug.isEmpty() ? event.provider : event.slug;
    row.status = event.status;
    // A disconnection's `status` is the one the connection had before it was revoked.
    if (event.kind == EventKind::ConnectionDisconnected)
        row.status = QStringLiteral("disconnected");
    if (event.kind == EventKind::ConnectionConnected && row.status.isEmpty())
        row.status = QStringLiteral("connected");
    row.tenantId = jsonString(event, QLatin1StringView("tenant_id"));
    row.userId = jsonString(event, QLatin1StringView("user_id"));
    row.connectionId = event.connectionId;
    row.details = event.problem.isEmpty() ? event.summary() : event.summary() + QStringLiteral(" — ") + event.problem;
    return row;
}

void EventsModel::append(const QList<StreamEvent> &batch)
{
    if (batch.isEmpty())
        return;
    // Only the newest kMaxRows of the batch can stay; then as many old rows go as the new ones need.
    const qsizetype skip = qMax<qsizetype>(0, batch.size() - kMaxRows);
    m_dropped += skip;
    const qsizetype incoming = batch.size() - skip;
    const qsizetype overflow = qMax<qsizetype>(0, qsizetype(m_rows.size()) + incoming - kMaxRows);
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow - 1));
        m_rows.erase(m_rows.begin(), m_rows.begin() + overflow);
        endRemoveRows();
        m_dropped += overflow;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(incoming) - 1);
    for (qsizetype i = skip; i < batch.size(); ++i) {
        Row row = rowFor(batch.at(i));
        row.mine = m_scope.concerns(batch.at(i));
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
}

void EventsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_dropped = 0;
    endResetModel();
}

void EventsModel::setScope(const Scope &scope)
{
    m_scope = scope;
    for (Row &row : m_rows) {
        row.mine = (!row.connectionId.isEmpty() && scope.connectionIds.contains(row.connectionId))
            || (!scope.userId.isEmpty() && row.userId == scope.userId);
    }
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int EventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows.at(std::size_t(index.row()));
    if (role == kMineRole)
        return row.mine ? QStringLiteral("true") : QStringLiteral("false");
    switch (index.column()) {
    case Time:
        if (role == Qt::DisplayRole)
            return row.at.isValid() ? row.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")) : QString();
        if (role == Qt::ToolTipRole)
            return plainToolTip(tr("%1 (UTC)\nEvent id: %2").arg(row.at.toUTC().toString(Qt::ISODateWithMs), row.id));
        break;
    case Kind:
        if (role == Qt::DisplayRole)
            return shownText(row.kind);
        if (role == Qt::ToolTipRole) {
            if (row.legacy)
                return tr("An older server's name for this kind");
            if (!row.known)
                return tr("A kind this version does not know: shown as it came");
        }
        break;
    case Provider:
        if (role == Qt::DisplayRole)
            return shownText(row.provider);
        if (role == Qt::ToolTipRole && !row.connectionId.isEmpty())
            return plainToolTip(tr("Connection: %1").arg(row.connectionId));
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return row.status == QLatin1String("disconnected") ? tr("Disconnected")
                                                               : shownText(ConnectionsModel::statusText(row.status));
        if (role == BadgeDelegate::kToneRole && !row.status.isEmpty())
            return int(statusTone(row.status, row.known));
        if (role == Qt::ToolTipRole)
            return plainToolTip(row.status);
        break;
    case Who:
        if (role == Qt::DisplayRole) {
            const QString user = row.userId.isEmpty()      ? QString()
                : row.mine && row.userId == m_scope.userId ? tr("this user")
                                                           : row.userId;
            if (user.isEmpty())
                return shownText(row.tenantId);
            return shownText(row.tenantId.isEmpty() ? user : tr("%1 · %2").arg(row.tenantId, user));
        }
        if (role == Qt::ToolTipRole)
            return plainToolTip(tr("Tenant: %1\nUser: %2")
                                    .arg(row.tenantId.isEmpty() ? tr("not given") : row.tenantId,
                                         row.userId.isEmpty() ? tr("not given") : row.userId));
        break;
    case Details:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return role == Qt::ToolTipRole ? plainToolTip(row.details) : shownText(row.details);
        break;
    default:
        break;
    }
    return {};
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Kind:
        return tr("Kind");
    case Provider:
        return tr("Provider");
    case Status:
        return tr("Status");
    case Who:
        return tr("Tenant / user");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace vendo::ui

#include "ui/models/ConnectionsModel.h"

#include "ui/widgets/BadgeDelegate.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/PlainToolTip.h"

namespace vendo::ui {

void ConnectionsModel::setConnections(const QList<client::Connection> &connections)
{
    beginResetModel();
    m_connections = connections;
    endResetModel();
}

void ConnectionsModel::updateConnections(const QList<client::Connection> &connections)
{
    bool same = connections.size() == m_connections.size();
    for (qsizetype i = 0; same && i < connections.size(); ++i)
        same = connections.at(i).slug == m_connections.at(i).slug;
    if (!same) {
        setConnections(connections);
        return;
    }
    m_connections = connections;
    if (!m_connections.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ConnectionsModel::rowOf(const QString &connectionId, const QString &slug, bool bySlug) const
{
    for (qsizetype i = 0; !connectionId.isEmpty() && i < m_connections.size(); ++i) {
        if (m_connections.at(i).id == connectionId)
            return int(i);
    }
    for (qsizetype i = 0; bySlug && i < m_connections.size(); ++i) {
        if (m_connections.at(i).slug == slug)
            return int(i);
    }
    return -1;
}

void ConnectionsModel::setStatus(int row, const QString &status)
{
    if (row < 0 || row >= m_connections.size() || status.isEmpty() || m_connections.at(row).status == status)
        return;
    m_connections[row].status = status;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QStringList ConnectionsModel::slugs() const
{
    QStringList slugs;
    for (const client::Connection &connection : m_connections)
        slugs << connection.slug;
    return slugs;
}

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connections.size());
}

int ConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConnectionsModel::statusText(const QString &status)
{
    if (status == QLatin1String("connected"))
        return tr("Connected");
    if (status == QLatin1String("available"))
        return tr("Available");
    if (status == QLatin1String("needs_reauth"))
        return tr("Needs re-auth");
    if (status == QLatin1String("error"))
        return tr("Error");
    return status;
}

QString ConnectionsModel::linkText(const client::Connection &connection)
{
    if (!connection.hasSetupUrl)
        return {};
    return connection.status == QLatin1String("needs_reauth") ? tr("Re-authorize…") : tr("Set up…");
}

namespace {
Tone statusTone(const QString &status)
{
    if (status == QLatin1String("connected"))
        return Tone::Good;
    if (status == QLatin1String("needs_reauth"))
        return Tone::Warning;
    if (status == QLatin1String("error"))
        return Tone::Bad;
    return Tone::Neutral;
}
} // namespace

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_connections.size())
        return {};
    const client::Connection &c = m_connections.at(index.row());
    if (role == kSlugRole)
        return c.slug;
    switch (index.column()) {
    case Provider:
        if (role == Qt::DisplayRole)
            return shownText(c.displayName.isEmpty() ? c.slug : tr("%1 (%2)").arg(c.displayName, c.slug));
        if (role == Qt::ToolTipRole)
            return plainToolTip(tr("Slug: %1\nCategory: %2\nBase URL: %3").arg(c.slug, c.category, c.baseUrl));
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return shownText(statusText(c.status));
        if (role == BadgeDelegate::kToneRole)
            return int(statusTone(c.status));
        if (role == Qt::ToolTipRole)
            return plainToolTip(c.status);
        break;
    case Profile:
        if (role == Qt::DisplayRole)
            return shownText(c.profile);
        break;
    case Error:
        if (role == Qt::DisplayRole)
            return shownText(c.errorMessage);
        if (role == Qt::ToolTipRole)
            return plainToolTip(c.errorMessage);
        break;
    case Link:
        if (role == Qt::DisplayRole)
            return linkText(c);
        if (role == Qt::ToolTipRole && c.hasSetupUrl)
            // The link whole (its key masked), as the column cannot show it.
            return plainToolTip(tr("Opens the provider's set-up page in the browser after a confirmation: the link "
                                   "embeds the app's API key.\n%1")
                                    .arg(brokenIntoLines(c.redacted.value(QStringLiteral("setup_url")).toString())));
        if (role == Qt::ForegroundRole && c.hasSetupUrl)
            return QPalette().color(QPalette::Link);
        break;
    default:
        break;
    }
    return {};
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Provider:
        return tr("Provider");
    case Status:
        return tr("Status");
    case Profile:
        return tr("Profile");
    case Error:
        return tr("Error message");
    case Link:
        return tr("Link");
    default:
        return {};
    }
}

} // namespace vendo::ui

#pragma once

#include "client/Responses.h"

#include <QAbstractTableModel>

namespace vendo::ui {

// The user's connections as the service listed them (secrets already masked by core/client).
class ConnectionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Provider, Status, Profile, Error, Link, ColumnCount };
    static constexpr int kSlugRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setConnections(const QList<client::Connection> &connections);
    // The same providers in the same order: their rows change in place (the selection and scroll
    // position stay); otherwise like setConnections.
    void updateConnections(const QList<client::Connection> &connections);
    // The row of the connection with this id, else of the slug (when `bySlug`); -1 when none.
    int rowOf(const QString &connectionId, const QString &slug, bool bySlug) const;
    // What a live event said about the row, shown until the next answer of the service.
    void setStatus(int row, const QString &status);
    const QList<client::Connection> &connections() const { return m_connections; }
    QStringList slugs() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Connected", "Needs re-authorization", ... for a wire status.
    static QString statusText(const QString &status);
    // "Set up…" / "Re-authorize…" or empty when the entry has no link.
    static QString linkText(const client::Connection &connection);

private:
    QList<client::Connection> m_connections;
};

} // namespace vendo::ui

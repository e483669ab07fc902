#pragma once

#include "events/StreamEvent.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSet>

#include <deque>

namespace vendo::ui {

// The live event timeline: the newest kMaxRows events, oldest first. Bounded: a flood of events keeps
// the memory flat and drops the oldest rows (counted). Events arrive in batches (append), so that a
// thousand events a second cost the view a few updates, not a thousand.
class EventsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Kind, Provider, Status, Who, Details, ColumnCount };
    static constexpr int kMineRole = Qt::UserRole + 1; // "true" when the event concerns the current user
    static constexpr int kMaxRows = 2'000;

    // Who "the current user" is: the identity's user id (its `sub`) and the ids of the connections
    // listed for it. An event concerns the user when it names either.
    struct Scope
    {
        QString userId;
        QSet<QString> connectionIds;
        bool concerns(const events::StreamEvent &event) const;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void append(const QList<events::StreamEvent> &batch);
    void clear();
    void setScope(const Scope &scope);
    const Scope &scope() const { return m_scope; }
    qint64 droppedRows() const { return m_dropped; } // pushed out by the bound since the last clear

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // What a row shows: a few strings, not the event's whole JSON.
    struct Row
    {
        QDateTime at;
        QString id;
        QString kind;
        bool legacy = false;
        bool known = true;
        QString provider;
        QString status;
        QString tenantId;
        QString userId;
        QString connectionId;
        QString details;
        bool mine = false;
    };
    static Row rowFor(const events::StreamEvent &event);

    std::deque<Row> m_rows;
    Scope m_scope;
    qint64 m_dropped = 0;
};

} // namespace vendo::ui

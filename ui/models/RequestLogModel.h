#pragma once

#include "client/RequestLog.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace vendo::ui {

// A live view of core/client's RequestLog (entries are redacted there, at recording time).
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Method, Url, Status, Duration, Attempt, Outcome, ColumnCount };

    explicit RequestLogModel(client::RequestLog *log, QObject *parent = nullptr);

    const client::RequestLogEntry *entry(int row) const;
    // The whole exchange as text for the detail view.
    static QString describe(const client::RequestLogEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<client::RequestLog> m_log;
    int m_rows = 0;
};

} // namespace vendo::ui

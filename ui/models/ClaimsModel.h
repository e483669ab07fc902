#pragma once

#include "jwt/Claims.h"

#include <QAbstractTableModel>

namespace vendo::jwt {
class Clock;
}

namespace vendo::ui {

// The payload's claims in the issuer's order, with what each means and, for dates, UTC, local and
// relative times (the relative column follows the clock).
class ClaimsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Value, Time, Meaning, ColumnCount };

    explicit ClaimsModel(const jwt::Clock &clock, QObject *parent = nullptr);

    void setClaims(const QList<jwt::Claim> &claims);
    const QList<jwt::Claim> &claims() const { return m_claims; }
    // The relative times changed: repaint that column.
    void refreshTimes();
    static QString timeText(const jwt::Claim &claim, qint64 now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const jwt::Clock &m_clock;
    QList<jwt::Claim> m_claims;
};

} // namespace vendo::ui

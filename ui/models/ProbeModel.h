#pragma once

#include "client/Responses.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <chrono>

namespace vendo::jwt {
class Clock;
}

namespace vendo::ui {

// One row per provider slug: its probe's progress and outcome. Tokens are masked unless the row is
// revealed, which lasts a limited time. Time-dependent cells (expiry, Retry-After) tick every second.
class ProbeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Provider, Status, Token, Type, Expires, Latency, Attempts, Error, ColumnCount };
    enum class State { Idle, Running, Ok, Failed };
    static constexpr std::chrono::milliseconds kDefaultRevealDuration { 15'000 };

    struct Row
    {
        QString slug;
        State state = State::Idle;
        int attempt = 0; // the attempt in flight while Running
        std::optional<client::TokenResult> result;
        qint64 finishedAtSecs = 0; // for the Retry-After countdown
        bool revealed = false;
    };

    explicit ProbeModel(const jwt::Clock &clock, QObject *parent = nullptr);

    // Keeps the outcome of rows whose slug stays; new slugs are added Idle, missing ones removed.
    void setSlugs(const QStringList &slugs);
    int addSlug(const QString &slug); // row of the (possibly existing) slug
    int rowOf(const QString &slug) const;
    const Row &row(int row) const { return m_rows.at(row); }
    const QList<Row> &rows() const { return m_rows; }

    void markRunning(int row, int attempt);
    void setResult(int row, const client::TokenResult &result);
    void resetRow(int row);

    // Shows the row's token in clear until hide() or the reveal duration passes.
    void reveal(int row);
    void hide(int row);
    bool isRevealed(int row) const;
    void setRevealDuration(std::chrono::milliseconds duration) { m_revealDuration = duration; }
    // The token value of a successful row (for copying); empty otherwise.
    QString tokenValue(int row) const;
    // Seconds until the row's Retry-After has passed; nullopt without one.
    std::optional<qint64> retryAfterRemaining(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void revealChanged(int row, bool revealed);

private:
    void tick();
    void emitRowChanged(int row);
    QVariant display(int rowIndex, int column) const;
    QVariant toolTip(const Row &row, int column) const;

    const jwt::Clock &m_clock;
    QList<Row> m_rows;
    QTimer m_ticker;
    std::chrono::milliseconds m_revealDuration = kDefaultRevealDuration;
    QHash<QString, QTimer *> m_revealTimers;
};

} // namespace vendo::ui

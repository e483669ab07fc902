#pragma once

#include <QDateTime>

namespace vendo::jwt {

// The one source of "now" for everything that judges time. Injected so that every verdict that
// depends on the time can be tested at its exact boundary.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    qint64 nowSecsSinceEpoch() const { return now().toSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;

    // A process-wide instance for callers that were not handed a clock.
    static const Clock &instance();
};

// Always the same moment: `--now EPOCH` in the CLI, one reading for a whole audit, fixed test and bench
// times.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    { }
    explicit FixedClock(qint64 secondsSinceEpoch)
        : m_now(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC))
    { }
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};

} // namespace vendo::jwt

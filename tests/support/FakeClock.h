#pragma once

#include "jwt/Clock.h"

namespace vendo::test {

// A clock that stands still until told to move.
class FakeClock final : public jwt::Clock
{
public:
    explicit FakeClock(qint64 secsSinceEpoch = 1'767'225'600); // 2026-01-01T00:00:00Z
    explicit FakeClock(const QDateTime &now);

    QDateTime now() const override { return m_now; }

    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void setSecsSinceEpoch(qint64 secs) { m_now = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC); }
    void advance(qint64 secs) { m_now = m_now.addSecs(secs); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace vendo::test

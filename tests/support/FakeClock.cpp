#include "FakeClock.h"

namespace vendo::test {

FakeClock::FakeClock(qint64 secsSinceEpoch)
    : m_now(QDateTime::fromSecsSinceEpoch(secsSinceEpoch, Qt::UTC))
{ }

FakeClock::FakeClock(const QDateTime &now)
    : m_now(now.toUTC())
{ }

} // namespace vendo::test

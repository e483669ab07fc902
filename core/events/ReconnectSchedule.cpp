#include "events/ReconnectSchedule.h"

#include "jwt/Clock.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace vendo::events {

using std::chrono::milliseconds;

ReconnectSchedule::ReconnectSchedule(ReconnectPolicy policy, std::function<double()> random)
    : m_policy(policy)
    , m_random(std::move(random))
    , m_initial(policy.initialDelay)
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

milliseconds ReconnectSchedule::baseDelay(int failures) const
{
    const int doublings = std::clamp(failures - 1, 0, 30);
    const qint64 cap = m_policy.maxDelay.count();
    qint64 delay = m_initial.count();
    for (int i = 0; i < doublings && delay < cap; ++i)
        delay *= 2;
    return milliseconds(std::min(delay, cap));
}

milliseconds ReconnectSchedule::nextDelay()
{
    ++m_failures;
    const double base = double(baseDelay(m_failures).count());
    const double unit = std::clamp(m_random(), 0.0, 1.0);
    const double jittered = base * (1.0 + m_policy.jitter * (2.0 * unit - 1.0));
    // Jitter never takes a delay past the cap: 30 s stays the longest wait.
    return milliseconds(std::clamp(qint64(jittered), qint64(0), qint64(m_policy.maxDelay.count())));
}

void ReconnectSchedule::connected()
{
    m_failures = 0;
}

void ReconnectSchedule::setServerRetry(milliseconds retry)
{
    m_initial = std::clamp(retry, ReconnectPolicy::kMinServerRetry,
                           std::max(m_policy.maxDelay, ReconnectPolicy::kMinServerRetry));
}

PingWatchdog::PingWatchdog(const jwt::Clock *clock, milliseconds timeout)
    : m_clock(clock)
    , m_timeout(timeout)
{
    activity();
}

qint64 PingWatchdog::nowMs() const
{
    return m_clock ? m_clock->now().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

void PingWatchdog::activity()
{
    m_lastActivityMs = nowMs();
}

bool PingWatchdog::isDead() const
{
    return remaining().count() == 0;
}

milliseconds PingWatchdog::remaining() const
{
    return milliseconds(std::max<qint64>(0, m_lastActivityMs + m_timeout.count() - nowMs()));
}

} // namespace vendo::events

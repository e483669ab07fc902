#pragma once

#include <QtGlobal>

#include <chrono>
#include <functional>

namespace vendo::jwt {
class Clock;
}

namespace vendo::events {

// How the SDK reconnects an event stream (docs/service-contract.md "Live events").
struct ReconnectPolicy
{
    std::chrono::milliseconds initialDelay { 1'000 };
    std::chrono::milliseconds maxDelay { 30'000 };
    double jitter = 0.25; // the delay is drawn from base × [1 − jitter, 1 + jitter]
    std::chrono::milliseconds pingTimeout { 60'000 }; // no data for this long: a dead stream
    // A `retry:` field replaces the initial delay, kept within [kMinServerRetry, maxDelay].
    static constexpr std::chrono::milliseconds kMinServerRetry { 100 };
};

// The delays between attempts: initial, doubling, capped, jittered, no limit on attempts; a
// successful connection starts over. A value: the caller waits (EventStream uses a QTimer).
class ReconnectSchedule
{
public:
    // `random` returns a uniform number in [0, 1); default: QRandomGenerator::global().
    explicit ReconnectSchedule(ReconnectPolicy policy = {}, std::function<double()> random = {});

    // The delay before the next attempt; counts it.
    std::chrono::milliseconds nextDelay();
    // The delay before attempt `failures` + 1 without jitter: initial × 2^(failures − 1), capped.
    std::chrono::milliseconds baseDelay(int failures) const;
    int failures() const { return m_failures; } // attempts since the last successful connection
    void connected(); // back to the initial delay
    void setServerRetry(std::chrono::milliseconds retry);
    const ReconnectPolicy &policy() const { return m_policy; }

private:
    ReconnectPolicy m_policy;
    std::function<double()> m_random;
    std::chrono::milliseconds m_initial;
    int m_failures = 0;
};

// "No ping for 60 s is a dead stream", judged on the injectable clock.
class PingWatchdog
{
public:
    PingWatchdog(const jwt::Clock *clock, std::chrono::milliseconds timeout);

    void activity(); // anything arrived: an event, a comment, a partial line
    bool isDead() const;
    std::chrono::milliseconds remaining() const; // until dead; 0 when dead

private:
    qint64 nowMs() const;

    const jwt::Clock *m_clock;
    std::chrono::milliseconds m_timeout;
    qint64 m_lastActivityMs = 0;
};

} // namespace vendo::events

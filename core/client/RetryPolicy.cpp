#include "client/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace vendo::client {

qint64 RetryPolicy::delayBeforeAttempt(int attempt) const
{
    if (attempt < 2 || baseDelayMs <= 0)
        return 0;
    // 500 ms, 1 s, 2 s, ... capped; shifting stops growing once past the cap.
    const int doublings = std::min(attempt - 2, 30);
    const qint64 exponential = std::min(maxDelayMs, baseDelayMs << doublings);
    const double unit = random ? random() : QRandomGenerator::global()->generateDouble();
    const double jittered = double(exponential) * (1.0 + std::clamp(unit, 0.0, 1.0) * std::max(0.0, jitter));
    return std::min<qint64>(maxDelayMs, qint64(jittered));
}

RetryPolicy RetryPolicy::noRetries()
{
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

RetryPolicy RetryPolicy::immediate(int maxAttempts)
{
    RetryPolicy policy;
    policy.maxAttempts = maxAttempts;
    policy.baseDelayMs = 0;
    policy.jitter = 0;
    return policy;
}

} // namespace vendo::client

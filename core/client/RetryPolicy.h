#pragma once

#include <QtGlobal>

#include <functional>

namespace vendo::client {

// docs/service-contract.md "Client behaviour": up to 3 attempts on 500/502/503/504 and network errors, exponential
// backoff from 500 ms capped at 10 s, with up to 25 % jitter.
struct RetryPolicy
{
    int maxAttempts = 3;
    qint64 baseDelayMs = 500;
    qint64 maxDelayMs = 10'000;
    double jitter = 0.25; // fraction of the delay added at most
    // Uniform in [0, 1); empty = QRandomGenerator::global(). Injected by tests.
    std::function<double()> random;

    // Delay before attempt `attempt` (2 = the first retry).
    qint64 delayBeforeAttempt(int attempt) const;

    static RetryPolicy sdkDefault() { return {}; }
    static RetryPolicy noRetries();
    // Same attempt count, no waiting: for tests.
    static RetryPolicy immediate(int maxAttempts = 3);
};

} // namespace vendo::client

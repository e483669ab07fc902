#pragma once

#include <functional>

namespace vendo::bench {

// Runs the event loop until `done` holds (polled every `pollMs`) or `timeoutMs` passes; whether it holds.
bool runUntil(const std::function<bool()> &done, int timeoutMs, int pollMs = 2);
// Runs the event loop for `ms` milliseconds.
void runFor(int ms);

} // namespace vendo::bench

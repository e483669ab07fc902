#pragma once

#include <QString>

#include <optional>

namespace vendo::bench {

// Figures from /proc/<pid>/status (Linux): "VmHWM" (peak resident set) and "VmRSS", in kB.
std::optional<qint64> procStatusKb(const QString &field, qint64 pid = 0); // 0: this process

} // namespace vendo::bench

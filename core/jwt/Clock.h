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

} // namespace vendo::jwt

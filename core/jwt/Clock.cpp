#include "jwt/Clock.h"

namespace vendo::jwt {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace vendo::jwt

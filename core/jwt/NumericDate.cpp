#include "jwt/NumericDate.h"

#include <QCoreApplication>

#include <cmath>

namespace vendo::jwt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::jwt::NumericDate)
};

// Beyond year 9999 QDateTime cannot show the date and no real token goes there.
constexpr qint64 kMaxSeconds = 253'402'300'799;

} // namespace

NumericDate NumericDate::fromRawJson(QByteArrayView raw)
{
    NumericDate date;
    if (raw.isEmpty() || raw.front() == '"' || raw.front() == '{' || raw.front() == '[' || raw.front() == 't'
        || raw.front() == 'f' || raw.front() == 'n') {
        date.problem = Problem::NotANumber;
        return date;
    }
    bool integral = true;
    for (const char c : raw) {
        if (c == '.' || c == 'e' || c == 'E') {
            integral = false;
            break;
        }
    }
    if (integral) {
        bool ok = false;
        const qint64 value = QByteArray::fromRawData(raw.data(), raw.size()).toLongLong(&ok);
        if (!ok || value > kMaxSeconds || value < -kMaxSeconds) {
            bool digits = true;
            for (qsizetype i = raw.front() == '-' ? 1 : 0; i < raw.size(); ++i)
                digits = digits && raw[i] >= '0' && raw[i] <= '9';
            date.problem = digits ? Problem::OutOfRange : Problem::NotANumber;
            return date;
        }
        date.seconds = value;
        return date;
    }
    bool ok = false;
    const double value = QByteArray::fromRawData(raw.data(), raw.size()).toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        date.problem = Problem::NotANumber;
        return date;
    }
    if (std::fabs(value) > double(kMaxSeconds)) {
        date.problem = Problem::OutOfRange;
        return date;
    }
    date.seconds = qint64(value);
    // 1.5e9 written in exponent form is still a whole number of seconds.
    date.problem = double(date.seconds) == value ? Problem::None : Problem::Fractional;
    return date;
}

QString NumericDate::utcText() const
{
    return utc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString NumericDate::localText() const
{
    return local().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString NumericDate::problemText() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Fractional:
        return Tr::tr("a fractional NumericDate; issuers write whole seconds");
    case Problem::NotANumber:
        return Tr::tr("not a number: a NumericDate is seconds since 1970 as a JSON number");
    case Problem::OutOfRange:
        return Tr::tr("out of range for a date");
    }
    return {};
}

QString humanDuration(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    if (s < 90)
        return Tr::tr("%1 s").arg(s);
    if (s < 90 * 60)
        return Tr::tr("%1 min").arg((s + 30) / 60);
    if (s < 48 * 3600)
        return Tr::tr("%1 h").arg((s + 1800) / 3600);
    return Tr::tr("%1 d").arg((s + 43200) / 86400);
}

QString relativePhrase(QByteArrayView claim, qint64 claimSeconds, qint64 nowSeconds)
{
    const qint64 delta = claimSeconds - nowSeconds;
    const QString span = humanDuration(delta);
    if (claim == "exp")
        return delta > 0 ? Tr::tr("expires in %1").arg(span) : Tr::tr("expired %1 ago").arg(span);
    if (claim == "nbf")
        return delta > 0 ? Tr::tr("valid in %1").arg(span) : Tr::tr("valid since %1 ago").arg(span);
    if (claim == "iat")
        return delta > 0 ? Tr::tr("issued in %1 (in the future)").arg(span) : Tr::tr("issued %1 ago").arg(span);
    if (claim == "auth_time")
        return delta > 0 ? Tr::tr("signed in in %1 (in the future)").arg(span) : Tr::tr("signed in %1 ago").arg(span);
    return delta > 0 ? Tr::tr("in %1").arg(span) : Tr::tr("%1 ago").arg(span);
}

} // namespace vendo::jwt

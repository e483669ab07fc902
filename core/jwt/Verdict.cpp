#include "jwt/Verdict.h"

#include "jwt/NumericDate.h"

#include <QCoreApplication>

namespace vendo::jwt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::jwt::Verdict)
};

} // namespace

QString timeStatusName(TimeStatus status)
{
    switch (status) {
    case TimeStatus::Valid:
        return QStringLiteral("valid");
    case TimeStatus::Expired:
        return QStringLiteral("expired");
    case TimeStatus::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case TimeStatus::NoExp:
        return QStringLiteral("no_exp");
    case TimeStatus::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

bool Verdict::hasWarning(WarningKind kind) const
{
    for (const Warning &warning : warnings) {
        if (warning.kind == kind)
            return true;
    }
    return false;
}

QString Verdict::timeText() const
{
    switch (time) {
    case TimeStatus::Valid:
        return Tr::tr("valid, expires in %1").arg(humanDuration(timeDeltaSeconds));
    case TimeStatus::Expired:
        return Tr::tr("expired %1 ago").arg(humanDuration(timeDeltaSeconds));
    case TimeStatus::NotYetValid:
        return Tr::tr("not yet valid, becomes valid in %1").arg(humanDuration(timeDeltaSeconds));
    case TimeStatus::NoExp:
        return Tr::tr("no expiry (\"exp\" is missing)");
    case TimeStatus::Unknown:
        return Tr::tr("unknown (no readable expiry)");
    }
    return {};
}

} // namespace vendo::jwt

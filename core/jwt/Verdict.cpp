#include "jwt/Verdict.h"

#include "jwt/NumericDate.h"

#include <QCoreApplication>

namespace vendo::jwt {

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
    const auto tr = [](const char *text) { return QCoreApplication::translate("vendo::jwt::Verdict", text); };
    switch (time) {
    case TimeStatus::Valid:
        return tr("valid, expires in %1").arg(humanDuration(timeDeltaSeconds));
    case TimeStatus::Expired:
        return tr("expired %1 ago").arg(humanDuration(timeDeltaSeconds));
    case TimeStatus::NotYetValid:
        return tr("not yet valid, becomes valid in %1").arg(humanDuration(timeDeltaSeconds));
    case TimeStatus::NoExp:
        return tr("no expiry (\"exp\" is missing)");
    case TimeStatus::Unknown:
        return tr("unknown (no readable expiry)");
    }
    return {};
}

} // namespace vendo::jwt

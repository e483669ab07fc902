#pragma once

#include "jwt/Claims.h"
#include "jwt/Verdict.h"

#include <QJsonObject>

namespace vendo::jwt {

// The machine-readable form of a decoded and judged token, with the field names docs/architecture.md fixes for
// `decode` / `verify` --json (and each line of `audit`). The token itself never appears: only
// header.payload.<redacted>.
class TokenReport
{
public:
    static QJsonObject toJson(const DecodedJwt &token, const QList<Claim> &claims, const Verdict &verdict);
    static QJsonObject verdictJson(const Verdict &verdict);
    static QJsonObject problemJson(const StructureProblem &problem);
};

} // namespace vendo::jwt

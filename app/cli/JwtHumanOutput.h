#pragma once

#include "jwt/TokenAuditor.h"

#include <QString>

namespace vendo::cli {

// The human-readable forms of a judged token, coloured only on a terminal. Never prints a signature.
class JwtHumanOutput
{
public:
    static QString report(const jwt::AuditRecord &record, bool signatureRequested);
    static QString auditLine(const jwt::AuditRecord &record);
    static QString auditSummary(const jwt::AuditSummary &summary);
};

} // namespace vendo::cli

#pragma once

#include "TerminalText.h"
#include "jwt/TokenAuditor.h"

namespace vendo::cli {

// The human-readable forms of a judged token, coloured only on a terminal, every
// token-supplied text escaped (TerminalText). Never prints a signature.
class JwtHumanOutput
{
public:
    static TerminalText report(const jwt::AuditRecord &record, bool signatureRequested);
    static TerminalText auditLine(const jwt::AuditRecord &record);
    static TerminalText auditSummary(const jwt::AuditSummary &summary);
};

} // namespace vendo::cli

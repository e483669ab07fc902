#pragma once

#include "jwt/TokenAuditor.h"

#include <QByteArray>
#include <QList>

namespace vendo::jwt {

// The NDJSON form of an audit (docs/audit-format.md): a header line with what holds for the whole run
// (the moment judged, the leeway, whether signatures were checked, what each field means), then one
// line per token written straight from the record's views (no JSON DOM per token), then the summary.
// Everything a token supplies is escaped as the CLI's --json is: what a terminal acts on
// (jwt/TerminalSafe.h: control characters, DEL, C1, bidirectional formatting) as \uXXXX. The token
// itself never appears.
class AuditJson
{
public:
    static constexpr int kFormat = 1;

    // {"audit": {"format": 1, "evaluated_at": N, "leeway_s": N, "signatures": "checked"|"not_checked",
    //            "fields": {"line": "...", ...}}} and a '\n'. The field descriptions are translated.
    static QByteArray headerLine(qint64 evaluatedAt, qint64 leewaySeconds, bool signaturesChecked);
    // One token's line and its '\n', appended to `out`.
    static void appendLine(QByteArray &out, const AuditRecord &record, bool signaturesChecked);
    // The names a token line may carry, in the order written (absent ones are left out).
    static QList<QByteArray> tokenFields();

    // A JSON string literal of `text`, escaped as above, appended to `out`.
    static void appendString(QByteArray &out, QStringView text);
    // A JSON value from a token, as the issuer wrote it (valid JSON: the decoder checked), with what a
    // terminal acts on escaped (DEL, C1, bidirectional formatting; valid JSON has no raw C0).
    static void appendRawValue(QByteArray &out, QByteArrayView json);
};

} // namespace vendo::jwt

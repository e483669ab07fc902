#include "jwt/AuditJson.h"

#include "jwt/TerminalSafe.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace vendo::jwt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::jwt::AuditJson)
};

// UTF-8 text to the inside of a JSON string: quotes and backslashes escaped, and everything a terminal
// acts on (jwt/TerminalSafe.h) as a \u escape.
void appendEscapedUtf8(QByteArray &out, QByteArrayView utf8)
{
    qsizetype clean = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = uchar(utf8[i]);
        if (byte != '"' && byte != '\\' && byte >= 0x20)
            continue;
        appendTerminalSafeJson(out, utf8.sliced(clean, i - clean));
        if (byte < 0x20) {
            appendUnicodeEscape(out, byte);
        } else {
            out += '\\';
            out += char(byte);
        }
        clean = i + 1;
    }
    appendTerminalSafeJson(out, utf8.sliced(clean));
}

void appendKey(QByteArray &out, const char *name)
{
    out += ",\"";
    out += name;
    out += "\":";
}

void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    const int length = std::snprintf(digits, sizeof digits, "%lld", static_cast<long long>(value));
    out.append(digits, length);
}

void appendClaim(QByteArray &out, const char *name, const AuditRecord &record)
{
    const Claim *claim = Claims::find(record.claims, name);
    if (!claim)
        return;
    appendKey(out, name);
    AuditJson::appendRawValue(out, claim->rawValue);
}

void appendDate(QByteArray &out, const char *name, const AuditRecord &record)
{
    const Claim *claim = Claims::find(record.claims, name);
    if (!claim)
        return;
    appendKey(out, name);
    if (claim->date && claim->date->usable())
        appendNumber(out, claim->date->seconds);
    else
        out += "null"; // present but not a NumericDate: the "bad_date" warning says why
}

} // namespace

void AuditJson::appendString(QByteArray &out, QStringView text)
{
    out += '"';
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        for (const QChar c : text) {
            const auto byte = uchar(c.unicode());
            if (byte == '"' || byte == '\\') {
                out += '\\';
                out += char(byte);
            } else if (byte < 0x20 || byte == 0x7f) {
                appendUnicodeEscape(out, byte);
            } else {
                out += char(byte);
            }
        }
    } else {
        appendEscapedUtf8(out, text.toUtf8());
    }
    out += '"';
}

void AuditJson::appendRawValue(QByteArray &out, QByteArrayView json)
{
    // Valid JSON holds raw bytes below 0x20 nowhere, and what else a terminal acts on only inside
    // strings (DEL, or a character whose UTF-8 form leads with C2, D8 or E2), where \uXXXX means the same.
    const auto holds = [json](char byte) { return std::memchr(json.data(), byte, size_t(json.size())) != nullptr; };
    if (!holds('\x7f') && !holds('\xc2') && !holds('\xd8') && !holds('\xe2'))
        out += json;
    else
        appendTerminalSafeJson(out, json);
}

QList<QByteArray> AuditJson::tokenFields()
{
    return { "line", "verdict", "alg", "kid", "iss", "sub", "aud", "tenant", "iat", "exp", "problem", "warnings" };
}

QByteArray AuditJson::headerLine(qint64 evaluatedAt, qint64 leewaySeconds, bool signaturesChecked)
{
    const auto claim = [](const char *name) { return Claims::describe(name); };
    const std::pair<const char *, QString> fields[] = {
        { "line", Tr::tr("Line of the input the token was found on (1-based)") },
        { "verdict",
          Tr::tr("structure (ok, malformed), time (valid, expired, not_yet_valid, no_exp, unknown), signature "
                 "(not_checked, valid, invalid, key_not_found, unsupported_alg, unsigned); expires_in_s, "
                 "expired_for_s or valid_in_s with the time") },
        { "alg", Tr::tr("Signing algorithm named in the token's header") },
        { "kid", Tr::tr("Key id named in the token's header: which key of the JWKS signed it") },
        { "iss", claim("iss") },
        { "sub", claim("sub") },
        { "aud", claim("aud") },
        { "tenant", Tr::tr("Tenant id the token carries (app_metadata.tenant_id)") },
        { "iat", Tr::tr("%1 (seconds since 1970; null when not a number)").arg(claim("iat")) },
        { "exp", Tr::tr("%1 (seconds since 1970; null when not a number)").arg(claim("exp")) },
        { "problem",
          Tr::tr("Why the token would be refused, when it would be: axis (structure, signature, time, "
                 "expectation), code, segment (structure only) and message") },
        { "warnings", Tr::tr("Codes of the verdict's warnings (missing_kid, unusual_lifetime, iss_mismatch, ...)") },
    };
    QByteArray out = "{\"audit\":{\"format\":";
    appendNumber(out, kFormat);
    appendKey(out, "evaluated_at");
    appendNumber(out, evaluatedAt);
    appendKey(out, "leeway_s");
    appendNumber(out, leewaySeconds);
    appendKey(out, "signatures");
    out += signaturesChecked ? "\"checked\"" : "\"not_checked\"";
    appendKey(out, "fields");
    out += '{';
    bool first = true;
    for (const auto &[name, description] : fields) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, QString::fromLatin1(name));
        out += ':';
        appendString(out, description);
    }
    out += "}}}\n";
    return out;
}

void AuditJson::appendLine(QByteArray &out, const AuditRecord &record, bool signaturesChecked)
{
    const Verdict &verdict = record.verdict;
    out += "{\"line\":";
    appendNumber(out, record.line);
    out += ",\"verdict\":{\"structure\":";
    out += verdict.structureOk ? "\"ok\"" : "\"malformed\"";
    out += ",\"time\":";
    appendString(out, timeStatusName(verdict.time));
    out += ",\"signature\":";
    appendString(out, signatureStatusName(verdict.signature.status));
    switch (verdict.time) {
    case TimeStatus::Valid:
        appendKey(out, "expires_in_s");
        appendNumber(out, verdict.timeDeltaSeconds);
        break;
    case TimeStatus::Expired:
        appendKey(out, "expired_for_s");
        appendNumber(out, verdict.timeDeltaSeconds);
        break;
    case TimeStatus::NotYetValid:
        appendKey(out, "valid_in_s");
        appendNumber(out, verdict.timeDeltaSeconds);
        break;
    case TimeStatus::NoExp:
    case TimeStatus::Unknown:
        break;
    }
    out += '}';
    if (!record.token.headerAlg.isEmpty()) {
        appendKey(out, "alg");
        appendString(out, record.token.headerAlg);
    }
    if (!record.token.headerKid.isEmpty()) {
        appendKey(out, "kid");
        appendString(out, record.token.headerKid);
    }
    appendClaim(out, "iss", record);
    appendClaim(out, "sub", record);
    appendClaim(out, "aud", record);
    if (const QByteArrayView tenant = record.tenantJson(); !tenant.isEmpty()) {
        appendKey(out, "tenant");
        AuditJson::appendRawValue(out, tenant);
    }
    appendDate(out, "iat", record);
    appendDate(out, "exp", record);
    if (const std::optional<AuditProblem> problem = refusalOf(verdict, signaturesChecked)) {
        out += ",\"problem\":{\"axis\":\"";
        out += problem->axis;
        out += "\",\"code\":";
        appendString(out, problem->code);
        if (!problem->segment.isEmpty()) {
            out += ",\"segment\":";
            appendString(out, problem->segment);
        }
        out += ",\"message\":";
        appendString(out, problem->message);
        out += '}';
    }
    if (!verdict.warnings.isEmpty()) {
        out += ",\"warnings\":[";
        for (qsizetype i = 0; i < verdict.warnings.size(); ++i) {
            if (i > 0)
                out += ',';
            appendString(out, verdict.warnings.at(i).code);
        }
        out += ']';
    }
    out += "}\n";
}

} // namespace vendo::jwt

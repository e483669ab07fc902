#include "JwtHumanOutput.h"

#include "CliCommon.h"
#include "jwt/RawJson.h"

#include <QCoreApplication>

namespace vendo::cli {

using namespace vendo::jwt;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vendo::cli::JwtHumanOutput", text);
}

const TerminalText kBreak = TerminalText::lineBreak();

QString spaces(qsizetype count)
{
    return QString(count, QLatin1Char(' '));
}

// A JSON segment of the token, two spaces in. Valid JSON holds no raw control character, so the
// line breaks of its pretty form are layout; anything else is shown as one escaped value.
TerminalText indentedJson(const QByteArray &json)
{
    if (!RawJson::scan(json).valid)
        return spaces(2) + TerminalText(QString::fromUtf8(json)); // as received, in full (at most a token)
    TerminalText text;
    const QStringList lines = QString::fromUtf8(RawJson::prettyPrint(json)).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            text += kBreak;
        text += spaces(2) + lines.at(i);
    }
    return text;
}

Colour timeColour(TimeStatus status)
{
    switch (status) {
    case TimeStatus::Valid:
        return Colour::Green;
    case TimeStatus::Expired:
    case TimeStatus::NotYetValid:
        return Colour::Red;
    case TimeStatus::NoExp:
    case TimeStatus::Unknown:
        break;
    }
    return Colour::Yellow;
}

Colour signatureColour(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::Valid:
        return Colour::Green;
    case SignatureStatus::NotChecked:
        return Colour::Dim;
    default:
        return Colour::Red;
    }
}

QString signatureText(const SignatureCheck &check)
{
    switch (check.status) {
    case SignatureStatus::NotChecked:
        return tr("not checked (no key given: use verify --jwks, --key or --secret-file)");
    case SignatureStatus::Valid:
        return check.keyKid.isEmpty() ? tr("valid") : tr("valid (key \"%1\")").arg(check.keyKid);
    case SignatureStatus::Invalid:
        return tr("INVALID: %1").arg(check.detail);
    case SignatureStatus::KeyNotFound:
        return tr("key not found: %1").arg(check.detail);
    case SignatureStatus::UnsupportedAlg:
        return tr("unsupported algorithm: %1").arg(check.detail);
    case SignatureStatus::Unsigned:
        return tr("UNSIGNED: %1").arg(check.detail);
    }
    return {};
}

QString shortRedacted(const DecodedJwt &token)
{
    const QString header = token.segments.isEmpty() ? QString() : QString::fromLatin1(token.segments.first().left(12));
    return header + QStringLiteral("….<redacted>");
}

} // namespace

TerminalText JwtHumanOutput::report(const AuditRecord &record, bool signatureRequested)
{
    const DecodedJwt &token = record.token;
    const Verdict &verdict = record.verdict;
    TerminalText text;
    const auto section = [&](const QString &title) { text += kBreak + coloured(title, Colour::Bold) + kBreak; };

    text += coloured(tr("Token"), Colour::Bold) + QStringLiteral(" ") + token.redacted() + kBreak;
    for (const QString &note : token.cleanup)
        text += coloured(QStringLiteral("  · ") + note, Colour::Dim) + kBreak;

    if (!token.headerJson.isEmpty()) {
        section(token.isJwe ? tr("JWE header") : tr("Header"));
        text += indentedJson(token.headerJson) + kBreak;
    }
    if (!record.claims.isEmpty()) {
        section(tr("Claims"));
        qsizetype width = 0;
        for (const Claim &claim : record.claims)
            width = qMax(width, claim.name.size());
        const QString pad = spaces(width + 4);
        for (const Claim &claim : record.claims) {
            QString value = QString::fromUtf8(claim.rawValue);
            if (value.size() > 100)
                value = value.left(97) + QStringLiteral("...");
            text += spaces(2) + coloured(QString::fromUtf8(claim.name).leftJustified(width), Colour::Cyan) + spaces(2)
                + value + QStringLiteral(" ")
                + coloured(QStringLiteral("(%1)").arg(QLatin1String(claim.jsonType)), Colour::Dim) + kBreak;
            const QString description = claim.description();
            if (!description.isEmpty())
                text += pad + coloured(description, Colour::Dim) + kBreak;
            if (claim.date && claim.date->usable())
                text += pad
                    + QStringLiteral("%1 · %2 · %3")
                          .arg(claim.date->utcText(), claim.date->localText(),
                               relativePhrase(claim.name, claim.date->seconds, verdict.evaluatedAt))
                    + kBreak;
            if (claim.date && claim.date->problem != NumericDate::Problem::None)
                text += pad + coloured(claim.date->problemText(), Colour::Yellow) + kBreak;
        }
    } else if (!token.payloadJson.isEmpty()) {
        section(tr("Payload (not a JSON object; shown as decoded)"));
        text += indentedJson(token.payloadJson) + kBreak;
    }

    section(tr("Verdict"));
    const auto verdictLine = [&](const QString &title, const TerminalText &value) {
        text += spaces(2) + title.leftJustified(10) + QStringLiteral(" ") + value + kBreak;
    };
    verdictLine(tr("Structure"),
                verdict.structureOk ? coloured(tr("ok"), Colour::Green) : coloured(tr("malformed"), Colour::Red));
    verdictLine(tr("Time"),
                coloured(verdict.timeText(), timeColour(verdict.time)) + QStringLiteral(" ")
                    + coloured(verdict.leewaySeconds > 0
                                   ? tr("(local leeway %1 s; the service allows none)").arg(verdict.leewaySeconds)
                                   : tr("(no leeway, as the service)"),
                               Colour::Dim));
    const bool signatureShown = signatureRequested || verdict.signature.status != SignatureStatus::NotChecked;
    verdictLine(tr("Signature"),
                coloured(signatureText(verdict.signature),
                         signatureShown ? signatureColour(verdict.signature.status) : Colour::Dim));

    if (!verdict.problems.isEmpty()) {
        section(tr("Problems"));
        for (const StructureProblem &problem : verdict.problems)
            text += spaces(2) + coloured(QStringLiteral("✗"), Colour::Red) + QStringLiteral(" ") + problem.message
                + kBreak;
    }
    if (!verdict.warnings.isEmpty()) {
        section(tr("Warnings"));
        for (const Warning &warning : verdict.warnings)
            text += spaces(2) + coloured(QStringLiteral("!"), Colour::Yellow) + QStringLiteral(" ") + warning.message
                + kBreak;
    }
    return text;
}

TerminalText JwtHumanOutput::auditLine(const AuditRecord &record)
{
    const Verdict &verdict = record.verdict;
    const QString sub = Claims::string(record.claims, "sub");
    TerminalText line = tr("line %1").arg(record.line).leftJustified(10) + spaces(2)
        + (verdict.structureOk ? coloured(tr("ok").leftJustified(9), Colour::Green)
                               : coloured(tr("malformed").leftJustified(9), Colour::Red))
        + spaces(2) + coloured(verdict.timeText(), timeColour(verdict.time)) + spaces(2)
        + coloured(signatureStatusName(verdict.signature.status), signatureColour(verdict.signature.status));
    if (!sub.isEmpty())
        line += QStringLiteral("  sub=") + sub;
    line += spaces(2) + coloured(shortRedacted(record.token), Colour::Dim);
    if (!verdict.structureOk && !verdict.problems.isEmpty())
        line += kBreak + spaces(12) + verdict.problems.first().message;
    return line;
}

TerminalText JwtHumanOutput::auditSummary(const AuditSummary &summary)
{
    TerminalText text = kBreak + coloured(tr("Summary"), Colour::Bold) + kBreak;
    text += tr("  %1 lines, %2 tokens").arg(summary.lines).arg(summary.tokens) + kBreak;
    const auto table = [&](const QString &title, const QMap<QString, qint64> &map) {
        text += spaces(2) + coloured(title, Colour::Cyan) + kBreak;
        // The keys are the tokens' own issuers and key ids: values, escaped like any other.
        for (auto it = map.begin(); it != map.end(); ++it)
            text += spaces(4) + QString::number(it.value()).rightJustified(8) + QStringLiteral(" ") + it.key() + kBreak;
    };
    table(tr("Structure"), summary.structure);
    table(tr("Time"), summary.time);
    table(tr("Signature"), summary.signature);
    table(tr("Expiry"), summary.expiry);
    table(tr("Issuers"), summary.issuers);
    table(tr("Key ids"), summary.kids);
    return text;
}

} // namespace vendo::cli

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

QString indent(const QString &text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    return pad + QString(text).replace(QLatin1Char('\n'), QLatin1Char('\n') + pad);
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

QString JwtHumanOutput::report(const AuditRecord &record, bool signatureRequested)
{
    const DecodedJwt &token = record.token;
    const Verdict &verdict = record.verdict;
    QString text;
    const auto section
        = [&](const QString &title) { text += QLatin1Char('\n') + coloured(title, Colour::Bold) + QLatin1Char('\n'); };

    text += coloured(tr("Token"), Colour::Bold) + QLatin1Char(' ') + token.redacted() + QLatin1Char('\n');
    for (const QString &note : token.cleanup)
        text += coloured(QStringLiteral("  · ") + note, Colour::Dim) + QLatin1Char('\n');

    if (!token.headerJson.isEmpty()) {
        section(token.isJwe ? tr("JWE header") : tr("Header"));
        text += indent(QString::fromUtf8(RawJson::prettyPrint(token.headerJson)), 2) + QLatin1Char('\n');
    }
    if (!record.claims.isEmpty()) {
        section(tr("Claims"));
        qsizetype width = 0;
        for (const Claim &claim : record.claims)
            width = qMax(width, claim.name.size());
        for (const Claim &claim : record.claims) {
            QString value = QString::fromUtf8(claim.rawValue);
            if (value.size() > 100)
                value = value.left(97) + QStringLiteral("...");
            text += QStringLiteral("  %1  %2 %3\n")
                        .arg(coloured(QString::fromUtf8(claim.name).leftJustified(width), Colour::Cyan), value,
                             coloured(QStringLiteral("(%1)").arg(QLatin1String(claim.jsonType)), Colour::Dim));
            const QString description = claim.description();
            if (!description.isEmpty())
                text += QString(width + 4, QLatin1Char(' ')) + coloured(description, Colour::Dim) + QLatin1Char('\n');
            if (claim.date && claim.date->usable())
                text += QString(width + 4, QLatin1Char(' '))
                    + QStringLiteral("%1 · %2 · %3\n")
                          .arg(claim.date->utcText(), claim.date->localText(),
                               relativePhrase(claim.name, claim.date->seconds, verdict.evaluatedAt));
            if (claim.date && claim.date->problem != NumericDate::Problem::None)
                text += QString(width + 4, QLatin1Char(' ')) + coloured(claim.date->problemText(), Colour::Yellow)
                    + QLatin1Char('\n');
        }
    } else if (!token.payloadJson.isEmpty()) {
        section(tr("Payload (not a JSON object; shown as decoded)"));
        text += indent(QString::fromUtf8(token.payloadJson.left(2000)), 2) + QLatin1Char('\n');
    }

    section(tr("Verdict"));
    text += QStringLiteral("  %1 %2\n")
                .arg(tr("Structure").leftJustified(10),
                     verdict.structureOk ? coloured(tr("ok"), Colour::Green) : coloured(tr("malformed"), Colour::Red));
    text += QStringLiteral("  %1 %2 %3\n")
                .arg(tr("Time").leftJustified(10), coloured(verdict.timeText(), timeColour(verdict.time)),
                     coloured(tr("(leeway %1 s)").arg(verdict.leewaySeconds), Colour::Dim));
    if (signatureRequested || verdict.signature.status != SignatureStatus::NotChecked)
        text += QStringLiteral("  %1 %2\n")
                    .arg(tr("Signature").leftJustified(10),
                         coloured(signatureText(verdict.signature), signatureColour(verdict.signature.status)));
    else
        text += QStringLiteral("  %1 %2\n")
                    .arg(tr("Signature").leftJustified(10), coloured(signatureText(verdict.signature), Colour::Dim));

    if (!verdict.problems.isEmpty()) {
        section(tr("Problems"));
        for (const StructureProblem &problem : verdict.problems)
            text += QStringLiteral("  %1 %2\n").arg(coloured(QStringLiteral("✗"), Colour::Red), problem.message);
    }
    if (!verdict.warnings.isEmpty()) {
        section(tr("Warnings"));
        for (const Warning &warning : verdict.warnings)
            text += QStringLiteral("  %1 %2\n").arg(coloured(QStringLiteral("!"), Colour::Yellow), warning.message);
    }
    return text;
}

QString JwtHumanOutput::auditLine(const AuditRecord &record)
{
    const Verdict &verdict = record.verdict;
    const QString sub = Claims::string(record.claims, "sub");
    QString line
        = QStringLiteral("%1  %2  %3  %4")
              .arg(tr("line %1").arg(record.line).leftJustified(10),
                   verdict.structureOk ? coloured(tr("ok").leftJustified(9), Colour::Green)
                                       : coloured(tr("malformed").leftJustified(9), Colour::Red),
                   coloured(verdict.timeText(), timeColour(verdict.time)),
                   coloured(signatureStatusName(verdict.signature.status), signatureColour(verdict.signature.status)));
    if (!sub.isEmpty())
        line += QStringLiteral("  sub=") + sub;
    line += QStringLiteral("  ") + coloured(shortRedacted(record.token), Colour::Dim);
    if (!verdict.structureOk && !verdict.problems.isEmpty())
        line += QStringLiteral("\n            ") + verdict.problems.first().message;
    return line;
}

QString JwtHumanOutput::auditSummary(const AuditSummary &summary)
{
    QString text = QLatin1Char('\n') + coloured(tr("Summary"), Colour::Bold) + QLatin1Char('\n');
    text += tr("  %1 lines, %2 tokens\n").arg(summary.lines).arg(summary.tokens);
    const auto table = [&](const QString &title, const QMap<QString, qint64> &map) {
        text += QStringLiteral("  %1\n").arg(coloured(title, Colour::Cyan));
        for (auto it = map.begin(); it != map.end(); ++it)
            text += QStringLiteral("    %1 %2\n").arg(QString::number(it.value()).rightJustified(8), it.key());
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

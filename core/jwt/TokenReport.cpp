#include "jwt/TokenReport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vendo::jwt {

namespace {

// Bulk decoding skips building objects; the report builds them only when it needs them.
QJsonValue objectOrNull(const std::optional<QJsonObject> &object, bool isObject, const QByteArray &json)
{
    if (object)
        return *object;
    if (!isObject)
        return QJsonValue(QJsonValue::Null);
    return QJsonDocument::fromJson(json).object();
}

} // namespace

QJsonObject TokenReport::problemJson(const StructureProblem &problem)
{
    QJsonObject object { { QLatin1String("segment"), segmentName(problem.segment) },
                         { QLatin1String("code"), structureErrorName(problem.error) },
                         { QLatin1String("message"), problem.message } };
    if (problem.tokenOffset >= 0)
        object.insert(QLatin1String("token_offset"), problem.tokenOffset);
    if (problem.decodedOffset >= 0)
        object.insert(QLatin1String("decoded_offset"), problem.decodedOffset);
    return object;
}

QJsonObject TokenReport::verdictJson(const Verdict &verdict)
{
    QJsonObject object {
        { QLatin1String("structure"), verdict.structureOk ? QStringLiteral("ok") : QStringLiteral("malformed") },
        { QLatin1String("time"), timeStatusName(verdict.time) },
        { QLatin1String("signature"), signatureStatusName(verdict.signature.status) },
        { QLatin1String("evaluated_at"), verdict.evaluatedAt },
        { QLatin1String("leeway_s"), verdict.leewaySeconds },
    };
    if (verdict.time == TimeStatus::Valid)
        object.insert(QLatin1String("expires_in_s"), verdict.timeDeltaSeconds);
    else if (verdict.time == TimeStatus::Expired)
        object.insert(QLatin1String("expired_for_s"), verdict.timeDeltaSeconds);
    else if (verdict.time == TimeStatus::NotYetValid)
        object.insert(QLatin1String("valid_in_s"), verdict.timeDeltaSeconds);
    if (!verdict.signature.detail.isEmpty())
        object.insert(QLatin1String("signature_detail"), verdict.signature.detail);
    if (!verdict.signature.keyKid.isEmpty())
        object.insert(QLatin1String("key_kid"), verdict.signature.keyKid);
    return object;
}

QJsonObject TokenReport::toJson(const DecodedJwt &token, const QList<Claim> &claims, const Verdict &verdict)
{
    QJsonObject input { { QLatin1String("bytes"), token.token.size() },
                        { QLatin1String("segments"), token.segments.size() },
                        { QLatin1String("jwe"), token.isJwe },
                        { QLatin1String("redacted"), token.redacted() },
                        { QLatin1String("cleanup"), QJsonArray::fromStringList(token.cleanup) } };

    QJsonArray claimArray;
    for (const Claim &claim : claims) {
        QJsonObject entry { { QLatin1String("name"), QString::fromUtf8(claim.name) },
                            { QLatin1String("raw"), QString::fromUtf8(claim.rawValue) },
                            { QLatin1String("type"), QLatin1String(claim.jsonType) } };
        const QString description = claim.description();
        if (!description.isEmpty())
            entry.insert(QLatin1String("description"), description);
        if (claim.date) {
            if (claim.date->usable()) {
                entry.insert(QLatin1String("utc"), claim.date->utc().toString(Qt::ISODate));
                const QDateTime local = claim.date->local();
                entry.insert(
                    QLatin1String("local"),
                    QDateTime::fromSecsSinceEpoch(claim.date->seconds, Qt::OffsetFromUTC, local.offsetFromUtc())
                        .toString(Qt::ISODate));
                entry.insert(QLatin1String("relative"),
                             relativePhrase(claim.name, claim.date->seconds, verdict.evaluatedAt));
            }
            if (claim.date->problem != NumericDate::Problem::None)
                entry.insert(QLatin1String("date_problem"), claim.date->problemText());
        }
        claimArray.append(entry);
    }

    QJsonArray warnings;
    for (const Warning &warning : verdict.warnings)
        warnings.append(
            QJsonObject { { QLatin1String("code"), warning.code }, { QLatin1String("message"), warning.message } });
    QJsonArray errors;
    for (const StructureProblem &problem : verdict.problems)
        errors.append(problemJson(problem));

    return QJsonObject {
        { QLatin1String("input"), input },
        { QLatin1String("header"), objectOrNull(token.header, token.headerIsObject, token.headerJson) },
        { QLatin1String("payload"), objectOrNull(token.payload, token.payloadIsObject, token.payloadJson) },
        { QLatin1String("claims"), claimArray },
        { QLatin1String("verdict"), verdictJson(verdict) },
        { QLatin1String("warnings"), warnings },
        { QLatin1String("errors"), errors },
    };
}

} // namespace vendo::jwt

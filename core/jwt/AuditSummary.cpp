#include "jwt/AuditSummary.h"

namespace vendo::jwt {

namespace {

void count(QMap<QString, qint64> &map, const QString &key, bool bounded, qint64 by = 1)
{
    const QString name = key.isEmpty() ? QStringLiteral("(none)") : key;
    auto it = map.find(name);
    if (it != map.end()) {
        it.value() += by;
        return;
    }
    if (bounded && map.size() >= AuditSummary::kMaxDistinct) {
        map[QStringLiteral("(other)")] += by;
        return;
    }
    map.insert(name, by);
}

void mergeInto(QMap<QString, qint64> &map, const QMap<QString, qint64> &other, bool bounded)
{
    for (auto it = other.begin(); it != other.end(); ++it)
        count(map, it.key(), bounded, it.value());
}

QJsonObject toObject(const QMap<QString, qint64> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QString AuditSummary::expiryBucket(const Verdict &verdict)
{
    const qint64 delta = verdict.timeDeltaSeconds;
    switch (verdict.time) {
    case TimeStatus::Expired:
        if (delta > 86400)
            return QStringLiteral("expired > 1 d");
        if (delta > 3600)
            return QStringLiteral("expired 1 h - 1 d");
        return QStringLiteral("expired < 1 h");
    case TimeStatus::Valid:
        if (delta < 300)
            return QStringLiteral("valid < 5 min");
        if (delta <= 3600)
            return QStringLiteral("valid 5 - 60 min");
        return QStringLiteral("valid > 1 h");
    case TimeStatus::NotYetValid:
        return QStringLiteral("not yet valid");
    case TimeStatus::NoExp:
        return QStringLiteral("no exp");
    case TimeStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

void AuditSummary::add(const Verdict &verdict, const QString &issuer, const QString &kid)
{
    ++tokens;
    count(structure, verdict.structureOk ? QStringLiteral("ok") : QStringLiteral("malformed"), false);
    count(time, timeStatusName(verdict.time), false);
    count(signature, signatureStatusName(verdict.signature.status), false);
    count(issuers, issuer, true);
    count(kids, kid, true);
    count(expiry, expiryBucket(verdict), false);
}

void AuditSummary::merge(const AuditSummary &other)
{
    lines += other.lines;
    tokens += other.tokens;
    mergeInto(structure, other.structure, false);
    mergeInto(time, other.time, false);
    mergeInto(signature, other.signature, false);
    mergeInto(issuers, other.issuers, true);
    mergeInto(kids, other.kids, true);
    mergeInto(expiry, other.expiry, false);
}

QJsonObject AuditSummary::toJson() const
{
    return QJsonObject {
        { QLatin1String("lines"), lines },
        { QLatin1String("tokens"), tokens },
        { QLatin1String("structure"), toObject(structure) },
        { QLatin1String("time"), toObject(time) },
        { QLatin1String("signature"), toObject(signature) },
        { QLatin1String("issuers"), toObject(issuers) },
        { QLatin1String("kids"), toObject(kids) },
        { QLatin1String("expiry"), toObject(expiry) },
    };
}

} // namespace vendo::jwt

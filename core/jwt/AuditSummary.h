#pragma once

#include "jwt/Verdict.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace vendo::jwt {

// Counts over a bulk audit. Bounded: issuers and kids beyond kMaxDistinct are counted as "(other)",
// so a hostile input cannot grow it without limit.
struct AuditSummary
{
    static constexpr int kMaxDistinct = 1000;

    qint64 lines = 0;
    qint64 tokens = 0;
    QMap<QString, qint64> structure; // "ok" / "malformed"
    QMap<QString, qint64> time; // timeStatusName()
    QMap<QString, qint64> signature; // signatureStatusName()
    QMap<QString, qint64> issuers; // "(none)" when absent
    QMap<QString, qint64> kids; // "(none)" when absent
    QMap<QString, qint64> expiry; // expiryBucket()

    void add(const Verdict &verdict, const QString &issuer, const QString &kid);
    // Adds another summary's counts (a batch judged on a worker thread), with the same bound; `lines` too.
    void merge(const AuditSummary &other);
    QJsonObject toJson() const;

    // "expired > 1 d", "expired 1 h – 1 d", "expired < 1 h", "valid < 5 min", "valid 5 – 60 min",
    // "valid > 1 h", "not yet valid", "no exp", "unknown": stable keys, also used in --json.
    static QString expiryBucket(const Verdict &verdict);
};

} // namespace vendo::jwt

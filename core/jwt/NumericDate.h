#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

namespace vendo::jwt {

// A JWT NumericDate (RFC 7519 section 2): seconds since the epoch. Tokens in the wild carry strings,
// fractions and floats too; those are read where possible and flagged.
struct NumericDate
{
    enum class Problem { None, Fractional, NotANumber, OutOfRange };

    qint64 seconds = 0; // truncated toward zero when fractional
    Problem problem = Problem::None;

    // From a claim's raw JSON text.
    static NumericDate fromRawJson(QByteArrayView raw);

    bool usable() const { return problem == Problem::None || problem == Problem::Fractional; }
    QDateTime utc() const { return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC); }
    QDateTime local() const { return QDateTime::fromSecsSinceEpoch(seconds, Qt::LocalTime); }
    // "2026-01-01 01:00:00 UTC"
    QString utcText() const;
    QString localText() const;
    // Translated problem text, empty when None.
    QString problemText() const;
};

// How far apart two moments are, for people: "45 s", "12 min", "3 h", "2 d" (absolute value).
QString humanDuration(qint64 seconds);

// The relative phrase for a date claim seen at `now`: "expires in 12 min" / "expired 3 h ago" (exp),
// "valid in 5 min" / "valid since 2 h ago" (nbf), "issued 3 min ago" / "issued in 2 min — in the
// future" (iat, auth_time). Translated.
QString relativePhrase(QByteArrayView claim, qint64 claimSeconds, qint64 nowSeconds);

} // namespace vendo::jwt

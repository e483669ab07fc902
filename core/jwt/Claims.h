#pragma once

#include "jwt/DecodedJwt.h"
#include "jwt/NumericDate.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace vendo::jwt {

// One payload member as the issuer wrote it.
struct Claim
{
    QByteArray name;
    QByteArray rawValue; // the JSON text, byte for byte (big integers and key order intact)
    // The payload JSON that `name` and `rawValue` may point into without copying (a shared, never
    // modified QByteArray): it keeps those bytes alive as long as the claim lives.
    QByteArray source;
    const char *jsonType = ""; // "string", "number", "boolean", "null", "object", "array"
    std::optional<NumericDate> date; // for exp, nbf, iat, auth_time

    // Translated description of a known claim; empty for claims neither RFC 7519 nor Vendo define.
    QString description() const;
    bool isRegistered() const; // RFC 7519 section 4.1
};

class Claims
{
public:
    // Every top-level member of the payload, in order. Empty when the payload is not a JSON object.
    static QList<Claim> fromToken(const DecodedJwt &token);
    static QList<Claim> fromPayloadJson(QByteArrayView payloadJson);
    // Claims whose name/rawValue point into `payloadJson` itself (shared via Claim::source, no copies).
    static QList<Claim> fromShared(const QByteArray &payloadJson);
    // The description of `name` (translated), empty if unknown.
    static QString describe(QByteArrayView name);
    static bool isDateClaim(QByteArrayView name);
    static const Claim *find(const QList<Claim> &claims, QByteArrayView name);
    // The claim's string value (unescaped); empty when absent or not a string.
    static QString string(const QList<Claim> &claims, QByteArrayView name);
};

} // namespace vendo::jwt

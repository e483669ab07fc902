#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace vendo::jwt {

// A header that names extensions a recipient must understand (RFC 7515 section 4.1.11): this tool
// implements none, so a token with "crit" (or RFC 7797's unencoded payload, "b64": false) is one a
// verifier must reject, whatever its signature. A DecodedJwt structure problem.
struct CriticalHeaderProblem
{
    qsizetype offset = 0; // of the offending member's key in the header JSON
    QString message; // translated
};

// `headerJson` is a valid JSON object. nullopt when it has no "crit" and no "b64": false.
std::optional<CriticalHeaderProblem> criticalHeaderProblem(QByteArrayView headerJson);

} // namespace vendo::jwt

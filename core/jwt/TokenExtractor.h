#pragma once

#include <QByteArrayView>
#include <QList>

namespace vendo::jwt {

// Finds identity tokens in a line of text: a bare token (even a malformed one) or tokens embedded in
// log lines, headers, JSON or curl commands.
class TokenExtractor
{
public:
    // Views into `line`. A JWS/JWE starts with a base64url JSON object ("eyJ") and has at least one
    // dot; when there is none, a line that is one whitespace-free word is returned as it is, so that a
    // damaged token still gets its structural verdict.
    static QList<QByteArrayView> extract(QByteArrayView line);
};

} // namespace vendo::jwt

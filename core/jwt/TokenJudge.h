#pragma once

#include "jwt/Claims.h"
#include "jwt/Clock.h"
#include "jwt/Verdict.h"

namespace vendo::jwt {

// Turns a decoded token (and an optional signature check) into a Verdict at the clock's "now".
class TokenJudge
{
public:
    static Verdict judge(const DecodedJwt &token, const Clock &clock, const VerdictOptions &options = {},
                         const SignatureCheck &signature = {});
    // When the caller already holds the claims (they are needed for display anyway).
    static Verdict judge(const DecodedJwt &token, const QList<Claim> &claims, const Clock &clock,
                         const VerdictOptions &options = {}, const SignatureCheck &signature = {});
};

} // namespace vendo::jwt

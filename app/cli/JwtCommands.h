#pragma once

#include <QStringList>

namespace vendo::cli {

// decode [TOKEN|-], verify [TOKEN|-] --jwks FILE|URL | --key FILE | --secret-file FILE, audit FILE|-.
// Exit codes: 0 the token(s) would be accepted (verify: signature valid and within its lifetime;
// decode: structurally sound), 2 usage error, 3 malformed input or a token that would be refused
// (signature not valid, expired, not yet valid, an unsupported "crit", an issuer or audience other
// than --expect-iss/--expect-aud), 4 the JWKS could not be fetched.
int runDecode(const QStringList &arguments);
int runVerify(const QStringList &arguments);
int runAudit(const QStringList &arguments);

} // namespace vendo::cli

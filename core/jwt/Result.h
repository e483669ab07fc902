#pragma once

#include <QString>

#include <expected>

namespace vendo::jwt {

// Why a key could not be read or made, or a token not signed: the jwt module's one error type
// (docs/architecture.md, "Errors"). The message is translated and complete; front ends show it as it is.
struct Problem
{
    enum class Kind {
        InvalidKey, // the key data is malformed or inconsistent (JSON, PEM, JWK members, sizes)
        UnsupportedKey, // well formed, but a key type, curve or algorithm this program does not handle
        NotUsable, // the key cannot do what was asked (a public key cannot sign, a key for another algorithm)
        CryptoFailure, // OpenSSL or the random generator failed
    };
    Kind kind = Kind::InvalidKey;
    QString message; // translated: what is wrong, for a person

    friend bool operator==(const Problem &, const Problem &) = default;
};

// A value or the Problem that prevented it. The error side is built with std::unexpected(problem).
template<typename T> using Result = std::expected<T, Problem>;

} // namespace vendo::jwt

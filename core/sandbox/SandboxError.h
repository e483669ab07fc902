#pragma once

#include <QString>

#include <expected>

namespace vendo::sandbox {

// Why the sandbox could not do something: the sandbox's one error type (docs/architecture.md,
// "Errors"). Scenario errors name the file and the JSON path of the bad field.
struct SandboxError
{
    enum class Kind {
        Scenario, // a scenario file or document is unreadable or invalid
        SigningKey, // the signing key could not be generated or read from the scenario
        Listen, // the port is in use or not allowed
        UnknownUser, // mintToken: the scenario has no such user
        SigningFailed, // mintToken: the token could not be signed
        UnknownConnection, // changeConnection: the owner has no connection for the slug
    };

    QString source; // scenario errors: the file name or "<scenario>"
    QString path; // scenario errors: the JSON path of the bad field, e.g. "faults[2].status"
    QString message; // translated
    Kind kind = Kind::Scenario;

    static SandboxError make(Kind kind, const QString &message) { return { {}, {}, message, kind }; }

    // "source: path: message" for scenario errors; the message otherwise.
    QString toString() const;
};

// A T or the SandboxError that prevented it. The error side is built with std::unexpected(error).
template<typename T> using SandboxResult = std::expected<T, SandboxError>;

} // namespace vendo::sandbox

#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vendo::sandbox {

// Which endpoint a fault applies to. Slug faults always apply to the single-token endpoint and
// turn the slug's entry of a bulk answer into null.
enum class FaultEndpoint { Any, Token, Bulk, Connections, Balance, Jwks };

// How the answer travels: normally, or broken at the transport/format level.
enum class FaultTransport { None, MalformedJson, WrongContentType, Oversized, Drop, Hang };

// The error body shapes of docs/service-contract.md "Errors".
enum class ErrorShape {
    ErrorObject, // {"error":{"code","message","slug","retry_after","connect_url","suggested_fix"}}
    ErrorMessage, // {"error":{"message"}}
    Message, // {"message"}
    ErrorString, // {"error": string, "detail": string} (the credentials service's own shape)
    Empty, // no body at all
};

enum class CodePlacement { HeaderAndBody, Header, Body };
enum class RetryAfterFormat { Seconds, HttpDate };

struct Fault
{
    QString path; // where it came from in the scenario, e.g. "faults[3]" (for messages and docs)
    QString slug; // empty: any slug / not slug-bound
    FaultEndpoint endpoint = FaultEndpoint::Any;
    QString userId; // empty: any caller; else only requests scoped to this user

    int latencyMs = 0;
    int status = 0; // 0: no error answer (latency/transport-only fault, or success after latency)
    QString code;
    CodePlacement codePlacement = CodePlacement::HeaderAndBody;
    ErrorShape shape = ErrorShape::ErrorObject;
    QString message;
    QString suggestedFix;
    QString connectUrl; // "{origin}" and "{app_key}" (the caller's key) are replaced
    std::optional<int> retryAfterSeconds;
    RetryAfterFormat retryAfterFormat = RetryAfterFormat::Seconds;
    FaultTransport transport = FaultTransport::None;
    QByteArray contentType; // for WrongContentType; default text/html
    int failTimes = 0; // 0: always; N: the first N matching requests per client, then normal service

    bool isErrorAnswer() const { return status != 0; }
};

} // namespace vendo::sandbox

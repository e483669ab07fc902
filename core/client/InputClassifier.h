#pragma once

#include "client/HeaderBlock.h"
#include "client/TokenFinder.h"

#include <optional>

namespace vendo::client {

// One identity the operator could inspect: the X-Vendo-User-JWT of a captured request (what
// forRequest would find, or the IdentityNotPresent it would raise), or a token found in text.
struct IdentityCandidate
{
    enum class Origin { Request, Text };
    Origin origin = Origin::Text;
    // No identity until one is found (a default-constructed std::expected would hold an empty one).
    Result<UserIdentity> identity = std::unexpected(VendoError {});
    // Origin::Request: which request (index into InputClassification::requests), and its headers' names
    // (to explain what was there instead of an identity).
    qsizetype request = -1;
    QStringList headerNames;
    // Origin::Text: the 1-based line where the token starts and how many lines it was wrapped across.
    qsizetype line = 0;
    int wrappedLines = 1;
    // TokenFinder::jwtLikeness of the token (0 when there is none).
    int score = 0;
};

// What a paste, a drop or a file is, and the identities in it: decided here once, for the identity
// panel and for the CLI's `headers`, `--headers-file` and `--jwt-file` (docs/architecture.md, "From a
// paste to a verdict").
struct InputClassification
{
    enum class Kind {
        Empty, // nothing but blanks
        Token, // one token (or one word shaped like a damaged one)
        Bearer, // "Bearer <token>"
        HeaderLines, // "Name: value" lines, HTTP/2 pseudo-headers included
        DevToolsList, // Chrome DevTools' names and values on alternating lines
        Curl,
        Har,
        JsonHeaders, // a JSON object of header names and values
        Text, // prose, an email, a chat message or a log: tokens in it, or none
    };
    Kind kind = Kind::Empty;
    // The requests of a header block, curl command or HAR file (empty for a token or text).
    QList<CapturedRequest> requests;
    HeaderBlock::Format requestFormat = HeaderBlock::Format::Lines; // how `requests` were written
    // Why the input is not a header block (set whenever `requests` is empty and the input is not empty).
    std::optional<VendoError> notARequest;
    // The input as a whole cannot be used (too large to be a token or text with tokens).
    std::optional<VendoError> error;
    // Requests first, in order; then tokens found in the text, most JWT-like first. Tokens are offered
    // beside requests only when no request carries an identity.
    QList<IdentityCandidate> candidates;
    qsizetype tokensInText = 0; // distinct tokens found in the text, offered or not
    qsizetype tokensNotOffered = 0; // past TokenFinder::kMaxCandidates
    // The first request that carries an identity (index into `requests`), or -1.
    qsizetype firstRequestWithIdentity = -1;

    bool isRequestBlock() const { return !requests.isEmpty(); }
    // What forRequest finds in request `index` (the X-Vendo-User-JWT joined again when a mail wrapped
    // it), or the error it raises.
    Result<UserIdentity> requestIdentity(qsizetype index) const;
    // No candidate at all: text without anything shaped like an identity token.
    bool noIdentityToken() const { return !error && kind != Kind::Empty && candidates.isEmpty(); }
    // The candidate to start with: the first request carrying an identity; else, when no request was
    // found, the most JWT-like token; else the first candidate (a request that explains itself).
    qsizetype preferredCandidate() const;
    // Stable names for --json and logs: "empty", "token", "bearer", "lines", "devtools", "curl", "har",
    // "json", "text".
    static QString kindName(Kind kind);
};

class InputClassifier
{
public:
    static InputClassification classify(const QByteArray &text);
};

} // namespace vendo::client

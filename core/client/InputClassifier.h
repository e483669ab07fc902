#pragma once

#include "client/HeaderBlock.h"
#include "client/TokenFinder.h"
#include "jwt/Clock.h"
#include "jwt/Verdict.h"

#include <optional>

class QIODevice;

namespace vendo::client {

// What the picker says of a candidate's token before anything is sent: whether it is well formed and
// valid now by the service's rules (no leeway for exp), and whose it is.
struct CandidateToken
{
    bool structureOk = false;
    jwt::TimeStatus time = jwt::TimeStatus::Unknown;
    QString timeText; // "valid, expires in 12 min", "expired 3 h ago", ... (jwt::Verdict::timeText)
    QString subject; // sub
    QString tenant; // app_metadata.tenant_id
    QString email;
    qint64 issuedAt = -1; // iat, seconds since the epoch; -1 when absent
    bool validNow() const { return structureOk && time == jwt::TimeStatus::Valid; }
};

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
    // Origin::Text from a HAR: the token was sent as "Authorization: Bearer" by request `request`,
    // which has no X-Vendo-User-JWT (forRequest would not find it).
    bool bearerOnly = false;
    std::optional<CandidateToken> token; // when `identity` holds one
    // When it was sent: the request's start time (HAR) or the token's iat, in ms since the epoch; -1 unknown.
    qint64 recency = -1;
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
    // Requests in the input, listed or not (a HAR's listing is capped: HarReader), and how many of them
    // carry X-Vendo-User-JWT, or only a JWT as "Authorization: Bearer".
    qsizetype requestCount = 0;
    qsizetype identityRequestCount = 0;
    qsizetype bearerOnlyRequestCount = 0;
    // Requests carrying an identity that are counted but not listed (past the cap).
    qsizetype identityRequestsNotListed = 0;
    // When some requests carry an identity only those are candidates; the others are counted here.
    qsizetype requestsWithoutIdentityNotOffered = 0;

    bool isRequestBlock() const { return !requests.isEmpty(); }
    // What forRequest finds in request `index` (the X-Vendo-User-JWT joined again when a mail wrapped
    // it), or the error it raises.
    Result<UserIdentity> requestIdentity(qsizetype index) const;
    // No candidate at all: text without anything shaped like an identity token.
    bool noIdentityToken() const { return !error && kind != Kind::Empty && candidates.isEmpty(); }
    // The candidate to start with: the most recent one whose token is well formed and valid now (by
    // request start time, else the token's iat, else its place in the input: the later the more recent);
    // when none is valid, the first request carrying an identity; else, when no request was found, the
    // most JWT-like token; else the first candidate (a request that explains itself).
    qsizetype preferredCandidate() const;
    // The place in `requests` of the request whose CapturedRequest::index is `inputIndex`, or -1.
    qsizetype listedRequest(qsizetype inputIndex) const;
    // Stable names for --json and logs: "empty", "token", "bearer", "lines", "devtools", "curl", "har",
    // "json", "text".
    static QString kindName(Kind kind);
};

class InputClassifier
{
public:
    // `clock` judges the candidates' tokens (CandidateToken).
    static InputClassification classify(const QByteArray &text, const jwt::Clock &clock = jwt::SystemClock::instance());
    // A file or standard input: JSON (a HAR) is streamed from the device up to HarReader::kMaxInputBytes,
    // never held whole; anything else is read up to HeaderBlock::kMaxInputBytes and classified as text.
    static InputClassification classify(QIODevice &device, const jwt::Clock &clock = jwt::SystemClock::instance());
};

} // namespace vendo::client

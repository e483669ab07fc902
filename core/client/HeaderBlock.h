#pragma once

#include "client/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace vendo::client {

struct HeaderField
{
    QString name;
    QString value;
};
using HeaderList = QList<HeaderField>;

// One request found in a pasted block: a devtools copy and a curl command hold one, a HAR file may
// hold many (the UI lets the operator pick).
struct CapturedRequest
{
    QString method; // empty when the source did not say
    QString url;
    HeaderList headers;
    int status = 0; // the response's HTTP status, when the source recorded it (HAR), else 0
    QString time; // when the request started, as the source wrote it (HAR startedDateTime), else empty
    // Where it is in the input (0-based): HAR entries past the listing caps are counted, not listed, so
    // this is not always its place in HeaderBlock::requests.
    qsizetype index = 0;

    // "GET https://example.com/x" or a placeholder, for a picker.
    QString label() const;
    // Case-insensitive; the first match.
    std::optional<QString> header(QStringView name) const;
};

// A header block as people copy it, parsed tolerantly: `Name: value` lines (Chrome/Firefox devtools,
// HTTP/2 `:authority` pseudo-headers included), Chrome DevTools' list of names and values on
// alternating lines (`:authority`, its value, `:method`, ...), a whole curl command (-H/--header,
// quoting, line continuations), a HAR file or entry (JSON, streamed by HarReader), or a JSON object of
// name → value.
struct HeaderBlock
{
    enum class Format { Lines, DevToolsList, Curl, Har, JsonObject };

    // Text formats (lines, DevTools lists, curl). JSON (HAR) has its own, larger limit:
    // HarReader::kMaxInputBytes.
    static constexpr qsizetype kMaxInputBytes = 16 * 1024 * 1024;
    static constexpr qsizetype kMaxHeaderValueBytes = 64 * 1024;
    static constexpr qsizetype kMaxRequests = 10'000; // curl commands in one input

    Format format = Format::Lines;
    QList<CapturedRequest> requests; // at least one on success: the listed ones (HarReader says which)
    qsizetype requestCount = 0; // requests in the input, listed or not
    qsizetype identityRequestCount = 0; // of those, how many carry a non-empty X-Vendo-User-JWT
    qsizetype bearerOnlyRequestCount = 0; // carry none but send "Authorization: Bearer eyJ..." (HAR)

    // InvalidInput with a specific message when the text is empty, too large, or holds no header.
    static Result<HeaderBlock> parse(const QByteArray &text);
    // Requests in the input that are not in `requests` (past HarReader's listing caps).
    qsizetype unlistedRequests() const { return requestCount - requests.size(); }
    static QString formatName(Format format);
};

// What forRequest finds in one request's headers.
struct UserIdentity
{
    QString jwt; // trimmed X-Vendo-User-JWT value
    // The X-Vendo-User-Id/-Email/-Name/-Tenant-Id/-Role headers present, keyed by their canonical
    // names ("X-Vendo-User-Id", ...), values trimmed.
    QMap<QString, QString> identityHeaders;
};

// Case-insensitive lookup of X-Vendo-User-JWT; missing/empty/whitespace → IdentityNotPresent,
// an absurdly long value → InvalidInput.
Result<UserIdentity> identityFromHeaders(const HeaderList &headers);
HeaderList headerListFromMap(const QMap<QString, QString> &headers);
HeaderList headerListFromPairs(const QList<QPair<QByteArray, QByteArray>> &headers);

} // namespace vendo::client

#pragma once

#include "client/HeaderBlock.h"

#include <QByteArrayView>

class QIODevice;

namespace vendo::client {

// The JSON forms of a captured request, read with RapidJSON's SAX reader in chunks: a HAR file (or its
// `log`, or one entry), a request object with a `headers` array, a bare HAR headers array, or a JSON
// object of header names and values (docs/architecture.md, "HAR files of any size"). Only what the
// identity panel and `headers` use is kept: each request's method, URL, start time, response status
// and request headers. Response bodies, timings, cookies and the rest are skipped while streaming, so
// memory does not grow with the file: a 500 MB HAR keeps a few MB.
//
// Listing (HeaderBlock::requests) is bounded, and the rest is counted (HeaderBlock::requestCount):
// - requests that carry X-Vendo-User-JWT or `Authorization: Bearer` (the identity picker's candidates):
//   the first kMaxIdentityRequestsListed;
// - the others (explained as IdentityNotPresent when nothing carries an identity): the first
//   kMaxOtherRequestsListed;
// - header values other than X-Vendo-*, Authorization and HTTP/2 pseudo-headers are cut at
//   kMaxOtherHeaderValueChars, URLs at kMaxUrlChars; past kMaxListedBytes of kept text nothing more is
//   listed (a hostile file cannot make the list large).
// How HarReader cuts its input up: tests and the fuzz target use tiny chunks and a tiny string cap to
// reach every boundary with small inputs. The defaults are what the product uses.
struct HarReadTuning
{
    qint64 chunkBytes = 1024 * 1024;
    // Longer than any header value worth judging (HeaderBlock::kMaxHeaderValueBytes), so that an
    // oversized X-Vendo-User-JWT is still seen as such; longer strings end early.
    qsizetype keptStringBytes = 128 * 1024;
};

class HarReader
{
public:
    // Larger JSON input is refused before it is read: at about 200 MB/s here that is some ten seconds.
    static constexpr qint64 kMaxInputBytes = qint64(2) * 1024 * 1024 * 1024;
    static constexpr qsizetype kMaxIdentityRequestsListed = 10'000;
    static constexpr qsizetype kMaxOtherRequestsListed = 1'000;
    static constexpr qsizetype kMaxOtherHeaderValueChars = 256;
    static constexpr qsizetype kMaxUrlChars = 2'048;
    static constexpr qsizetype kMaxListedBytes = 64 * 1024 * 1024;
    // Deeper JSON is refused (a HAR is about eight levels deep; response bodies are strings).
    static constexpr int kMaxDepth = 512;

    using Tuning = HarReadTuning;

    // `json` starts with '{' or '[' after an optional UTF-8 BOM and whitespace.
    static Result<HeaderBlock> read(QByteArrayView json, const Tuning &tuning = {});
    // Streams the device from its current position. `head` is what the caller already took from it
    // (to see that it is JSON); it is read first.
    static Result<HeaderBlock> read(QIODevice &device, QByteArrayView head = {}, const Tuning &tuning = {});

    // The first byte after a UTF-8 BOM and JSON whitespace is '{' or '['.
    static bool looksLikeJson(QByteArrayView text);
};

} // namespace vendo::client

// Fuzz target: HAR files, single HAR entries, bare HAR header arrays and JSON header maps as the app
// reads them (client/HarReader.h, RapidJSON's SAX reader in chunks), and the scoped client each request
// gives. Also checks that cutting the input into tiny chunks changes nothing (every escape, surrogate
// pair, BOM and dropped string then crosses a chunk boundary), and that strings cut short (as response
// bodies are) never turn a valid input into an error or lose a request.
#include "FuzzRequests.h"
#include "FuzzTarget.h"
#include "client/HarReader.h"

namespace {

using vendo::client::HarReader;
using vendo::client::HeaderBlock;
using vendo::client::Result;

bool sameRequests(const Result<HeaderBlock> &a, const Result<HeaderBlock> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return a.error().message == b.error().message;
    if (a->format != b->format || a->requestCount != b->requestCount
        || a->identityRequestCount != b->identityRequestCount || a->requests.size() != b->requests.size())
        return false;
    for (qsizetype i = 0; i < a->requests.size(); ++i) {
        const auto &x = a->requests.at(i);
        const auto &y = b->requests.at(i);
        if (x.method != y.method || x.url != y.url || x.status != y.status || x.time != y.time || x.index != y.index
            || x.headers.size() != y.headers.size())
            return false;
        for (qsizetype h = 0; h < x.headers.size(); ++h) {
            if (x.headers.at(h).name != y.headers.at(h).name || x.headers.at(h).value != y.headers.at(h).value)
                return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = vendo::fuzz::input(data, size);
    const auto block = HeaderBlock::parse(input);
    if (block && size > 0 && (data[0] == '{' || data[0] == '['))
        VENDO_FUZZ_CHECK(block->format == HeaderBlock::Format::Har || block->format == HeaderBlock::Format::JsonObject);
    if (HarReader::looksLikeJson(input)) {
        VENDO_FUZZ_CHECK(sameRequests(block, HarReader::read(input, { 3, 128 * 1024 })));
        // Keys are strings too: 16 bytes keep every key the reader looks at ("startedDateTime").
        const auto cut = HarReader::read(input, { 5, 16 });
        if (block)
            VENDO_FUZZ_CHECK(cut && cut->requestCount == block->requestCount);
    }
    vendo::fuzz::checkRequests(block);
    return 0;
}

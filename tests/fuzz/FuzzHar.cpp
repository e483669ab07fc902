// Fuzz target: HAR files, single HAR entries, bare HAR header arrays and JSON header maps as the app
// reads them (client/HeaderBlock.h, the JSON branch), and the scoped client each request gives.
#include "FuzzRequests.h"
#include "FuzzTarget.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using vendo::client::HeaderBlock;
    const auto block = HeaderBlock::parse(vendo::fuzz::input(data, size));
    if (block && size > 0 && (data[0] == '{' || data[0] == '['))
        VENDO_FUZZ_CHECK(block->format == HeaderBlock::Format::Har || block->format == HeaderBlock::Format::JsonObject);
    vendo::fuzz::checkRequests(block);
    return 0;
}

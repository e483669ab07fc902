// Fuzz target: what forRequest does with a pasted header block, curl command or HAR file (format
// detection, curl word splitting, HAR JSON, identity header lookup, the scoped client it builds).
#include "FuzzTarget.h"
#include "client/CurlCommand.h"
#include "client/HeaderBlock.h"
#include "client/VendoClient.h"

namespace {

const vendo::client::VendoClient &client()
{
    static const vendo::client::VendoClient instance(nullptr, vendo::client::Profile {},
                                                     QStringLiteral("vendo_sk_fuzz_0000000000000000000000000"));
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text = vendo::fuzz::input(data, size);
    const auto block = vendo::client::HeaderBlock::parse(text);
    if (block.ok()) {
        for (const vendo::client::CapturedRequest &request : block->requests) {
            (void)request.label();
            (void)vendo::client::identityFromHeaders(request.headers);
        }
        const auto scoped = client().forRequest(text, block->requests.size() - 1);
        if (scoped.ok()) {
            (void)scoped->redactedJwt();
            (void)scoped->redactedRequestHeaders(true);
        }
    } else {
        (void)block.error().summary();
    }
    // The curl parser on its own, also for text the block parser recognised as another format.
    (void)vendo::client::CurlCommand::parseAll(QString::fromUtf8(text));
    return 0;
}

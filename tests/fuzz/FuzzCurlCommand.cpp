// Fuzz target: curl commands as people paste them (client/CurlCommand.h): POSIX and $'...' quoting,
// cmd.exe caret escapes, line continuations, several commands, -H in every spelling. The word splitter
// and the option reader run on the text as is (not only on what HeaderBlock recognises as curl), then
// the whole paste path.
#include "FuzzRequests.h"
#include "FuzzTarget.h"
#include "client/CurlCommand.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using vendo::client::CurlCommand;
    const QByteArray bytes = vendo::fuzz::input(data, size);
    const QString text = QString::fromUtf8(bytes);
    const auto commands = CurlCommand::splitCommands(text);
    const auto parsed = CurlCommand::parseAll(text);
    // parseAll reads what splitCommands splits: an unterminated quote is an error for both.
    VENDO_FUZZ_CHECK(commands.has_value() || !parsed.has_value());
    if (parsed) {
        VENDO_FUZZ_CHECK(!parsed->isEmpty() && commands && parsed->size() <= commands->size());
        for (const CurlCommand &command : parsed.value())
            VENDO_FUZZ_CHECK(!command.method.isEmpty());
    }
    vendo::fuzz::checkRequests(vendo::client::HeaderBlock::parse(bytes));
    return 0;
}

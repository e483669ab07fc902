// Fuzz target: a pasted header block as the app reads it (client/HeaderBlock.h): format detection,
// devtools "Name: value" lines (HTTP/1 and HTTP/2, Chrome's General section, values on the next
// line), and the scoped client the identity headers give. Curl commands and HAR files have their own
// targets (curl_command, har) with their own seeds; every format reaches the same dispatcher here.
#include "FuzzRequests.h"
#include "FuzzTarget.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    vendo::fuzz::checkRequests(vendo::client::HeaderBlock::parse(vendo::fuzz::input(data, size)));
    return 0;
}

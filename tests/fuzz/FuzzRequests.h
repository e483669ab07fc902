#pragma once

#include "client/HeaderBlock.h"

namespace vendo::fuzz {

// What the app does with the requests found in a pasted header block, curl command or HAR file
// (shared by those three targets): labels for the picker, the identity headers, and a client scoped
// to each request's user, shown redacted. Checks the promises on the way: a parse that succeeds holds
// 1 to kMaxRequests requests, an error says why, and no redacted header shows the API key or a
// token's signature.
void checkRequests(const client::Result<client::HeaderBlock> &block);

} // namespace vendo::fuzz

#pragma once

#include "client/HeaderBlock.h"

namespace vendo::client {

// A curl command line as people paste it (devtools "Copy as cURL", docs, shell history): POSIX quoting
// ('...', "...", $'...'), backslash and caret line continuations, -H/--header in every spelling.
// Several commands (";", "&&" or new lines between them) give several requests.
struct CurlCommand
{
    QString method; // -X/--request, else POST when data is given, else GET
    QString url;
    HeaderList headers; // -H, plus -A/--user-agent, -e/--referer, -b/--cookie as their headers

    static Result<QList<CurlCommand>> parseAll(const QString &text);
    // Shell-like word splitting; a nullopt word list means an unterminated quote.
    static std::optional<QList<QStringList>> splitCommands(const QString &text);
};

} // namespace vendo::client

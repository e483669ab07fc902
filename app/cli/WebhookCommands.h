#pragma once

#include <QStringList>

namespace vendo::cli {

// `webhook verify [FILE|-] [--secret-file F] [--max-age S] [--now EPOCH] [--json] [--profile NAME]`:
// the SDK's verdict on a captured delivery (a header block and body, a curl command, a HAR entry),
// with the reason and the likely cause of a refusal (docs/service-contract.md "Webhooks"). The secret
// comes from --secret-file, VENDO_WEBHOOK_SECRET or the profile's keychain entry, never from argv.
// Exit codes: 0 the SDK would accept it; 2 usage error; 3 refused, unreadable input or no secret.
int runWebhook(const QStringList &arguments);

} // namespace vendo::cli

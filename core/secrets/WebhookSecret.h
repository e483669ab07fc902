#pragma once

#include "secrets/SecretResult.h"

#include <QString>

namespace vendo::secrets {

// The webhook secret (VENDO_WEBHOOK_SECRET, docs/service-contract.md "Credentials"): the HMAC key a
// receiver verifies deliveries with. Its format is not documented, so the check is only what any
// usable secret satisfies: not empty, printable ASCII without spaces inside, at most 1024 characters.
class WebhookSecret
{
public:
    static constexpr int kMaxLength = 1024;
    static constexpr int kDisplayPrefixLength = 6;
    static constexpr const char *kEnvironmentVariable = "VENDO_WEBHOOK_SECRET";

    // The trimmed secret, or why the text is not usable (SecretFormat, and a message without it).
    static SecretCheck check(const QString &input);
    // What people see: at most its first 6 characters, fewer for a short secret (never more than a
    // quarter of it), and an ellipsis.
    static QString displayPrefix(const QString &secret);
};

} // namespace vendo::secrets

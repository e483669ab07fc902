#pragma once

#include "client/VendoClient.h"

#include <QString>

#include <chrono>

// The client operations of docs/service-contract.md as one callable shape, for the fault matrix and the load run.
namespace vendo::hostile {

enum class Operation { Token, Tokens, Connections, WhoamiApp, WhoamiUser };

QString operationName(Operation operation); // "token", "tokens", "connections", "whoami_app", "whoami_user"

// What one operation came back with. For `tokens`, the first failing slug's error (or success).
struct OperationOutcome
{
    bool finished = false; // false: no `finished` signal within the wait
    bool ok = false;
    client::VendoError error;
    int attempts = 0; // over every request the operation made
    qint64 elapsedMs = 0;
};

// Starts `operation` on `client` (a user-scoped client for every operation but WhoamiApp) and waits
// for its `finished` signal, at most `wait`. `slugs` feeds token (the first) and tokens (all).
OperationOutcome runOperation(const client::VendoClient &client, Operation operation, const QStringList &slugs,
                              std::chrono::milliseconds wait);

} // namespace vendo::hostile

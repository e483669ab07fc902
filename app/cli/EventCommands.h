#pragma once

#include <QStringList>

namespace vendo::cli {

// `events [--follow] [--since ID] [--kinds K,...] [--json]`: the app's live event stream
// (docs/service-contract.md "Live events"). One line per event (NDJSON with --json); reconnect
// messages on standard error. Without --follow it prints what the server sends at once (the replay
// after --since) and exits once the stream has been quiet for half a second.
int runEvents(const QStringList &arguments);

} // namespace vendo::cli

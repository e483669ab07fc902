#pragma once

#include "client/VendoError.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace vendo::events {

enum class StreamState {
    Idle, // not started
    Connecting, // attempt `attempt` under way
    Connected, // 200 text/event-stream, events flowing
    Reconnecting, // waiting `retryInMs` before attempt `attempt`
    StreamLimitReached, // 429 rate_limit_sse_streams: waiting `retryInMs` before attempt `attempt`
    Stopped, // by stop(), or by a failure retrying cannot fix (`error`)
};

// What the GUI and the CLI show about a stream.
struct StreamStatus
{
    StreamState state = StreamState::Idle;
    int attempt = 0; // 1 for the first connection; counts on over reconnects
    qint64 retryInMs = 0; // Reconnecting / StreamLimitReached: the wait before `attempt`
    QString lastEventId;
    qint64 eventsReceived = 0; // delivered, duplicates not counted
    qint64 duplicatesDropped = 0;
    std::optional<client::VendoError> error; // why the last connection ended or failed

    static QString stateCode(StreamState state); // "connecting", "stream_limit_reached", ...
    // One translated line: "connecting (attempt 3)", "reconnecting in 2000 ms (attempt 4)", ...
    QString summary() const;
};

} // namespace vendo::events

Q_DECLARE_METATYPE(vendo::events::StreamStatus)

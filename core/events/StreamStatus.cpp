#include "events/StreamStatus.h"

#include <QCoreApplication>

namespace vendo::events {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::events::StreamStatus)
};

} // namespace

QString StreamStatus::stateCode(StreamState state)
{
    switch (state) {
    case StreamState::Idle:
        return QStringLiteral("idle");
    case StreamState::Connecting:
        return QStringLiteral("connecting");
    case StreamState::Connected:
        return QStringLiteral("connected");
    case StreamState::Reconnecting:
        return QStringLiteral("reconnecting");
    case StreamState::StreamLimitReached:
        return QStringLiteral("stream_limit_reached");
    case StreamState::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

QString StreamStatus::summary() const
{
    switch (state) {
    case StreamState::Idle:
        return Tr::tr("not started");
    case StreamState::Connecting:
        return Tr::tr("connecting (attempt %1)").arg(attempt);
    case StreamState::Connected:
        return Tr::tr("connected");
    case StreamState::Reconnecting:
        return Tr::tr("reconnecting in %1 ms (attempt %2)").arg(retryInMs).arg(attempt);
    case StreamState::StreamLimitReached:
        return Tr::tr("stream limit reached (5 per app); retrying in %1 ms (attempt %2)").arg(retryInMs).arg(attempt);
    case StreamState::Stopped:
        return error ? Tr::tr("stopped: %1").arg(error->summary()) : Tr::tr("stopped");
    }
    return {};
}

} // namespace vendo::events

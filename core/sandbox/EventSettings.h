#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace vendo::sandbox {

// A change to one seeded connection, made by the admin API or a scenario's timeline. Unset members
// stay as they are. docs/sandbox.md "Live events" says which event each change emits.
struct ConnectionChange
{
    std::optional<QString> status; // connected, available, needs_reauth, error
    std::optional<QJsonValue> errorMessage; // a string, or null to clear it
    std::optional<bool> revoked;

    bool isEmpty() const { return !status && !errorMessage && !revoked; }
};

// "Bob's google becomes connected 20 s after start".
struct TimelineEntry
{
    QString path; // "events.timeline[0]", for messages
    int afterMs = 0; // after SandboxServer::start()
    QString owner; // a user id or a tenant id, as in connections[]
    QString slug;
    ConnectionChange change;
};

// A fault of the event stream itself. It applies to the first `failTimes` streams opened (0: all).
struct StreamFault
{
    QString path;
    int dropAfterEvents = 0; // > 0: close the connection after this many events (replayed ones count)
    int stallAfterEvents = -1; // >= 0: after this many events, neither events nor pings (a dead stream)
    int failTimes = 0;

    bool isActive() const { return dropAfterEvents > 0 || stallAfterEvents >= 0; }
};

// The scenario's "events" member.
struct EventSettings
{
    int pingIntervalMs = 25'000; // docs/service-contract.md "Live events": a ping every 25 s
    QList<TimelineEntry> timeline;
    QList<StreamFault> streamFaults;
};

} // namespace vendo::sandbox

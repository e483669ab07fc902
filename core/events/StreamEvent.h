#pragma once

#include "events/SseParser.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace vendo::events {

// The kinds docs/service-contract.md "Live events" lists; anything else is Unknown and shown as it came.
enum class EventKind {
    ConnectionConnected,
    ConnectionDisconnected,
    ConnectionChanged,
    ConnectionStatusChanged,
    BillingUsageRecorded,
    BillingBalanceChanged,
    BillingCapWarned,
    BillingCapTripped,
    Unknown,
};

// One live event, typed. The JSON always carries `id`, `at` and `kind`; the other fields belong to
// their kinds and stay empty/zero for the others.
struct StreamEvent
{
    QString id; // the JSON's id, else the SSE id
    QString sseId; // the stream's last event ID at dispatch (what a reconnect sends back)
    QString wireKind; // as it came: the JSON's kind, else the `event:` field
    EventKind kind = EventKind::Unknown;
    bool legacyAlias = false; // connection_created / _deleted / _updated
    QDateTime at; // UTC; invalid when absent or unreadable
    QString slug;
    QString connectionId;
    QString status;
    QString provider;
    qint64 micros = 0;
    qint64 remainingMicros = 0;
    QString window;
    double pct = 0;
    QJsonObject json; // the whole payload
    QString rawData; // the data as it came (for a payload that is not a JSON object)
    QString problem; // translated; set when the payload lacks what its kind needs

    static StreamEvent fromSse(const SseMessage &message);
    // The canonical wire name ("connection.connected", ...); empty for Unknown.
    static QString kindName(EventKind kind);
    // The kind a wire name stands for, legacy aliases included.
    static EventKind kindFromName(const QString &name, bool *legacy = nullptr);
    // The key that identifies this event across a reconnect's replay; empty: cannot be deduplicated.
    QString dedupeKey() const { return sseId.isEmpty() ? id : sseId; }
    // One translated line for a person.
    QString summary() const;
};

} // namespace vendo::events

Q_DECLARE_METATYPE(vendo::events::StreamEvent)

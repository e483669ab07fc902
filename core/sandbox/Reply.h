#pragma once

#include "sandbox/EventSettings.h"
#include "sandbox/Fault.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <chrono>
#include <optional>

namespace vendo::sandbox {

// An answer decided by the service logic, before the writer puts it on the wire (or breaks it).
struct Reply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type, Content-Length, X-Request-Id
    QByteArray body;
    FaultTransport transport = FaultTransport::None; // only Drop and Hang reach the writer
    std::chrono::milliseconds latency { 0 };
    // Set by the events endpoint: SandboxServer opens the app's event stream instead of answering.
    struct EventStreamOpening
    {
        QString tenantId;
        StreamFault fault;
    };
    std::optional<EventStreamOpening> eventStream;

    static Reply json(int status, const QJsonObject &object);
    void setHeader(const QByteArray &name, const QByteArray &value);
};

// Builds the error answer a fault (or a derived service error) describes: status, the
// Vendo-Error-Code header, Retry-After, and the body in the chosen shape.
Reply errorReply(const Fault &fault, const QString &origin, const QDateTime &now);

// Applies a body-level transport fault (malformed JSON, wrong content type, oversized body) to a
// reply; Drop and Hang are kept for the writer.
void applyTransport(Reply &reply, const Fault &fault);

// RFC 7231 IMF-fixdate, e.g. "Tue, 24 Nov 2026 21:00:00 GMT".
QByteArray httpDate(const QDateTime &time);

} // namespace vendo::sandbox

#include "events/StreamEvent.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace vendo::events {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::events::StreamEvent)
};

struct KindName
{
    const char *name;
    EventKind kind;
    bool legacy;
};

constexpr KindName kKindNames[] = {
    { "connection.connected", EventKind::ConnectionConnected, false },
    { "connection.disconnected", EventKind::ConnectionDisconnected, false },
    { "connection.changed", EventKind::ConnectionChanged, false },
    { "connection.status_changed", EventKind::ConnectionStatusChanged, false },
    { "billing.usage_recorded", EventKind::BillingUsageRecorded, false },
    { "billing.balance_changed", EventKind::BillingBalanceChanged, false },
    { "billing.cap_warned", EventKind::BillingCapWarned, false },
    { "billing.cap_tripped", EventKind::BillingCapTripped, false },
    // Older servers' spellings (docs/service-contract.md "Live events").
    { "connection_created", EventKind::ConnectionConnected, true },
    { "connection_deleted", EventKind::ConnectionDisconnected, true },
    { "connection_updated", EventKind::ConnectionChanged, true },
};

// The fields each kind needs besides id, at and kind.
QStringList requiredFields(EventKind kind)
{
    switch (kind) {
    case EventKind::ConnectionConnected:
    case EventKind::ConnectionDisconnected:
    case EventKind::ConnectionChanged:
        return { QStringLiteral("slug"), QStringLiteral("connection_id") };
    case EventKind::ConnectionStatusChanged:
        return { QStringLiteral("slug"), QStringLiteral("connection_id"), QStringLiteral("status") };
    case EventKind::BillingUsageRecorded:
        return { QStringLiteral("provider"), QStringLiteral("micros") };
    case EventKind::BillingBalanceChanged:
        return { QStringLiteral("remaining_micros") };
    case EventKind::BillingCapWarned:
        return { QStringLiteral("window"), QStringLiteral("pct") };
    case EventKind::BillingCapTripped:
        return { QStringLiteral("window") };
    case EventKind::Unknown:
        break;
    }
    return {};
}

QString dollarsFromMicros(qint64 value)
{
    return QStringLiteral("$%1").arg(QLocale::c().toString(double(value) / 1e6, 'f', 6));
}

} // namespace

QString StreamEvent::kindName(EventKind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind && !entry.legacy)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

EventKind StreamEvent::kindFromName(const QString &name, bool *legacy)
{
    for (const KindName &entry : kKindNames) {
        if (name == QLatin1String(entry.name)) {
            if (legacy)
                *legacy = entry.legacy;
            return entry.kind;
        }
    }
    if (legacy)
        *legacy = false;
    return EventKind::Unknown;
}

StreamEvent StreamEvent::fromSse(const SseMessage &message)
{
    StreamEvent event;
    event.sseId = message.lastEventId;
    event.rawData = message.data;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(message.data.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        event.id = message.lastEventId;
        event.wireKind = message.type;
        event.kind = kindFromName(event.wireKind, &event.legacyAlias);
        event.problem = Tr::tr("The event's data is not a JSON object.");
        return event;
    }
    const QJsonObject json = document.object();
    event.json = json;
    event.id = json.value(QLatin1String("id")).toVariant().toString();
    if (event.id.isEmpty())
        event.id = message.lastEventId;
    event.wireKind = json.value(QLatin1String("kind")).toString();
    if (event.wireKind.isEmpty())
        event.wireKind = message.type;
    event.kind = kindFromName(event.wireKind, &event.legacyAlias);
    event.at = QDateTime::fromString(json.value(QLatin1String("at")).toString(), Qt::ISODateWithMs).toUTC();
    event.slug = json.value(QLatin1String("slug")).toString();
    event.connectionId = json.value(QLatin1String("connection_id")).toVariant().toString();
    event.status = json.value(QLatin1String("status")).toString();
    event.provider = json.value(QLatin1String("provider")).toString();
    event.micros = json.value(QLatin1String("micros")).toInteger();
    event.remainingMicros = json.value(QLatin1String("remaining_micros")).toInteger();
    event.window = json.value(QLatin1String("window")).toString();
    event.pct = json.value(QLatin1String("pct")).toDouble();

    QStringList missing;
    for (const QString &field : requiredFields(event.kind)) {
        if (!json.contains(field))
            missing << field;
    }
    if (!json.contains(QLatin1String("at")) || !event.at.isValid())
        missing.prepend(QStringLiteral("at"));
    if (!missing.isEmpty())
        event.problem = Tr::tr("The event lacks %1.").arg(missing.join(QLatin1String(", ")));
    return event;
}

QString StreamEvent::summary() const
{
    switch (kind) {
    case EventKind::ConnectionConnected:
        return Tr::tr("%1 connected (%2)").arg(slug, connectionId);
    case EventKind::ConnectionDisconnected:
        return Tr::tr("%1 disconnected (%2)").arg(slug, connectionId);
    case EventKind::ConnectionChanged:
        return Tr::tr("%1 changed (%2)").arg(slug, connectionId);
    case EventKind::ConnectionStatusChanged:
        return Tr::tr("%1 is now %2 (%3)").arg(slug, status, connectionId);
    case EventKind::BillingUsageRecorded:
        return Tr::tr("usage recorded: %1 for %2").arg(dollarsFromMicros(micros), provider);
    case EventKind::BillingBalanceChanged:
        return Tr::tr("balance now %1").arg(dollarsFromMicros(remainingMicros));
    case EventKind::BillingCapWarned:
        return Tr::tr("%1 spend cap at %2 %").arg(window).arg(pct);
    case EventKind::BillingCapTripped:
        return Tr::tr("%1 spend cap reached").arg(window);
    case EventKind::Unknown:
        break;
    }
    // Shown as it came: the kind and the data, cut to one readable line.
    return Tr::tr("%1: %2").arg(wireKind, rawData.left(200).simplified());
}

} // namespace vendo::events

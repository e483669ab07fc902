// The scenario's "events" member (docs/sandbox.md "Live events"): the ping interval, a timeline of
// connection changes, and faults of the event stream itself.
#include "sandbox/ScenarioParser.h"

#include <QCoreApplication>

namespace vendo::sandbox {

namespace {

constexpr int kMaxTimelineMs = 24 * 3600 * 1000;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::sandbox::ScenarioParser)
};

} // namespace

ConnectionChange ScenarioParser::parseChange(const QJsonObject &entry, const QString &at)
{
    ConnectionChange change;
    if (entry.contains(QStringLiteral("status")))
        change.status = oneOf(entry, QStringLiteral("status"), at, connectionStatuses(), QString());
    if (entry.contains(QStringLiteral("error_message"))) {
        const QJsonValue message = entry.value(QStringLiteral("error_message"));
        if (!message.isString() && !message.isNull())
            fail(member(at, QStringLiteral("error_message")),
                 Tr::tr("expected a string or null, got %1").arg(describe(message)));
        change.errorMessage = message;
    }
    if (entry.contains(QStringLiteral("action"))) {
        const QString action = oneOf(entry, QStringLiteral("action"), at,
                                     { QStringLiteral("revoke"), QStringLiteral("reconnect") }, QString());
        if (action == QLatin1String("revoke")) {
            change.revoked = true;
        } else {
            // Re-connecting: the grant is back, the status connected, the error gone.
            change.revoked = false;
            if (change.status && *change.status != QLatin1String("connected"))
                fail(member(at, QStringLiteral("status")), Tr::tr("\"reconnect\" makes the status \"connected\""));
            change.status = QStringLiteral("connected");
            if (!change.errorMessage)
                change.errorMessage = QJsonValue(QJsonValue::Null);
        }
    }
    if (change.isEmpty())
        fail(at, Tr::tr("the change does nothing: give it a status, an error_message or an action"));
    return change;
}

SandboxResult<ConnectionChange> ScenarioParser::parseConnectionChange(const QJsonObject &object)
{
    Scenario scratch;
    try {
        ScenarioParser parser(scratch);
        const QJsonObject entry = parser.object(
            object, QString(), { QStringLiteral("status"), QStringLiteral("error_message"), QStringLiteral("action") });
        return parser.parseChange(entry, QString());
    } catch (const Failure &failure) {
        return std::unexpected(SandboxError { QStringLiteral("<change>"), failure.path, failure.message });
    }
}

void ScenarioParser::parseEvents(const QJsonValue &value)
{
    const QString path = QStringLiteral("events");
    const QJsonObject events
        = object(value, path,
                 { QStringLiteral("ping_interval_ms"), QStringLiteral("timeline"), QStringLiteral("stream_faults") });
    EventSettings &settings = m_scenario.events;
    settings.pingIntervalMs = integer(events, QStringLiteral("ping_interval_ms"), path, 10, 3'600'000, 25'000);

    if (events.contains(QStringLiteral("timeline"))) {
        const QString listPath = member(path, QStringLiteral("timeline"));
        const QJsonArray list = array(events.value(QStringLiteral("timeline")), listPath);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = element(listPath, i);
            const QJsonObject entry = object(
                list.at(i), at,
                { QStringLiteral("after_ms"), QStringLiteral("owner"), QStringLiteral("slug"), QStringLiteral("status"),
                  QStringLiteral("error_message"), QStringLiteral("action"), QStringLiteral("comment") });
            string(entry, QStringLiteral("comment"), at, false);
            TimelineEntry step;
            step.path = at;
            step.afterMs = integer(entry, QStringLiteral("after_ms"), at, 0, kMaxTimelineMs, -1);
            if (!entry.contains(QStringLiteral("after_ms")))
                fail(member(at, QStringLiteral("after_ms")), Tr::tr("required"));
            step.owner = string(entry, QStringLiteral("owner"), at, true);
            step.slug = string(entry, QStringLiteral("slug"), at, true);
            const bool known = std::any_of(
                m_scenario.connections.begin(), m_scenario.connections.end(),
                [&](const ScenarioConnection &c) { return c.owner == step.owner && c.slug == step.slug; });
            if (!known)
                fail(at, Tr::tr("no connection of \"%1\" for \"%2\" in connections").arg(step.owner, step.slug));
            step.change = parseChange(entry, at);
            settings.timeline.append(step);
        }
    }

    if (events.contains(QStringLiteral("stream_faults"))) {
        const QString listPath = member(path, QStringLiteral("stream_faults"));
        const QJsonArray list = array(events.value(QStringLiteral("stream_faults")), listPath);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = element(listPath, i);
            const QJsonObject entry
                = object(list.at(i), at,
                         { QStringLiteral("drop_after_events"), QStringLiteral("stall_after_events"),
                           QStringLiteral("fail_times"), QStringLiteral("comment") });
            string(entry, QStringLiteral("comment"), at, false);
            StreamFault fault;
            fault.path = at;
            fault.dropAfterEvents = integer(entry, QStringLiteral("drop_after_events"), at, 1, 1'000'000, 0);
            fault.stallAfterEvents = integer(entry, QStringLiteral("stall_after_events"), at, 0, 1'000'000, -1);
            fault.failTimes = integer(entry, QStringLiteral("fail_times"), at, 0, 1'000'000, 0);
            if (!fault.isActive())
                fail(at, Tr::tr("the fault does nothing: give it drop_after_events or stall_after_events"));
            if (fault.stallAfterEvents >= 0 && fault.dropAfterEvents > 0)
                fail(at, Tr::tr("a stream either drops or stalls, not both"));
            settings.streamFaults.append(fault);
        }
    }
}

} // namespace vendo::sandbox

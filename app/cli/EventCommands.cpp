#include "EventCommands.h"

#include "CliCommon.h"
#include "ClientContext.h"
#include "events/EventStream.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

#include <memory>

namespace vendo::cli {

namespace {

using events::EventStream;
using events::StreamEvent;
using events::StreamState;
using events::StreamStatus;

// Without --follow: the replay arrives in one burst after the stream opens; this much silence ends it.
constexpr std::chrono::milliseconds kSettleTime { 500 };

QString tr(const char *text)
{
    return QCoreApplication::translate("vendo::cli::EventCommands", text);
}

QJsonObject eventJson(const StreamEvent &event)
{
    const QString canonical = StreamEvent::kindName(event.kind);
    QJsonObject object {
        { QStringLiteral("id"), event.id },
        { QStringLiteral("sse_id"), event.sseId },
        { QStringLiteral("kind"), event.wireKind },
        { QStringLiteral("canonical_kind"), canonical.isEmpty() ? QJsonValue() : QJsonValue(canonical) },
        { QStringLiteral("at"), event.at.isValid() ? QJsonValue(event.at.toString(Qt::ISODateWithMs)) : QJsonValue() },
        { QStringLiteral("data"), event.json.isEmpty() ? QJsonValue(event.rawData) : QJsonValue(event.json) },
    };
    if (event.legacyAlias)
        object.insert(QStringLiteral("legacy_alias"), true);
    if (!event.problem.isEmpty())
        object.insert(QStringLiteral("problem"), event.problem);
    return object;
}

bool wanted(const StreamEvent &event, const QStringList &kinds)
{
    if (kinds.isEmpty())
        return true;
    return kinds.contains(event.wireKind) || kinds.contains(StreamEvent::kindName(event.kind));
}

} // namespace

int runEvents(const QStringList &arguments)
{
    ClientContext context;
    const QCommandLineOption follow(QStringLiteral("follow"),
                                    tr("Keep the stream open, reconnecting like the SDK, until interrupted."));
    const QCommandLineOption since(
        QStringLiteral("since"),
        tr("Resume after this event id (sent as Last-Event-ID): the server replays what followed, up to 100 "
           "events. An id it no longer holds replays all it has."),
        tr("ID"));
    const QCommandLineOption kinds(QStringLiteral("kinds"),
                                   tr("Print only these kinds, comma-separated; a legacy alias matches its kind."),
                                   tr("K,..."));
    context.parser.addOptions({ follow, since, kinds });
    if (const auto stop = context.parse(arguments,
                                        tr("Print the app's live events (one line each; NDJSON with --json). The "
                                           "stream is the app's: an identity option is ignored.")))
        return *stop;
    QStringList kindFilter;
    for (const QString &kind : context.parser.value(kinds).split(QLatin1Char(','), Qt::SkipEmptyParts))
        kindFilter << kind.trimmed();
    const QString sinceId = context.parser.value(since).trimmed();
    if (sinceId.size() > 1024 || sinceId.contains(QLatin1Char('\n')) || sinceId.contains(QLatin1Char('\r'))) {
        err() << tr("--since takes an event id of at most 1024 characters on one line.") << Qt::endl;
        return UsageError;
    }
    if (const auto stop = context.buildClient())
        return *stop;

    events::EventStreamOptions options;
    options.lastEventId = sinceId;
    std::unique_ptr<EventStream> stream(context.vendoClient().events(options));
    const bool following = context.parser.isSet(follow);
    const bool json = context.jsonOutput();

    QEventLoop loop;
    QTimer settle;
    settle.setSingleShot(true);
    settle.setInterval(kSettleTime);
    QObject::connect(&settle, &QTimer::timeout, &loop, [&] { loop.exit(Success); });
    std::optional<client::VendoError> failure;

    QObject::connect(stream.get(), &EventStream::eventReceived, &loop, [&](const StreamEvent &event) {
        if (!following)
            settle.start(); // quiet time counts from the last event
        if (!wanted(event, kindFilter))
            return;
        if (json) {
            printJsonLine(eventJson(event));
            return;
        }
        const QString at = event.at.isValid() ? event.at.toString(Qt::ISODateWithMs) : QStringLiteral("-");
        out() << coloured(event.id.isEmpty() ? event.sseId : event.id, Colour::Dim) << "  " << at << "  "
              << event.summary() << Qt::endl;
    });
    QObject::connect(stream.get(), &EventStream::statusChanged, &loop, [&](const StreamStatus &status) {
        switch (status.state) {
        case StreamState::Connected:
            if (status.attempt > 1)
                err() << tr("events: connected again (attempt %1), resuming after %2.")
                             .arg(status.attempt)
                             .arg(status.lastEventId.isEmpty() ? tr("the start") : status.lastEventId)
                      << Qt::endl;
            if (!following)
                settle.start();
            return;
        case StreamState::Reconnecting:
        case StreamState::StreamLimitReached:
            if (!following) {
                failure = status.error;
                loop.exit(-1);
                return;
            }
            err() << tr("events: %1").arg(status.summary());
            if (status.error)
                err() << " (" << status.error->summary() << ')';
            err() << Qt::endl;
            return;
        case StreamState::Stopped:
            failure = status.error;
            loop.exit(status.error ? -1 : int(Success));
            return;
        case StreamState::Idle:
        case StreamState::Connecting:
            return;
        }
    });
    stream->start();
    const int code = loop.exec();
    QObject::disconnect(stream.get(), nullptr, &loop, nullptr); // stop() reports Stopped: not an outcome
    stream->stop();
    if (code == -1 && failure)
        return context.fail(*failure);
    return code == -1 ? int(TransportFailure) : code;
}

} // namespace vendo::cli

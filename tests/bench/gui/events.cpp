// The live parts of the real main window (issue 18), driven in-process on the offscreen platform
// against a vendo-sandbox process (its own process: the server's work does not count here):
// - latency: a status change made through the sandbox's admin API to the connection's row painted
//   with the new status, beside the admin call's own round trip;
// - flood: 1,000 events a second for 10 s into the open Events panel: the longest main-thread stall
//   beside the idle window's, and the memory across the flood (the timeline is bounded).
#include "BenchReport.h"
#include "BenchSandbox.h"
#include "EventLoopWait.h"
#include "ProcStatus.h"
#include "StallProbe.h"
#include "Stats.h"
#include "app/gui/NetworkServices.h"
#include "secrets/SessionSecretStore.h"
#include "ui/models/ConnectionsModel.h"
#include "ui/models/EventsModel.h"
#include "ui/panels/ConnectionsPanel.h"
#include "ui/panels/EventsPanel.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTableView>
#include <QTimer>

#include <functional>

using namespace vendo;

namespace {

constexpr int kLatencyRuns = 40;
constexpr int kFloodSeconds = 10;
constexpr int kFloodPerSecond = 1'000;
constexpr int kFloodTickMs = 100; // one admin call publishes 100 events every 100 ms

double rssMb()
{
    const auto kb = bench::procStatusKb(QStringLiteral("VmRSS"));
    return kb ? double(*kb) / 1024.0 : qQNaN();
}

// Records when the view paints while its model already shows what `shown` checks.
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *viewport, std::function<bool()> shown)
        : m_shown(std::move(shown))
    {
        viewport->installEventFilter(this);
    }
    void arm(const QElapsedTimer *clock)
    {
        m_clock = clock;
        m_paintedAtNs = -1;
    }
    qint64 paintedAtNs() const { return m_paintedAtNs; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_clock && m_paintedAtNs < 0 && m_shown())
            m_paintedAtNs = m_clock->nsecsElapsed();
        return false;
    }

private:
    std::function<bool()> m_shown;
    const QElapsedTimer *m_clock = nullptr;
    qint64 m_paintedAtNs = -1;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"), QStringLiteral("vendo-sandbox executable."),
                                           QStringLiteral("PATH"));
    parser.addOption(sandboxOption);
    parser.process(app);

    bench::BenchReport report(QStringLiteral("gui_events"));
    bench::BenchSandbox sandbox(parser.value(sandboxOption), 20, 0);
    const QString token = sandbox.start() ? sandbox.mintUserToken() : QString();
    if (token.isEmpty()) {
        report.missing(QStringLiteral("Live events"), QStringLiteral("status change to row"), sandbox.errorString());
        return 1;
    }

    QNetworkAccessManager network;
    ui::NetworkServices services(&network);
    secrets::SessionSecretStore store;
    const client::Profile profile
        = client::Profile::sandbox(sandbox.baseUrl(), sandbox.credentialsUrl(), sandbox.jwksUrl());
    store.write(profile.id, sandbox.apiKey());
    ui::InspectorContext context;
    context.services = &services;
    context.secretStore = &store;
    context.profiles = { profile };
    context.initialProfileId = profile.id;
    ui::MainWindow window(context);
    window.show();
    bench::runFor(500);

    ui::ConnectionsPanel *connections = window.connectionsPanel();
    QGuiApplication::clipboard()->setText(token);
    window.pasteFromClipboard();
    if (!bench::runUntil([&] { return connections->model()->rowCount() == 20; }, 30'000, 1)) {
        report.missing(QStringLiteral("Live events"), QStringLiteral("status change to row"),
                       QStringLiteral("the connections did not load"));
        return 1;
    }
    // The connections and the events side by side, as an operator following a re-authorisation would.
    window.showPanel(ui::MainWindow::Dock::Connections);
    ui::EventsPanel *events = window.eventsPanel();
    window.dock(ui::MainWindow::Dock::Events)->show();
    window.splitDockWidget(window.dock(ui::MainWindow::Dock::Connections), window.dock(ui::MainWindow::Dock::Events),
                           Qt::Horizontal);
    if (!bench::runUntil([&] { return events->status().state == events::StreamState::Connected; }, 10'000, 1)) {
        report.missing(QStringLiteral("Live events"), QStringLiteral("status change to row"),
                       QStringLiteral("the event stream did not connect: ") + events->stateText()->text());
        return 1;
    }

    // The admin call, from its own network manager (the window's is not the driver's).
    QNetworkAccessManager admin;
    const auto post = [&](const QString &path, const QJsonObject &body) {
        QNetworkRequest request(sandbox.baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        return admin.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };

    // 1. Latency: status change in the sandbox -> the row painted with the new status.
    const QString slug = sandbox.slugs().constFirst();
    const QString user = QString::fromLatin1(bench::BenchSandbox::kUserId);
    QString target;
    const auto rowShows = [&] {
        const int row = connections->model()->rowOf({}, slug, true);
        return row >= 0 && connections->model()->connections().at(row).status == target;
    };
    PaintWatch watch(connections->view()->viewport(), rowShows);
    QList<double> latencies;
    QList<double> roundTrips;
    int missed = 0;
    for (int i = 0; i < kLatencyRuns; ++i) {
        target = i % 2 == 0 ? QStringLiteral("needs_reauth") : QStringLiteral("connected");
        QElapsedTimer clock;
        qint64 answeredNs = -1;
        watch.arm(&clock);
        clock.start();
        QNetworkReply *reply = post(QStringLiteral("/sandbox/connections/%1/%2").arg(user, slug),
                                    QJsonObject { { QStringLiteral("status"), target } });
        QObject::connect(reply, &QNetworkReply::finished, reply, [&answeredNs, &clock, reply] {
            answeredNs = clock.nsecsElapsed();
            reply->deleteLater();
        });
        if (!bench::runUntil([&] { return watch.paintedAtNs() >= 0 && answeredNs >= 0; }, 5'000, 1)) {
            ++missed;
            continue;
        }
        latencies << double(watch.paintedAtNs()) / 1e6;
        roundTrips << double(answeredNs) / 1e6;
        bench::runFor(300); // the list reload the event asked for settles before the next change
    }
    const double latencyMedian = bench::median(latencies);
    const double roundTripMedian = bench::median(roundTrips);
    report.add({ QStringLiteral("Live events"),
                 QStringLiteral("status change in the sandbox to the connection row painted (median)"), latencyMedian,
                 QStringLiteral("ms"), QStringLiteral("the admin call's own round trip (median)"), roundTripMedian,
                 latencyMedian / roundTripMedian, QStringLiteral("≤ 100 ms"), missed == 0 && latencyMedian <= 100.0,
                 QStringLiteral("%1 changes, %2 missed; max %3 ms, min %4 ms")
                     .arg(kLatencyRuns)
                     .arg(missed)
                     .arg(bench::maximum(latencies), 0, 'f', 1)
                     .arg(bench::minimum(latencies), 0, 'f', 1) });

    // 2. Flood: 1,000 events a second for 10 s (other users' connections and billing: the app's
    // traffic, none of it on screen), the Events panel open.
    window.raiseDock(ui::MainWindow::Dock::Events);
    bench::runFor(500);
    bench::StallProbe idleProbe;
    idleProbe.start();
    bench::runFor(2'000);
    idleProbe.stop();
    qint64 received = 0;
    QObject::connect(events, &ui::EventsPanel::eventArrived, events, [&received] { ++received; });
    const int published = kFloodSeconds * kFloodPerSecond;
    const int perTick = kFloodPerSecond * kFloodTickMs / 1000;
    const QJsonObject usage { { QStringLiteral("kind"), QStringLiteral("billing.usage_recorded") },
                              { QStringLiteral("fields"),
                                QJsonObject { { QStringLiteral("provider"), QStringLiteral("openai") },
                                              { QStringLiteral("micros"), 1200 } } },
                              { QStringLiteral("count"), perTick / 2 } };
    const QJsonObject others { { QStringLiteral("kind"), QStringLiteral("connection.status_changed") },
                               { QStringLiteral("fields"),
                                 QJsonObject {
                                     { QStringLiteral("slug"), QStringLiteral("google") },
                                     { QStringLiteral("connection_id"), QStringLiteral("conn_someone_google") },
                                     { QStringLiteral("status"), QStringLiteral("needs_reauth") },
                                     { QStringLiteral("user_id"), QStringLiteral("someone-else") } } },
                               { QStringLiteral("count"), perTick - perTick / 2 } };
    QList<double> rss;
    bench::StallProbe floodProbe;
    QElapsedTimer floodClock;
    int ticks = 0;
    int failedPosts = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(kFloodTickMs);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        if (ticks == kFloodSeconds * 1000 / kFloodTickMs) {
            tick.stop();
            return;
        }
        for (const QJsonObject &body : { usage, others }) {
            QNetworkReply *reply = post(QStringLiteral("/sandbox/events"), body);
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &failedPosts] {
                failedPosts += reply->error() != QNetworkReply::NoError;
                reply->deleteLater();
            });
        }
        if (++ticks % (1000 / kFloodTickMs) == 0)
            rss << rssMb();
    });
    floodProbe.start();
    floodClock.start();
    tick.start();
    const bool delivered = bench::runUntil([&] { return received >= published; }, 60'000, 1);
    const double floodWallMs = double(floodClock.nsecsElapsed()) / 1e6;
    bench::runFor(250);
    floodProbe.stop();
    rss << rssMb();
    const int rows = events->model()->rowCount();
    report.add({ QStringLiteral("Live events"),
                 QStringLiteral("longest main-thread stall: 1,000 events/s for 10 s into the Events panel"),
                 floodProbe.longestGapMs(), QStringLiteral("ms"), QStringLiteral("idle window, 2 s"),
                 idleProbe.longestGapMs(), floodProbe.longestGapMs() / idleProbe.longestGapMs(),
                 QStringLiteral("≤ 16 ms"), delivered && failedPosts == 0 && floodProbe.longestGapMs() <= 16.0,
                 QStringLiteral("%1 of %2 events received in %3 ms; %4 timeline rows (bound %5); %6 admin calls failed")
                     .arg(received)
                     .arg(published)
                     .arg(floodWallMs, 0, 'f', 0)
                     .arg(rows)
                     .arg(ui::EventsModel::kMaxRows)
                     .arg(failedPosts) });
    // Flat: from the end of the second second (the timeline is full by then) to the end.
    const double growth = rss.size() >= 3 ? rss.last() - rss.at(1) : qQNaN();
    report.add({ QStringLiteral("Live events"), QStringLiteral("RSS growth during the flood, second 2 to the end"),
                 growth, QStringLiteral("MB"), QStringLiteral("RSS at second 2"), rss.value(1, qQNaN()), std::nullopt,
                 QStringLiteral("≤ 2 MB"), growth <= 2.0,
                 QStringLiteral("VmRSS each second: min %1, max %2 MB")
                     .arg(bench::minimum(rss), 0, 'f', 1)
                     .arg(bench::maximum(rss), 0, 'f', 1) });
    return 0;
}

// The Events panel against the real sandbox (loopback HTTP, its live event stream and admin API):
// a status change made through the admin API reaches the user's connection row and probe row; the
// sixth stream of the app shows "stream limit reached" and recovers; the user filter; pause; watch.
#include "SandboxWindow.h"
#include "sandbox/SandboxServer.h"
#include "ui/models/ConnectionsModel.h"
#include "ui/models/EventsModel.h"
#include "ui/models/ProbeModel.h"
#include "ui/panels/ConnectionsPanel.h"
#include "ui/panels/DecodedView.h"
#include "ui/panels/EventsPanel.h"
#include "ui/panels/TokenProbePanel.h"
#include "ui/widgets/Badge.h"
#include "ui/widgets/MessageBar.h"

#include <QComboBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace vendo;
using events::StreamState;
using ui::MainWindow;

namespace {
const QString kBob = QStringLiteral("b0b00000-0000-4000-8000-000000000002");
const QString kAlice = QString::fromLatin1(test::SandboxWindow::kAlice);
} // namespace

class TestUiEvents : public QObject
{
    Q_OBJECT

private:
    test::SandboxWindow m_sandbox;
    QNetworkAccessManager m_network;

    MainWindow *window() const { return m_sandbox.window(); }
    ui::ConnectionsModel *connections() const { return window()->connectionsPanel()->model(); }
    QString statusOf(const QString &slug) const
    {
        const int row = connections()->rowOf({}, slug, true);
        return row < 0 ? QString() : connections()->connections().at(row).status;
    }
    // What the connections table shows in the slug's Status cell (through the proxy the view uses).
    QString shownStatus(const QString &slug) const
    {
        const QAbstractItemModel *shown = window()->connectionsPanel()->view()->model();
        for (int r = 0; r < shown->rowCount(); ++r) {
            if (shown->index(r, 0).data(ui::ConnectionsModel::kSlugRole).toString() == slug)
                return shown->index(r, ui::ConnectionsModel::Status).data().toString();
        }
        return {};
    }

    // POST /sandbox/connections/{owner}/{slug}: the sandbox's admin API, over loopback.
    QJsonObject change(const QString &owner, const QString &slug, const QJsonObject &body)
    {
        QNetworkRequest request(m_sandbox.server()->baseUrl().resolved(
            QUrl(QStringLiteral("/sandbox/connections/%1/%2").arg(owner, slug))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(5000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    // An event stream opened by someone else (another window, the customer's service).
    QNetworkReply *openForeignStream()
    {
        QNetworkRequest request(
            m_sandbox.server()->baseUrl().resolved(QUrl(QStringLiteral("/api/deployments/me/events"))));
        request.setRawHeader("Authorization", "Bearer " + m_sandbox.demoKey().toLatin1());
        request.setRawHeader("Accept", "text/event-stream");
        return m_network.get(request);
    }

    void loadUser(const QString &user)
    {
        const QString token = m_sandbox.mint(user);
        QSignalSpy loaded(window()->connectionsPanel(), &ui::ConnectionsPanel::loaded);
        m_sandbox.paste(token);
        QTRY_COMPARE(QString::fromLatin1(window()->decodedView()->decoded().token), token);
        QTRY_VERIFY(loaded.count() > 0);
        QTRY_VERIFY(connections()->rowCount() > 0);
    }

    ui::EventsPanel *openEvents()
    {
        window()->showPanel(MainWindow::Dock::Events);
        return window()->eventsPanel();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        QTRY_VERIFY(m_sandbox.keyReady());
    }

    void noStreamUntilThePanelIsShown()
    {
        // The stream takes one of the app's five: the window opens it only when asked to.
        QTest::qWait(300);
        QCOMPARE(m_sandbox.server()->eventStreamCount(), 0);
        QVERIFY(!window()->dock(MainWindow::Dock::Events)->widget());
    }

    void statusChangeReachesTheRows()
    {
        loadUser(kBob);
        QCOMPARE(statusOf(QStringLiteral("google")), QStringLiteral("needs_reauth"));
        // The probe shows Google's failure before the change.
        window()->showPanel(MainWindow::Dock::Probe);
        ui::TokenProbePanel *probe = window()->probePanel();
        QTRY_VERIFY(probe->model()->rowOf(QStringLiteral("google")) >= 0);
        QSignalSpy probed(probe, &ui::TokenProbePanel::probeFinished);
        probe->probe({ QStringLiteral("google") });
        QVERIFY(probed.wait(5000));
        const int probeRow = probe->model()->rowOf(QStringLiteral("google"));
        QCOMPARE(probe->model()->row(probeRow).state, ui::ProbeModel::State::Failed);

        ui::EventsPanel *events = openEvents();
        QTRY_COMPARE(events->status().state, StreamState::Connected);
        QCOMPARE(events->stateBadge()->text(), QStringLiteral("Connected"));
        QCOMPARE(m_sandbox.server()->eventStreamCount(), 1);

        const QJsonObject answer = change(kBob, QStringLiteral("google"),
                                          QJsonObject { { QStringLiteral("status"), QStringLiteral("connected") } });
        QCOMPARE(answer.value(QStringLiteral("event")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("connection.connected"));
        // The row follows without a click: at once from the event, then from the reloaded list.
        QTRY_COMPARE(statusOf(QStringLiteral("google")), QStringLiteral("connected"));
        QTRY_COMPARE(shownStatus(QStringLiteral("google")), QStringLiteral("Connected"));
        // The probe row probes again and now gets the token.
        QTRY_COMPARE(probe->model()->row(probe->model()->rowOf(QStringLiteral("google"))).state,
                     ui::ProbeModel::State::Ok);
        // The timeline shows the event, as this user's.
        QTRY_VERIFY(events->model()->rowCount() >= 1);
        const int last = events->model()->rowCount() - 1;
        QCOMPARE(events->model()->index(last, ui::EventsModel::Kind).data().toString(),
                 QStringLiteral("connection.connected"));
        QCOMPARE(events->model()->index(last, ui::EventsModel::Provider).data().toString(), QStringLiteral("google"));
        QCOMPARE(events->model()->index(last, ui::EventsModel::Status).data().toString(), QStringLiteral("Connected"));
        QVERIFY(
            events->model()->index(last, ui::EventsModel::Who).data().toString().contains(QStringLiteral("tn_acme")));
        QCOMPARE(events->model()->index(last, 0).data(ui::EventsModel::kMineRole).toString(), QStringLiteral("true"));
    }

    void filterToThisUser()
    {
        ui::EventsPanel *events = openEvents();
        QTRY_COMPARE(events->status().state, StreamState::Connected);
        events->clear();
        // Bob is the identity; a change to Alice's Notion is the app's but not his.
        change(kAlice, QStringLiteral("notion"),
               QJsonObject { { QStringLiteral("status"), QStringLiteral("connected") } });
        change(kBob, QStringLiteral("gmail"),
               QJsonObject { { QStringLiteral("status"), QStringLiteral("needs_reauth") } });
        QTRY_COMPARE(events->model()->rowCount(), 2);
        events->scopeChoice()->setCurrentIndex(1);
        QCOMPARE(events->proxy()->rowCount(), 1);
        QCOMPARE(events->proxy()->index(0, ui::EventsModel::Provider).data().toString(), QStringLiteral("gmail"));
        QTRY_COMPARE(statusOf(QStringLiteral("gmail")), QStringLiteral("needs_reauth"));
        events->scopeChoice()->setCurrentIndex(0);
        QCOMPARE(events->proxy()->rowCount(), 2);
    }

    void pauseHoldsAndResumeShows()
    {
        ui::EventsPanel *events = openEvents();
        events->clear();
        events->setPaused(true);
        QSignalSpy arrived(events, &ui::EventsPanel::eventArrived);
        change(kBob, QStringLiteral("gmail"),
               QJsonObject { { QStringLiteral("status"), QStringLiteral("error") },
                             { QStringLiteral("error_message"), QStringLiteral("quota") } });
        QTRY_COMPARE(arrived.count(), 1);
        QTest::qWait(150);
        QCOMPARE(events->model()->rowCount(), 0);
        events->setPaused(false);
        QCOMPARE(events->model()->rowCount(), 1);
    }

    void watchNotifies()
    {
        loadUser(kBob);
        change(kBob, QStringLiteral("google"), QJsonObject { { QStringLiteral("action"), QStringLiteral("revoke") } });
        change(kBob, QStringLiteral("google"),
               QJsonObject { { QStringLiteral("status"), QStringLiteral("needs_reauth") } });
        QTRY_COMPARE(statusOf(QStringLiteral("google")), QStringLiteral("needs_reauth"));
        ui::ConnectionsPanel *panel = window()->connectionsPanel();
        window()->showPanel(MainWindow::Dock::Connections);
        QTableView *view = panel->view();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data(ui::ConnectionsModel::kSlugRole).toString() == QLatin1String("google"))
                view->setCurrentIndex(view->model()->index(r, 0));
        }
        QVERIFY(panel->watchButton()->isEnabled());
        panel->watchButton()->click();
        ui::EventsPanel *events = window()->eventsPanel();
        QCOMPARE(events->watches().size(), 1);
        QTRY_COMPARE(events->status().state, StreamState::Connected);
        QSignalSpy notified(events, &ui::EventsPanel::watchedConnected);
        // Another change of the same connection is not yet "connected".
        change(kBob, QStringLiteral("google"),
               QJsonObject { { QStringLiteral("error_message"), QStringLiteral("x") } });
        change(kBob, QStringLiteral("google"),
               QJsonObject { { QStringLiteral("action"), QStringLiteral("reconnect") } });
        QTRY_COMPARE(notified.count(), 1);
        QVERIFY(events->watches().isEmpty());
        // No tray under the test platform: the message bar and the status bar say it.
        QCOMPARE(window()->messageBar()->text(), QStringLiteral("Google is connected now."));
        QCOMPARE(window()->statusBar()->currentMessage(), QStringLiteral("Google is connected now."));
    }

    void streamLimitAtTheSixth()
    {
        ui::EventsPanel *events = openEvents();
        events->stopStream();
        QTRY_COMPARE(m_sandbox.server()->eventStreamCount(), 0);
        QList<QNetworkReply *> others;
        for (int i = 0; i < 5; ++i)
            others << openForeignStream();
        QTRY_COMPARE(m_sandbox.server()->eventStreamCount(), 5);
        events->startStream();
        QTRY_COMPARE(events->status().state, StreamState::StreamLimitReached);
        QCOMPARE(events->stateBadge()->text(), QStringLiteral("Stream limit reached"));
        QVERIFY2(events->stateText()->text().contains(QStringLiteral("429 rate_limit_sse_streams")),
                 qPrintable(events->stateText()->text()));
        QVERIFY(events->stateText()->text().contains(QStringLiteral("Retrying in")));
        QCOMPARE(m_sandbox.server()->eventStreamCount(), 5);
        // One of the others closes: the next attempt gets in.
        others.takeFirst()->abort();
        QTRY_COMPARE_WITH_TIMEOUT(events->status().state, StreamState::Connected, 15000);
        QCOMPARE(events->stateBadge()->text(), QStringLiteral("Connected"));
        for (QNetworkReply *reply : std::as_const(others))
            reply->abort();
        qDeleteAll(others);
    }
};

QTEST_MAIN(TestUiEvents)
#include "tst_ui_events.moc"

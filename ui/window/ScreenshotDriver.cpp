#include "ui/window/ScreenshotDriver.h"

#include "ui/models/ProbeModel.h"
#include "ui/panels/ConnectionsPanel.h"
#include "ui/panels/DecodedView.h"
#include "ui/panels/ErrorDecoderPanel.h"
#include "ui/panels/EventsPanel.h"
#include "ui/panels/IdentityPanel.h"
#include "ui/panels/SdkLensPanel.h"
#include "ui/panels/TokenProbePanel.h"
#include "ui/panels/WebhookPanel.h"
#include "ui/window/InspectorSession.h"
#include "ui/window/MainWindow.h"
#include "ui/window/SdkChooser.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTableView>

namespace vendo::ui {

ScreenshotDriver::ScreenshotDriver(MainWindow *window, QString state, QString fileName, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_state(std::move(state))
    , m_fileName(std::move(fileName))
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(std::chrono::seconds(30));
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { fail(tr("The window did not reach the state \"%1\" in time.").arg(m_state)); });
}

QStringList ScreenshotDriver::states()
{
    return { QStringLiteral("empty"),
             QStringLiteral("decoded"),
             QStringLiteral("connections"),
             QStringLiteral("probe"),
             QStringLiteral("identity-not-present"),
             QStringLiteral("error-decoder"),
             QStringLiteral("sdk-lens"),
             QStringLiteral("events"),
             QStringLiteral("webhook") };
}

void ScreenshotDriver::afterConnections(const std::function<void()> &next)
{
    auto *connection = new QMetaObject::Connection;
    *connection = connect(m_window->connectionsPanel(), &ConnectionsPanel::loaded, this, [connection, next] {
        QObject::disconnect(*connection);
        delete connection;
        next();
    });
}

void ScreenshotDriver::start()
{
    if (!states().contains(m_state)) {
        fail(tr("Unknown state \"%1\"; known states: %2").arg(m_state, states().join(QStringLiteral(", "))));
        return;
    }
    m_deadline.start();
    MainWindow *w = m_window;
    if (m_state == QLatin1String("empty")) {
        QTimer::singleShot(std::chrono::milliseconds(300), this, &ScreenshotDriver::capture);
    } else if (m_state == QLatin1String("identity-not-present")) {
        w->loadInput(QByteArrayLiteral("GET /api/assistant/reply HTTP/1.1\nHost: api.customer.example\n"
                                       "Authorization: Bearer eyJhbGciOiJFUzI1NiJ9.e30.c2ln\n"
                                       "Content-Type: application/json\nX-Request-Id: 7f3e2a\n"),
                     tr("Clipboard"));
        QTimer::singleShot(std::chrono::milliseconds(500), this, &ScreenshotDriver::capture);
    } else if (m_state == QLatin1String("error-decoder")) {
        w->raiseDock(MainWindow::Dock::ErrorDecoder);
        w->errorDecoder()->decode(QStringLiteral(
            "2026-11-24T10:12:01Z ERROR vendo: token(google) failed: 401 needs_reauth (request req_8f2c)"));
        QTimer::singleShot(std::chrono::milliseconds(300), this, &ScreenshotDriver::capture);
    } else if (m_state == QLatin1String("events")) {
        // Bob's connections beside the live events the sandbox sends as his Google is re-authorised.
        afterConnections([this, w] {
            w->raiseDock(MainWindow::Dock::Events);
            w->resizeDocks({ w->dock(MainWindow::Dock::Events) }, { 330 }, Qt::Vertical);
            EventsPanel *events = w->eventsPanel();
            auto played = std::make_shared<bool>(false);
            connect(events, &EventsPanel::statusChanged, this, [this, w, played](const events::StreamStatus &status) {
                if (status.state != events::StreamState::Connected || *played
                    || !w->session()->context().playSampleEvents)
                    return;
                *played = true;
                w->session()->context().playSampleEvents();
                QTimer::singleShot(std::chrono::milliseconds(600), this, &ScreenshotDriver::capture);
            });
        });
        w->loadSample(QStringLiteral("expiring-soon"));
    } else if (m_state == QLatin1String("webhook")) {
        w->raiseDock(MainWindow::Dock::Webhook);
        w->resizeDocks({ w->dock(MainWindow::Dock::Webhook) }, { 400 }, Qt::Vertical);
        w->webhookPanel()->loadSample(QStringLiteral("trailing_newline"));
        QTimer::singleShot(std::chrono::milliseconds(500), this, &ScreenshotDriver::capture);
    } else if (m_state == QLatin1String("sdk-lens")) {
        // The support case of docs/sdk-differences.md: Bob's Google token as TypeScript 1.3.1 fetches it
        // (without his identity), beside the contract's answer.
        w->sdkChooser()->setCurrentSdk(sdk::Sdk::TypeScript_1_3_1);
        afterConnections([this, w] {
            w->raiseDock(MainWindow::Dock::SdkLens);
            w->resizeDocks({ w->dock(MainWindow::Dock::SdkLens) }, { 470 }, Qt::Vertical);
            SdkLensPanel *lens = w->sdkLensPanel();
            lens->setOperation(sdk::Operation::Token, QStringLiteral("google"));
            connect(lens, &SdkLensPanel::runFinished, this, [this, lens] {
                if (lens->runs().size() == 1)
                    lens->probeContract();
                else
                    QTimer::singleShot(std::chrono::milliseconds(200), this, &ScreenshotDriver::capture);
            });
            lens->reproduce();
        });
        w->loadSample(QStringLiteral("expiring-soon"));
    } else {
        afterConnections([this, w] {
            if (m_state == QLatin1String("probe")) {
                w->raiseDock(MainWindow::Dock::Probe);
                w->probePanel()->probeAll();
                connect(w->probePanel(), &TokenProbePanel::probeFinished, this, [this, w] {
                    // Select a failed row so that its error class and remediation show below the table.
                    const ProbeModel *model = w->probePanel()->model();
                    for (int row = 0; row < model->rowCount(); ++row) {
                        if (model->row(row).state == ProbeModel::State::Failed) {
                            w->probePanel()->view()->selectRow(row);
                            break;
                        }
                    }
                    capture();
                });
            } else if (m_state == QLatin1String("decoded")) {
                w->raiseDock(MainWindow::Dock::Connections);
                connect(w->session(), &InspectorSession::serverVerdict, this, [this] {
                    QTimer::singleShot(std::chrono::milliseconds(200), this, &ScreenshotDriver::capture);
                });
                emit w->decodedView()->askServerRequested();
            } else {
                w->raiseDock(MainWindow::Dock::Connections);
                QTimer::singleShot(std::chrono::milliseconds(200), this, &ScreenshotDriver::capture);
            }
        });
        w->loadSample(QStringLiteral("valid"));
    }
}

void ScreenshotDriver::capture()
{
    if (m_done)
        return;
    const QPixmap picture = m_window->grab();
    QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    if (picture.isNull() || !picture.save(m_fileName)) {
        fail(tr("Cannot save the screenshot to %1.").arg(m_fileName));
        return;
    }
    m_done = true;
    m_deadline.stop();
    emit finished(true, m_fileName);
}

void ScreenshotDriver::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    emit finished(false, message);
}

} // namespace vendo::ui

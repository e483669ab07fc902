// The main window's live parts: the Events panel and what its events refresh (the connection's row
// and probe row), "watch until connected", and the Webhook panel (MainWindow.cpp holds the layout).
#include "ui/dialogs/ApiKeyDialog.h"
#include "ui/models/ConnectionsModel.h"
#include "ui/panels/ConnectionsPanel.h"
#include "ui/panels/DecodedView.h"
#include "ui/panels/EventsPanel.h"
#include "ui/panels/TokenProbePanel.h"
#include "ui/panels/WebhookPanel.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBar.h"
#include "ui/window/InspectorSession.h"
#include "ui/window/MainWindow.h"

#include <QDockWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace vendo::ui {

EventsPanel *MainWindow::eventsPanel()
{
    if (!m_events) {
        m_events = new EventsPanel(m_context.services, this);
        dock(Dock::Events)->setWidget(m_events);
        connect(m_events, &EventsPanel::eventArrived, this, &MainWindow::onLiveEvent);
        connect(m_events, &EventsPanel::watchedConnected, this,
                [this](const EventsPanel::Watch &watch) { notifyConnected(watch.name); });
        updateEventScope();
        m_events->setClient(m_session->appClient());
    }
    return m_events;
}

WebhookPanel *MainWindow::webhookPanel()
{
    if (!m_webhook) {
        m_webhook = new WebhookPanel(m_context.webhookSecretStore, m_context.webhookSamples, m_session->clock(), this);
        dock(Dock::Webhook)->setWidget(m_webhook);
        m_webhook->setProfile(m_session->profile().id, m_session->profile().displayName);
        connect(m_webhook, &WebhookPanel::secretEditRequested, this, [this] {
            const client::Profile profile = m_session->profile();
            auto *dialog = new ApiKeyDialog(m_context.webhookSecretStore, profile.id, profile.displayName, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &ApiKeyDialog::keyChanged, m_webhook, &WebhookPanel::readSecret);
            dialog->open();
        });
    }
    return m_webhook;
}

QString MainWindow::currentUserId() const
{
    if (!m_session->hasIdentity() || !m_decoded->hasToken() || !m_decoded->decoded().payload)
        return {};
    return m_decoded->decoded().payload->value(QLatin1StringView("sub")).toString();
}

void MainWindow::updateEventScope()
{
    if (!m_events)
        return;
    EventsModel::Scope scope;
    scope.userId = currentUserId();
    if (m_session->scopedClient()) {
        for (const client::Connection &connection : m_connections->model()->connections()) {
            if (!connection.id.isEmpty())
                scope.connectionIds.insert(connection.id);
        }
    }
    m_events->setScope(scope);
}

void MainWindow::onLiveEvent(const events::StreamEvent &event)
{
    if (!m_connections->applyEvent(event, currentUserId()))
        return;
    if (m_probe)
        m_probe->refreshSlug(event.slug);
}

void MainWindow::watchConnection(const client::Connection &connection)
{
    const QString name = connection.displayName.isEmpty() ? connection.slug : connection.displayName;
    if (connection.status == QLatin1String("connected")) {
        m_messages->showMessage(MessageBar::Level::Info, tr("%1 is already connected.").arg(name));
        return;
    }
    if (!m_session->appClient()) {
        m_messages->showMessage(MessageBar::Level::Warning,
                                tr("%1 cannot be watched: the live events need the profile's API key.").arg(name));
        return;
    }
    eventsPanel()->watch(
        { .slug = connection.slug, .connectionId = connection.id, .userId = currentUserId(), .name = name });
    m_messages->showMessage(MessageBar::Level::Info,
                            tr("Watching %1: you are told when it becomes connected.").arg(name));
}

void MainWindow::notifyConnected(const QString &name)
{
    const QString text = tr("%1 is connected now.").arg(name);
    m_messages->showMessage(MessageBar::Level::Success, text);
    statusBar()->showMessage(text, 15'000);
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(applicationIcon(), this);
            m_tray->setToolTip(windowTitle());
        }
        m_tray->show();
        m_tray->showMessage(tr("Vendo Inspector"), text, QSystemTrayIcon::Information);
    }
    // The connection's row and probe row were refreshed by the event itself.
}

} // namespace vendo::ui

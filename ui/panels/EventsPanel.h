#pragma once

#include "client/VendoClient.h"
#include "events/StreamEvent.h"
#include "events/StreamStatus.h"
#include "ui/models/EventsModel.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace vendo::ui {

class Badge;
class EventFeed;
class MessageBar;
class Services;

// The app's live events (docs/service-contract.md "Live events"): a bounded timeline, filtered to the
// current user's connections or not, that can be paused and cleared, and the stream's state in words
// (connected, reconnecting in N s, the stream limit). The stream is opened through Services when the
// panel is built (it takes one of the app's five streams) and follows the profile's key. "Watch"
// waits for one connection to become connected.
class EventsPanel : public QWidget
{
    Q_OBJECT

public:
    // A connection to wait for: matched by its id, or by its slug and owner when it had no id yet.
    struct Watch
    {
        QString slug;
        QString connectionId;
        QString userId;
        QString name; // what the notification calls it
    };

    explicit EventsPanel(Services *services, QWidget *parent = nullptr);
    ~EventsPanel() override;

    // The app's client (no identity needed); nullopt without a key. Restarts a running stream.
    void setClient(const std::optional<client::VendoClient> &client);
    void setScope(const EventsModel::Scope &scope);
    void startStream();
    void stopStream();
    bool isStreaming() const;
    const events::StreamStatus &status() const { return m_status; }

    // Paused: the timeline stands still; new events wait (bounded) and join it on resume.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void clear();

    // Starts the stream if need be. Replaces an earlier watch of the same connection.
    void watch(const Watch &watch);
    const QList<Watch> &watches() const { return m_watches; }

    EventsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    MessageBar *messageBar() const { return m_messages; }
    Badge *stateBadge() const { return m_stateBadge; }
    QLabel *stateText() const { return m_stateText; }
    QComboBox *scopeChoice() const { return m_scopeChoice; }

signals:
    // Every event as it arrives (before the timeline's batching), for the panels that show its connection.
    void eventArrived(const vendo::events::StreamEvent &event);
    void watchedConnected(const vendo::ui::EventsPanel::Watch &watch);
    void statusChanged(const vendo::events::StreamStatus &status);

private:
    void onEvent(const events::StreamEvent &event);
    void onStatus(const events::StreamStatus &status);
    void flush();
    void updateState();
    void updateCounts();
    void updateWatches();
    void updateControls();
    void applyFilter();

    Services *m_services;
    std::optional<client::VendoClient> m_client;
    std::unique_ptr<EventFeed> m_feed;
    bool m_wanted = true; // the operator has not disconnected
    events::StreamStatus m_status;
    QElapsedTimer m_sinceStatus; // for the reconnect countdown
    QList<events::StreamEvent> m_pending; // not yet in the timeline (batched, or held while paused)
    qint64 m_heldDropped = 0;
    bool m_paused = false;
    QTimer m_flushTimer;
    QTimer m_countdown;
    QList<Watch> m_watches;
    EventsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    MessageBar *m_messages;
    Badge *m_stateBadge;
    QLabel *m_stateText;
    QComboBox *m_scopeChoice;
    QPushButton *m_pause;
    QPushButton *m_clear;
    QPushButton *m_connect;
    QLabel *m_counts;
    QLabel *m_watching;
    QTableView *m_view;
};

} // namespace vendo::ui

Q_DECLARE_METATYPE(vendo::ui::EventsPanel::Watch)

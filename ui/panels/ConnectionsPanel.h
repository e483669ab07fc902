#pragma once

#include "client/ConnectionsJob.h"
#include "client/VendoClient.h"
#include "events/StreamEvent.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace vendo::ui {

class ConnectionsModel;
class MessageBar;

// The user's connections: provider, status badge, profile, error message and set-up/re-auth link,
// with a filter box. Loads through the scoped client; never blocks.
class ConnectionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionsPanel(QWidget *parent = nullptr);
    ~ConnectionsPanel() override;

    // nullopt: no scoped client (no identity or no key); clears the table.
    void setClient(const std::optional<client::VendoClient> &client);
    void refresh();
    bool isLoading() const { return m_job != nullptr; }

    ConnectionsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    MessageBar *messageBar() const { return m_messages; }
    const std::optional<client::ConnectionsResult> &lastResult() const { return m_lastResult; }

    // Shows the confirmation for the row's link (proxy row); the browser opens only from its button.
    void requestOpenLink(int proxyRow);

    // A live event about one of the rows (its connection id, or its slug when the event names
    // `userId`, the identity's user): the row shows the new status at once, and the list is asked
    // for again shortly after (once for a burst), its rows changed in place. False: not on screen.
    bool applyEvent(const events::StreamEvent &event, const QString &userId);
    // "Watch until connected" for the selected row (proxy row), or the current one.
    void requestWatch(int proxyRow = -1);
    QToolButton *watchButton() const { return m_watch; }

signals:
    void loaded(const vendo::client::ConnectionsResult &result);
    void watchRequested(const vendo::client::Connection &connection);

private:
    void onFinished(const client::ConnectionsResult &result);
    // Puts the filtering and sorting proxy between the model and the view (once, before rows arrive).
    void useProxy();
    void updateSummary();
    void updateWatchButton();

    std::optional<client::VendoClient> m_client;
    QPointer<client::ConnectionsJob> m_job;
    std::optional<client::ConnectionsResult> m_lastResult;
    ConnectionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    MessageBar *m_messages;
    QLineEdit *m_filter;
    QToolButton *m_refresh;
    QToolButton *m_watch;
    QTimer m_eventRefresh; // one reload for a burst of events
    bool m_quietReload = false; // this reload follows events: rows change in place
    QLabel *m_summary;
    QTableView *m_view;
};

} // namespace vendo::ui

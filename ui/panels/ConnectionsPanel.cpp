#include "ui/panels/ConnectionsPanel.h"

#include "client/ConnectionsJob.h"
#include "client/ServiceLink.h"
#include "ui/models/ConnectionsModel.h"
#include "ui/widgets/BadgeDelegate.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBar.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace vendo::ui {

ConnectionsPanel::ConnectionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConnectionsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_messages(new MessageBar(this))
    , m_filter(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
    , m_watch(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("connectionsPanel"));
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("connectionsFilter"));
    m_filter->setAccessibleName(tr("Filter connections"));
    m_filter->setPlaceholderText(tr("Filter by provider, status, profile or error…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only the connections that contain this text"));
    m_refresh->setIcon(actionIcon(QStringLiteral("refresh")));
    m_refresh->setAccessibleName(tr("Reload connections"));
    m_refresh->setToolTip(tr("Load the user's connections again (F5)"));

    m_watch->setObjectName(QStringLiteral("watchConnection"));
    m_watch->setIcon(actionIcon(QStringLiteral("watch")));
    m_watch->setText(tr("Watch"));
    m_watch->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_watch->setAccessibleName(tr("Watch until connected"));
    m_watch->setToolTip(tr("Tell me when the selected connection becomes connected (through the live events)"));

    m_view->setObjectName(QStringLiteral("connectionsView"));
    m_view->setAccessibleName(tr("Connections"));
    // The empty model at first; the filtering and sorting proxy joins with the first rows (useProxy).
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ConnectionsModel::Status, new BadgeDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConnectionsModel::Provider, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionsModel::Error, QHeaderView::Stretch);
    m_view->setColumnWidth(ConnectionsModel::Provider, 220);
    m_view->setColumnWidth(ConnectionsModel::Status, 160);
    m_view->setColumnWidth(ConnectionsModel::Profile, 150);
    m_view->setColumnWidth(ConnectionsModel::Link, 110);
    m_view->setWordWrap(false);

    auto *top = new QHBoxLayout;
    // A filter as wide as a long provider name or error code, not as the window: a field a thousand
    // pixels wide is hard to read and costs its frame's stroke in every paint.
    top->addWidget(m_filter, 2);
    top->addStretch(3);
    top->addWidget(m_summary);
    top->addWidget(m_watch);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_messages);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &ConnectionsPanel::updateSummary);
    connect(m_refresh, &QToolButton::clicked, this, &ConnectionsPanel::refresh);
    connect(m_watch, &QToolButton::clicked, this, [this] { requestWatch(); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        QAction *watch = menu->addAction(actionIcon(QStringLiteral("watch")), tr("Watch until connected"));
        const int row = index.row();
        connect(watch, &QAction::triggered, this, [this, row] { requestWatch(row); });
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    m_eventRefresh.setSingleShot(true);
    m_eventRefresh.setInterval(150);
    connect(&m_eventRefresh, &QTimer::timeout, this, [this] {
        if (!m_client || m_job)
            return;
        m_quietReload = true;
        refresh();
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == ConnectionsModel::Link)
            requestOpenLink(index.row());
    });
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == ConnectionsModel::Link)
            requestOpenLink(index.row());
    });
    setClient(std::nullopt);
}

ConnectionsPanel::~ConnectionsPanel()
{
    // A cancelled job reports at once: it must not reach this half-destroyed panel or its observers.
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void ConnectionsPanel::setClient(const std::optional<client::VendoClient> &client)
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job = nullptr;
    }
    m_client = client;
    m_lastResult.reset();
    m_model->setConnections({});
    m_messages->clearMessage();
    m_refresh->setEnabled(m_client.has_value());
    updateSummary();
    updateWatchButton();
}

void ConnectionsPanel::refresh()
{
    if (!m_client)
        return;
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    m_messages->clearMessage();
    m_summary->setText(tr("Loading…"));
    m_job = m_client->connections(false);
    connect(m_job, &client::ConnectionsJob::finished, this, &ConnectionsPanel::onFinished);
}

void ConnectionsPanel::onFinished(const client::ConnectionsResult &result)
{
    m_job = nullptr;
    m_lastResult = result;
    const bool quiet = std::exchange(m_quietReload, false);
    if (result.ok()) {
        useProxy();
        if (quiet)
            m_model->updateConnections(result.value.value());
        else
            m_model->setConnections(result.value.value());
    } else {
        m_model->setConnections({});
        const client::VendoError &error = result.value.error();
        m_messages->showMessage(MessageBar::Level::Error,
                                tr("%1 (%2): %3 %4")
                                    .arg(error.className(),
                                         error.code.isEmpty() ? QString::number(error.httpStatus) : error.code,
                                         error.summary(), error.remediation()));
    }
    updateSummary();
    updateWatchButton();
    emit loaded(result);
}

void ConnectionsPanel::useProxy()
{
    if (m_proxy->sourceModel())
        return;
    QHeaderView *header = m_view->horizontalHeader();
    const QByteArray columns = header->saveState(); // widths, resize modes, sort column and order
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    header->restoreState(columns);
    m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void ConnectionsPanel::updateSummary()
{
    if (m_job)
        return;
    if (!m_client) {
        m_summary->setText(tr("No user identity yet"));
        return;
    }
    if (!m_lastResult) {
        m_summary->clear();
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const qint64 ms = m_lastResult->meta.durationMs;
    m_summary->setText(shown == total ? tr("%n connection(s) · %1 ms", nullptr, total).arg(ms)
                                      : tr("%1 of %n connection(s) · %2 ms", nullptr, total).arg(shown).arg(ms));
}

bool ConnectionsPanel::applyEvent(const events::StreamEvent &event, const QString &userId)
{
    using events::EventKind;
    if (!m_client || event.slug.isEmpty())
        return false;
    const bool sameUser = !userId.isEmpty() && event.json.value(QLatin1StringView("user_id")).toString() == userId;
    const int row = m_model->rowOf(event.connectionId, event.slug, sameUser);
    if (row < 0)
        return false;
    // The status the event gives; a disconnection's `status` is the one before the revocation.
    if (event.kind == EventKind::ConnectionConnected)
        m_model->setStatus(row, QStringLiteral("connected"));
    else if (event.kind == EventKind::ConnectionStatusChanged)
        m_model->setStatus(row, event.status);
    m_eventRefresh.start();
    return true;
}

void ConnectionsPanel::requestWatch(int proxyRow)
{
    if (proxyRow < 0) {
        const QModelIndex current = m_view->selectionModel() ? m_view->selectionModel()->currentIndex() : QModelIndex();
        proxyRow = current.isValid() ? current.row() : -1;
    }
    const QAbstractItemModel *shown = m_view->model();
    const QModelIndex index = shown->index(proxyRow, 0);
    if (!index.isValid())
        return;
    const QModelIndex source = shown == m_proxy ? m_proxy->mapToSource(index) : index;
    emit watchRequested(m_model->connections().at(source.row()));
}

void ConnectionsPanel::updateWatchButton()
{
    m_watch->setEnabled(m_client.has_value() && m_model->rowCount() > 0);
}

void ConnectionsPanel::requestOpenLink(int proxyRow)
{
    const QModelIndex source = m_proxy->mapToSource(m_proxy->index(proxyRow, 0));
    if (!source.isValid())
        return;
    const client::Connection &connection = m_model->connections().at(source.row());
    if (!connection.hasSetupUrl)
        return;
    const QUrl url = connection.setupUrl;
    const QString name = connection.displayName.isEmpty() ? connection.slug : connection.displayName;
    const QString problem = m_client ? client::ServiceLink::openProblem(url, m_client->profile())
                                     : tr("No profile to compare the link with.");
    if (!problem.isEmpty()) {
        // Shown, never opened: where it goes and why not (not the link itself: it embeds the key).
        m_messages->showMessage(
            MessageBar::Level::Error,
            tr("The %1 link was not opened: %2 It points to %3.").arg(name, problem, client::ServiceLink::origin(url)));
        return;
    }
    m_messages->showMessage(
        MessageBar::Level::Warning,
        tr("Open the %1 link at %2 in your browser? The link embeds the app's API key: do not paste it into a "
           "ticket or chat, and open it only on a computer you trust.")
            .arg(name, client::ServiceLink::origin(url)),
        tr("Open in browser"), [url] { QDesktopServices::openUrl(url); });
}

} // namespace vendo::ui

#include "ui/panels/EventsPanel.h"

#include "ui/widgets/Badge.h"
#include "ui/widgets/BadgeDelegate.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/PlainToolTip.h"
#include "ui/window/Services.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace vendo::ui {

using events::EventKind;
using events::StreamEvent;
using events::StreamState;
using events::StreamStatus;

namespace {
constexpr int kFlushIntervalMs = 50; // a timeline update at most 20 times a second

bool becameConnected(const StreamEvent &event)
{
    if (event.kind == EventKind::ConnectionConnected)
        return true;
    return event.status == QLatin1String("connected")
        && (event.kind == EventKind::ConnectionStatusChanged || event.kind == EventKind::ConnectionChanged);
}

bool matches(const EventsPanel::Watch &watch, const StreamEvent &event)
{
    if (!watch.connectionId.isEmpty() && event.connectionId == watch.connectionId)
        return true;
    return event.slug == watch.slug && !watch.userId.isEmpty()
        && event.json.value(QLatin1StringView("user_id")).toString() == watch.userId;
}
} // namespace

EventsPanel::EventsPanel(Services *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new EventsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_messages(new MessageBar(this))
    , m_stateBadge(new Badge(this))
    , m_stateText(new QLabel(this))
    , m_scopeChoice(new QComboBox(this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_connect(new QPushButton(this))
    , m_counts(new QLabel(this))
    , m_watching(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("eventsPanel"));
    m_stateBadge->setObjectName(QStringLiteral("eventStreamState"));
    m_stateText->setObjectName(QStringLiteral("eventStreamDetail"));
    m_stateText->setTextFormat(Qt::PlainText);
    m_stateText->setWordWrap(true);
    m_scopeChoice->setObjectName(QStringLiteral("eventsScope"));
    m_scopeChoice->setAccessibleName(tr("Which events to show"));
    m_scopeChoice->addItem(tr("All events of the app"));
    m_scopeChoice->addItem(tr("This user's connections"));
    m_scopeChoice->setToolTip(tr("This user: the events that name the identity's user id or one of the connections "
                                 "listed for it"));
    m_pause->setObjectName(QStringLiteral("eventsPause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Hold the timeline still; new events wait and join it on resume"));
    m_clear->setObjectName(QStringLiteral("eventsClear"));
    m_clear->setToolTip(tr("Remove every event from the timeline"));
    m_connect->setObjectName(QStringLiteral("eventsConnect"));
    m_counts->setObjectName(QStringLiteral("eventsCounts"));
    m_watching->setObjectName(QStringLiteral("eventsWatching"));
    m_watching->setTextFormat(Qt::PlainText);
    m_watching->setWordWrap(true);
    m_watching->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(EventsModel::kMineRole);
    m_view->setObjectName(QStringLiteral("eventsView"));
    m_view->setAccessibleName(tr("Event timeline"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(EventsModel::Status, new BadgeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: a flood of events is laid out without measuring each row.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(EventsModel::Details, QHeaderView::Stretch);
    m_view->setColumnWidth(EventsModel::Time, 100);
    m_view->setColumnWidth(EventsModel::Kind, 210);
    m_view->setColumnWidth(EventsModel::Provider, 110);
    m_view->setColumnWidth(EventsModel::Status, 140);
    m_view->setColumnWidth(EventsModel::Who, 260);

    auto *state = new QHBoxLayout;
    state->addWidget(m_stateBadge);
    state->addWidget(m_stateText, 1);
    state->addWidget(m_connect);
    auto *top = new QHBoxLayout;
    top->addWidget(m_scopeChoice);
    top->addWidget(m_pause);
    top->addWidget(m_clear);
    top->addStretch();
    top->addWidget(m_counts);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_messages);
    layout->addLayout(state);
    layout->addLayout(top);
    layout->addWidget(m_watching);
    layout->addWidget(m_view, 1);

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventsPanel::flush);
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &EventsPanel::updateState);
    connect(m_scopeChoice, &QComboBox::currentIndexChanged, this, &EventsPanel::applyFilter);
    connect(m_pause, &QPushButton::toggled, this, &EventsPanel::setPaused);
    connect(m_clear, &QPushButton::clicked, this, &EventsPanel::clear);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (isStreaming())
            stopStream();
        else
            startStream();
    });
    updateState();
    updateCounts();
    updateControls();
}

EventsPanel::~EventsPanel() = default;

void EventsPanel::setClient(const std::optional<client::VendoClient> &client)
{
    m_feed.reset();
    m_client = client;
    m_status = {};
    if (m_client && m_wanted)
        startStream();
    updateState();
    updateControls();
}

void EventsPanel::startStream()
{
    m_wanted = true;
    if (!m_client) {
        updateState();
        return;
    }
    if (!m_feed) {
        m_feed = m_services->eventFeed(*m_client,
                                       { .onEvent = [this](const StreamEvent &event) { onEvent(event); },
                                         .onStatus = [this](const StreamStatus &status) { onStatus(status); } });
    }
    if (m_feed)
        m_feed->start();
    updateControls();
}

void EventsPanel::stopStream()
{
    m_wanted = false;
    if (m_feed)
        m_feed->stop();
    updateControls();
}

bool EventsPanel::isStreaming() const
{
    return m_feed && m_status.state != StreamState::Stopped && m_status.state != StreamState::Idle;
}

void EventsPanel::setScope(const EventsModel::Scope &scope)
{
    m_model->setScope(scope);
    applyFilter();
}

void EventsPanel::applyFilter()
{
    m_proxy->setFilterFixedString(m_scopeChoice->currentIndex() == 1 ? QStringLiteral("true") : QString());
    m_proxy->invalidate();
    updateCounts();
}

void EventsPanel::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused); // comes back here through toggled
    if (m_paused == paused)
        return;
    m_paused = paused;
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    if (!paused)
        flush();
    updateCounts();
}

void EventsPanel::clear()
{
    m_model->clear();
    m_pending.clear();
    m_heldDropped = 0;
    updateCounts();
}

void EventsPanel::watch(const Watch &watch)
{
    for (qsizetype i = 0; i < m_watches.size(); ++i) {
        const Watch &old = m_watches.at(i);
        if (old.slug == watch.slug && old.userId == watch.userId && old.connectionId == watch.connectionId)
            m_watches.removeAt(i--);
    }
    m_watches.append(watch);
    if (!isStreaming())
        startStream();
    updateWatches();
}

void EventsPanel::onEvent(const StreamEvent &event)
{
    emit eventArrived(event);
    if (becameConnected(event)) {
        for (qsizetype i = 0; i < m_watches.size(); ++i) {
            if (matches(m_watches.at(i), event)) {
                const Watch done = m_watches.takeAt(i--);
                emit watchedConnected(done);
            }
        }
        updateWatches();
    }
    m_pending.append(event);
    if (m_pending.size() > EventsModel::kMaxRows) {
        const qsizetype excess = m_pending.size() - EventsModel::kMaxRows;
        m_pending.remove(0, excess);
        m_heldDropped += excess;
    }
    if (!m_paused && !m_flushTimer.isActive())
        m_flushTimer.start();
    else if (m_paused)
        updateCounts();
}

void EventsPanel::flush()
{
    if (m_paused || m_pending.isEmpty())
        return;
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    const QList<StreamEvent> batch = std::exchange(m_pending, {});
    m_model->append(batch);
    if (atEnd)
        m_view->scrollToBottom();
    updateCounts();
}

void EventsPanel::onStatus(const StreamStatus &status)
{
    m_status = status;
    m_sinceStatus.start();
    updateState();
    updateControls();
    emit statusChanged(status);
}

void EventsPanel::updateState()
{
    const StreamStatus &s = m_status;
    const qint64 remainingMs = qMax<qint64>(0, s.retryInMs - (m_sinceStatus.isValid() ? m_sinceStatus.elapsed() : 0));
    const qint64 seconds = (remainingMs + 999) / 1000;
    const bool counting = s.state == StreamState::Reconnecting || s.state == StreamState::StreamLimitReached;
    if (counting && !m_countdown.isActive())
        m_countdown.start();
    else if (!counting)
        m_countdown.stop();

    switch (s.state) {
    case StreamState::Idle:
        if (!m_client) {
            m_stateBadge->setBadge(tr("No stream"), Tone::Neutral);
            m_stateText->setText(tr("The event stream needs the profile's API key (no identity is needed)."));
        } else {
            m_stateBadge->setBadge(tr("Not connected"), Tone::Neutral);
            m_stateText->setText(tr("Connect to follow the app's events as they happen."));
        }
        break;
    case StreamState::Connecting:
        m_stateBadge->setBadge(tr("Connecting"), Tone::Info);
        m_stateText->setText(tr("Opening the event stream (attempt %1)…").arg(s.attempt));
        break;
    case StreamState::Connected:
        m_stateBadge->setBadge(tr("Connected"), Tone::Good);
        m_stateText->setText(shownText(s.lastEventId.isEmpty()
                                           ? tr("Receiving the app's events live.")
                                           : tr("Receiving the app's events live; last event %1.").arg(s.lastEventId)));
        break;
    case StreamState::Reconnecting:
        m_stateBadge->setBadge(tr("Reconnecting"), Tone::Warning);
        m_stateText->setText(shownText(
            (s.error ? tr("%1: %2").arg(s.error->className(), s.error->summary()) + QLatin1Char(' ') : QString())
            + tr("Reconnecting in %n s (attempt %1); missed events are replayed.", nullptr, int(seconds))
                  .arg(s.attempt)));
        break;
    case StreamState::StreamLimitReached:
        m_stateBadge->setBadge(tr("Stream limit reached"), Tone::Bad);
        m_stateText->setText(tr("429 rate_limit_sse_streams: the app already has 5 event streams open (other "
                                "windows, CLIs or the customer's own services). Retrying in %n s (attempt %1).",
                                nullptr, int(seconds))
                                 .arg(s.attempt));
        break;
    case StreamState::Stopped:
        if (s.error) {
            m_stateBadge->setBadge(tr("Stopped"), Tone::Bad);
            m_stateText->setText(
                shownText(tr("%1 (%2): %3 %4")
                              .arg(s.error->className(),
                                   s.error->code.isEmpty() ? QString::number(s.error->httpStatus) : s.error->code,
                                   s.error->summary(), s.error->remediation())));
        } else {
            m_stateBadge->setBadge(tr("Disconnected"), Tone::Neutral);
            m_stateText->setText(tr("The stream is closed. Connect to follow the app's events again."));
        }
        break;
    }
    m_stateBadge->setAccessibleName(tr("Event stream: %1").arg(m_stateBadge->text()));
}

void EventsPanel::updateCounts()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text
        = shown == total ? tr("%n event(s)", nullptr, total) : tr("%1 of %n event(s)", nullptr, total).arg(shown);
    if (m_model->droppedRows() + m_heldDropped > 0)
        text += QStringLiteral(" · ")
            + tr("%n older dropped", nullptr, int(qMin<qint64>(m_model->droppedRows() + m_heldDropped, INT_MAX)));
    if (m_paused)
        text += QStringLiteral(" · ") + tr("paused, %n new held", nullptr, int(m_pending.size()));
    m_counts->setText(text);
}

void EventsPanel::updateWatches()
{
    QStringList names;
    for (const Watch &watch : std::as_const(m_watches))
        names << watch.name;
    m_watching->setVisible(!names.isEmpty());
    m_watching->setText(shownText(tr("Watching until connected: %1").arg(names.join(QStringLiteral(", ")))));
}

void EventsPanel::updateControls()
{
    const bool streaming = isStreaming();
    m_connect->setEnabled(m_client.has_value());
    m_connect->setText(streaming ? tr("Disconnect") : tr("Connect"));
    m_connect->setToolTip(streaming ? tr("Close the event stream (it counts against the app's five)")
                                    : tr("Open the app's event stream"));
}

} // namespace vendo::ui

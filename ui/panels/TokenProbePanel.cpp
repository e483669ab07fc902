#include "ui/panels/TokenProbePanel.h"

#include "client/TokenJob.h"
#include "client/TokensJob.h"
#include "ui/models/ProbeModel.h"
#include "ui/widgets/BadgeDelegate.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/PlainToolTip.h"
#include "ui/widgets/SecretClipboard.h"
#include "ui/widgets/TimeText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace vendo::ui {

TokenProbePanel::TokenProbePanel(const jwt::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_model(new ProbeModel(clock, this))
    , m_clipboard(new SecretClipboard(this))
    , m_messages(new MessageBar(this))
    , m_addSlug(new QLineEdit(this))
    , m_probeSelected(new QPushButton(actionIcon(QStringLiteral("probe")), tr("Probe selected"), this))
    , m_probeAll(new QPushButton(tr("Probe all"), this))
    , m_cancel(new QPushButton(actionIcon(QStringLiteral("cancel")), tr("Cancel"), this))
    , m_reveal(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("tokenProbePanel"));
    m_addSlug->setObjectName(QStringLiteral("probeAddSlug"));
    m_addSlug->setAccessibleName(tr("Add a provider slug"));
    m_addSlug->setPlaceholderText(tr("Add a provider slug…"));
    m_addSlug->setToolTip(tr("Probe a provider that is not in the user's connections (Enter adds it)"));
    m_probeSelected->setObjectName(QStringLiteral("probeSelected"));
    m_probeSelected->setToolTip(tr("Fetch the tokens of the selected providers (Ctrl+Return)"));
    m_probeAll->setObjectName(QStringLiteral("probeAll"));
    m_probeAll->setToolTip(tr("Fetch the tokens of every provider in the list, in parallel (Ctrl+Shift+Return)"));
    m_cancel->setToolTip(tr("Cancel the requests still running (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_reveal->setIcon(actionIcon(QStringLiteral("reveal")));
    m_reveal->setAccessibleName(tr("Reveal token"));
    m_reveal->setToolTip(tr("Show the selected token in clear for %n second(s) (Ctrl+R)", nullptr,
                            int(ProbeModel::kDefaultRevealDuration.count() / 1000)));
    m_reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_copy->setIcon(actionIcon(QStringLiteral("copy")));
    m_copy->setAccessibleName(tr("Copy token"));
    m_copy->setToolTip(tr("Copy the selected token; the clipboard is cleared after %n second(s) (Ctrl+Shift+C)",
                          nullptr, int(SecretClipboard::kDefaultClearInterval.count() / 1000)));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(180);
    m_progress->hide();

    m_view->setObjectName(QStringLiteral("probeView"));
    m_view->setAccessibleName(tr("Provider tokens"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ProbeModel::Status, new BadgeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ProbeModel::Error, QHeaderView::Stretch);
    m_view->setColumnWidth(ProbeModel::Provider, 150);
    m_view->setColumnWidth(ProbeModel::Status, 200);
    m_view->setColumnWidth(ProbeModel::Token, 140);
    m_view->setColumnWidth(ProbeModel::Type, 60);
    m_view->setColumnWidth(ProbeModel::Expires, 160);
    m_view->setColumnWidth(ProbeModel::Latency, 70);
    m_view->setColumnWidth(ProbeModel::Attempts, 70);
    m_details->setObjectName(QStringLiteral("probeDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);

    auto *top = new QHBoxLayout;
    top->addWidget(m_probeSelected);
    top->addWidget(m_probeAll);
    top->addWidget(m_cancel);
    top->addWidget(m_progress);
    top->addStretch();
    top->addWidget(m_addSlug);
    top->addWidget(m_reveal);
    top->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_messages);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    connect(m_probeSelected, &QPushButton::clicked, this, &TokenProbePanel::probeSelected);
    connect(m_probeAll, &QPushButton::clicked, this, &TokenProbePanel::probeAll);
    connect(m_cancel, &QPushButton::clicked, this, &TokenProbePanel::cancel);
    connect(m_reveal, &QToolButton::clicked, this, &TokenProbePanel::revealCurrent);
    connect(m_copy, &QToolButton::clicked, this, &TokenProbePanel::copyCurrent);
    connect(m_addSlug, &QLineEdit::returnPressed, this, [this] {
        const QString slug = m_addSlug->text().trimmed();
        if (slug.isEmpty())
            return;
        const int row = m_model->addSlug(slug);
        m_view->selectRow(row);
        m_addSlug->clear();
        updateControls();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateControls();
        updateDetails();
    });
    connect(m_model, &ProbeModel::dataChanged, this, &TokenProbePanel::updateDetails);
    connect(m_model, &ProbeModel::modelReset, this, &TokenProbePanel::updateControls);
    connect(m_clipboard, &SecretClipboard::expired, this, [this](bool cleared) {
        if (cleared)
            m_messages->showMessage(MessageBar::Level::Info, tr("The copied token was cleared from the clipboard."));
    });
    updateControls();
}

TokenProbePanel::~TokenProbePanel()
{
    for (const auto &job : std::as_const(m_jobs)) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

void TokenProbePanel::setClient(const std::optional<client::VendoClient> &client)
{
    cancel();
    m_client = client;
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_model->resetRow(row);
    m_messages->clearMessage();
    updateControls();
}

void TokenProbePanel::setProviders(const QStringList &slugs)
{
    // Slugs the operator added by hand stay.
    QStringList merged = slugs;
    for (const ProbeModel::Row &row : m_model->rows()) {
        if (!merged.contains(row.slug) && row.state != ProbeModel::State::Idle)
            merged << row.slug;
    }
    m_model->setSlugs(merged);
    updateControls();
}

void TokenProbePanel::probe(const QStringList &slugs)
{
    if (!m_client || slugs.isEmpty())
        return;
    m_messages->clearMessage();
    QStringList fresh;
    for (const QString &slug : slugs) {
        if (m_jobs.contains(slug) || fresh.contains(slug))
            continue;
        m_model->markRunning(m_model->addSlug(slug), 1);
        fresh << slug;
    }
    if (fresh.size() == 1) {
        const QString slug = fresh.constFirst();
        client::TokenJob *job = m_client->token(slug);
        m_jobs.insert(slug, job);
        connect(job, &client::TokenJob::attemptStarted, this, [this, slug](const QUrl &, int attempt) {
            if (const int r = m_model->rowOf(slug); r >= 0)
                m_model->markRunning(r, attempt);
        });
        connect(job, &client::TokenJob::finished, this, &TokenProbePanel::onTokenFinished);
    } else {
        // Several providers: one bulk request per batch, then a single request only for the slugs it
        // could not resolve (each failure keeps its exact error). One request per slug would queue on
        // the network manager's six connections per host: 100 providers took 17 round trips.
        for (qsizetype start = 0; start < fresh.size(); start += kBulkBatch) {
            const QStringList batch = fresh.mid(start, kBulkBatch);
            client::TokensJob *job = m_client->tokens(batch);
            for (const QString &slug : batch)
                m_jobs.insert(slug, job);
            connect(job, &client::TokensJob::tokenFinished, this, &TokenProbePanel::onTokenFinished);
        }
    }
    m_total = int(m_jobs.size());
    updateControls();
}

void TokenProbePanel::probeSelected()
{
    QStringList slugs;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        slugs << m_model->row(index.row()).slug;
    probe(slugs);
}

void TokenProbePanel::probeAll()
{
    QStringList slugs;
    for (const ProbeModel::Row &row : m_model->rows())
        slugs << row.slug;
    probe(slugs);
}

void TokenProbePanel::refreshSlug(const QString &slug)
{
    const int row = m_model->rowOf(slug);
    if (row < 0 || m_jobs.contains(slug))
        return;
    const ProbeModel::State state = m_model->row(row).state;
    if (state == ProbeModel::State::Ok || state == ProbeModel::State::Failed)
        probe({ slug });
}

void TokenProbePanel::cancel()
{
    // Each job reports Cancelled for each of its slugs, which settles their rows. A bulk job stands
    // for several slugs; cancelling it twice is harmless.
    const auto jobs = m_jobs;
    for (const auto &job : jobs) {
        if (job)
            job->cancel();
    }
}

void TokenProbePanel::onTokenFinished(const client::TokenResult &result)
{
    m_jobs.remove(result.slug);
    if (const int row = m_model->rowOf(result.slug); row >= 0)
        m_model->setResult(row, result);
    updateControls();
    if (m_jobs.isEmpty())
        emit probeFinished();
}

int TokenProbePanel::currentRow() const
{
    const QModelIndex index = m_view->selectionModel()->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void TokenProbePanel::revealCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    if (m_model->isRevealed(row))
        m_model->hide(row);
    else
        m_model->reveal(row);
}

void TokenProbePanel::copyCurrent()
{
    const QString token = m_model->tokenValue(currentRow());
    if (token.isEmpty())
        return;
    m_clipboard->copy(token);
    m_messages->showMessage(MessageBar::Level::Info,
                            tr("Token copied. The clipboard is cleared in %1 if it still holds it.")
                                .arg(TimeText::duration(m_clipboard->clearInterval().count() / 1000)));
}

void TokenProbePanel::updateControls()
{
    const bool running = !m_jobs.isEmpty();
    const bool usable = m_client.has_value();
    m_probeSelected->setEnabled(usable && m_view->selectionModel()->hasSelection());
    m_probeAll->setEnabled(usable && m_model->rowCount() > 0);
    m_cancel->setEnabled(running);
    const bool hasToken = !m_model->tokenValue(currentRow()).isEmpty();
    m_reveal->setEnabled(hasToken);
    m_copy->setEnabled(hasToken);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setRange(0, m_total);
        m_progress->setValue(m_total - int(m_jobs.size()));
        m_progress->setFormat(tr("%v of %m done"));
    }
}

void TokenProbePanel::updateDetails()
{
    const int row = currentRow();
    if (row < 0 || row >= m_model->rowCount() || !m_model->row(row).result) {
        m_details->clear();
        return;
    }
    const client::TokenResult &result = *m_model->row(row).result;
    if (result.ok()) {
        QString text = tr("%1: token fetched in %2 ms after %n attempt(s), HTTP %3.", nullptr, result.meta.attempts)
                           .arg(result.slug)
                           .arg(result.meta.durationMs)
                           .arg(result.meta.httpStatus);
        // While revealed, the whole token here too: the table's column shows only its start.
        if (m_model->isRevealed(row))
            text += QLatin1Char('\n') + tr("Token (revealed): %1").arg(brokenIntoLines(result.value->accessToken));
        m_details->setText(shownText(text));
        return;
    }
    const client::VendoError &error = result.value.error();
    QString text = tr("%1: %2 (the SDK raises %3, code %4). %5\nWhat to do: %6")
                       .arg(result.slug, error.className(), error.sdkClass(), error.sdkCode(), error.summary(),
                            error.remediation());
    if (const auto remaining = m_model->retryAfterRemaining(row))
        text += QLatin1Char('\n') + tr("Retry-After: %1").arg(TimeText::relative(*remaining));
    m_details->setText(shownText(text));
}

} // namespace vendo::ui

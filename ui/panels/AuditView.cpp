#include "ui/panels/AuditView.h"

#include "client/Redaction.h"
#include "ui/models/AuditModel.h"
#include "ui/widgets/PlainToolTip.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>

namespace vendo::ui {

namespace {

constexpr int kTopEntries = 6; // issuers and kids charted by name; the rest as one bar
constexpr int kChartIntervalMs = 500;

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString expiryText(const QString &bucket)
{
    // The stable keys of jwt::AuditSummary::expiryBucket, in words.
    if (bucket == QLatin1String("expired > 1 d"))
        return AuditView::tr("expired over a day ago");
    if (bucket == QLatin1String("expired 1 h - 1 d"))
        return AuditView::tr("expired 1 h – 1 d ago");
    if (bucket == QLatin1String("expired < 1 h"))
        return AuditView::tr("expired within the hour");
    if (bucket == QLatin1String("valid < 5 min"))
        return AuditView::tr("valid, under 5 min left");
    if (bucket == QLatin1String("valid 5 - 60 min"))
        return AuditView::tr("valid, 5–60 min left");
    if (bucket == QLatin1String("valid > 1 h"))
        return AuditView::tr("valid, over an hour left");
    if (bucket == QLatin1String("not yet valid"))
        return AuditView::tr("not yet valid");
    if (bucket == QLatin1String("no exp"))
        return AuditView::tr("no expiry");
    return AuditView::tr("unknown");
}

using Entries = QList<std::pair<QString, qint64>>;

// QProgressBar::setValue repaints the bar at once, outside the event loop's one paint per frame, whenever
// what it shows changes: a few times a second for a dozen bars. Here the new value waits for that paint.
void setBarValue(QProgressBar *bar, int value)
{
    if (bar->value() == value)
        return;
    bar->setUpdatesEnabled(false);
    bar->setValue(value);
    bar->setUpdatesEnabled(true);
    bar->update();
}

void setTextIfChanged(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
}

// The largest kTopEntries of a count map, and the rest summed.
Entries top(const QMap<QString, qint64> &counts)
{
    Entries entries;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        entries.append({ it.key(), it.value() });
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    if (entries.size() > kTopEntries + 1) {
        qint64 rest = 0;
        for (qsizetype i = kTopEntries; i < entries.size(); ++i)
            rest += entries.at(i).second;
        const qsizetype others = entries.size() - kTopEntries;
        entries.resize(kTopEntries);
        entries.append({ AuditView::tr("%n other(s)", nullptr, int(others)), rest });
    }
    return entries;
}

QString writeExport(const AuditRows &rows, const QString &fileName, const QStringList &secrets)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool json
        = suffix == QLatin1String("ndjson") || suffix == QLatin1String("jsonl") || suffix == QLatin1String("json");
    const QByteArray text = json ? AuditModel::toNdjson(rows) : AuditModel::toCsv(rows);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(secrets.isEmpty() ? text : client::Redaction::scrub(QString::fromUtf8(text), secrets).toUtf8());
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace

// Counts as rows of label, bar and number: Qt's own widgets, read by screen readers as "name: n of total".
class AuditView::Bars : public QGroupBox
{
public:
    Bars(const QString &title, QWidget *parent)
        : QGroupBox(title, parent)
        , m_grid(new QGridLayout(this))
    {
        m_grid->setColumnStretch(1, 1);
        m_nameWidth = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12;
        m_empty = new QLabel(AuditView::tr("none yet"), this);
        m_grid->addWidget(m_empty, 0, 0, 1, 3);
    }

    void setEntries(const Entries &entries, qint64 total)
    {
        m_empty->setVisible(entries.isEmpty());
        while (m_rows.size() < entries.size()) {
            const int r = int(m_rows.size()) + 1;
            Row row { new QLabel(this), new QProgressBar(this), new QLabel(this) };
            row.name->setTextFormat(Qt::PlainText); // an issuer or kid as the tokens wrote it
            row.bar->setTextVisible(false);
            row.bar->setMaximumHeight(row.name->sizeHint().height());
            row.bar->setMinimumWidth(60);
            row.count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_grid->addWidget(row.name, r, 0);
            m_grid->addWidget(row.bar, r, 1);
            m_grid->addWidget(row.count, r, 2);
            m_rows.append(row);
        }
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const Row &row = m_rows.at(i);
            const bool shown = i < entries.size();
            row.name->setVisible(shown);
            row.bar->setVisible(shown);
            row.count->setVisible(shown);
            if (!shown)
                continue;
            const auto &[written, count] = entries.at(i);
            const QString name = shownText(written);
            // Only what changed: each new text asks the layout again.
            // Issuers are URLs: the middle goes, the whole name stays in the tool tip and for screen readers.
            const QString elided = row.name->fontMetrics().elidedText(name, Qt::ElideMiddle, m_nameWidth);
            setTextIfChanged(row.name, elided);
            row.name->setToolTip(elided == name ? QString() : plainToolTip(name));
            setTextIfChanged(row.count, number(count));
            // QProgressBar holds an int: scale to per mille.
            row.bar->setRange(0, 1000);
            setBarValue(row.bar, total > 0 ? int(count * 1000 / total) : 0);
            const QString spoken = AuditView::tr("%1: %2 of %3").arg(name, number(count), number(total));
            if (row.bar->accessibleName() != spoken)
                row.bar->setAccessibleName(spoken);
        }
    }

private:
    struct Row
    {
        QLabel *name;
        QProgressBar *bar;
        QLabel *count;
    };
    QGridLayout *m_grid;
    int m_nameWidth = 0;
    QLabel *m_empty;
    QList<Row> m_rows;
};

AuditView::AuditView(QWidget *parent)
    : QWidget(parent)
    , m_model(new AuditModel(this))
    , m_title(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_capNote(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel audit"), this))
    , m_inspect(new QPushButton(tr("&Inspect selected token"), this))
    , m_export(new QPushButton(tr("E&xport table…"), this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_title->setObjectName(QStringLiteral("auditTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("auditProgress"));
    m_progress->setAccessibleName(tr("Audit progress"));
    m_progress->setRange(0, 1000);
    // As wide as it needs to be: a wide bar costs more to paint each time it moves.
    m_progress->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setTextFormat(Qt::PlainText);
    // Two lines, not wrapped: a wrapped label that grows or shrinks as its counts change would lay the
    // table out again a few times a second.
    m_status->setWordWrap(false);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_capNote->setObjectName(QStringLiteral("auditCapNote"));
    m_capNote->setTextFormat(Qt::PlainText);
    m_capNote->setWordWrap(false);
    m_capNote->hide();
    m_cancel->setObjectName(QStringLiteral("auditCancel"));
    m_cancel->setToolTip(tr("Stop reading the log; what was read so far stays listed and counted (Esc)"));
    m_inspect->setObjectName(QStringLiteral("auditInspect"));
    m_inspect->setToolTip(tr("Load the selected token into the inspector (Enter or double-click on a row)"));
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_export->setToolTip(tr("Save the table as CSV or NDJSON: claims and verdicts only, never a token or signature"));
    m_inspect->setEnabled(false);
    m_export->setEnabled(false);
    m_cancel->setEnabled(false);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Tokens found in the log"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the next control
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = { 6, 20, 12, 10, 13, 13, 14, 10 };
    for (int c = 0; c < AuditModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c] * em);

    m_verdicts = new Bars(tr("By verdict"), this);
    m_issuers = new Bars(tr("By issuer"), this);
    m_kids = new Bars(tr("By key id (kid)"), this);
    m_expiry = new Bars(tr("By expiry"), this);
    auto *charts = new QWidget(this);
    auto *chartsLayout = new QVBoxLayout(charts);
    for (Bars *bars : { m_verdicts, m_issuers, m_kids, m_expiry })
        chartsLayout->addWidget(bars);
    chartsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("auditCharts"));
    scroll->setAccessibleName(tr("Summary of the audit"));
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    scroll->setMinimumWidth(24 * em);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_progress, 1);
    top->addStretch();
    top->addWidget(m_cancel);
    top->addWidget(m_inspect);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_capNote);
    layout->addWidget(split, 1);
    setTabOrder(m_cancel, m_inspect);
    setTabOrder(m_inspect, m_export);
    setTabOrder(m_export, m_table);

    connect(m_cancel, &QPushButton::clicked, this, &AuditView::cancel);
    auto *escape
        = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &AuditView::cancel, Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(escape);
    connect(m_inspect, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            inspectRow(current.row());
    });
    connect(m_export, &QPushButton::clicked, this, &AuditView::chooseExportFile);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { inspectRow(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_inspect->setEnabled(current.isValid()); });
    m_title->setText(tr("No log audited yet: open or drop a log file, or paste a log."));
}

AuditView::~AuditView() = default;

bool AuditView::isRunning() const
{
    return m_job && m_job->isRunning();
}

QString AuditView::statusText() const
{
    return m_status->text();
}

void AuditView::start(AuditJob *job)
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
    }
    m_job = job;
    job->setParent(this);
    m_model->clear();
    m_chartClock.invalidate();
    m_capNote->hide();
    m_inspect->setEnabled(false);
    m_export->setEnabled(false);
    m_cancel->setEnabled(true);
    m_title->setText(shownText(tr("Audit of %1").arg(job->source().name)));
    connect(job, &AuditJob::rowsArrived, this, [this](const std::vector<AuditRow> &rows) { m_model->append(rows); });
    connect(job, &AuditJob::progressed, this, &AuditView::onProgress);
    connect(job, &AuditJob::finished, this, &AuditView::onProgress);
    onProgress(job->progress());
    job->start();
}

void AuditView::cancel()
{
    if (isRunning())
        m_job->cancel();
}

void AuditView::onProgress(const AuditProgress &p)
{
    const jwt::AuditSummary &s = p.summary;
    if (p.bytesTotal > 0) {
        m_progress->setRange(0, 1000);
        setBarValue(m_progress, int(qMin<qint64>(1000, p.bytesRead * 1000 / p.bytesTotal)));
    } else {
        m_progress->setRange(0, p.finished ? 1 : 0);
        setBarValue(m_progress, p.finished ? 1 : 0);
    }
    const QString size = p.bytesTotal >= 0
        ? tr("%1 of %2").arg(QLocale().formattedDataSize(p.bytesRead), QLocale().formattedDataSize(p.bytesTotal))
        : QLocale().formattedDataSize(p.bytesRead);
    const auto time = [&](const char *key) { return s.time.value(QLatin1String(key)); };
    const auto signature = [&](const char *key) { return s.signature.value(QLatin1String(key)); };
    const qint64 badSignature
        = signature("invalid") + signature("key_not_found") + signature("unsupported_alg") + signature("unsigned");
    const QString counts
        = tr("%1 tokens: %2 valid, %3 expired, %4 not yet valid, %5 with a bad or unknown signature, "
             "%6 malformed")
              .arg(number(s.tokens), number(time("valid")), number(time("expired")), number(time("not_yet_valid")),
                   number(badSignature), number(s.structure.value(QStringLiteral("malformed"))));
    QString state;
    if (!p.error.isEmpty())
        state = tr("Could not read %1: %2").arg(m_job ? m_job->source().name : QString(), p.error);
    else if (p.cancelled)
        state = tr("Cancelled after %1 lines (%2) in %3 s.")
                    .arg(number(p.lines), size)
                    .arg(double(p.elapsedMs) / 1000.0, 0, 'f', 1);
    else if (p.finished)
        state = tr("Done: %1 lines (%2) in %3 s.")
                    .arg(number(p.lines), QLocale().formattedDataSize(p.bytesRead))
                    .arg(double(p.elapsedMs) / 1000.0, 0, 'f', 1);
    else
        state = tr("Reading: %1 lines, %2…").arg(number(p.lines), size);
    if (m_job && !m_job->checksSignatures())
        state += QLatin1Char(' ') + tr("Signatures are not checked: the profile's key set (JWKS) is not available.");
    setTextIfChanged(m_status, state + QLatin1Char('\n') + counts);
    if (p.finished) {
        m_cancel->setEnabled(false);
        m_export->setEnabled(m_model->rowCount() > 0);
        // The focus was on Cancel: it goes to the table, where the next keys are meant for.
        if (m_cancel->hasFocus() && m_model->rowCount() > 0)
            m_table->setFocus();
    }
    if (p.finished || !m_chartClock.isValid() || m_chartClock.elapsed() >= kChartIntervalMs)
        m_chartClock.start();
    else
        return; // the charts follow a few times a second: every change lays out a grid of widgets
    m_progress->setAccessibleDescription(state);
    if (p.listed < s.tokens) {
        setTextIfChanged(m_capNote,
                         tr("The first %1 tokens are listed; all %2 are counted in the summary.")
                             .arg(number(p.listed), number(s.tokens)));
        m_capNote->show();
    }

    Entries verdicts;
    const auto add = [&](const QString &label, qint64 count) {
        if (count > 0)
            verdicts.append({ label, count });
    };
    add(tr("Time: valid"), time("valid"));
    add(tr("Time: expired"), time("expired"));
    add(tr("Time: not yet valid"), time("not_yet_valid"));
    add(tr("Time: no expiry"), time("no_exp"));
    add(tr("Time: unknown"), time("unknown"));
    add(tr("Signature: valid"), signature("valid"));
    add(tr("Signature: invalid"), signature("invalid"));
    add(tr("Signature: key not found"), signature("key_not_found"));
    add(tr("Signature: unsupported algorithm"), signature("unsupported_alg"));
    add(tr("Signature: unsigned"), signature("unsigned"));
    add(tr("Signature: not checked"), signature("not_checked"));
    add(tr("Malformed"), s.structure.value(QStringLiteral("malformed")));
    m_verdicts->setEntries(verdicts, s.tokens);
    m_issuers->setEntries(top(s.issuers), s.tokens);
    m_kids->setEntries(top(s.kids), s.tokens);
    Entries expiry;
    for (const char *bucket : { "expired > 1 d", "expired 1 h - 1 d", "expired < 1 h", "valid < 5 min",
                                "valid 5 - 60 min", "valid > 1 h", "not yet valid", "no exp", "unknown" }) {
        const qint64 count = s.expiry.value(QLatin1String(bucket));
        if (count > 0)
            expiry.append({ expiryText(QLatin1String(bucket)), count });
    }
    m_expiry->setEntries(expiry, s.tokens);

    if (p.finished) {
        m_cancel->setEnabled(false);
        m_export->setEnabled(m_model->rowCount() > 0);
        if (m_table->isVisible() && !m_table->currentIndex().isValid() && m_model->rowCount() > 0
            && m_cancel->hasFocus())
            m_table->setFocus();
    }
}

void AuditView::inspectRow(int row)
{
    if (!m_job || row < 0 || row >= m_model->rowCount())
        return;
    const AuditRow &r = m_model->row(row);
    const auto token = m_job->tokenAt(r);
    if (!token) {
        emit message(token.error());
        return;
    }
    emit identityRequested(*token, tr("%1, line %2").arg(m_job->source().name).arg(r.line));
}

QString AuditView::exportTo(const QString &fileName)
{
    return writeExport(m_model->rows(), fileName, m_secrets ? m_secrets() : QStringList());
}

void AuditView::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the audit table"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({ tr("CSV (*.csv)"), tr("NDJSON (*.ndjson)") });
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("ndjson")) ? QStringLiteral("ndjson")
                                                                          : QStringLiteral("csv"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &fileName) {
        // Up to 100,000 rows: formatted and written off the GUI thread.
        const AuditRows rows = m_model->rows();
        const QStringList secrets = m_secrets ? m_secrets() : QStringList();
        QPointer<AuditView> self(this);
        QThreadPool::globalInstance()->start([self, rows, fileName, secrets] {
            const QString error = writeExport(rows, fileName, secrets);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, error, fileName, count = rows.size()] {
                    if (!self)
                        return;
                    emit self->message(
                        error.isEmpty()
                            ? tr("Exported %n token(s) to %1.", nullptr, int(count)).arg(QFileInfo(fileName).fileName())
                            : tr("Could not export to %1: %2").arg(fileName, error));
                },
                Qt::QueuedConnection);
        });
    });
    dialog->open();
}

} // namespace vendo::ui

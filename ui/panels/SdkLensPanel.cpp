#include "ui/panels/SdkLensPanel.h"

#include "client/ConnectionsJob.h"
#include "client/TokenJob.h"
#include "client/WhoamiJob.h"
#include "jwt/Clock.h"
#include "ui/widgets/Palette.h"
#include "ui/widgets/PlainToolTip.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vendo::ui {

using sdk::Operation;
using sdk::Sdk;

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true); // the last column, the explanation, wraps at the panel's width
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

// Every column to its contents but the last, the explanation: it takes the rest of the width and wraps.
void fitColumns(QTableWidget *table)
{
    for (int column = 0; column + 1 < table->columnCount(); ++column)
        table->resizeColumnToContents(column);
    table->resizeRowsToContents();
}

QTableWidgetItem *item(const QString &text, const QString &toolTip = {})
{
    // A slug, a server's message or an SDK's error text among them: escaped, and a plain tool tip.
    auto *cell = new QTableWidgetItem(shownText(text));
    cell->setToolTip(plainToolTip(toolTip.isEmpty() ? text : toolTip));
    return cell;
}

} // namespace

SdkLensPanel::SdkLensPanel(const jwt::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_basis(new QLabel(this))
    , m_operation(new QComboBox(this))
    , m_slug(new QComboBox(this))
    , m_reproduce(new QPushButton(this))
    , m_contract(new QPushButton(tr("Probe as contract"), this))
    , m_sends(new QPlainTextEdit(this))
    , m_differences(makeTable(
          { tr("Operation"), tr("Aspect"), tr("Contract"), tr("This SDK"), tr("Source"), tr("What it means") }, this))
    , m_cache(new QLabel(this))
    , m_runsView(makeTable(
          { tr("Run"), tr("Operation"), tr("Raises / returns"), tr("HTTP"), tr("Attempts"), tr("What it means") },
          this))
{
    setObjectName(QStringLiteral("sdkLensPanel"));
    m_basis->setObjectName(QStringLiteral("sdkBasis"));
    m_basis->setTextFormat(Qt::PlainText);
    m_basis->setWordWrap(true);
    m_operation->setObjectName(QStringLiteral("sdkOperation"));
    m_operation->addItem(sdk::operationName(Operation::Token), int(Operation::Token));
    m_operation->addItem(sdk::operationName(Operation::Connections), int(Operation::Connections));
    m_operation->addItem(sdk::operationName(Operation::Whoami), int(Operation::Whoami));
    m_slug->setObjectName(QStringLiteral("sdkSlug"));
    m_slug->setEditable(true);
    m_slug->setMinimumContentsLength(12);
    m_slug->setToolTip(tr("The provider whose token() is shown and reproduced"));
    m_reproduce->setObjectName(QStringLiteral("sdkReproduce"));
    m_reproduce->setToolTip(tr("Send the request exactly as the chosen SDK sends it; its rows are labelled as a "
                               "reproduction"));
    m_contract->setObjectName(QStringLiteral("sdkProbeContract"));
    m_contract->setToolTip(tr("Send the request as the documented contract says, to compare side by side"));
    m_sends->setObjectName(QStringLiteral("sdkSends"));
    m_sends->setReadOnly(true);
    m_sends->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sends->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_differences->setObjectName(QStringLiteral("sdkDifferences"));
    m_cache->setObjectName(QStringLiteral("sdkCache"));
    m_cache->setTextFormat(Qt::PlainText);
    m_cache->setWordWrap(true);
    m_runsView->setObjectName(QStringLiteral("sdkRuns"));

    auto *controls = new QHBoxLayout;
    auto *operationLabel = new QLabel(tr("&Operation:"), this);
    operationLabel->setBuddy(m_operation);
    auto *slugLabel = new QLabel(tr("Pro&vider:"), this);
    slugLabel->setBuddy(m_slug);
    controls->addWidget(operationLabel);
    controls->addWidget(m_operation);
    controls->addWidget(slugLabel);
    controls->addWidget(m_slug);
    controls->addStretch(1);
    controls->addWidget(m_reproduce);
    controls->addWidget(m_contract);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_sends);
    split->addWidget(m_differences);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(split);
    vertical->addWidget(m_runsView);
    vertical->setChildrenCollapsible(false);
    vertical->setStretchFactor(0, 3); // what is sent and the differences; the runs are a few rows
    vertical->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_basis);
    layout->addLayout(controls);
    layout->addWidget(vertical, 1);
    layout->addWidget(m_cache);

    connect(m_operation, &QComboBox::currentIndexChanged, this, &SdkLensPanel::refresh);
    connect(m_slug, &QComboBox::currentTextChanged, this, &SdkLensPanel::refresh);
    connect(m_reproduce, &QPushButton::clicked, this, &SdkLensPanel::reproduce);
    connect(m_contract, &QPushButton::clicked, this, &SdkLensPanel::probeContract);
    refresh();
}

void SdkLensPanel::setSdk(Sdk sdk)
{
    m_sdk = sdk;
    m_cache->setProperty("slug", QString()); // the cache shown was the previous SDK's
    refresh();
}

void SdkLensPanel::setClient(const std::optional<client::VendoClient> &client)
{
    const auto whose = [](const std::optional<client::VendoClient> &c) {
        return c ? c->profile().id + QLatin1Char(' ') + c->redactedJwt() : QString();
    };
    if (whose(client) != whose(m_client)) {
        // Runs belong to the identity and profile they were made for.
        m_runs.clear();
        m_operationsRun.clear();
        m_runsView->setRowCount(0);
        m_cache->setProperty("slug", QString());
    }
    m_client = client;
    refresh();
}

void SdkLensPanel::setProviders(const QStringList &slugs)
{
    const QString current = m_slug->currentText();
    const QSignalBlocker blocker(m_slug);
    m_slug->clear();
    m_slug->addItems(slugs);
    m_slug->setCurrentText(current.isEmpty() ? slugs.value(0) : current);
    refresh();
}

void SdkLensPanel::setOperation(Operation operation, const QString &slug)
{
    const QSignalBlocker blocker(m_slug);
    if (!slug.isEmpty())
        m_slug->setCurrentText(slug);
    m_operation->setCurrentIndex(m_operation->findData(int(operation))); // refreshes when it changes
    refresh();
}

Operation SdkLensPanel::operation() const
{
    return static_cast<Operation>(m_operation->currentData().toInt());
}

QString SdkLensPanel::slug() const
{
    return m_slug->currentText().trimmed();
}

QString SdkLensPanel::sendsText() const
{
    return m_sends->toPlainText();
}

QString SdkLensPanel::basisText() const
{
    return m_basis->text();
}

QString SdkLensPanel::cacheText() const
{
    return m_cache->text();
}

QList<sdk::Difference> SdkLensPanel::appliedDifferences() const
{
    QList<Operation> operations = m_operationsRun;
    if (!operations.contains(operation()))
        operations.append(operation());
    QList<sdk::Difference> list;
    for (const Operation each : std::as_const(operations))
        list += sdk::differences(m_sdk, each);
    return list;
}

void SdkLensPanel::refresh()
{
    const sdk::SdkInfo &info = sdk::info(m_sdk);
    const Operation op = operation();
    m_slug->setEnabled(op == Operation::Token);
    m_reproduce->setText(tr("Reproduce as %1").arg(info.name));
    m_basis->setText(m_sdk == Sdk::Contract
                         ? tr("What the customer's SDK does: choose the customer's SDK beside the profile. The "
                              "documented contract is shown.")
                         : tr("What the customer's SDK does: %1, %2.").arg(info.name, sdk::basisText(m_sdk)));
    const bool ready = m_client.has_value() && (op != Operation::Token || !slug().isEmpty());
    m_reproduce->setEnabled(ready && m_sdk != Sdk::Contract && m_running == 0);
    m_contract->setEnabled(ready && m_running == 0);

    // What each sends: the SDK first, the contract below it.
    QStringList lines;
    if (!m_client) {
        lines << tr("Paste an identity token (with the profile's API key set) to see what is sent for it.");
    } else {
        const sdk::RequestContext context = sdk::contextFor(*m_client, { slug() });
        if (m_sdk != Sdk::Contract) {
            lines << tr("%1 sends:").arg(info.name);
            lines += sdk::describe(sdk::sends(m_sdk, op, context));
            lines << QString();
        }
        lines << tr("The contract sends:");
        lines += sdk::describe(sdk::sends(Sdk::Contract, op, context));
    }
    m_sends->setPlainText(shownText(lines.join(QLatin1Char('\n'))));

    // The differences, highlighted: each is something the support engineer may be looking at.
    const QList<sdk::Difference> differences = sdk::differences(m_sdk, op);
    m_differences->setRowCount(0);
    const QColor highlight = Palette::tint(Tone::Warning, palette());
    for (const sdk::Difference &d : differences) {
        const int row = m_differences->rowCount();
        m_differences->insertRow(row);
        const QString sdkValue = d.sdk ? sdk::valueText(*d.sdk) : tr("not documented");
        const QList<QTableWidgetItem *> cells { item(sdk::operationName(d.operation)),
                                                item(sdk::aspectName(d.aspect)),
                                                item(sdk::valueText(d.contract)),
                                                item(sdkValue),
                                                item(d.source),
                                                item(d.explanation) };
        for (int column = 0; column < cells.size(); ++column) {
            if (d.sdk)
                cells.at(column)->setBackground(highlight);
            m_differences->setItem(row, column, cells.at(column));
        }
    }
    if (differences.isEmpty()) {
        m_differences->insertRow(0);
        m_differences->setItem(0, 5,
                               item(m_sdk == Sdk::Contract ? tr("The contract is the reference.")
                                                           : tr("No difference from the contract is known.")));
    }
    fitColumns(m_differences);

    // The cache, before anything was fetched: the rule.
    const auto margin = sdk::find(m_sdk, Operation::Token, sdk::Aspect::CacheFreshMarginS);
    if (m_sdk == Sdk::Contract)
        m_cache->setText(tr("The contract keeps no token cache in the client: every token() asks the service."));
    else if (!margin)
        m_cache->setText(tr("%1's token cache is not documented.").arg(info.name));
    else if (m_cache->property("slug").toString().isEmpty())
        m_cache->setText(tr("%1 serves a token from its in-process cache while its expiry is more than %2 s away; "
                            "reproduce a token to see until when.")
                             .arg(info.name)
                             .arg(std::get<int>(margin->value)));
}

void SdkLensPanel::reproduce()
{
    if (m_sdk != Sdk::Contract)
        run(m_sdk);
}

void SdkLensPanel::probeContract()
{
    run(Sdk::Contract);
}

void SdkLensPanel::run(Sdk as)
{
    if (!m_client)
        return;
    const Operation op = operation();
    const QString slug = this->slug();
    if (op == Operation::Token && slug.isEmpty())
        return;
    if (!m_operationsRun.contains(op))
        m_operationsRun.append(op);
    const bool scoped = m_client->isScoped();
    const sdk::Reproduction reproduction = sdk::reproduce(as, op, *m_client);
    const QString subject = op == Operation::Token ? slug : sdk::operationName(op);
    if (!reproduction.client) {
        sdk::Run r { as, op, subject, 0, 0, {} };
        r.outcome.returns = tr("nothing: not reproduced");
        r.outcome.note = reproduction.whyNot;
        addRun(r);
        return;
    }
    ++m_running;
    refresh();
    const auto finish = [this](const sdk::Run &r) {
        --m_running;
        addRun(r);
        refresh();
    };
    if (op == Operation::Token) {
        client::TokenJob *job = reproduction.client->token(slug, this);
        connect(job, &client::TokenJob::finished, this, [=, this](const client::TokenResult &result) {
            finish({ as, op, subject, result.meta.httpStatus, result.meta.attempts, sdk::outcome(as, scoped, result) });
            if (result.ok())
                updateCache(result);
            job->deleteLater();
        });
    } else if (op == Operation::Connections) {
        client::ConnectionsJob *job = reproduction.client->connections(false, this);
        connect(job, &client::ConnectionsJob::finished, this, [=, this](const client::ConnectionsResult &result) {
            finish({ as, op, subject, result.meta.httpStatus, result.meta.attempts,
                     sdk::outcome(as, op, scoped, {}, result.ok() ? nullptr : &result.value.error()) });
            job->deleteLater();
        });
    } else {
        client::WhoamiJob *job = reproduction.client->whoami(client::Identity::As::App, this);
        connect(job, &client::WhoamiJob::finished, this, [=, this](const client::WhoamiResult &result) {
            finish({ as, op, subject, result.meta.httpStatus, result.meta.attempts,
                     sdk::outcome(as, op, scoped, {}, result.ok() ? nullptr : &result.value.error()) });
            job->deleteLater();
        });
    }
}

void SdkLensPanel::addRun(const sdk::Run &r)
{
    m_runs.append(r);
    const int row = m_runsView->rowCount();
    m_runsView->insertRow(row);
    QString result = sdk::outcomeText(r.outcome);
    if (r.outcome.fromDocumentation)
        result += tr(" (from documentation)");
    const QList<QTableWidgetItem *> cells {
        item(r.label()),
        item(r.operation == Operation::Token ? QStringLiteral("token(%1)").arg(r.subject) : r.subject),
        item(result),
        item(r.httpStatus ? QString::number(r.httpStatus) : QStringLiteral("—")),
        item(QString::number(r.attempts)),
        item(r.outcome.note),
    };
    const QColor tint = Palette::tint(r.isReproduction() ? Tone::Info : Tone::Neutral, palette());
    for (int column = 0; column < cells.size(); ++column) {
        cells.at(column)->setBackground(tint);
        m_runsView->setItem(row, column, cells.at(column));
    }
    fitColumns(m_runsView);
    emit runFinished(r);
}

void SdkLensPanel::updateCache(const client::TokenResult &result)
{
    if (m_sdk == Sdk::Contract)
        return;
    const QDateTime now = m_clock.now();
    const auto until = sdk::cachedUntil(m_sdk, now, result.value->expiresAt);
    m_cache->setProperty("slug", result.slug);
    if (until)
        m_cache->setText(
            tr("%1 would serve %2 from its cache until %3, without asking the service again.")
                .arg(sdk::info(m_sdk).name, result.slug, until->toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    else
        m_cache->setText(tr("%1 would not serve %2 from its cache: it expires within the minute.")
                             .arg(sdk::info(m_sdk).name, result.slug));
}

} // namespace vendo::ui

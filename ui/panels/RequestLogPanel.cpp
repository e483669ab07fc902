#include "ui/panels/RequestLogPanel.h"

#include "client/RequestLog.h"
#include "ui/models/RequestLogModel.h"
#include "ui/widgets/BadgeDelegate.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace vendo::ui {

RequestLogPanel::RequestLogPanel(client::RequestLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new RequestLogModel(log, this))
    , m_view(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("requestLogPanel"));
    m_view->setObjectName(QStringLiteral("requestLogView"));
    m_view->setAccessibleName(tr("Requests"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(RequestLogModel::Status, new BadgeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(RequestLogModel::Url, QHeaderView::Stretch);
    m_view->setColumnWidth(RequestLogModel::Time, 95);
    m_view->setColumnWidth(RequestLogModel::Method, 60);
    m_view->setColumnWidth(RequestLogModel::Status, 70);
    m_view->setColumnWidth(RequestLogModel::Duration, 70);
    m_view->setColumnWidth(RequestLogModel::Attempt, 60);
    m_view->setColumnWidth(RequestLogModel::Outcome, 200);
    m_detail->setObjectName(QStringLiteral("requestLogDetail"));
    m_detail->setAccessibleName(tr("Request details (redacted)"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select a request to see its redacted headers and body."));

    auto *clear = new QPushButton(tr("Clear log"), this);
    clear->setToolTip(tr("Forget the recorded requests"));
    connect(clear, &QPushButton::clicked, log, &client::RequestLog::clear);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter, 1);
    layout->addWidget(clear, 0, Qt::AlignRight);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const client::RequestLogEntry *entry = m_model->entry(current.row());
                m_detail->setPlainText(entry ? RequestLogModel::describe(*entry) : QString());
            });
    connect(m_model, &RequestLogModel::rowsInserted, this, [this] { m_view->scrollToBottom(); });
}

} // namespace vendo::ui

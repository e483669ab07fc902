// The Audit dock of the main window: a log opened, dropped or pasted is audited here (issue 20).
#include "client/LiveSecrets.h"
#include "ui/models/AuditJob.h"
#include "ui/panels/AuditView.h"
#include "ui/widgets/MessageBar.h"
#include "ui/window/InspectorSession.h"
#include "ui/window/MainWindow.h"

#include <QDockWidget>
#include <QPointer>
#include <QTableView>

namespace vendo::ui {

AuditView *MainWindow::auditView()
{
    if (m_audit)
        return m_audit;
    m_audit = new AuditView(this);
    auto *dock = new QDockWidget(tr("Audit"), this);
    dock->setObjectName(QStringLiteral("auditDock"));
    dock->setWidget(m_audit);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // Beside the other bottom panels, as one more tab.
    if (QDockWidget *neighbour = this->dock(Dock::Connections); neighbour && !neighbour->isFloating())
        tabifyDockWidget(neighbour, dock);
    // The table is what the operator reads now: more than half the window's height for it at first.
    dock->show();
    resizeDocks({ dock }, { height() * 11 / 20 }, Qt::Vertical);
    connect(m_audit, &AuditView::identityRequested, this,
            [this](const QByteArray &token, const QString &source) { loadInput(token, source); });
    connect(m_audit, &AuditView::message, this,
            [this](const QString &text) { m_messages->showMessage(MessageBar::Level::Info, text); });
    m_audit->setSecretsProvider([this] {
        client::LiveSecrets secrets;
        m_session->addSecretsTo(secrets);
        return secrets.values();
    });
    return m_audit;
}

void MainWindow::auditLog(const AuditSource &source)
{
    AuditView *view = auditView();
    auto *dock = qobject_cast<QDockWidget *>(view->parentWidget());
    if (dock) {
        dock->show();
        dock->raise();
    }
    const client::Profile profile = m_session->profile();
    jwt::VerdictOptions verdict;
    verdict.expectedIssuer = profile.expectedIssuer;
    verdict.expectedAudience = profile.expectedAudience;
    // Signatures are checked against the profile's key set; the audit waits for it (fetched once and
    // cached), then runs on a thread of its own.
    QPointer<AuditView> guard(view);
    m_session->loadKeySet([this, guard, source, verdict](std::optional<jwt::JwkSet> keys) {
        if (!guard)
            return;
        guard->start(new AuditJob(source, m_session->clock(), verdict, std::move(keys)));
        guard->table()->setFocus();
    });
}

} // namespace vendo::ui

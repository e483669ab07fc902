// The main window's actions, menus and dialogs (MainWindow.cpp holds its layout and data flow).
#include "client/HeaderBlock.h"
#include "jwt/Clock.h"
#include "secrets/SecretStore.h"
#include "secrets/SessionSecretStore.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/ApiKeyDialog.h"
#include "ui/panels/ConnectionsPanel.h"
#include "ui/panels/DecodedView.h"
#include "ui/panels/ErrorDecoderPanel.h"
#include "ui/panels/IdentityPanel.h"
#include "ui/panels/TokenProbePanel.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBar.h"
#include "ui/window/InspectorSession.h"
#include "ui/window/MainWindow.h"
#include "ui/window/ProfileSwitcher.h"
#include "ui/window/SdkChooser.h"
#include "ui/window/Services.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QToolBar>

namespace vendo::ui {

namespace {
QAction *makeAction(QObject *parent, const QString &icon, const QString &text, const QKeySequence &shortcut,
                    const QString &toolTip)
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : actionIcon(icon), text, parent);
    action->setShortcut(shortcut);
    action->setToolTip(shortcut.isEmpty()
                           ? toolTip
                           : QStringLiteral("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(toolTip);
    return action;
}
} // namespace

void MainWindow::createActions()
{
    QAction *paste = makeAction(this, QStringLiteral("paste"), tr("&Paste identity"), QKeySequence::Paste,
                                tr("Inspect the token, header block, curl command or HAR in the clipboard"));
    paste->setObjectName(QStringLiteral("pasteAction"));
    // Text fields keep their own Ctrl+V (they claim the key first); everywhere else it pastes an identity.
    paste->setShortcutContext(Qt::WindowShortcut);
    connect(paste, &QAction::triggered, this, &MainWindow::pasteFromClipboard);
    QAction *open = makeAction(this, QStringLiteral("open"), tr("&Open…"), QKeySequence::Open,
                               tr("Open a file holding a token, a header block, a curl command or a HAR"));
    connect(open, &QAction::triggered, this, &MainWindow::chooseInputFile);
    QAction *clear = makeAction(this, {}, tr("&Clear identity"), QKeySequence(Qt::CTRL | Qt::Key_L),
                                tr("Forget the current input"));
    connect(clear, &QAction::triggered, m_identity, &IdentityPanel::clear);
    QAction *exportReport
        = makeAction(this, QStringLiteral("export"), tr("&Export report…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                     tr("Save a redacted diagnostic report (Markdown or JSON) for the ticket"));
    exportReport->setObjectName(QStringLiteral("exportAction"));
    connect(exportReport, &QAction::triggered, this, &MainWindow::chooseReportFile);
    QAction *quit = makeAction(this, QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, tr("Quit"));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction *apiKey = makeAction(this, QStringLiteral("key"), tr("API &key…"), QKeySequence(Qt::CTRL | Qt::Key_K),
                                 tr("Store, replace or remove the profile's API key"));
    connect(apiKey, &QAction::triggered, this, &MainWindow::showApiKeyDialog);
    QAction *askServer = makeAction(this, QStringLiteral("ask-server"), tr("Ask the &server"), {},
                                    tr("whoami as the user: the service's own verdict on the token"));
    connect(askServer, &QAction::triggered, m_decoded, &DecodedView::askServerRequested);
    QAction *refresh = makeAction(this, QStringLiteral("connections"), tr("&Load connections"), {},
                                  tr("Load the user's connections again"));
    connect(refresh, &QAction::triggered, m_connections, &ConnectionsPanel::refresh);
    QAction *probeAll = makeAction(this, QStringLiteral("probe"), tr("Probe &all providers"), {},
                                   tr("Fetch every listed provider's token for the user, in parallel"));
    probeAll->setObjectName(QStringLiteral("probeAllAction"));
    connect(probeAll, &QAction::triggered, this, [this] {
        raiseDock(Dock::Probe);
        probePanel()->probeAll();
    });
    QAction *filter = makeAction(this, {}, tr("&Filter connections"), QKeySequence::Find,
                                 tr("Type to filter the connections table"));
    connect(filter, &QAction::triggered, this, [this] {
        raiseDock(Dock::Connections);
        m_connections->filterEdit()->setFocus();
        m_connections->filterEdit()->selectAll();
    });
    QAction *decode
        = makeAction(this, QStringLiteral("decoder"), tr("&Decode an error…"), QKeySequence(Qt::CTRL | Qt::Key_D),
                     tr("Explain an error code, HTTP status or log line"));
    connect(decode, &QAction::triggered, this, [this] {
        raiseDock(Dock::ErrorDecoder);
        errorDecoder()->input()->setFocus();
        errorDecoder()->input()->selectAll();
    });
    QAction *about = makeAction(this, QStringLiteral("about"), tr("&About Vendo Inspector"), QKeySequence::HelpContents,
                                tr("Versions of the application and its libraries"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *resetLayout = makeAction(this, {}, tr("&Reset layout"), {}, tr("Put every panel back in its place"));
    connect(resetLayout, &QAction::triggered, this, [this] {
        restoreState(m_defaultState);
        for (QDockWidget *d : std::as_const(m_docks))
            d->show();
    });

    QMenuBar *bar = menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addActions({ paste, open, clear });
    file->addSeparator();
    file->addAction(exportReport);
    file->addSeparator();
    file->addAction(quit);
    QMenu *service = bar->addMenu(tr("&Service"));
    service->addActions({ apiKey, askServer, refresh, probeAll });
    createSamplesMenu();
    QMenu *view = bar->addMenu(tr("&View"));
    view->addActions({ filter, decode });
    view->addSeparator();
    const QList<QKeySequence> dockKeys { QKeySequence(Qt::ALT | Qt::Key_1), QKeySequence(Qt::ALT | Qt::Key_2),
                                         QKeySequence(Qt::ALT | Qt::Key_3), QKeySequence(Qt::ALT | Qt::Key_4),
                                         QKeySequence(Qt::ALT | Qt::Key_5), QKeySequence(Qt::ALT | Qt::Key_6) };
    for (int i = 0; i < m_docks.size(); ++i) {
        QAction *toggle = m_docks.at(i)->toggleViewAction();
        toggle->setShortcut(dockKeys.value(i));
        toggle->setToolTip(tr("Show or hide the %1 panel").arg(m_docks.at(i)->windowTitle()));
        view->addAction(toggle);
    }
    view->addSeparator();
    view->addAction(resetLayout);
    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(about);

    // Short labels beside the toolbar icons; the menus keep the full names.
    paste->setIconText(tr("Paste"));
    open->setIconText(tr("Open"));
    probeAll->setIconText(tr("Probe all"));
    exportReport->setIconText(tr("Export"));
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(m_profiles);
    toolbar->addWidget(m_sdkChooser);
    toolbar->addSeparator();
    toolbar->addActions({ paste, open });
    toolbar->addSeparator();
    // "Ask the server" lives beside the verdicts it completes (and in the Service menu).
    toolbar->addActions({ probeAll, exportReport });
}

void MainWindow::createSamplesMenu()
{
    if (m_context.samples.isEmpty())
        return;
    QMenu *samples = menuBar()->addMenu(tr("Sample &identities"));
    samples->setObjectName(QStringLiteral("samplesMenu"));
    samples->setToolTipsVisible(true);
    int index = 1;
    for (const SampleIdentity &sample : std::as_const(m_context.samples)) {
        QAction *action = samples->addAction(actionIcon(QStringLiteral("identity")), sample.title);
        action->setObjectName(QStringLiteral("sample-") + sample.id);
        action->setToolTip(sample.description);
        action->setStatusTip(sample.description);
        if (index <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key(Qt::Key_0 + index)));
        ++index;
        const QString id = sample.id;
        connect(action, &QAction::triggered, this, [this, id] { loadSample(id); });
    }
}

void MainWindow::showApiKeyDialog()
{
    const client::Profile profile = m_session->profile();
    auto *dialog = new ApiKeyDialog(m_session->secretStore(), profile.id, profile.displayName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApiKeyDialog::keyChanged, m_session, &InspectorSession::reloadKey);
    dialog->open();
}

void MainWindow::useSessionOnlyKeys()
{
    // Never a silent fallback: the operator chose it, and a banner stays while it is in use.
    if (!m_sessionStore)
        m_sessionStore = std::make_unique<secrets::SessionSecretStore>();
    const QString reason = m_session->keyStatus().reason;
    m_session->setSecretStore(m_sessionStore.get(), tr("keychain unavailable"));
    m_sessionOnlyReason = reason;
    showApiKeyDialog();
}

void MainWindow::chooseInputFile()
{
    auto *dialog = new QFileDialog(this, tr("Open a token, header block, curl command or HAR file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({ tr("Captures (*.har *.txt *.jwt *.json *.sh *.curl)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &fileName) { openFile(fileName); });
    dialog->open();
}

void MainWindow::chooseReportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export a redacted diagnostic report"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({ tr("Markdown (*.md)"), tr("JSON (*.json)") });
    dialog->setDefaultSuffix(QStringLiteral("md"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(QStringLiteral("vendo-diagnostic-%1.md")
                           .arg(m_session->clock().now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("json")) ? QStringLiteral("json")
                                                                        : QStringLiteral("md"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &fileName) { exportReport(fileName); });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_context.services->cryptoLibraryVersion(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace vendo::ui

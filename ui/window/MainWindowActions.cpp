// The main window's actions, menus and dialogs (MainWindow.cpp holds its layout and data flow).
#include "client/HeaderBlock.h"
#include "client/ProfileStore.h"
#include "jwt/Clock.h"
#include "jwt/TokenExtractor.h"
#include "secrets/SecretStore.h"
#include "secrets/SessionSecretStore.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/ApiKeyDialog.h"
#include "ui/dialogs/ProfileDialog.h"
#include "ui/dialogs/ShortcutsDialog.h"
#include "ui/panels/ConnectionsPanel.h"
#include "ui/panels/DecodedView.h"
#include "ui/panels/ErrorDecoderPanel.h"
#include "ui/panels/EventsPanel.h"
#include "ui/panels/IdentityPanel.h"
#include "ui/panels/RequestLogPanel.h"
#include "ui/panels/SdkLensPanel.h"
#include "ui/panels/SummaryCard.h"
#include "ui/panels/TokenProbePanel.h"
#include "ui/panels/WebhookPanel.h"
#include "ui/widgets/FilterFieldGuard.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBar.h"
#include "ui/window/InspectorSession.h"
#include "ui/window/MainWindow.h"
#include "ui/window/ProfileSwitcher.h"
#include "ui/window/SdkChooser.h"
#include "ui/window/Services.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QGridLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolBar>
#include <QWidgetAction>

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

// The first widget of the tab chain inside `container` that takes keyboard focus.
void focusInside(QWidget *container)
{
    QWidget *widget = container;
    while ((widget = widget->nextInFocusChain()) && widget != container) {
        if (container->isAncestorOf(widget) && widget->isVisible() && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus)) {
            widget->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    container->setFocus(Qt::ShortcutFocusReason);
}

// Text a person pastes to inspect an identity rather than to filter by: a token, a header block
// with the identity header or a bearer, a curl command, a HAR.
bool isIdentityShaped(const QString &text)
{
    const QString head = text.left(4096).trimmed();
    if (head.startsWith(QLatin1String("curl "), Qt::CaseInsensitive) || head.startsWith(QLatin1Char('{'))
        || head.contains(QLatin1String("x-vendo-user-jwt"), Qt::CaseInsensitive)
        || head.contains(QLatin1String("bearer "), Qt::CaseInsensitive))
        return true;
    return !jwt::TokenExtractor::candidates(text.left(1024 * 1024).toUtf8(), 1).tokens.isEmpty();
}

void collectActions(const QList<QAction *> &actions, QList<QAction *> &into)
{
    for (QAction *action : actions) {
        if (QMenu *menu = action->menu())
            collectActions(menu->actions(), into);
        else if (!action->isSeparator())
            into << action;
    }
}
} // namespace

QWidget *MainWindow::showPanel(Dock which)
{
    raiseDock(which);
    QWidget *panel = nullptr;
    switch (which) {
    case Dock::Identity:
        panel = m_identity;
        break;
    case Dock::Connections:
        panel = m_connections;
        break;
    case Dock::Probe:
        panel = probePanel();
        break;
    case Dock::RequestLog:
        panel = requestLogPanel();
        break;
    case Dock::ErrorDecoder:
        panel = errorDecoder();
        break;
    case Dock::SdkLens:
        panel = sdkLensPanel();
        break;
    case Dock::Events:
        panel = eventsPanel();
        break;
    case Dock::Webhook:
        panel = webhookPanel();
        break;
    }
    focusInside(panel);
    return panel;
}

void MainWindow::showShortcuts()
{
    QList<QAction *> actions;
    collectActions(menuBar()->actions(), actions);
    const QString probe = dock(Dock::Probe)->windowTitle();
    const QString connections = dock(Dock::Connections)->windowTitle();
    const auto native = [](const QKeySequence &keys) { return keys.toString(QKeySequence::NativeText); };
    const QList<ShortcutsDialog::PanelKey> panelKeys {
        { native(QKeySequence(Qt::CTRL | Qt::Key_R)), tr("Show the selected token in clear for 15 s"), probe },
        { native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)), tr("Copy the selected token (cleared after 30 s)"),
          probe },
        { native(QKeySequence(Qt::Key_Escape)), tr("Cancel the requests still running"), probe },
        { native(QKeySequence(Qt::Key_Escape)), tr("Clear the filter"), connections },
    };
    auto *dialog = new ShortcutsDialog(actions, panelKeys, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

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
    QAction *copySummary = makeAction(this, QStringLiteral("copy"), tr("Copy case &summary"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                                      tr("Copy who, tenant, token state and failing connections as plain text"));
    copySummary->setObjectName(QStringLiteral("copySummaryAction"));
    connect(copySummary, &QAction::triggered, this, &MainWindow::copySummary);
    m_summaryCard->setCopyAction(copySummary);
    QAction *quit = makeAction(this, QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, tr("Quit"));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction *apiKey = makeAction(this, QStringLiteral("key"), tr("API &key…"), QKeySequence(Qt::CTRL | Qt::Key_K),
                                 tr("Store, replace or remove the profile's API key"));
    connect(apiKey, &QAction::triggered, this, &MainWindow::showApiKeyDialog);
    // Every shortcut below is the window's: it works from any focus, shows its panel and does its job,
    // also before a lazily built panel exists (issue 19, item 9).
    QAction *askServer = makeAction(this, QStringLiteral("ask-server"), tr("Ask the &server"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                                    tr("whoami as the user: the service's own verdict on the token"));
    askServer->setObjectName(QStringLiteral("askServerAction"));
    connect(askServer, &QAction::triggered, m_decoded, &DecodedView::askServerRequested);
    QAction *refresh = makeAction(this, QStringLiteral("connections"), tr("&Load connections"), QKeySequence::Refresh,
                                  tr("Load the user's connections again"));
    connect(refresh, &QAction::triggered, this, [this] {
        showPanel(Dock::Connections);
        m_connections->refresh();
    });
    QAction *probeSelected
        = makeAction(this, {}, tr("Probe &selected providers"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                     tr("Fetch the tokens of the providers selected in the Token probe"));
    probeSelected->setObjectName(QStringLiteral("probeSelectedAction"));
    connect(probeSelected, &QAction::triggered, this, [this] {
        showPanel(Dock::Probe);
        probePanel()->probeSelected();
    });
    QAction *probeAll = makeAction(this, QStringLiteral("probe"), tr("Probe &all providers"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                                   tr("Fetch every listed provider's token for the user, in parallel"));
    probeAll->setObjectName(QStringLiteral("probeAllAction"));
    connect(probeAll, &QAction::triggered, this, [this] {
        showPanel(Dock::Probe);
        probePanel()->probeAll();
    });
    QAction *filter = makeAction(this, {}, tr("&Filter connections"), QKeySequence::Find,
                                 tr("Type to filter the connections table"));
    connect(filter, &QAction::triggered, this, [this] {
        showPanel(Dock::Connections);
        m_connections->filterEdit()->setFocus();
        m_connections->filterEdit()->selectAll();
    });
    QAction *decode
        = makeAction(this, QStringLiteral("decoder"), tr("&Decode an error…"), QKeySequence(Qt::CTRL | Qt::Key_D),
                     tr("Explain an error code, HTTP status or log line"));
    connect(decode, &QAction::triggered, this, [this] {
        showPanel(Dock::ErrorDecoder);
        errorDecoder()->input()->setFocus();
        errorDecoder()->input()->selectAll();
    });
    QAction *about = makeAction(this, QStringLiteral("about"), tr("&About Vendo Inspector"), {},
                                tr("Versions of the application and its libraries"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *shortcuts = makeAction(this, {}, tr("&Keyboard shortcuts"), QKeySequence::HelpContents,
                                    tr("Every keyboard shortcut of the window"));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcuts({ QKeySequence::HelpContents, QKeySequence(Qt::CTRL | Qt::Key_Slash) });
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
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
    file->addActions({ exportReport, copySummary });
    file->addSeparator();
    file->addAction(quit);
    QMenu *service = bar->addMenu(tr("&Service"));
    service->addActions({ apiKey, askServer, refresh, probeSelected, probeAll });
    createProfileActions(service);
    createSamplesMenu();
    QMenu *view = bar->addMenu(tr("&View"));
    view->addActions({ filter, decode });
    view->addSeparator();
    const QList<QKeySequence> dockKeys { QKeySequence(Qt::ALT | Qt::Key_1), QKeySequence(Qt::ALT | Qt::Key_2),
                                         QKeySequence(Qt::ALT | Qt::Key_3), QKeySequence(Qt::ALT | Qt::Key_4),
                                         QKeySequence(Qt::ALT | Qt::Key_5), QKeySequence(Qt::ALT | Qt::Key_6),
                                         QKeySequence(Qt::ALT | Qt::Key_7), QKeySequence(Qt::ALT | Qt::Key_8) };
    // Alt+1…8 show and focus a panel (they toggled it before: Alt+4 could hide the Request log); the
    // toggles, without keys, are in the Panels submenu.
    QMenu *panels = new QMenu(tr("&Panels"), view);
    for (int i = 0; i < m_docks.size(); ++i) {
        QDockWidget *panelDock = m_docks.at(i);
        QAction *go
            = makeAction(this, {}, tr("Go to %1").arg(panelDock->windowTitle()), dockKeys.value(i),
                         tr("Show the %1 panel and move the keyboard focus into it").arg(panelDock->windowTitle()));
        go->setObjectName(QStringLiteral("showPanel%1").arg(i + 1));
        connect(go, &QAction::triggered, this, [this, i] { showPanel(Dock(i)); });
        view->addAction(go);
        QAction *toggle = panelDock->toggleViewAction();
        toggle->setToolTip(tr("Show or hide the %1 panel").arg(panelDock->windowTitle()));
        panels->addAction(toggle);
    }
    view->addSeparator();
    view->addMenu(panels);
    view->addAction(resetLayout);
    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(about);

    // A filter is for filter words: Esc clears it, and a pasted identity goes to the identity panel.
    FilterFieldGuard::install(m_connections->filterEdit(), isIdentityShaped);

    // Short labels beside the toolbar icons; the menus keep the full names.
    paste->setIconText(tr("Paste"));
    open->setIconText(tr("Open"));
    probeAll->setIconText(tr("Probe all"));
    exportReport->setIconText(tr("Export"));
    QToolBar *toolbar = addToolBar(tr("Main"));
    m_toolBar = toolbar;
    // Its widgets change width (the key's state arrives after the first frame, another profile or SDK
    // is chosen): each change asks for a new layout, and the style is fitted again then.
    toolbar->installEventFilter(this);
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

void MainWindow::fitToolBar()
{
    if (!m_toolBar)
        return;
    // The width the toolbar needs with text beside its icons: measured while it shows them; while it
    // shows icons alone, the larger of the last measurement and an estimate (those icons plus the
    // texts they would add), so that an estimate a little short cannot flip the style back and forth.
    int textWidth = m_toolBar->sizeHint().width();
    if (m_toolBar->toolButtonStyle() == Qt::ToolButtonIconOnly) {
        for (QAction *action : m_toolBar->actions()) {
            if (!action->isSeparator() && !action->iconText().isEmpty() && !qobject_cast<QWidgetAction *>(action))
                textWidth += m_toolBar->fontMetrics().horizontalAdvance(action->iconText()) + 8;
        }
        textWidth = qMax(textWidth, m_toolBarTextWidth);
    } else {
        m_toolBarTextWidth = textWidth;
    }
    m_toolBar->setToolButtonStyle(textWidth <= width() ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
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

void MainWindow::createProfileActions(QMenu *service)
{
    if (!m_context.profileStore)
        return;
    QAction *create
        = makeAction(this, {}, tr("&New profile…"), {},
                     tr("Add a custom profile, e.g. for a standalone vendo-sandbox or a staging deployment"));
    create->setObjectName(QStringLiteral("newProfileAction"));
    connect(create, &QAction::triggered, this, &MainWindow::newProfile);
    m_editProfile = makeAction(this, {}, tr("&Edit profile…"), {}, tr("Change the current custom profile"));
    m_editProfile->setObjectName(QStringLiteral("editProfileAction"));
    connect(m_editProfile, &QAction::triggered, this, &MainWindow::editProfile);
    QAction *duplicate = makeAction(this, {}, tr("&Duplicate as custom…"), {},
                                    tr("A new custom profile starting from the current one's settings"));
    duplicate->setObjectName(QStringLiteral("duplicateProfileAction"));
    connect(duplicate, &QAction::triggered, this, &MainWindow::duplicateProfile);
    m_removeProfile = makeAction(this, {}, tr("&Remove profile…"), {}, tr("Remove the current custom profile"));
    m_removeProfile->setObjectName(QStringLiteral("removeProfileAction"));
    connect(m_removeProfile, &QAction::triggered, this, &MainWindow::removeProfile);
    const QList<QAction *> actions { create, m_editProfile, duplicate, m_removeProfile };
    service->addSeparator();
    service->addActions(actions);
    m_profiles->setProfileActions(actions);
    connect(m_profiles, &ProfileSwitcher::profileChanged, this, &MainWindow::updateProfileActions);
}

void MainWindow::updateProfileActions(const client::Profile &profile)
{
    // Built-in profiles are read-only: they can be duplicated, not edited or removed.
    const bool custom = profile.kind == client::Profile::Kind::Custom;
    if (m_editProfile)
        m_editProfile->setEnabled(custom);
    if (m_removeProfile)
        m_removeProfile->setEnabled(custom);
}

void MainWindow::newProfile()
{
    showProfileDialog(true, client::Profile::custom({}, {}, {}, {}));
}

void MainWindow::editProfile()
{
    const client::Profile current = m_profiles->currentProfile();
    if (current.kind == client::Profile::Kind::Custom)
        showProfileDialog(false, current);
}

void MainWindow::duplicateProfile()
{
    client::Profile copy = m_profiles->currentProfile();
    copy.kind = client::Profile::Kind::Custom;
    copy.displayName = tr("%1 (copy)").arg(copy.displayName);
    copy.id = ProfileDialog::idFromName(copy.displayName);
    showProfileDialog(true, copy);
}

void MainWindow::showProfileDialog(bool create, const client::Profile &initial)
{
    if (!m_context.profileStore)
        return;
    auto *dialog = new ProfileDialog(create ? ProfileDialog::Mode::Create : ProfileDialog::Mode::Edit, initial,
                                     m_context.profileStore->knownIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const client::Profile profile = dialog->profile();
        if (const QString problem = m_context.profileStore->save(profile); !problem.isEmpty()) {
            m_messages->showMessage(MessageBar::Level::Error, tr("The profile was not saved: %1").arg(problem));
            return;
        }
        reloadProfiles(profile.id);
    });
    dialog->open();
}

void MainWindow::removeProfile()
{
    const client::Profile current = m_profiles->currentProfile();
    if (!m_context.profileStore || current.kind != client::Profile::Kind::Custom)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove profile"),
                                tr("Remove the profile \"%1\" (%2)?").arg(current.displayName, current.id),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeProfileConfirmation"));
    box->setInformativeText(tr("An API key stored for it stays in the keychain; remove it first with \"API key…\" "
                               "if it is no longer needed."));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveProfile"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = current.id;
    connect(remove, &QPushButton::clicked, this, [this, id] {
        if (m_context.profileStore->remove(id))
            reloadProfiles(m_profiles->profiles().constFirst().id);
    });
    box->open();
}

void MainWindow::reloadProfiles(const QString &currentId)
{
    // The switcher's built-ins (and the embedded sandbox, when there is one) stay; the custom ones are
    // read again from the store.
    QList<client::Profile> profiles;
    for (const client::Profile &profile : m_profiles->profiles()) {
        if (profile.kind != client::Profile::Kind::Custom)
            profiles.append(profile);
    }
    for (const client::Profile &profile : m_context.profileStore->profiles()) {
        if (profile.kind == client::Profile::Kind::Custom)
            profiles.append(profile);
    }
    m_profiles->setProfiles(profiles);
    m_profiles->setCurrentProfile(currentId);
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
    // The report covers the current case; requests made for other customers go in only when the
    // operator says so, here (Qt's own dialog then, which takes the check box below its fields).
    QPointer<QCheckBox> includeOthers;
    if (const int others = otherIdentityEntries(); others > 0) {
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        includeOthers = new QCheckBox(tr("Include other identities (%n entries)", nullptr, others), dialog);
        includeOthers->setObjectName(QStringLiteral("includeOtherIdentities"));
        includeOthers->setToolTip(tr("The report covers the current identity and what was done for it. Check this "
                                     "to add the requests made for other identities in this window (other "
                                     "customers' names and emails among them)."));
        includeOthers->setAccessibleDescription(includeOthers->toolTip());
        if (auto *grid = qobject_cast<QGridLayout *>(dialog->layout()))
            grid->addWidget(includeOthers, grid->rowCount(), 0, 1, grid->columnCount());
        else if (dialog->layout())
            dialog->layout()->addWidget(includeOthers);
    }
    connect(dialog, &QFileDialog::fileSelected, this, [this, includeOthers](const QString &fileName) {
        exportReport(fileName, includeOthers && includeOthers->isChecked());
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_context.services->cryptoLibraryVersion(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace vendo::ui

#pragma once

#include "events/StreamEvent.h"
#include "ui/report/DiagnosticReport.h"
#include "ui/window/InspectorContext.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QToolBar;
class QLabel;
class QMenu;
class QSystemTrayIcon;

namespace vendo::secrets {
class SessionSecretStore;
}

namespace vendo::ui {

class AuditView;
struct AuditSource;
class ConnectionsPanel;
class DecodedView;
class ErrorDecoderPanel;
class EventsPanel;
class IdentityPanel;
class InspectorSession;
class MessageBar;
class ProfileSwitcher;
class RequestLogPanel;
class SdkChooser;
class SdkLensPanel;
class SummaryCard;
class TokenProbePanel;
class WebhookPanel;

// One window for a support call: which environment, whose identity, is the token good, which
// connections does the user have, and exactly why a provider token cannot be fetched.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Dock { Identity, Connections, Probe, RequestLog, ErrorDecoder, SdkLens, Events, Webhook };

    explicit MainWindow(const InspectorContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Entry points of the identity input (also used by paste, open and drop).
    void loadInput(const QByteArray &text, const QString &source);
    void pasteFromClipboard();
    void openFile(const QString &fileName);
    void loadSample(const QString &sampleId);

    // The report of the current case: the current identity and what was done for it. With
    // `includeOtherIdentities` the request log holds the entries of every identity (the operator's choice).
    DiagnosticReport report(bool includeOtherIdentities = false) const;
    // Request-log entries made for identities other than the current one (or as the app).
    int otherIdentityEntries() const;
    // Writes Markdown for ".md", JSON otherwise; false with the reason in the message bar on failure.
    bool exportReport(const QString &fileName, bool includeOtherIdentities = false);
    // The case summary (who, tenant, token state, failing connections) as plain text on the clipboard.
    void copySummary();

    void raiseDock(Dock dock);
    QDockWidget *dock(Dock dock) const;
    // Shows the panel's dock (building its panel if need be) and moves the focus into it.
    QWidget *showPanel(Dock which);
    // The keyboard shortcut sheet (F1, Ctrl+/).
    void showShortcuts();

    // Custom profiles (only with InspectorContext::profileStore): the editor for a new profile, for the
    // current custom one, or for a custom copy of the current one; removal asks first.
    void newProfile();
    void editProfile();
    void duplicateProfile();
    void removeProfile();

    InspectorSession *session() const { return m_session; }
    ProfileSwitcher *profileSwitcher() const { return m_profiles; }
    SdkChooser *sdkChooser() const { return m_sdkChooser; }
    MessageBar *messageBar() const { return m_messages; }
    IdentityPanel *identityPanel() const { return m_identity; }
    DecodedView *decodedView() const { return m_decoded; }
    ConnectionsPanel *connectionsPanel() const { return m_connections; }
    // The case at a glance, below the identity (hidden without one).
    SummaryCard *summaryCard() const { return m_summaryCard; }
    // The panels of the docks behind the Connections tab are built the first time their dock shows
    // or something asks for them here: a window opens with them hidden, and they would cost its
    // first frame without being seen.
    TokenProbePanel *probePanel();
    RequestLogPanel *requestLogPanel();
    ErrorDecoderPanel *errorDecoder();
    // "What the customer's SDK does", built like the panels above.
    SdkLensPanel *sdkLensPanel();
    // The app's live events; building it opens the event stream (one of the app's five).
    EventsPanel *eventsPanel();
    WebhookPanel *webhookPanel();
    // Notifies (tray message, else the message bar and status bar) when the connection becomes
    // connected; opens the event stream if need be.
    void watchConnection(const client::Connection &connection);
    // The audit of a log (ui/window/MainWindowAudit.cpp): its dock is made with the first audit.
    AuditView *auditView();
    // Audits `source` in the Audit dock with the profile's key set, and shows it.
    void auditLog(const AuditSource &source);

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Text beside the toolbar's icons when the window is wide enough for it; icons alone (their names
    // stay in tool tips and for screen readers) on a narrow screen, so no action is pushed into the
    // toolbar's overflow menu.
    void fitToolBar();
    void createDocks();
    void createActions();
    void createSamplesMenu();
    void wireSession();
    void showApiKeyDialog();
    void createProfileActions(QMenu *service);
    void showProfileDialog(bool create, const client::Profile &initial);
    void reloadProfiles(const QString &currentId);
    void updateProfileActions(const client::Profile &profile);
    // Keeps keys in memory for this session when the keychain cannot be used.
    void useSessionOnlyKeys();
    void chooseReportFile();
    void chooseInputFile();
    void showAbout();
    void onKeyStatus();
    void onScopeChanged();
    void restoreGeometryFromSettings();
    // Refreshes the summary card once the events of the moment are handled (many arrive together).
    void scheduleSummary();
    // Work the first frame does not need (reading the API key from the keychain) starts after it.
    void startDeferredWork();
    // Live events (MainWindowEvents.cpp): the rows an event concerns refresh themselves.
    void onLiveEvent(const events::StreamEvent &event);
    void updateEventScope();
    QString currentUserId() const; // the identity token's `sub`, empty without one
    void notifyConnected(const QString &name);

    InspectorContext m_context;
    QAction *m_editProfile = nullptr;
    QAction *m_removeProfile = nullptr;
    InspectorSession *m_session;
    ProfileSwitcher *m_profiles;
    SdkChooser *m_sdkChooser;
    MessageBar *m_messages;
    IdentityPanel *m_identity;
    DecodedView *m_decoded;
    ConnectionsPanel *m_connections;
    SummaryCard *m_summaryCard;
    bool m_summaryScheduled = false;
    TokenProbePanel *m_probe = nullptr;
    RequestLogPanel *m_requestLog = nullptr;
    ErrorDecoderPanel *m_errorDecoder = nullptr;
    SdkLensPanel *m_sdkLens = nullptr;
    EventsPanel *m_events = nullptr;
    WebhookPanel *m_webhook = nullptr;
    QSystemTrayIcon *m_tray = nullptr; // made for the first notification, where a tray exists
    AuditView *m_audit = nullptr;
    QToolBar *m_toolBar = nullptr;
    int m_toolBarTextWidth = 0; // the toolbar's width with text beside its icons, when last measured
    bool m_deferredStarted = false;
    QList<QDockWidget *> m_docks;
    QLabel *m_lastRequest;
    QLabel *m_endpoint;
    QByteArray m_defaultState;
    std::unique_ptr<secrets::SessionSecretStore> m_sessionStore;
    QString m_sessionOnlyReason;
};

} // namespace vendo::ui

#include "ui/window/MainWindow.h"

#include "client/HarReader.h"
#include "client/HeaderBlock.h"
#include "client/Redaction.h"
#include "jwt/Clock.h"
#include "jwt/SignatureCheck.h"
#include "secrets/SecretStore.h"
#include "secrets/SessionSecretStore.h"
#include "ui/models/AuditJob.h"
#include "ui/models/ConnectionsModel.h"
#include "ui/models/ProbeModel.h"
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
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/PlainToolTip.h"
#include "ui/window/InspectorSession.h"
#include "ui/window/ProfileSwitcher.h"
#include "ui/window/SdkChooser.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace vendo::ui {

namespace {

// A HAR (or another JSON document) rather than a log: a log of JSON lines does not name "log" first.
bool looksLikeHar(const QByteArray &head)
{
    const QByteArray start = head.trimmed();
    return start.startsWith('[') || (start.startsWith('{') && start.contains("\"log\""));
}

} // namespace

MainWindow::MainWindow(const InspectorContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_session(new InspectorSession(context, this))
    , m_profiles(new ProfileSwitcher(this))
    , m_sdkChooser(new SdkChooser(this))
    , m_messages(new MessageBar(this))
    , m_identity(new IdentityPanel(this))
    , m_decoded(new DecodedView(m_session->clock(), this))
    , m_connections(new ConnectionsPanel(this))
    , m_summaryCard(new SummaryCard(this))
    , m_lastRequest(new QLabel(this))
    , m_endpoint(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Vendo Inspector"));
    setWindowIcon(applicationIcon());
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messages);
    layout->addWidget(m_decoded, 1);
    setCentralWidget(central);

    m_lastRequest->setObjectName(QStringLiteral("lastRequest"));
    m_lastRequest->setText(tr("No request yet"));
    m_lastRequest->setToolTip(tr("The last request to the service: status and latency"));
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    statusBar()->addWidget(m_endpoint, 1);
    statusBar()->addPermanentWidget(m_lastRequest);

    createDocks();
    createActions();
    wireSession();
    m_defaultState = saveState();
    restoreGeometryFromSettings();

    m_session->holdKeyReads();
    m_profiles->setProfiles(m_context.profiles.isEmpty() ? client::Profile::builtIns() : m_context.profiles);
    const QString initial
        = m_context.initialProfileId.isEmpty() ? m_profiles->profiles().constFirst().id : m_context.initialProfileId;
    m_profiles->setCurrentProfile(initial);
    // A window not shown by the time the event loop runs starts at once; one that is shown but never
    // exposed (started minimised) does not wait for a frame for ever.
    QTimer::singleShot(0, this, [this] {
        if (!isVisible())
            startDeferredWork();
        else
            QTimer::singleShot(std::chrono::seconds(1), this, &MainWindow::startDeferredWork);
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    const auto addDock = [this](const QString &title, const QString &name, QWidget *content, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        if (content)
            dock->setWidget(content);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                          | QDockWidget::DockWidgetClosable);
        addDockWidget(area, dock);
        m_docks << dock;
        return dock;
    };
    // The identity, and below it the case it opens (the summary card).
    auto *identityColumn = new QWidget(this);
    auto *identityLayout = new QVBoxLayout(identityColumn);
    identityLayout->setContentsMargins(0, 0, 0, 0);
    identityLayout->addWidget(m_identity, 1);
    identityLayout->addWidget(m_summaryCard);
    addDock(tr("Identity"), QStringLiteral("identityDock"), identityColumn, Qt::LeftDockWidgetArea);
    QDockWidget *connections
        = addDock(tr("Connections"), QStringLiteral("connectionsDock"), m_connections, Qt::BottomDockWidgetArea);
    QDockWidget *probe = addDock(tr("Token probe"), QStringLiteral("probeDock"), nullptr, Qt::BottomDockWidgetArea);
    QDockWidget *log = addDock(tr("Request log"), QStringLiteral("requestLogDock"), nullptr, Qt::BottomDockWidgetArea);
    QDockWidget *decoder
        = addDock(tr("Error decoder"), QStringLiteral("errorDecoderDock"), nullptr, Qt::BottomDockWidgetArea);
    QDockWidget *lens = addDock(tr("SDK lens"), QStringLiteral("sdkLensDock"), nullptr, Qt::BottomDockWidgetArea);
    QDockWidget *events = addDock(tr("Events"), QStringLiteral("eventsDock"), nullptr, Qt::BottomDockWidgetArea);
    QDockWidget *webhook = addDock(tr("Webhook"), QStringLiteral("webhookDock"), nullptr, Qt::BottomDockWidgetArea);
    // Their panels are built when the dock shows (its tab raised, the View menu, a restored layout).
    connect(probe, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            probePanel();
    });
    connect(log, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            requestLogPanel();
    });
    connect(decoder, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            errorDecoder();
    });
    connect(lens, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            sdkLensPanel();
    });
    tabifyDockWidget(connections, probe);
    tabifyDockWidget(probe, log);
    tabifyDockWidget(log, decoder);
    connect(events, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            eventsPanel();
    });
    connect(webhook, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            webhookPanel();
    });
    tabifyDockWidget(decoder, lens);
    tabifyDockWidget(lens, events);
    tabifyDockWidget(events, webhook);
    connections->raise();
    resizeDocks({ m_docks.constFirst() }, { 340 }, Qt::Horizontal);
    resizeDocks({ connections }, { 240 }, Qt::Vertical);
    resize(1280, 800);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitToolBar();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Queued: the toolbar's new size hint is known once its layout request has been handled.
    if (watched == m_toolBar && event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, &MainWindow::fitToolBar);
    return QMainWindow::eventFilter(watched, event);
}

QDockWidget *MainWindow::dock(Dock which) const
{
    return m_docks.value(int(which));
}

TokenProbePanel *MainWindow::probePanel()
{
    if (!m_probe) {
        m_probe = new TokenProbePanel(m_session->clock(), this);
        // What the panel would have been told had it existed from the start.
        m_probe->setClient(m_session->scopedClient());
        m_probe->setProviders(m_connections->model()->slugs());
        connect(m_probe->model(), &QAbstractItemModel::dataChanged, this, &MainWindow::scheduleSummary);
        dock(Dock::Probe)->setWidget(m_probe);
    }
    return m_probe;
}

RequestLogPanel *MainWindow::requestLogPanel()
{
    if (!m_requestLog) {
        m_requestLog = new RequestLogPanel(m_session->requestLog(), this);
        dock(Dock::RequestLog)->setWidget(m_requestLog);
    }
    return m_requestLog;
}

ErrorDecoderPanel *MainWindow::errorDecoder()
{
    if (!m_errorDecoder) {
        m_errorDecoder = new ErrorDecoderPanel(this);
        dock(Dock::ErrorDecoder)->setWidget(m_errorDecoder);
    }
    return m_errorDecoder;
}

SdkLensPanel *MainWindow::sdkLensPanel()
{
    if (!m_sdkLens) {
        m_sdkLens = new SdkLensPanel(m_session->clock(), this);
        m_sdkLens->setSdk(m_session->currentSdk());
        m_sdkLens->setClient(m_session->scopedClient());
        m_sdkLens->setProviders(m_connections->model()->slugs());
        dock(Dock::SdkLens)->setWidget(m_sdkLens);
    }
    return m_sdkLens;
}

bool MainWindow::event(QEvent *event)
{
    const bool result = QMainWindow::event(event);
    // Queued: the frame is painted and flushed before the deferred work starts.
    if (event->type() == QEvent::Paint && !m_deferredStarted)
        QTimer::singleShot(0, this, &MainWindow::startDeferredWork);
    return result;
}

void MainWindow::startDeferredWork()
{
    if (m_deferredStarted)
        return;
    m_deferredStarted = true;
    m_session->releaseKeyReads();
}

void MainWindow::raiseDock(Dock which)
{
    QDockWidget *d = dock(which);
    d->show();
    d->raise();
}

void MainWindow::wireSession()
{
    connect(m_profiles, &ProfileSwitcher::profileChanged, this, [this](const client::Profile &profile) {
        m_endpoint->setText(tr("%1 · %2").arg(profile.baseUrl.toString(), profile.credentialsUrl.toString()));
        // A narrow window cuts the status bar: the URLs whole in the tool tip, one per line.
        m_endpoint->setToolTip(plainToolTip(
            brokenIntoLines(profile.baseUrl.toString() + QLatin1Char('\n') + profile.credentialsUrl.toString())));
        m_messages->clearMessage();
        // The token is judged against the new profile's expectations; then the session checks its
        // signature against the new key set (possibly at once).
        if (m_decoded->hasToken()) {
            m_decoded->setToken(
                QString::fromLatin1(m_decoded->decoded().token),
                { .expectedIssuer = profile.expectedIssuer, .expectedAudience = profile.expectedAudience });
            m_decoded->setSignaturePending();
        }
        m_session->setProfile(profile);
        if (m_webhook)
            m_webhook->setProfile(profile.id, profile.displayName);
    });
    connect(m_profiles, &ProfileSwitcher::apiKeyRequested, this, &MainWindow::showApiKeyDialog);
    // The customer's SDK: chosen beside the profile, remembered (it is not a secret), shown by the SDK lens.
    if (m_context.settings) {
        const QString key = m_context.settings->value(QStringLiteral("Sdk/current")).toString();
        m_session->setSdk(sdk::sdkFromKey(key).value_or(sdk::Sdk::Contract));
        m_sdkChooser->setCurrentSdk(m_session->currentSdk());
    }
    connect(m_sdkChooser, &SdkChooser::sdkChanged, m_session, &InspectorSession::setSdk);
    connect(m_session, &InspectorSession::sdkChanged, this, [this](sdk::Sdk chosen) {
        if (m_context.settings)
            m_context.settings->setValue(QStringLiteral("Sdk/current"), sdk::info(chosen).key);
        if (m_sdkLens)
            m_sdkLens->setSdk(chosen);
    });
    connect(m_session, &InspectorSession::keyStatusChanged, this, &MainWindow::onKeyStatus);
    connect(m_session, &InspectorSession::scopeChanged, this, &MainWindow::onScopeChanged);
    connect(m_session, &InspectorSession::appClientChanged, this, [this] {
        if (m_events)
            m_events->setClient(m_session->appClient());
    });
    connect(m_session, &InspectorSession::serverVerdict, m_decoded, &DecodedView::setServerVerdict);
    connect(m_session, &InspectorSession::signatureChecked, m_decoded, &DecodedView::setSignatureCheck);

    connect(m_identity, &IdentityPanel::identityChosen, this, [this](const QString &jwt) {
        const client::Profile profile = m_session->profile();
        m_decoded->setToken(jwt,
                            { .expectedIssuer = profile.expectedIssuer, .expectedAudience = profile.expectedAudience });
        if (!m_decoded->decoded().structureOk()) {
            // Shown, never sent: a malformed token scopes no client, and its signature is not checked
            // (the badges then agree: "Structure: malformed" beside "Signature: not checked").
            jwt::SignatureCheck check;
            check.detail = tr("Not checked: the token is malformed, and it is not sent to the service.");
            m_decoded->setSignatureCheck(check);
            m_session->clearIdentity();
            return;
        }
        m_decoded->setSignaturePending(); // the session answers at once from its cache, or later
        m_session->setIdentity(jwt);
    });
    connect(m_identity, &IdentityPanel::identityCleared, this, [this] {
        if (m_identity->foundNoToken())
            m_decoded->showNoToken(tr("The text holds no identity token, so nothing was sent to the service."));
        else if (!m_identity->inputError().isEmpty())
            m_decoded->showNoToken(tr("The input was rejected: the Identity panel says why."));
        else if (m_identity->candidateCount() > 0)
            m_decoded->showNoToken(tr("The chosen request carries no identity: the Identity panel explains what "
                                      "forRequest makes of it."));
        else
            m_decoded->clear();
        m_session->clearIdentity();
    });
    // The summary card follows the case: identity, verdicts, connections, probes, requests.
    connect(m_session, &InspectorSession::scopeChanged, this, &MainWindow::scheduleSummary);
    connect(m_session, &InspectorSession::serverVerdict, this, &MainWindow::scheduleSummary);
    connect(m_session, &InspectorSession::signatureChecked, this, &MainWindow::scheduleSummary);
    connect(m_connections, &ConnectionsPanel::loaded, this, &MainWindow::scheduleSummary);
    connect(m_session->requestLog(), &client::RequestLog::entryAdded, this, &MainWindow::scheduleSummary);
    connect(m_identity, &IdentityPanel::identityChosen, this, &MainWindow::scheduleSummary);
    connect(m_identity, &IdentityPanel::identityCleared, this, &MainWindow::scheduleSummary);
    connect(m_identity, &IdentityPanel::pasteRequested, this, &MainWindow::pasteFromClipboard);
    connect(m_identity, &IdentityPanel::openRequested, this, [this] { openFile({}); });
    connect(m_identity, &IdentityPanel::auditRequested, this, [this](const QByteArray &text, const QString &source) {
        auditLog({ .name = source, .path = {}, .bytes = text });
    });
    connect(m_decoded, &DecodedView::askServerRequested, this, [this] {
        m_decoded->setServerBusy();
        m_session->askServer();
    });
    connect(m_connections, &ConnectionsPanel::loaded, this, [this] {
        if (m_sdkLens)
            m_sdkLens->setProviders(m_connections->model()->slugs());
        if (m_probe)
            m_probe->setProviders(m_connections->model()->slugs());
        updateEventScope();
    });
    connect(m_connections, &ConnectionsPanel::watchRequested, this, &MainWindow::watchConnection);
    connect(
        m_session->requestLog(), &client::RequestLog::entryAdded, this, [this](const client::RequestLogEntry &entry) {
            m_lastRequest->setText(shownText(
                entry.httpStatus > 0 ? tr("Last request: HTTP %1 · %2 ms").arg(entry.httpStatus).arg(entry.durationMs)
                                     : tr("Last request: %1 · %2 ms").arg(entry.outcome).arg(entry.durationMs)));
        });
}

namespace {
// The banners that mirror a state (MessageBar topics): each is cleared when its state changes.
const QString kKeyTopic = QStringLiteral("key");
const QString kScopeTopic = QStringLiteral("scope");
} // namespace

void MainWindow::onKeyStatus()
{
    const KeyStatus &status = m_session->keyStatus();
    m_profiles->setKeyStatus(status);
    const QString profile = m_session->profile().displayName;
    if (status.state == KeyStatus::State::Missing) {
        m_messages->showMessage(
            MessageBar::Level::Warning,
            tr("No API key is stored for %1: the service cannot be asked anything yet.").arg(profile),
            tr("Set API key…"), [this] { showApiKeyDialog(); });
        m_messages->setTopic(kKeyTopic);
    } else if (status.state == KeyStatus::State::Unavailable) {
        // Reloading is in the Service menu; the way forward offered here is a session-only key.
        m_messages->showMessage(
            MessageBar::Level::Error,
            tr("The keychain is unavailable: %1 Nothing was stored in plain text.").arg(status.reason),
            tr("Use a session-only key…"), [this] { useSessionOnlyKeys(); });
        m_messages->setTopic(kKeyTopic);
    } else if (status.state == KeyStatus::State::SessionOnly && m_sessionStore
               && m_session->secretStore() == m_sessionStore.get()) {
        m_messages->showMessage(MessageBar::Level::Warning,
                                tr("The API key is kept for this session only and is gone when the window closes: "
                                   "the keychain is unavailable (%1)")
                                    .arg(m_sessionOnlyReason));
        m_messages->setTopic(kKeyTopic);
    } else if (status.state == KeyStatus::State::Stored || status.state == KeyStatus::State::SessionOnly) {
        m_messages->clearTopic(kKeyTopic);
    }
}

void MainWindow::onScopeChanged()
{
    const auto &scoped = m_session->scopedClient();
    m_connections->setClient(scoped);
    if (m_probe)
        m_probe->setClient(scoped);
    if (m_sdkLens)
        m_sdkLens->setClient(scoped);
    m_decoded->setAskServerEnabled(scoped.has_value(), tr("Needs an identity token and the profile's API key"));
    if (const auto &error = m_session->scopeError(); error && m_session->hasIdentity()) {
        const bool noKey = error->kind == client::VendoError::Kind::VendoOnlyFeature;
        m_messages->showMessage(MessageBar::Level::Error,
                                tr("%1: %2 %3").arg(error->className(), error->summary(), error->remediation()),
                                noKey ? tr("Set API key…") : QString(), [this] { showApiKeyDialog(); });
        m_messages->setTopic(kScopeTopic);
    } else {
        // The scope is fine now (a key was stored, or the identity changed): its old error goes.
        m_messages->clearTopic(kScopeTopic);
    }
    if (scoped)
        m_connections->refresh();
    updateEventScope();
}

void MainWindow::loadInput(const QByteArray &text, const QString &source)
{
    m_messages->clearMessage();
    raiseDock(Dock::Identity);
    m_identity->setInput(text, source);
}

void MainWindow::pasteFromClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty()) {
        m_messages->showMessage(MessageBar::Level::Info, tr("The clipboard holds no text to inspect."));
        return;
    }
    loadInput(text.toUtf8(), tr("Clipboard"));
}

void MainWindow::openFile(const QString &fileName)
{
    if (fileName.isEmpty()) {
        chooseInputFile();
        return;
    }
    QFile file(fileName);
    const QString name = QFileInfo(fileName).fileName();
    // Larger than any header block and not a HAR: a log, audited as a stream whatever its size.
    if (file.size() > client::HeaderBlock::kMaxInputBytes && !name.endsWith(QLatin1String(".har"), Qt::CaseInsensitive)
        && file.open(QIODevice::ReadOnly) && !looksLikeHar(file.peek(4096))) {
        auditLog({ .name = name, .path = fileName, .bytes = {} });
        return;
    }
    file.close();
    // A HAR may be large: the panel streams it on a pool thread. Only what no input may be is refused
    // here, from the size alone.
    if (file.size() > client::HarReader::kMaxInputBytes) {
        m_messages->showMessage(MessageBar::Level::Error,
                                tr("%1 is %2: too large for a token, header block or HAR file (the limit is %3).")
                                    .arg(name, QLocale().formattedDataSize(file.size()),
                                         QLocale().formattedDataSize(client::HarReader::kMaxInputBytes, 0)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_messages->showMessage(MessageBar::Level::Error, tr("Cannot open %1: %2").arg(name, file.errorString()));
        return;
    }
    if (file.size() <= client::HeaderBlock::kMaxInputBytes && !name.endsWith(QLatin1String(".har"), Qt::CaseInsensitive)
        && !looksLikeHar(file.peek(4096))) {
        // Text of at most 16 MiB (a token, a header block, a curl command, a log): read whole, as a paste
        // is, so that a log goes to the audit view.
        loadInput(file.readAll(), name);
        return;
    }
    file.close();
    m_messages->clearMessage();
    raiseDock(Dock::Identity);
    m_identity->setInputFile(fileName, name);
}

void MainWindow::loadSample(const QString &sampleId)
{
    for (const SampleIdentity &sample : m_context.samples) {
        if (sample.id == sampleId) {
            loadInput(sample.mint().toUtf8(), tr("Sample: %1").arg(sample.title));
            return;
        }
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (IdentityPanel::acceptsMime(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls()) {
        const QUrl url = mime->urls().constFirst();
        if (url.isLocalFile()) {
            openFile(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
    }
    if (mime->hasText()) {
        loadInput(mime->text().toUtf8(), tr("Dropped text"));
        event->acceptProposedAction();
    }
}

int MainWindow::otherIdentityEntries() const
{
    const QString identity = m_session->identityFingerprint();
    const QList<client::RequestLogEntry> &all = m_session->requestLog()->entries();
    return int(std::count_if(all.cbegin(), all.cend(),
                             [&](const client::RequestLogEntry &e) { return e.identity != identity; }));
}

DiagnosticReport MainWindow::report(bool includeOtherIdentities) const
{
    DiagnosticReport::Inputs in;
    client::LiveSecrets secrets; // everything secret this window holds: the report's last scrub
    m_session->addSecretsTo(secrets);
    in.generatedAt = m_session->clock().now();
    in.profile = m_session->profile();
    in.keyStatus = m_session->keyStatus();
    if (m_decoded->hasToken()) {
        in.token = m_decoded->decoded();
        in.claims = m_decoded->claims();
        in.verdict = m_decoded->verdict();
        in.server = m_decoded->serverVerdict();
        secrets.addJwt(QString::fromLatin1(m_decoded->decoded().token));
        if (m_decoded->decoded().segments.size() >= 3)
            secrets.addToken(QString::fromLatin1(m_decoded->decoded().segments.at(2)));
        if (in.server)
            secrets.add(*in.server);
    }
    in.scopeError = m_session->scopeError();
    if (in.scopeError)
        secrets.add(*in.scopeError);
    in.connections = m_connections->lastResult();
    if (in.connections)
        secrets.add(*in.connections);
    const QList<ProbeModel::Row> probed = m_probe ? m_probe->model()->rows() : QList<ProbeModel::Row> {};
    for (const ProbeModel::Row &row : probed) {
        if (row.result) {
            in.probes << *row.result;
            secrets.add(*row.result);
            if (row.finishedAtSecs > 0)
                in.probeFinishedAt.insert(row.slug, QDateTime::fromSecsSinceEpoch(row.finishedAtSecs, Qt::UTC));
        }
    }
    in.sdk = m_session->currentSdk();
    if (m_sdkLens) {
        in.sdkDifferences = m_sdkLens->appliedDifferences();
        in.sdkRuns = m_sdkLens->runs();
    }
    // One case: the requests made for the current identity, unless the operator asked for every one.
    const client::RequestLog *log = m_session->requestLog();
    in.identity = m_session->identityFingerprint();
    in.includesOtherIdentities = includeOtherIdentities;
    in.requestLog = includeOtherIdentities ? log->entries() : log->entriesFor(in.identity);
    in.otherEntries = otherIdentityEntries();
    if (in.server) {
        // who-am-I as the user is the one request that carries the JWT as the bearer.
        const QList<client::RequestLogEntry> mine = log->entriesFor(in.identity);
        for (auto it = mine.crbegin(); it != mine.crend(); ++it) {
            if (it->identityTransport == QLatin1String("bearer")) {
                in.serverAnsweredAt = it->startedAt.addMSecs(it->durationMs);
                break;
            }
        }
    }
    in.secrets = secrets.values();
    return DiagnosticReport(in);
}

bool MainWindow::exportReport(const QString &fileName, bool includeOtherIdentities)
{
    const DiagnosticReport built = report(includeOtherIdentities);
    const QByteArray bytes = fileName.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ? built.toMarkdown().toUtf8()
                                                                                          : built.toJsonBytes();
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        m_messages->showMessage(MessageBar::Level::Error,
                                tr("Cannot write the report to %1: %2").arg(fileName, file.errorString()));
        return false;
    }
    m_messages->showMessage(MessageBar::Level::Success,
                            tr("Report saved to %1. Secrets are redacted; it is ready to attach to the ticket.")
                                .arg(QFileInfo(fileName).fileName()));
    return true;
}

void MainWindow::scheduleSummary()
{
    if (m_summaryScheduled)
        return;
    m_summaryScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_summaryScheduled = false;
        m_summaryCard->setSummary(m_decoded->hasToken() ? report().summary() : CaseSummary {});
    });
}

void MainWindow::copySummary()
{
    // Plain text (no secret in it: the report's redaction and last scrub made it), so an ordinary copy.
    QGuiApplication::clipboard()->setText(report().summary().toPlainText());
    m_messages->showMessage(MessageBar::Level::Success,
                            tr("Case summary copied: who, tenant, token state and failing connections."));
}

void MainWindow::restoreGeometryFromSettings()
{
    if (!m_context.settings)
        return;
    m_context.settings->beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(m_context.settings->value(QStringLiteral("geometry")).toByteArray());
    restoreState(m_context.settings->value(QStringLiteral("state")).toByteArray());
    m_context.settings->endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_context.settings) {
        m_context.settings->beginGroup(QStringLiteral("MainWindow"));
        m_context.settings->setValue(QStringLiteral("geometry"), saveGeometry());
        m_context.settings->setValue(QStringLiteral("state"), saveState());
        m_context.settings->endGroup();
    }
    QMainWindow::closeEvent(event);
}

} // namespace vendo::ui

#include "ui/panels/WebhookPanel.h"

#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "ui/widgets/Badge.h"
#include "ui/widgets/JsonHighlighter.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/PlainToolTip.h"
#include "webhooks/Delivery.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace vendo::ui {

namespace {
// A text field that hands a paste or a drop over as bytes (and a dropped file as its contents)
// when it replaces the whole text, so that the delivery keeps its exact line ends.
class CaptureEdit final : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<bool(const QByteArray &)> takeWhole;
    std::function<void(const QString &)> refuse;

protected:
    void insertFromMimeData(const QMimeData *source) override
    {
        const bool whole
            = document()->isEmpty() || textCursor().selectedText().size() == document()->characterCount() - 1;
        if (whole && source->hasUrls() && source->urls().constFirst().isLocalFile()) {
            QFile file(source->urls().constFirst().toLocalFile());
            const QString name = QFileInfo(file).fileName();
            if (file.size() > webhooks::Delivery::kMaxInputBytes) {
                refuse(QCoreApplication::translate("vendo::ui::WebhookPanel",
                                                   "%1 is %2: too large for a webhook delivery (the limit is %3).")
                           .arg(name, QLocale().formattedDataSize(file.size()),
                                QLocale().formattedDataSize(webhooks::Delivery::kMaxInputBytes)));
                return;
            }
            if (!file.open(QIODevice::ReadOnly)) {
                refuse(QCoreApplication::translate("vendo::ui::WebhookPanel", "Cannot open %1: %2")
                           .arg(name, file.errorString()));
                return;
            }
            if (takeWhole(file.read(webhooks::Delivery::kMaxInputBytes)))
                return;
        }
        if (whole && source->hasText() && takeWhole(source->text().toUtf8()))
            return;
        QPlainTextEdit::insertFromMimeData(source);
    }
};
} // namespace

WebhookPanel::WebhookPanel(secrets::SecretStore *secrets, const QList<SampleDelivery> &samples, const jwt::Clock &clock,
                           QWidget *parent)
    : QWidget(parent)
    , m_store(secrets)
    , m_sampleDeliveries(samples)
    , m_clock(clock)
    , m_messages(new MessageBar(this))
    , m_secretLabel(new QLabel(this))
    , m_reloadSecret(new QPushButton(tr("Read again"), this))
    , m_setSecret(new QPushButton(tr("Set secret…"), this))
    , m_samples(new QToolButton(this))
    , m_tolerance(new QSpinBox(this))
    , m_apart(new QCheckBox(tr("Headers and body apart"), this))
    , m_verify(new QPushButton(tr("Verify"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_input(new CaptureEdit(this))
    , m_body(new CaptureEdit(this))
    , m_badge(new Badge(this))
    , m_reason(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_event(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("webhookPanel"));
    m_secretLabel->setObjectName(QStringLiteral("webhookSecretState"));
    m_secretLabel->setTextFormat(Qt::PlainText);
    m_secretLabel->setWordWrap(true);
    m_reloadSecret->setObjectName(QStringLiteral("webhookReloadSecret"));
    m_reloadSecret->setToolTip(tr("Read the profile's webhook secret from the keychain again"));
    m_setSecret->setObjectName(QStringLiteral("webhookSetSecret"));
    m_setSecret->setEnabled(m_store != nullptr);
    m_setSecret->setToolTip(tr("Enter, replace or remove the profile's webhook secret (kept like the API key)"));
    m_samples->setObjectName(QStringLiteral("webhookSamples"));
    m_samples->setText(tr("Samples"));
    m_samples->setAccessibleName(tr("Sample deliveries"));
    m_samples->setToolTip(tr("Deliveries signed by the sandbox now: one the SDK accepts and the usual failures"));
    m_samples->setPopupMode(QToolButton::InstantPopup);
    m_samples->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_samples);
    menu->setObjectName(QStringLiteral("webhookSamplesMenu"));
    for (const SampleDelivery &sample : std::as_const(m_sampleDeliveries)) {
        QAction *action = menu->addAction(sample.title);
        action->setObjectName(QStringLiteral("webhookSample-") + sample.id);
        const QString id = sample.id;
        connect(action, &QAction::triggered, this, [this, id] { loadSample(id); });
    }
    m_samples->setMenu(menu);
    m_samples->setVisible(!m_sampleDeliveries.isEmpty());
    m_tolerance->setObjectName(QStringLiteral("webhookTolerance"));
    m_tolerance->setAccessibleName(tr("Allowed clock drift in seconds"));
    m_tolerance->setRange(1, 86'400);
    m_tolerance->setValue(int(webhooks::WebhookVerifier::kDefaultTolerance.count()));
    m_tolerance->setPrefix(tr("± "));
    m_tolerance->setSuffix(tr(" s"));
    m_tolerance->setToolTip(tr("How far Vendo-Timestamp may be from now (the SDK's default: 300 s)"));
    m_apart->setObjectName(QStringLiteral("webhookApart"));
    m_apart->setToolTip(tr("Paste the header lines above and the raw body below"));
    m_verify->setObjectName(QStringLiteral("webhookVerify"));
    m_verify->setToolTip(tr("Verify the delivery as the SDK's webhooks.verify does"));
    m_clear->setObjectName(QStringLiteral("webhookClear"));
    m_clear->setToolTip(tr("Forget the delivery"));

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_input->setObjectName(QStringLiteral("webhookInput"));
    m_input->setAccessibleName(tr("Webhook delivery"));
    m_input->setPlaceholderText(tr("Paste or drop a delivery: its headers, a blank line and the body; a curl command "
                                   "with --data; or a HAR entry"));
    m_input->setFont(fixed);
    m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setObjectName(QStringLiteral("webhookBody"));
    m_body->setAccessibleName(tr("Webhook body"));
    m_body->setPlaceholderText(tr("The raw body, exactly as received"));
    m_body->setFont(fixed);
    m_body->hide();
    m_badge->setObjectName(QStringLiteral("webhookVerdict"));
    m_reason->setObjectName(QStringLiteral("webhookReason"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setObjectName(QStringLiteral("webhookExplanation"));
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_event->setObjectName(QStringLiteral("webhookEvent"));
    m_event->setAccessibleName(tr("Decoded event"));
    m_event->setReadOnly(true);
    m_event->setFont(fixed);
    m_event->setPlaceholderText(tr("The event the body carries"));
    new JsonHighlighter(m_event->document());

    for (auto *edit : { static_cast<CaptureEdit *>(m_input), static_cast<CaptureEdit *>(m_body) }) {
        edit->takeWhole = [this, edit](const QByteArray &bytes) { return takeRaw(bytes, edit); };
        edit->refuse = [this](const QString &message) { m_messages->showMessage(MessageBar::Level::Error, message); };
    }

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretLabel, 1);
    secretRow->addWidget(m_reloadSecret);
    secretRow->addWidget(m_setSecret);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_samples);
    controls->addWidget(m_apart);
    controls->addStretch();
    controls->addWidget(m_tolerance);
    controls->addWidget(m_verify);
    controls->addWidget(m_clear);
    auto *inputSide = new QWidget(this);
    auto *inputLayout = new QVBoxLayout(inputSide);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addLayout(controls);
    inputLayout->addWidget(m_input, 1);
    inputLayout->addWidget(m_body, 1);
    auto *resultSide = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(resultSide);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_badge);
    verdictRow->addStretch();
    resultLayout->addLayout(verdictRow);
    resultLayout->addWidget(m_reason);
    resultLayout->addWidget(m_explanation);
    resultLayout->addWidget(m_event, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(inputSide);
    split->addWidget(resultSide);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_messages);
    layout->addLayout(secretRow);
    layout->addWidget(split, 1);

    m_verifyTimer.setSingleShot(true);
    m_verifyTimer.setInterval(300);
    connect(&m_verifyTimer, &QTimer::timeout, this, &WebhookPanel::verify);
    const auto edited = [this](QByteArray *raw) {
        if (m_settingText)
            return;
        raw->clear(); // typed: the editor's text is the delivery now
        m_verifyTimer.start();
    };
    connect(m_input, &QPlainTextEdit::textChanged, this, [this, edited] { edited(&m_rawInput); });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this, edited] { edited(&m_rawBody); });
    connect(m_apart, &QCheckBox::toggled, this, [this](bool apart) {
        m_body->setVisible(apart);
        m_input->setPlaceholderText(apart ? tr("The header lines: Vendo-Signature: …, Vendo-Timestamp: …")
                                          : tr("Paste or drop a delivery: its headers, a blank line and the body; "
                                               "a curl command with --data; or a HAR entry"));
        verify();
    });
    connect(m_tolerance, &QSpinBox::valueChanged, this, [this] { m_verifyTimer.start(); });
    connect(m_verify, &QPushButton::clicked, this, &WebhookPanel::verify);
    connect(m_reloadSecret, &QPushButton::clicked, this, &WebhookPanel::readSecret);
    connect(m_setSecret, &QPushButton::clicked, this, &WebhookPanel::secretEditRequested);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        setDelivery(QByteArray());
        m_input->setFocus();
    });
    showSecretState(tr("No profile yet."));
    verify();
}

WebhookPanel::~WebhookPanel()
{
    if (m_job)
        m_job->disconnect(this);
    m_secret.fill('\0');
}

void WebhookPanel::setProfile(const QString &profileId, const QString &displayName)
{
    m_profileId = profileId;
    m_profileName = displayName;
    readSecret();
}

void WebhookPanel::readSecret()
{
    if (m_job)
        m_job->disconnect(this);
    m_secret.fill('\0');
    m_secret.clear();
    if (!m_store || m_profileId.isEmpty()) {
        showSecretState(tr("No webhook secret store: deliveries are checked without a secret."));
        verify();
        return;
    }
    showSecretState(tr("Reading the webhook secret of %1…").arg(m_profileName));
    m_job = m_store->read(m_profileId);
    connect(m_job, &secrets::SecretJob::finished, this, [this](const secrets::SecretResult &result) {
        m_job = nullptr;
        if (result) {
            m_secret = result->toUtf8();
            showSecretState(tr("Webhook secret of %1: %2 (%3)")
                                .arg(m_profileName,
                                     secrets::SecretStore::displayPrefix(secrets::SecretKind::WebhookSecret, *result),
                                     m_store->storageName()));
        } else if (result.error().status == secrets::SecretStatus::NotFound) {
            showSecretState(tr("No webhook secret is stored for %1. Set it with \"Set secret…\" or "
                               "vendo-inspector-cli key set --webhook --profile %2.")
                                .arg(m_profileName, m_profileId));
        } else {
            showSecretState(
                tr("The webhook secret of %1 could not be read: %2").arg(m_profileName, result.error().message));
        }
        verify();
    });
}

void WebhookPanel::showSecretState(const QString &text)
{
    m_secretLabel->setText(text);
}

bool WebhookPanel::takeRaw(const QByteArray &bytes, QPlainTextEdit *into)
{
    if (bytes.size() > webhooks::Delivery::kMaxInputBytes) {
        m_messages->showMessage(MessageBar::Level::Error,
                                tr("The text is %1: too large for a webhook delivery (the limit is %2).")
                                    .arg(QLocale().formattedDataSize(bytes.size()),
                                         QLocale().formattedDataSize(webhooks::Delivery::kMaxInputBytes)));
        return true;
    }
    m_messages->clearMessage();
    m_settingText = true;
    into->setPlainText(QString::fromUtf8(bytes));
    m_settingText = false;
    (into == m_input ? m_rawInput : m_rawBody) = bytes;
    verify();
    return true;
}

void WebhookPanel::setDelivery(const QByteArray &capture)
{
    m_apart->setChecked(false);
    takeRaw(capture, m_input);
}

void WebhookPanel::setDelivery(const QByteArray &headerLines, const QByteArray &body)
{
    m_apart->setChecked(true);
    takeRaw(body, m_body);
    takeRaw(headerLines, m_input);
}

void WebhookPanel::loadSample(const QString &id)
{
    for (const SampleDelivery &sample : std::as_const(m_sampleDeliveries)) {
        if (sample.id == id) {
            setDelivery(sample.capture());
            return;
        }
    }
}

void WebhookPanel::verify()
{
    m_verifyTimer.stop();
    m_diagnosis.reset();
    const bool apart = m_apart->isChecked();
    const QByteArray text = m_rawInput.isEmpty() ? m_input->toPlainText().toUtf8() : m_rawInput;
    const QByteArray body = m_rawBody.isEmpty() ? m_body->toPlainText().toUtf8() : m_rawBody;
    if (text.trimmed().isEmpty() && (!apart || body.isEmpty())) {
        m_badge->setBadge(tr("No delivery"), Tone::Neutral);
        m_reason->setText(tr("Paste a captured delivery, drop a file, or pick a sample."));
        m_explanation->clear();
        m_event->clear();
        emit verified();
        return;
    }
    const webhooks::DeliveryParse parsed = apart ? webhooks::parseDelivery(text, body) : webhooks::parseDelivery(text);
    if (!parsed.delivery) {
        m_badge->setBadge(tr("Not a delivery"), Tone::Warning);
        m_reason->setText(shownText(parsed.error));
        m_explanation->clear();
        m_event->clear();
        emit verified();
        return;
    }
    m_diagnosis = webhooks::diagnose(m_secret, *parsed.delivery, &m_clock, std::chrono::seconds(m_tolerance->value()));
    const webhooks::Verdict &verdict = m_diagnosis->verdict;
    if (verdict.valid)
        m_badge->setBadge(tr("Valid"), Tone::Good, tr("The SDK's webhooks.verify accepts this delivery"));
    else
        m_badge->setBadge(tr("ValidationError: %1").arg(verdict.reasonCode()), Tone::Bad,
                          tr("The SDK's webhooks.verify raises ValidationError"));
    m_badge->setAccessibleName(tr("Verdict: %1").arg(m_badge->text()));
    m_reason->setText(shownText(verdict.message()));
    QStringList lines = m_diagnosis->explanation();
    if (!lines.isEmpty())
        lines.removeFirst(); // the verdict's own sentence is the reason above
    m_explanation->setText(shownText(lines.join(QLatin1Char('\n'))));
    m_explanation->setVisible(!lines.isEmpty());
    showDecoded(parsed.delivery->body, verdict.valid);
    emit verified();
}

void WebhookPanel::showDecoded(const QByteArray &body, bool verifiedBody)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        m_event->setPlainText(tr("The body is not a JSON object (%1 bytes).").arg(body.size()));
        return;
    }
    const QJsonObject object = document.object();
    QString text = verifiedBody ? tr("Verified event") : tr("Not verified: the event as the body claims it");
    text += QLatin1Char('\n');
    text += tr("id: %1\ntype: %2\noccurred_at: %3\n")
                .arg(object.value(QLatin1StringView("id")).toString(),
                     object.value(QLatin1StringView("type")).toString(),
                     object.value(QLatin1StringView("occurred_at")).toString());
    const QJsonValue payload = object.value(QLatin1StringView("data"));
    if (payload.isObject())
        text += QString::fromUtf8(QJsonDocument(payload.toObject()).toJson(QJsonDocument::Indented));
    else if (payload.isArray())
        text += QString::fromUtf8(QJsonDocument(payload.toArray()).toJson(QJsonDocument::Indented));
    m_event->setPlainText(shownText(text));
}

} // namespace vendo::ui

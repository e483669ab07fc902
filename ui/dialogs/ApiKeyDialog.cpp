#include "ui/dialogs/ApiKeyDialog.h"

#include "secrets/ApiKey.h"
#include "secrets/SecretStore.h"
#include "secrets/WebhookSecret.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBar.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vendo::ui {

ApiKeyDialog::ApiKeyDialog(secrets::SecretStore *store, const QString &profileId, const QString &profileName,
                           QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_profileId(profileId)
    , m_messages(new MessageBar(this))
    , m_key(new QLineEdit(this))
    , m_check(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    const bool webhook = store->kind() == secrets::SecretKind::WebhookSecret;
    setObjectName(webhook ? QStringLiteral("webhookSecretDialog") : QStringLiteral("apiKeyDialog"));
    setWindowTitle(webhook ? tr("Webhook secret for %1").arg(profileName) : tr("API key for %1").arg(profileName));
    QString introText;
    if (webhook)
        introText = store->isSessionOnly()
            ? tr("The webhook secret is kept in memory for this session only (%1) and is gone when the application "
                 "quits.")
                  .arg(store->storageName())
            : tr("The webhook secret (VENDO_WEBHOOK_SECRET where the customer's code runs) is stored in %1 under this "
                 "profile. It never reaches a file, a log or a report; the window shows only its first characters.")
                  .arg(store->storageName());
    else
        introText = store->isSessionOnly()
            ? tr("The key is kept in memory for this session only (%1) and is gone when the application quits.")
                  .arg(store->storageName())
            : tr("The key is stored in %1 under this profile. It never reaches a file, a log or a report; the window "
                 "shows only its first 12 characters.")
                  .arg(store->storageName());
    auto *intro = new QLabel(introText, this);
    intro->setWordWrap(true);
    m_key->setObjectName(webhook ? QStringLiteral("webhookSecretEdit") : QStringLiteral("apiKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(webhook ? QString() : QStringLiteral("vendo_sk_…"));
    m_key->setMaxLength(webhook ? secrets::WebhookSecret::kMaxLength + 64 : 512);
    m_key->setToolTip(webhook ? tr("The webhook secret the deliveries are signed with")
                              : tr("The Vendo API key: vendo_sk_ followed by 32 characters"));
    m_key->setAccessibleName(webhook ? tr("Webhook secret") : tr("API key"));
    auto *showAction = m_key->addAction(actionIcon(QStringLiteral("reveal")), QLineEdit::TrailingPosition);
    showAction->setToolTip(tr("Show or hide the key while typing"));
    showAction->setCheckable(true);
    connect(showAction, &QAction::toggled, this,
            [this](bool shown) { m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    m_check->setWordWrap(true);
    m_check->setTextFormat(Qt::PlainText);

    m_save = m_buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_remove = m_buttons->addButton(webhook ? tr("Remove stored secret") : tr("Remove stored key"),
                                    QDialogButtonBox::DestructiveRole);
    m_remove->setToolTip(webhook ? tr("Delete this profile's webhook secret from %1").arg(store->storageName())
                                 : tr("Delete this profile's key from %1").arg(store->storageName()));
    connect(m_save, &QPushButton::clicked, this, &ApiKeyDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &ApiKeyDialog::removeKey);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_key, &QLineEdit::textChanged, this, &ApiKeyDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(intro);
    layout->addWidget(m_key);
    layout->addWidget(m_check);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    validate();
}

ApiKeyDialog::~ApiKeyDialog()
{
    m_key->clear();
}

void ApiKeyDialog::validate()
{
    if (m_key->text().isEmpty()) {
        m_check->clear();
        m_save->setEnabled(false);
        return;
    }
    const secrets::SecretKind kind = m_store->kind();
    const secrets::SecretCheck check = secrets::SecretStore::check(kind, m_key->text());
    if (!check)
        m_check->setText(check.error().message);
    else if (kind == secrets::SecretKind::WebhookSecret)
        m_check->setText(
            tr("A usable webhook secret (%1).").arg(secrets::SecretStore::displayPrefix(kind, check->value)));
    else
        m_check->setText(
            tr("Looks like a Vendo API key (%1).").arg(secrets::SecretStore::displayPrefix(kind, check->value)));
    m_save->setEnabled(check.has_value() && !m_job);
}

void ApiKeyDialog::setBusy(bool busy)
{
    m_key->setEnabled(!busy);
    m_remove->setEnabled(!busy);
    if (busy)
        m_save->setEnabled(false);
    else
        validate();
}

void ApiKeyDialog::save()
{
    const secrets::SecretCheck check = secrets::SecretStore::check(m_store->kind(), m_key->text());
    if (!check || m_job)
        return;
    setBusy(true);
    m_messages->showMessage(MessageBar::Level::Info, tr("Storing it in %1…").arg(m_store->storageName()));
    m_job = m_store->write(m_profileId, check->value);
    connect(m_job, &secrets::SecretJob::finished, this, [this](const secrets::SecretResult &result) {
        m_job = nullptr;
        setBusy(false);
        if (result) {
            emit keyChanged();
            accept();
            return;
        }
        m_messages->showMessage(MessageBar::Level::Error, result.error().message);
    });
}

void ApiKeyDialog::removeKey()
{
    if (m_job)
        return;
    setBusy(true);
    m_job = m_store->remove(m_profileId);
    connect(m_job, &secrets::SecretJob::finished, this, [this](const secrets::SecretResult &result) {
        m_job = nullptr;
        setBusy(false);
        if (result || result.error().status == secrets::SecretStatus::NotFound) {
            emit keyChanged();
            m_messages->showMessage(MessageBar::Level::Success,
                                    m_store->kind() == secrets::SecretKind::WebhookSecret
                                        ? tr("No webhook secret is stored for this profile now.")
                                        : tr("No key is stored for this profile now."));
            return;
        }
        m_messages->showMessage(MessageBar::Level::Error, result.error().message);
    });
}

} // namespace vendo::ui

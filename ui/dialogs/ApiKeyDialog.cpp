#include "ui/dialogs/ApiKeyDialog.h"

#include "secrets/ApiKey.h"
#include "secrets/SecretStore.h"
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
    setObjectName(QStringLiteral("apiKeyDialog"));
    setWindowTitle(tr("API key for %1").arg(profileName));
    auto *intro = new QLabel(store->isSessionOnly()
                                 ? tr("The key is kept in memory for this session only (%1) and is gone when the "
                                      "application quits.")
                                       .arg(store->storageName())
                                 : tr("The key is stored in %1 under this profile. It never reaches a file, a log "
                                      "or a report; the window shows only its first 12 characters.")
                                       .arg(store->storageName()),
                             this);
    intro->setWordWrap(true);
    m_key->setObjectName(QStringLiteral("apiKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(QStringLiteral("vendo_sk_…"));
    m_key->setMaxLength(512);
    m_key->setToolTip(tr("The Vendo API key: vendo_sk_ followed by 32 characters"));
    auto *showAction = m_key->addAction(actionIcon(QStringLiteral("reveal")), QLineEdit::TrailingPosition);
    showAction->setToolTip(tr("Show or hide the key while typing"));
    showAction->setCheckable(true);
    connect(showAction, &QAction::toggled, this,
            [this](bool shown) { m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    m_check->setWordWrap(true);
    m_check->setTextFormat(Qt::PlainText);

    m_save = m_buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_remove = m_buttons->addButton(tr("Remove stored key"), QDialogButtonBox::DestructiveRole);
    m_remove->setToolTip(tr("Delete this profile's key from %1").arg(store->storageName()));
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
    const secrets::ApiKeyCheck check = secrets::ApiKey::check(m_key->text());
    m_check->setText(check.ok() ? tr("Looks like a Vendo API key (%1).").arg(secrets::ApiKey::displayPrefix(check.key))
                                : check.message);
    m_save->setEnabled(check.ok() && !m_job);
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
    const secrets::ApiKeyCheck check = secrets::ApiKey::check(m_key->text());
    if (!check.ok() || m_job)
        return;
    setBusy(true);
    m_messages->showMessage(MessageBar::Level::Info, tr("Storing the key in %1…").arg(m_store->storageName()));
    m_job = m_store->write(m_profileId, check.key);
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
            m_messages->showMessage(MessageBar::Level::Success, tr("No key is stored for this profile now."));
            return;
        }
        m_messages->showMessage(MessageBar::Level::Error, result.error().message);
    });
}

} // namespace vendo::ui

#pragma once

#include "secrets/SecretJob.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vendo::secrets {
class SecretStore;
}

namespace vendo::ui {

class MessageBar;

// Enter, replace or remove a profile's secret of the store's kind: its API key, or its webhook secret
// (SecretStore::kind()). The secret goes straight to core/secrets; this dialog never keeps it after
// closing and shows only its display prefix.
class ApiKeyDialog : public QDialog
{
    Q_OBJECT

public:
    ApiKeyDialog(secrets::SecretStore *store, const QString &profileId, const QString &profileName,
                 QWidget *parent = nullptr);
    ~ApiKeyDialog() override;

    QLineEdit *keyEdit() const { return m_key; }
    MessageBar *messageBar() const { return m_messages; }
    QPushButton *saveButton() const { return m_save; }
    void save();
    void removeKey();

signals:
    // The store changed: re-read the key status.
    void keyChanged();

private:
    void validate();
    void setBusy(bool busy);

    secrets::SecretStore *m_store;
    QString m_profileId;
    QPointer<secrets::SecretJob> m_job;
    MessageBar *m_messages;
    QLineEdit *m_key;
    QLabel *m_check;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QPushButton *m_remove;
};

} // namespace vendo::ui

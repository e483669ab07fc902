#pragma once

#include "client/Profile.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vendo::ui {

// Create or edit a custom profile: name, id, the service's URLs and what its identity tokens should
// carry. Save is enabled only while the profile would be usable (Profile::validate() and a free,
// well-formed id); otherwise the reason shows under the fields. Built-in profiles are never edited
// here: the window offers to duplicate them as a custom profile instead.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Edit };
    // `takenIds`: ids a new profile may not use (the built-ins and the stored ones).
    ProfileDialog(Mode mode, const client::Profile &initial, const QStringList &takenIds, QWidget *parent = nullptr);

    // The profile as the fields describe it (Kind::Custom).
    client::Profile profile() const;
    // Empty when the profile can be saved, otherwise the translated reason shown in the dialog.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *credentialsUrlEdit() const { return m_credentialsUrl; }
    QLineEdit *jwksUrlEdit() const { return m_jwksUrl; }
    QLineEdit *issuerEdit() const { return m_issuer; }
    QLineEdit *audienceEdit() const { return m_audience; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *saveButton() const { return m_save; }

    // An id from a display name: "Staging EU 2" -> "staging-eu-2".
    static QString idFromName(const QString &name);

private:
    void update();

    Mode m_mode;
    client::Profile m_initial;
    QStringList m_takenIds;
    bool m_idEdited = false;
    QLineEdit *m_name;
    QLineEdit *m_id;
    QLineEdit *m_baseUrl;
    QLineEdit *m_credentialsUrl;
    QLineEdit *m_jwksUrl;
    QLineEdit *m_issuer;
    QLineEdit *m_audience;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
};

} // namespace vendo::ui

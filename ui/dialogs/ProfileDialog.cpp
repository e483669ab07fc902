#include "ui/dialogs/ProfileDialog.h"

#include "client/ProfileStore.h"
#include "ui/widgets/Palette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace vendo::ui {

using client::Profile;
using client::ProfileStore;

namespace {

// Strict parsing: a URL with a space or a stray character is shown as invalid rather than repaired.
QUrl urlFrom(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

} // namespace

ProfileDialog::ProfileDialog(Mode mode, const Profile &initial, const QStringList &takenIds, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_initial(initial)
    , m_takenIds(takenIds)
    , m_name(new QLineEdit(this))
    , m_id(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_credentialsUrl(new QLineEdit(this))
    , m_jwksUrl(new QLineEdit(this))
    , m_issuer(new QLineEdit(this))
    , m_audience(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_save(m_buttons->button(QDialogButtonBox::Save))
{
    setWindowTitle(mode == Mode::Create ? tr("New profile") : tr("Edit profile \"%1\"").arg(initial.displayName));
    setMinimumWidth(520);

    const struct
    {
        QLineEdit *edit;
        const char *objectName;
        QString label;
        QString placeholder;
        QString description;
    } fields[] = {
        { m_name, "profileName", tr("&Name:"), tr("Staging EU"), tr("The name shown in the profile switcher") },
        { m_id, "profileId", tr("&Id:"), tr("staging-eu"),
          tr("The profile's key in the settings and the keychain; the CLI's --profile takes it") },
        { m_baseUrl, "profileBaseUrl", tr("&Base URL:"), QStringLiteral("https://vendo.example.com"),
          tr("The API origin; https, or http for a loopback host such as a local vendo-sandbox") },
        { m_credentialsUrl, "profileCredentialsUrl", tr("&Credentials URL:"),
          QStringLiteral("https://credentials.example.com"), tr("The credentials service") },
        { m_jwksUrl, "profileJwksUrl", tr("&JWKS URL:"), tr("optional"),
          tr("The identity issuer's key set, to check token signatures") },
        { m_issuer, "profileIssuer", tr("Expected &iss:"), tr("optional"),
          tr("The issuer identity tokens should name") },
        { m_audience, "profileAudience", tr("Expected &aud:"), QStringLiteral("authenticated"),
          tr("The audience identity tokens should name") },
    };
    auto *form = new QFormLayout;
    for (const auto &field : fields) {
        field.edit->setObjectName(QLatin1String(field.objectName));
        field.edit->setPlaceholderText(field.placeholder);
        field.edit->setToolTip(field.description);
        field.edit->setAccessibleName(QString(field.label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        field.edit->setAccessibleDescription(field.description);
        auto *label = new QLabel(field.label, this);
        label->setBuddy(field.edit);
        form->addRow(label, field.edit);
        connect(field.edit, &QLineEdit::textChanged, this, &ProfileDialog::update);
    }
    m_id->setReadOnly(mode == Mode::Edit);
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (m_mode == Mode::Create && !m_idEdited)
            m_id->setText(idFromName(name));
    });

    m_problem->setObjectName(QStringLiteral("profileProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setAccessibleName(tr("Why the profile cannot be saved"));
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, Palette::strong(Tone::Bad, pal));
    m_problem->setPalette(pal);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_name->setText(initial.displayName);
    m_id->setText(initial.id);
    m_baseUrl->setText(initial.baseUrl.toString(QUrl::RemoveUserInfo));
    m_credentialsUrl->setText(initial.credentialsUrl.toString(QUrl::RemoveUserInfo));
    m_jwksUrl->setText(initial.jwksUrl.toString(QUrl::RemoveUserInfo));
    m_issuer->setText(initial.expectedIssuer);
    m_audience->setText(initial.expectedAudience);
    update();
}

QString ProfileDialog::idFromName(const QString &name)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9._-]+"));
    QString id = name.toLower().replace(other, QStringLiteral("-"));
    while (id.startsWith(QLatin1Char('-')) || id.startsWith(QLatin1Char('.')) || id.startsWith(QLatin1Char('_')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.left(64);
}

Profile ProfileDialog::profile() const
{
    Profile p = m_initial;
    p.kind = Profile::Kind::Custom;
    p.id = m_id->text().trimmed();
    p.displayName = m_name->text().trimmed().isEmpty() ? p.id : m_name->text().trimmed();
    p.baseUrl = urlFrom(m_baseUrl);
    p.credentialsUrl = urlFrom(m_credentialsUrl);
    p.jwksUrl = urlFrom(m_jwksUrl);
    p.expectedIssuer = m_issuer->text().trimmed();
    p.expectedAudience = m_audience->text().trimmed();
    return p;
}

QString ProfileDialog::problem() const
{
    const Profile p = profile();
    if (p.id.isEmpty())
        return tr("Give the profile a name or an id.");
    if (ProfileStore::isBuiltInId(p.id))
        return tr("\"%1\" is a built-in profile; choose another id.").arg(p.id);
    if (!ProfileStore::isValidId(p.id))
        return tr("The id takes letters, digits, \".\", \"_\" and \"-\" (at most 64), starting with a letter or "
                  "digit.");
    if (m_mode == Mode::Create && m_takenIds.contains(p.id))
        return tr("A profile \"%1\" exists already; choose another id.").arg(p.id);
    if (m_baseUrl->text().trimmed().isEmpty())
        return tr("Enter the base URL.");
    if (m_credentialsUrl->text().trimmed().isEmpty())
        return tr("Enter the credentials URL.");
    return p.validate();
}

void ProfileDialog::update()
{
    const QString reason = problem();
    m_save->setEnabled(reason.isEmpty());
    m_problem->setText(reason);
    m_problem->setVisible(!reason.isEmpty());
    m_save->setAccessibleDescription(reason);
}

} // namespace vendo::ui

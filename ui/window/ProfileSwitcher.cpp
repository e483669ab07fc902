#include "ui/window/ProfileSwitcher.h"

#include "ui/widgets/Badge.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/PlainToolTip.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace vendo::ui {

namespace {
constexpr int kKeyStatusWidth = 260;
} // namespace

using client::Profile;

ProfileSwitcher::ProfileSwitcher(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_comboRow(new QHBoxLayout)
    , m_badge(new Badge(this))
    , m_keyButton(new QToolButton(this))
{
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setAccessibleName(tr("Profile"));
    m_combo->setToolTip(tr("The environment (profile) every request goes to"));
    m_badge->setObjectName(QStringLiteral("environmentBadge"));
    m_keyButton->setObjectName(QStringLiteral("apiKeyButton"));
    m_keyButton->setIcon(actionIcon(QStringLiteral("key")));
    m_keyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(8);
    // No "Profile:" caption: the combo names itself to screen readers and in its tool tip, and the
    // toolbar keeps its width for a 1024 px screen.
    m_comboRow->setSpacing(0);
    m_comboRow->addWidget(m_combo);
    layout->addLayout(m_comboRow);
    layout->addWidget(m_badge);
    layout->addWidget(m_keyButton);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        updateBadge();
        if (index >= 0 && index < m_profiles.size())
            emit profileChanged(m_profiles.at(index));
    });
    connect(m_keyButton, &QToolButton::clicked, this, &ProfileSwitcher::apiKeyRequested);
    setKeyStatus({});
}

QString ProfileSwitcher::kindName(Profile::Kind kind)
{
    switch (kind) {
    case Profile::Kind::Production:
        return tr("PRODUCTION");
    case Profile::Kind::Staging:
        return tr("Staging");
    case Profile::Kind::Sandbox:
        return tr("Sandbox");
    case Profile::Kind::Custom:
        return tr("Custom");
    }
    return {};
}

void ProfileSwitcher::setProfiles(const QList<Profile> &profiles)
{
    const QSignalBlocker blocker(m_combo);
    // As wide as the longest name. Qt's default policy measures the names when the combo is first
    // shown; a list set after that needs AdjustToContents, which builds the pop-up (a dozen widgets)
    // at once and so is not set before the window's first frame.
    if (m_combo->isVisible())
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profiles = profiles;
    m_combo->clear();
    for (const Profile &profile : profiles)
        m_combo->addItem(profile.displayName, profile.id);
    updateBadge();
}

void ProfileSwitcher::setProfileActions(const QList<QAction *> &actions)
{
    if (actions.isEmpty() || m_profileButton)
        return;
    m_profileButton = new QToolButton(this);
    m_profileButton->setObjectName(QStringLiteral("profileMenuButton"));
    m_profileButton->setText(tr("…"));
    m_profileButton->setToolTip(tr("New, edit, duplicate or remove profiles"));
    m_profileButton->setAccessibleName(tr("Profile actions"));
    m_profileButton->setAccessibleDescription(tr("New, edit, duplicate or remove profiles"));
    m_profileButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_profileButton);
    menu->addActions(actions);
    m_profileButton->setMenu(menu);
    m_profileButton->setAutoRaise(true);
    // Close to the combo it belongs to: the toolbar has little room left at 1024 px in German.
    m_comboRow->addSpacing(2);
    m_comboRow->addWidget(m_profileButton);
    setTabOrder(m_combo, m_profileButton);
}

void ProfileSwitcher::setCurrentProfile(const QString &id)
{
    const int index = m_combo->findData(id);
    if (index < 0)
        return;
    if (index == m_combo->currentIndex()) {
        updateBadge();
        emit profileChanged(m_profiles.at(index));
    } else {
        m_combo->setCurrentIndex(index);
    }
}

Profile ProfileSwitcher::currentProfile() const
{
    const int index = m_combo->currentIndex();
    return index >= 0 && index < m_profiles.size() ? m_profiles.at(index) : Profile {};
}

void ProfileSwitcher::updateBadge()
{
    const Profile profile = currentProfile();
    Tone tone = Tone::Neutral;
    QString tip;
    switch (profile.kind) {
    case Profile::Kind::Production:
        tone = Tone::Production;
        tip = tr("Production: requests reach real customers' connections and spend real balance.");
        break;
    case Profile::Kind::Staging:
        tone = Tone::Warning;
        tip = tr("Staging environment.");
        break;
    case Profile::Kind::Sandbox:
        tone = Tone::Sandbox;
        tip = tr("The embedded sandbox on this computer: seeded users, no real data.");
        break;
    case Profile::Kind::Custom:
        tone = Tone::Neutral;
        tip = tr("A custom environment.");
        break;
    }
    m_badge->setBadge(kindName(profile.kind), tone, tip + QLatin1Char('\n') + profile.baseUrl.toString());
}

QString ProfileSwitcher::keyStatusText() const
{
    switch (m_keyStatus.state) {
    case KeyStatus::State::Checking:
        return tr("Key: checking…");
    case KeyStatus::State::Stored:
        return tr("Key %1 · stored in %2").arg(m_keyStatus.keyPrefix, m_keyStatus.location);
    case KeyStatus::State::SessionOnly:
        return tr("Key %1 · session only (%2)").arg(m_keyStatus.keyPrefix, m_keyStatus.location);
    case KeyStatus::State::Missing:
        return tr("No API key stored for this profile");
    case KeyStatus::State::Unavailable:
        return tr("Keychain unavailable: %1").arg(m_keyStatus.reason);
    }
    return {};
}

QString ProfileSwitcher::keyStatusShortText() const
{
    switch (m_keyStatus.state) {
    case KeyStatus::State::Checking:
        return tr("Key: checking…");
    case KeyStatus::State::Stored:
        return tr("Key %1 · stored").arg(m_keyStatus.keyPrefix);
    case KeyStatus::State::SessionOnly:
        return tr("Key %1 · session only").arg(m_keyStatus.keyPrefix);
    case KeyStatus::State::Missing:
        return tr("No API key");
    case KeyStatus::State::Unavailable:
        return tr("Keychain unavailable");
    }
    return {};
}

void ProfileSwitcher::setKeyStatus(const KeyStatus &status)
{
    m_keyStatus = status;
    // One button says where the key is, in a few words, and opens the key dialog: the toolbar fits a
    // 1024 px screen in every language. The whole status (which keychain, and why when it cannot be
    // read) is in its tool tip and accessible description; only an overlong reason is ever cut.
    const QString text = keyStatusText();
    m_keyButton->setText(m_keyButton->fontMetrics().elidedText(keyStatusShortText(), Qt::ElideRight, kKeyStatusWidth));
    m_keyButton->setToolTip(
        plainToolTip(text + QLatin1Char('\n') + tr("Store, replace or remove this profile's API key")));
    m_keyButton->setAccessibleName(tr("API key: %1").arg(keyStatusShortText()));
    m_keyButton->setAccessibleDescription(text);
    const bool problem = status.state == KeyStatus::State::Missing || status.state == KeyStatus::State::Unavailable;
    QPalette pal = palette();
    if (problem)
        pal.setColor(QPalette::ButtonText, Palette::strong(Tone::Bad, pal));
    m_keyButton->setPalette(pal);
}

} // namespace vendo::ui

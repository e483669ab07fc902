#include "ui/panels/SummaryCard.h"

#include "ui/widgets/PlainToolTip.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace vendo::ui {

namespace {

// A value from a token or the service: plain text (never rich text or a link), wrapped at any
// character so that a long email or slug never widens the dock, selectable for a quick copy.
QLabel *valueLabel(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}

} // namespace

SummaryCard::SummaryCard(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(tr("Case summary"), this))
    , m_who(valueLabel(this, QStringLiteral("summaryWho"), tr("Who")))
    , m_tenant(valueLabel(this, QStringLiteral("summaryTenant"), tr("Tenant")))
    , m_token(valueLabel(this, QStringLiteral("summaryToken"), tr("Token state")))
    , m_failing(valueLabel(this, QStringLiteral("summaryFailing"), tr("Failing connections")))
    , m_copy(new QToolButton(this))
{
    setObjectName(QStringLiteral("summaryCard"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Case summary"));
    setAccessibleDescription(tr("Who, tenant, token state and failing connections of the current case"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_copy->setObjectName(QStringLiteral("copySummaryButton"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setAutoRaise(true);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_title, 0, 0);
    grid->addWidget(m_copy, 0, 1, Qt::AlignRight);
    int row = 1;
    for (const auto &[caption, value] :
         { std::pair { tr("Who:"), m_who }, std::pair { tr("Tenant:"), m_tenant }, std::pair { tr("Token:"), m_token },
           std::pair { tr("Failing:"), m_failing } }) {
        auto *label = new QLabel(caption, this);
        label->setBuddy(value);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(value, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    hide();
}

void SummaryCard::setCopyAction(QAction *action)
{
    m_copy->setDefaultAction(action);
    m_copy->setText(tr("Copy"));
    m_copy->setAccessibleName(tr("Copy case summary"));
    m_copy->setAccessibleDescription(tr("Puts who, tenant, token state and failing connections on the clipboard "
                                        "as plain text"));
}

void SummaryCard::setSummary(const CaseSummary &summary)
{
    setVisible(summary.hasIdentity);
    // Name and email; the sub (a long unbroken id) is in the tool tip and the copied text.
    m_who->setText(summary.whoBrief.isEmpty() ? tr("the token names nobody") : shownText(summary.whoBrief));
    m_who->setToolTip(plainToolTip(summary.who));
    m_tenant->setText(summary.tenant.isEmpty() ? tr("unknown")
                                               : shownText(tr("%1 (%2)").arg(summary.tenant, summary.tenantSource)));
    // Brief: the token's state, and the signature and the server only when they say something else.
    QString token = summary.tokenState;
    if (!summary.signature.isEmpty() && summary.signature != QLatin1String("valid"))
        token += QStringLiteral("; ") + tr("signature %1").arg(summary.signature);
    if (!summary.serverBrief.isEmpty())
        token += QStringLiteral("; ") + tr("server: %1").arg(summary.serverBrief);
    m_token->setText(shownText(token));
    m_token->setToolTip(
        plainToolTip(summary.serverVerdict.isEmpty() ? QString() : tr("The server %1").arg(summary.serverVerdict)));
    QStringList failing;
    for (const CaseSummary::Failing &f : summary.failing) {
        QString line = f.slug + QStringLiteral(": ")
            + (f.className.isEmpty() ? tr("%1, not probed").arg(f.connectionStatus) : f.className);
        if (f.retryAfterSeconds)
            line += QStringLiteral(", ") + tr("Retry-After %1 s").arg(*f.retryAfterSeconds);
        failing << line;
    }
    m_failing->setText(
        shownText(failing.isEmpty() ? tr("none (%1)").arg(summary.connections) : failing.join(QLatin1Char('\n'))));
    // The fixes are long: in the tool tip, and in the copied text.
    QStringList fixes;
    for (const CaseSummary::Failing &f : summary.failing)
        fixes << QStringLiteral("%1: %2").arg(f.slug, f.fix);
    m_failing->setToolTip(plainToolTip(fixes.join(QStringLiteral("\n\n"))));
}

QString SummaryCard::whoText() const
{
    return m_who->text();
}

QString SummaryCard::tenantText() const
{
    return m_tenant->text();
}

QString SummaryCard::tokenText() const
{
    return m_token->text();
}

QString SummaryCard::failingText() const
{
    return m_failing->text();
}

} // namespace vendo::ui

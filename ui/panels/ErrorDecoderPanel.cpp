#include "ui/panels/ErrorDecoderPanel.h"

#include "client/Explain.h"
#include "ui/widgets/Badge.h"
#include "ui/widgets/PlainToolTip.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace vendo::ui {

ErrorDecoderPanel::ErrorDecoderPanel(QWidget *parent)
    : QWidget(parent)
    , m_input(new QLineEdit(this))
    , m_class(new Badge(this))
    , m_matched(new QLabel(this))
    , m_meaning(new QLabel(this))
    , m_fix(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("errorDecoderPanel"));
    m_input->setObjectName(QStringLiteral("errorDecoderInput"));
    m_input->setAccessibleName(tr("Error code, HTTP status or log line"));
    m_input->setPlaceholderText(tr("Paste an error code, an HTTP status or a log line, e.g. connection_needs_reauth"));
    m_input->setToolTip(tr("Recognises current and legacy codes, SDK class names, HTTP statuses and transport "
                           "failures"));
    m_input->setClearButtonEnabled(true);
    m_input->setMaxLength(8192);
    for (QLabel *label : { m_matched, m_meaning, m_fix, m_note }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_class->setObjectName(QStringLiteral("errorDecoderClass"));

    auto *form = new QFormLayout;
    form->addRow(tr("Class:"), m_class);
    form->addRow(tr("Recognised:"), m_matched);
    form->addRow(tr("Meaning:"), m_meaning);
    form->addRow(tr("What to do:"), m_fix);
    form->addRow(QString(), m_note);
    form->setLabelAlignment(Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_input);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_input, &QLineEdit::textChanged, this, &ErrorDecoderPanel::decode);
    decode({});
}

void ErrorDecoderPanel::decode(const QString &text)
{
    if (m_input->text() != text)
        m_input->setText(text); // re-enters through textChanged
    const bool empty = text.trimmed().isEmpty();
    const client::Explanation explanation = empty ? client::Explanation {} : client::explain(text);
    if (empty) {
        m_class->setBadge(tr("—"), Tone::Neutral);
        m_matched->clear();
        m_meaning->clear();
        m_fix->clear();
        m_note->clear();
        return;
    }
    if (!explanation.recognised()) {
        m_class->setBadge(tr("Unrecognised"), Tone::Neutral);
        m_matched->clear();
        m_meaning->setText(tr("No Vendo error code, SDK class, HTTP status or transport failure was found in this "
                              "text."));
        m_fix->clear();
        m_note->clear();
        return;
    }
    m_class->setBadge(explanation.className, Tone::Bad);
    QString matched = explanation.matched;
    if (!explanation.code.isEmpty() && explanation.code != explanation.matched)
        matched += QStringLiteral(" → ") + explanation.code;
    if (explanation.httpStatus > 0)
        matched += tr(" (HTTP %1)").arg(explanation.httpStatus);
    m_matched->setText(shownText(matched));
    m_meaning->setText(shownText(explanation.meaning));
    m_fix->setText(shownText(explanation.fix));
    m_note->setText(shownText(explanation.note));
}

QString ErrorDecoderPanel::resultText() const
{
    return QStringList { m_class->text(), m_matched->text(), m_meaning->text(), m_fix->text() }.join(QLatin1Char('\n'));
}

} // namespace vendo::ui

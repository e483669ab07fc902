#include "ui/dialogs/AboutDialog.h"

#include "ui/widgets/Icons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace vendo::ui {

QString AboutDialog::qtVersion()
{
    return tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
}

QString AboutDialog::keychainVersion()
{
    // QtKeychain 0.13 has no run-time version call: this is the version CMake found at build time.
    return QStringLiteral(VENDO_QTKEYCHAIN_VERSION);
}

AboutDialog::AboutDialog(const QString &openSslVersion, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Vendo Inspector"));

    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    auto *title = new QLabel(
        QStringLiteral("<h2>%1 %2</h2>").arg(tr("Vendo Inspector"), QApplication::applicationVersion()), this);
    auto *blurb = new QLabel(tr("Diagnoses end users' identity tokens, connections and provider tokens "
                                "for the Vendo credentials service."),
                             this);
    blurb->setWordWrap(true);

    auto *versions = new QFormLayout;
    versions->addRow(tr("Qt:"), new QLabel(qtVersion(), this));
    versions->addRow(tr("QtKeychain:"), new QLabel(keychainVersion(), this));
    versions->addRow(tr("OpenSSL:"), new QLabel(openSslVersion, this));
    for (QLabel *label : findChildren<QLabel *>())
        label->setTextInteractionFlags(label->textInteractionFlags() | Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(blurb);
    head->addLayout(text, 1);
    layout->addLayout(head);
    layout->addLayout(versions);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace vendo::ui

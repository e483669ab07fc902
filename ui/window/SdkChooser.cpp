#include "ui/window/SdkChooser.h"

#include "sdk/SdkCase.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace vendo::ui {

SdkChooser::SdkChooser(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
{
    m_combo->setObjectName(QStringLiteral("sdkCombo"));
    m_combo->setToolTip(tr("The SDK the customer's code runs: the SDK lens shows and reproduces what it sends and "
                           "raises, beside the documented contract"));
    for (const sdk::Sdk each : sdk::allSdks()) {
        const sdk::SdkInfo &info = sdk::info(each);
        m_combo->addItem(info.name, info.key);
        m_combo->setItemData(m_combo->count() - 1, sdk::basisText(each), Qt::ToolTipRole);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(8);
    auto *label = new QLabel(tr("&SDK:"), this);
    label->setBuddy(m_combo);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { emit sdkChanged(currentSdk()); });
}

sdk::Sdk SdkChooser::currentSdk() const
{
    return sdk::sdkFromKey(m_combo->currentData().toString()).value_or(sdk::Sdk::Contract);
}

void SdkChooser::setCurrentSdk(sdk::Sdk sdk)
{
    m_combo->setCurrentIndex(m_combo->findData(sdk::info(sdk).key));
}

} // namespace vendo::ui

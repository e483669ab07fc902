#pragma once

#include "sdk/SdkTable.h"

#include <QWidget>

class QComboBox;

namespace vendo::ui {

// The toolbar's SDK choice, beside the profile: which SDK the customer runs (docs/sdk-differences.md).
// The documented contract is the default; the choice is remembered in the settings by MainWindow.
class SdkChooser : public QWidget
{
    Q_OBJECT

public:
    explicit SdkChooser(QWidget *parent = nullptr);

    sdk::Sdk currentSdk() const;
    void setCurrentSdk(sdk::Sdk sdk);
    QComboBox *combo() const { return m_combo; }

signals:
    void sdkChanged(vendo::sdk::Sdk sdk);

private:
    QComboBox *m_combo;
};

} // namespace vendo::ui

#pragma once

#include <QDialog>

namespace vendo::ui {

// Name, version and the versions of the libraries that matter when reporting a problem.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // `openSslVersion`: Services::cryptoLibraryVersion() ("OpenSSL 3.0.x …").
    explicit AboutDialog(const QString &openSslVersion, QWidget *parent = nullptr);

    // "Qt 6.4.2 (run time) / 6.4.2 (build)", "QtKeychain 0.13.2"
    static QString qtVersion();
    static QString keychainVersion();
};

} // namespace vendo::ui

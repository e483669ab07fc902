#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace vendo::ui {

// Copies a secret to the clipboard and takes it back after a while, but only if the clipboard still
// holds it (the operator may have copied something else since). Marks the data as a secret in the
// forms KDE, Windows (clipboard history, cloud sync, monitors) and macOS clipboard managers honour,
// so it stays out of their histories.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultClearInterval { 30'000 };

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    void setClearInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds clearInterval() const;

    void copy(const QString &secret);
    bool isPending() const { return m_timer.isActive(); }

signals:
    // `cleared` is false when the clipboard no longer held the secret and was left alone.
    void expired(bool cleared);

private:
    void onTimeout();
    bool clearIfStillOurs();

    QTimer m_timer;
    QByteArray m_fingerprint; // a hash, so the secret itself is not kept here
};

} // namespace vendo::ui

#include "ui/SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace vendo::ui {

namespace {
QByteArray fingerprint(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultClearInterval);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::onTimeout);
}

SecretClipboard::~SecretClipboard()
{
    // Leaving: do not leave the secret behind in the clipboard either. No signal from here: whoever
    // listens may be in its own destructor already (the probe panel that owns this clipboard is).
    if (m_timer.isActive())
        clearIfStillOurs();
}

void SecretClipboard::setClearInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::chrono::milliseconds SecretClipboard::clearInterval() const
{
    return m_timer.intervalAsDuration();
}

void SecretClipboard::copy(const QString &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    // KDE Klipper and others skip entries carrying this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_fingerprint = fingerprint(secret);
    m_timer.start();
}

bool SecretClipboard::clearIfStillOurs()
{
    m_timer.stop();
    QClipboard *clipboard = QGuiApplication::clipboard();
    const bool stillOurs = fingerprint(clipboard->text()) == m_fingerprint;
    if (stillOurs)
        clipboard->clear();
    m_fingerprint.clear();
    return stillOurs;
}

void SecretClipboard::onTimeout()
{
    emit expired(clearIfStillOurs());
}

} // namespace vendo::ui

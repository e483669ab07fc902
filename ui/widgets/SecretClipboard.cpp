#include "ui/widgets/SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QtEndian>

#if defined(Q_OS_MACOS) && QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QUtiMimeConverter>
#define VENDO_CONCEALED_PASTEBOARD_TYPE 1
#endif

namespace vendo::ui {

namespace {

QByteArray fingerprint(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

// Qt on macOS offers a MIME type it does not know as "com.trolltech.anymime.<type>", which no
// clipboard manager looks for; this maps one MIME type to the nspasteboard.org UTI itself.
constexpr auto kConcealedMime = "application/x-nspasteboard-concealed-type";

#ifdef VENDO_CONCEALED_PASTEBOARD_TYPE
class ConcealedTypeConverter final : public QUtiMimeConverter
{
public:
    QString utiForMime(const QString &mime) const override
    {
        return mime == QLatin1String(kConcealedMime) ? QStringLiteral("org.nspasteboard.ConcealedType") : QString();
    }
    QString mimeForUti(const QString &uti) const override
    {
        return uti == QLatin1String("org.nspasteboard.ConcealedType") ? QString::fromLatin1(kConcealedMime) : QString();
    }
    QList<QByteArray> convertFromMime(const QString &, const QVariant &data, const QString &) const override
    {
        return { data.toByteArray() };
    }
    QVariant convertToMime(const QString &, const QList<QByteArray> &data, const QString &) const override
    {
        return data.value(0);
    }
};
#endif

QByteArray dword(quint32 value)
{
    QByteArray bytes(sizeof value, Qt::Uninitialized);
    qToLittleEndian(value, bytes.data());
    return bytes;
}

// The secret's companions on the clipboard: the hints each platform's clipboard history and
// managers honour, so a copied token does not outlive the timed clear in a history. Set on every
// platform (elsewhere they are inert extra formats), so that one test sees all of them.
void markAsSecret(QMimeData *mime)
{
    // KDE Klipper and others.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // Windows: Qt registers a MIME type it does not know as a clipboard format of the same name
    // (QWindowsMime's last-resort converter), which is how these three reach the clipboard. The first
    // keeps the entry from clipboard monitors (its data is ignored), the other two (DWORD 0) keep it
    // out of Win+V history and cloud clipboard sync.
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), dword(1));
    mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), dword(0));
    mime->setData(QStringLiteral("CanUploadToCloudClipboard"), dword(0));
    // macOS (nspasteboard.org): managers skip an entry that carries org.nspasteboard.ConcealedType.
#ifdef VENDO_CONCEALED_PASTEBOARD_TYPE
    static ConcealedTypeConverter *const converter = new ConcealedTypeConverter; // registers itself, lives on
    Q_UNUSED(converter);
#endif
    mime->setData(QString::fromLatin1(kConcealedMime), QByteArrayLiteral("secret"));
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
    markAsSecret(mime);
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

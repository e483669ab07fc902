#include "ui/IconEngine.h"

#include <QApplication>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QResource>

#include <algorithm>
#include <optional>

namespace vendo::ui {

namespace {

struct Rendered
{
    int size = 0;
    QImage image; // Alpha8 (a mask) or ARGB32_Premultiplied, over the resource's own bytes
};

quint32 readBigEndian32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// The records of a rendered icon (resources/tools/render_icons.cpp): per size, a big-endian quint32
// size and bytes per pixel, then the pixels. The resource is stored uncompressed, so the images are
// views of the program's own read-only data.
QList<Rendered> parseRendered(const QString &resourcePath)
{
    const QResource resource(resourcePath);
    if (!resource.isValid() || resource.compressionAlgorithm() != QResource::NoCompression)
        return {};
    const uchar *data = resource.data();
    const qint64 size = resource.size();
    QList<Rendered> images;
    for (qint64 at = 0; at < size;) {
        if (size - at < 8)
            return {};
        const quint32 side = readBigEndian32(data + at);
        const quint32 depth = readBigEndian32(data + at + 4);
        at += 8;
        if (side == 0 || side > 1024 || (depth != 1 && depth != 4) || size - at < qint64(side) * side * depth)
            return {};
        const int pixels = static_cast<int>(side);
        images.append({ pixels,
                        QImage(data + at, pixels, pixels, pixels * int(depth),
                               depth == 1 ? QImage::Format_Alpha8 : QImage::Format_ARGB32_Premultiplied) });
        at += qint64(side) * side * depth;
    }
    return images;
}

// Each file is read once (GUI thread only, like every icon engine).
const QList<Rendered> &readRendered(const QString &resourcePath)
{
    static QHash<QString, QList<Rendered>> cache;
    auto it = cache.find(resourcePath);
    if (it == cache.end())
        it = cache.insert(resourcePath, parseRendered(resourcePath));
    return *it;
}

// The smallest rendered size at least `pixels` wide, or the largest.
std::optional<Rendered> nearest(const QList<Rendered> &images, int pixels)
{
    std::optional<Rendered> best;
    for (const Rendered &candidate : images) {
        if (!best
            || (best->size < pixels ? candidate.size > best->size
                                    : candidate.size >= pixels && candidate.size < best->size))
            best = candidate;
    }
    return best;
}

} // namespace

IconEngine::IconEngine(QString resourcePath, bool tinted)
    : m_resourcePath(std::move(resourcePath))
    , m_tinted(tinted)
{ }

QIcon IconEngine::actionIcon(const QString &name)
{
    return QIcon(new IconEngine(QStringLiteral(":/icons/actions/%1.mask").arg(name), true));
}

QIcon IconEngine::applicationIcon()
{
    return QIcon(new IconEngine(QStringLiteral(":/icons/vendo-inspector.argb"), false));
}

QList<int> IconEngine::renderedSizes(const QString &resourcePath)
{
    QList<int> sizes;
    for (const Rendered &image : readRendered(resourcePath))
        sizes << image.size;
    return sizes;
}

QPixmap IconEngine::render(int pixels, QIcon::Mode mode)
{
    if (pixels <= 0)
        return {};
    QColor colour;
    if (m_tinted) {
        const QPalette palette = QApplication::palette();
        colour = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                               mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
        if (mode == QIcon::Disabled)
            colour.setAlphaF(colour.alphaF() * 0.45f);
    }
    const QString key = QStringLiteral("vendo-icon:%1:%2:%3").arg(m_resourcePath).arg(pixels).arg(colour.rgba(), 0, 16);
    QPixmap cached;
    if (QPixmapCache::find(key, &cached))
        return cached;

    const std::optional<Rendered> source = nearest(readRendered(m_resourcePath), pixels);
    if (!source)
        return {};
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRect(0, 0, pixels, pixels), source->image);
    if (m_tinted) {
        // The mask's coverage, in the palette's colour.
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), colour);
    }
    painter.end();
    const QPixmap pixmap = QPixmap::fromImage(std::move(image));
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

void IconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    const int side = qMin(rect.width(), rect.height());
    const QPixmap pixmap = render(qRound(side * scale), mode);
    if (pixmap.isNull())
        return;
    const QRect square(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side);
    painter->drawPixmap(square, pixmap);
}

QPixmap IconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State)
{
    return render(qMin(size.width(), size.height()), mode);
}

QPixmap IconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale)
{
    // QIcon passes the size in device pixels already (Qt 6.4: size * scale).
    QPixmap pixmap = render(qMin(size.width(), size.height()), mode);
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QList<QSize> IconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    QList<QSize> sizes;
    for (int size : renderedSizes(m_resourcePath))
        sizes << QSize(size, size);
    return sizes;
}

bool IconEngine::isNull()
{
    if (!m_null)
        m_null = readRendered(m_resourcePath).isEmpty();
    return *m_null;
}

QIconEngine *IconEngine::clone() const
{
    return new IconEngine(m_resourcePath, m_tinted);
}

} // namespace vendo::ui

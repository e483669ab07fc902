#include "ui/widgets/Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace vendo::ui {

namespace {

// Draws an SVG from the resources at any size. A tinted icon is drawn as a silhouette in the
// palette's text colour for the icon's mode (Qt's own SVG engine would keep the file's grey, which
// fades on a dark theme); an untinted one keeps its colours.
class SvgIconEngine final : public QIconEngine
{
public:
    SvgIconEngine(QString fileName, bool tinted)
        : m_fileName(std::move(fileName))
        , m_tinted(tinted)
        , m_exists(QFile::exists(m_fileName))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QSize pixels = size * scale;
        const QColor tint = m_tinted ? tintFor(mode) : QColor();
        const QString cacheKey = QStringLiteral("vendo-icon:%1:%2x%3:%4")
                                     .arg(m_fileName)
                                     .arg(pixels.width())
                                     .arg(pixels.height())
                                     .arg(tint.isValid() ? tint.name(QColor::HexArgb) : QString::number(int(mode)));
        QPixmap pixmap;
        if (!QPixmapCache::find(cacheKey, &pixmap)) {
            pixmap = render(pixels, tint, mode);
            QPixmapCache::insert(cacheKey, pixmap);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }
    QIconEngine *clone() const override { return new SvgIconEngine(*this); }
    QString key() const override { return QStringLiteral("vendo-svg"); }
    // Asked by every button and action that shows the icon, and by a dock's title bar each time it is
    // measured: the file's presence, looked up once (the resources do not change), answers it without
    // parsing the SVG (render() still copes with a file that does not parse).
    bool isNull() override { return !m_exists; }

private:
    static QColor tintFor(QIcon::Mode mode)
    {
        const QPalette palette = QGuiApplication::palette();
        if (mode == QIcon::Disabled)
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        return palette.color(QPalette::Active,
                             mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
    }

    QPixmap render(const QSize &pixels, const QColor &tint, QIcon::Mode mode) const
    {
        QPixmap pixmap(pixels);
        pixmap.fill(Qt::transparent);
        QSvgRenderer renderer(m_fileName);
        if (!renderer.isValid() || pixels.isEmpty())
            return pixmap;
        QPainter painter(&pixmap);
        renderer.render(&painter);
        if (tint.isValid()) {
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(pixmap.rect(), tint);
        }
        painter.end();
        if (!tint.isValid() && mode == QIcon::Disabled)
            return QIcon(pixmap).pixmap(pixels, QIcon::Disabled); // the style's greyed-out form
        return pixmap;
    }

    QString m_fileName;
    bool m_tinted;
    bool m_exists;
};

} // namespace

QIcon actionIcon(const QString &name)
{
    return QIcon(new SvgIconEngine(QStringLiteral(":/icons/actions/%1.svg").arg(name), true));
}

QIcon applicationIcon()
{
    return QIcon(new SvgIconEngine(QStringLiteral(":/icons/vendo-inspector.svg"), false));
}

} // namespace vendo::ui

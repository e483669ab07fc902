#pragma once

#include <QIconEngine>
#include <QList>

#include <optional>

namespace vendo::ui {

// The window's icons, from the images rendered from their SVGs at build time
// (resources/tools/render_icons.cpp): the action icons are coverage masks drawn in the palette's
// current text colour, so that the same icon reads on light and dark themes; the application icon
// keeps its colours. A size that was not rendered is scaled from the nearest larger one. Pixmaps are
// kept in QPixmapCache.
class IconEngine final : public QIconEngine
{
public:
    // ":/icons/actions/<name>.mask" (from resources/icons/actions/<name>.svg) as a QIcon.
    static QIcon actionIcon(const QString &name);
    // The application's own icon (resources/icons/vendo-inspector.svg), in colour.
    static QIcon applicationIcon();

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override { return QStringLiteral("vendo-rendered"); }
    bool isNull() override;

    // The square sizes rendered into `resourcePath` (for tests).
    static QList<int> renderedSizes(const QString &resourcePath);

private:
    IconEngine(QString resourcePath, bool tinted);
    // The icon at `pixels` device pixels square, tinted for `mode` when it is a mask.
    QPixmap render(int pixels, QIcon::Mode mode);

    QString m_resourcePath;
    bool m_tinted;
    // isNull(), asked by every size hint of a dock's title buttons (over a thousand times before the
    // first frame): answered from the parsed file once, then from here.
    std::optional<bool> m_null;
};

} // namespace vendo::ui

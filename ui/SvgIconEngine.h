#pragma once

#include <QIconEngine>

namespace vendo::ui {

// Draws the single-colour action icons in the palette's current text colour, so the same SVG reads
// on light and dark themes, at whatever size and device pixel ratio the style asks for.
class SvgIconEngine final : public QIconEngine
{
public:
    explicit SvgIconEngine(QString resourcePath);

    // ":/icons/actions/<name>.svg" as a QIcon.
    static QIcon actionIcon(const QString &name);
    // The application's own icon, drawn by this engine: QIcon(fileName) would look up an icon-engine
    // plugin by the file's suffix and load it while the window opens.
    static QIcon applicationIcon();
    // An icon from SVG source in memory (drawn in the source colour's place like the action icons).
    static QIcon fromSource(const QByteArray &svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override { return QStringLiteral("vendo-svg"); }

private:
    SvgIconEngine() = default;
    QByteArray recoloured(QIcon::Mode mode) const;

    QString m_resourcePath;
    QByteArray m_source;
};

} // namespace vendo::ui

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

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override { return QStringLiteral("vendo-svg"); }

private:
    QByteArray recoloured(QIcon::Mode mode) const;

    QString m_resourcePath;
    QByteArray m_source;
};

} // namespace vendo::ui

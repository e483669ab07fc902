#include "ui/SvgIconEngine.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace vendo::ui {

namespace {
// The colour the SVG files are drawn in; replaced at paint time.
constexpr auto kSourceColour = "#5f6b7a";
} // namespace

SvgIconEngine::SvgIconEngine(QString resourcePath)
    : m_resourcePath(std::move(resourcePath))
{
    QFile file(m_resourcePath);
    if (file.open(QIODevice::ReadOnly))
        m_source = file.readAll();
}

QIcon SvgIconEngine::actionIcon(const QString &name)
{
    return QIcon(new SvgIconEngine(QStringLiteral(":/icons/actions/%1.svg").arg(name)));
}

QIcon SvgIconEngine::applicationIcon()
{
    return QIcon(new SvgIconEngine(QStringLiteral(":/icons/vendo-inspector.svg")));
}

QIcon SvgIconEngine::fromSource(const QByteArray &svg)
{
    auto *engine = new SvgIconEngine;
    engine->m_source = svg;
    return QIcon(engine);
}

QByteArray SvgIconEngine::recoloured(QIcon::Mode mode) const
{
    const QPalette palette = QApplication::palette();
    QColor colour = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                  mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
    QByteArray svg = m_source;
    svg.replace(QByteArray(kSourceColour), colour.name().toLatin1());
    return svg;
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    QSvgRenderer renderer(recoloured(mode));
    if (!renderer.isValid())
        return;
    if (mode == QIcon::Disabled)
        painter->setOpacity(0.45);
    renderer.render(painter, rect);
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QIconEngine *SvgIconEngine::clone() const
{
    auto *copy = new SvgIconEngine;
    copy->m_resourcePath = m_resourcePath;
    copy->m_source = m_source;
    return copy;
}

} // namespace vendo::ui

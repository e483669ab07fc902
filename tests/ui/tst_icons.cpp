// The window's icons come from images rendered at build time (resources/tools/render_icons.cpp,
// ui/IconEngine): every action SVG has its masks, each mask draws what QtSvg draws from the SVG in
// the palette's colour, other sizes are scaled from them, and the application icon keeps its colours.
#include "ui/IconEngine.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>
#include <QTest>

using vendo::ui::IconEngine;

namespace {

// The SVG drawn by QtSvg at `size`, recoloured to `colour` as the engine draws masks.
QImage svgRender(const QString &file, int size, const QColor &colour)
{
    QFile svg(file);
    if (!svg.open(QIODevice::ReadOnly))
        return {};
    QByteArray source = svg.readAll();
    source.replace("#5f6b7a", colour.name().toLatin1());
    QSvgRenderer renderer(source);
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(0, 0, size, size));
    return image;
}

// The largest difference of any channel of any pixel.
int maxDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (x.size() != y.size())
        return 256;
    int worst = 0;
    for (int row = 0; row < x.height(); ++row) {
        for (int column = 0; column < x.width(); ++column) {
            const QRgb p = x.pixel(column, row);
            const QRgb q = y.pixel(column, row);
            worst = std::max({ worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                               std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q)) });
        }
    }
    return worst;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void everyActionIconIsRenderedAsQtSvgDrawsIt_data()
    {
        QTest::addColumn<QString>("svg");
        const QDir actions(QStringLiteral(VENDO_SOURCE_DIR "/resources/icons/actions"));
        const QStringList files = actions.entryList({ QStringLiteral("*.svg") }, QDir::Files);
        QVERIFY(files.size() >= 20);
        for (const QString &file : files)
            QTest::addRow("%s", qPrintable(file)) << actions.filePath(file);
    }

    void everyActionIconIsRenderedAsQtSvgDrawsIt()
    {
        QFETCH(QString, svg);
        const QString name = QFileInfo(svg).completeBaseName();
        const QString resource = QStringLiteral(":/icons/actions/%1.mask").arg(name);
        QCOMPARE(IconEngine::renderedSizes(resource), QList<int>({ 16, 20, 24, 32, 40, 48, 64 }));
        const QIcon icon = IconEngine::actionIcon(name);
        QVERIFY(!icon.isNull());
        const QColor text = QApplication::palette().color(QPalette::Active, QPalette::WindowText);
        for (int size : { 16, 24, 32 }) {
            const QImage drawn = icon.pixmap(QSize(size, size)).toImage();
            QCOMPARE(drawn.size(), QSize(size, size));
            // Coverage is kept in 8 bits, then tinted: a step of rounding, no more.
            QVERIFY2(maxDifference(drawn, svgRender(svg, size, text)) <= 2, qPrintable(QString::number(size)));
        }
    }

    void otherSizesAndModesAreDrawnToo()
    {
        const QIcon icon = IconEngine::actionIcon(QStringLiteral("paste"));
        // Not rendered at 18: scaled down from 20, and not empty.
        const QImage scaled = icon.pixmap(QSize(18, 18)).toImage();
        QCOMPARE(scaled.size(), QSize(18, 18));
        QVERIFY(maxDifference(scaled, QImage(18, 18, QImage::Format_ARGB32_Premultiplied)) > 0);
        // Disabled: the same shape, fainter.
        const QImage normal = icon.pixmap(QSize(16, 16)).toImage();
        const QImage disabled = icon.pixmap(QSize(16, 16), QIcon::Disabled).toImage();
        int normalAlpha = 0;
        int disabledAlpha = 0;
        for (int y = 0; y < 16; ++y) {
            for (int x = 0; x < 16; ++x) {
                normalAlpha += qAlpha(normal.pixel(x, y));
                disabledAlpha += qAlpha(disabled.pixel(x, y));
                // Where the icon is (faint edge pixels may round to nothing), and nowhere else.
                if (qAlpha(normal.pixel(x, y)) >= 8)
                    QVERIFY(qAlpha(disabled.pixel(x, y)) > 0);
                if (qAlpha(normal.pixel(x, y)) == 0)
                    QCOMPARE(qAlpha(disabled.pixel(x, y)), 0);
            }
        }
        QVERIFY(disabledAlpha > 0 && disabledAlpha < normalAlpha * 6 / 10);
        // A device pixel ratio of 2: the 32-pixel rendering.
        const QPixmap hidpi = icon.pixmap(QSize(16, 16), 2.0);
        QCOMPARE(hidpi.size(), QSize(32, 32));
        QCOMPARE(hidpi.devicePixelRatio(), 2.0);
    }

    void theApplicationIconKeepsItsColours()
    {
        const QIcon icon = IconEngine::applicationIcon();
        QVERIFY(!icon.isNull());
        QVERIFY(icon.availableSizes().contains(QSize(64, 64)));
        const QString svg = QStringLiteral(VENDO_SOURCE_DIR "/resources/icons/vendo-inspector.svg");
        QSvgRenderer renderer(svg);
        QImage expected(64, 64, QImage::Format_ARGB32_Premultiplied);
        expected.fill(Qt::transparent);
        QPainter painter(&expected);
        renderer.render(&painter, QRectF(0, 0, 64, 64));
        painter.end();
        QCOMPARE(maxDifference(icon.pixmap(QSize(64, 64)).toImage(), expected), 0);
    }

    void anUnknownIconIsNull() { QVERIFY(IconEngine::actionIcon(QStringLiteral("no-such-icon")).isNull()); }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"

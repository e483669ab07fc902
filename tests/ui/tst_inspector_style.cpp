// InspectorStyle draws some of Fusion's elements in a cheaper way; what it draws must be Fusion's,
// pixel for pixel.
#include "ui/InspectorStyle.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

#include <memory>

class TestInspectorStyle : public QObject
{
    Q_OBJECT

private:
    static QImage render(const QStyle &style, QStyle::PrimitiveElement element, const QStyleOption &option,
                         QPoint origin)
    {
        QImage image(option.rect.size() + QSize(20, 20), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.translate(origin);
        style.drawPrimitive(element, &option, &painter, nullptr);
        return image;
    }

private slots:
    void frameIsFusions_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QColor>("window");
        QTest::newRow("table") << QSize(1272, 215) << QColor();
        QTest::newRow("panel") << QSize(322, 345) << QColor();
        QTest::newRow("dark") << QSize(100, 40) << QColor(0x30, 0x30, 0x30);
        QTest::newRow("line") << QSize(50, 1) << QColor();
        QTest::newRow("column") << QSize(1, 30) << QColor();
        QTest::newRow("two rows") << QSize(30, 2) << QColor();
        QTest::newRow("tiny") << QSize(2, 2) << QColor();
    }

    void frameIsFusions()
    {
        QFETCH(QSize, size);
        QFETCH(QColor, window);
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        const vendo::ui::InspectorStyle inspector(QStyleFactory::create(QStringLiteral("Fusion")));
        QStyleOptionFrame option;
        option.rect = QRect(QPoint(3, 2), size);
        option.palette = fusion->standardPalette();
        if (window.isValid())
            option.palette.setColor(QPalette::Window, window);
        option.state = QStyle::State_Enabled;
        option.lineWidth = 1;
        option.frameShape = QFrame::StyledPanel;
        for (const QPoint origin : { QPoint(0, 0), QPoint(5, 7) }) {
            const QImage expected = render(*fusion, QStyle::PE_Frame, option, origin);
            const QImage actual = render(inspector, QStyle::PE_Frame, option, origin);
            QCOMPARE(actual, expected);
        }
    }

    // Under a scaling transform the frame is Fusion's own drawing.
    void scaledFrameIsLeftToFusion()
    {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        const vendo::ui::InspectorStyle inspector(QStyleFactory::create(QStringLiteral("Fusion")));
        QStyleOptionFrame option;
        option.rect = QRect(0, 0, 40, 30);
        option.palette = fusion->standardPalette();
        option.state = QStyle::State_Enabled;
        const auto draw = [&](const QStyle &style) {
            QImage image(100, 100, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.scale(1.5, 1.5);
            style.drawPrimitive(QStyle::PE_Frame, &option, &painter, nullptr);
            return image;
        };
        QCOMPARE(draw(inspector), draw(*fusion));
    }
};

QTEST_MAIN(TestInspectorStyle)
#include "tst_inspector_style.moc"

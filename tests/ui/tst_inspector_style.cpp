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

    // Fusion's rounded panels (line edit, button) are drawn once narrow and stretched: the
    // result must be Fusion's drawing at the full width, to within compositing's rounding.
    void slicedPanelsAreFusions_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("variant");
        const int enabled = int(QStyle::State_Enabled);
        const int focused = enabled | int(QStyle::State_HasFocus);
        const int hovered = enabled | int(QStyle::State_MouseOver);
        const int sunken = enabled | int(QStyle::State_Sunken);
        for (const int width : { 60, 447, 1000 }) {
            const QByteArray w = QByteArray::number(width);
            QTest::newRow(QByteArray("line edit " + w).constData()) << 0 << width << enabled << 0;
            QTest::newRow(QByteArray("line edit focused " + w).constData()) << 0 << width << focused << 0;
            QTest::newRow(QByteArray("line edit disabled " + w).constData()) << 0 << width << 0 << 0;
            QTest::newRow(QByteArray("line edit read-only " + w).constData())
                << 0 << width << (enabled | int(QStyle::State_ReadOnly)) << 0;
            QTest::newRow(QByteArray("button " + w).constData()) << 1 << width << enabled << 0;
            QTest::newRow(QByteArray("button hovered " + w).constData()) << 1 << width << hovered << 0;
            QTest::newRow(QByteArray("button pressed " + w).constData()) << 1 << width << sunken << 0;
            QTest::newRow(QByteArray("button default " + w).constData()) << 1 << width << enabled << 1;
            // Fusion draws a tool button's and a combo box's panel as a button's, with their options.
            QTest::newRow(QByteArray("tool button " + w).constData()) << 1 << width << enabled << 2;
            QTest::newRow(QByteArray("tool button pressed " + w).constData()) << 1 << width << sunken << 2;
            QTest::newRow(QByteArray("combo box " + w).constData()) << 1 << width << enabled << 3;
            QTest::newRow(QByteArray("combo box hovered " + w).constData()) << 1 << width << hovered << 3;
        }
    }

    void slicedPanelsAreFusions()
    {
        QFETCH(int, kind);
        QFETCH(int, width);
        QFETCH(int, state);
        QFETCH(int, variant);
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        const vendo::ui::InspectorStyle inspector(QStyleFactory::create(QStringLiteral("Fusion")));
        const QPalette palette = fusion->standardPalette();
        QStyleOptionFrame frame;
        QStyleOptionButton button;
        QStyleOptionToolButton toolButton;
        QStyleOptionComboBox combo;
        QStyleOption *option = nullptr;
        if (kind == 0) {
            frame.lineWidth = 1;
            option = &frame;
        } else if (variant == 2) {
            option = &toolButton;
        } else if (variant == 3) {
            option = &combo;
        } else {
            button.features = variant ? QStyleOptionButton::DefaultButton : QStyleOptionButton::None;
            option = &button;
        }
        option->rect = QRect(4, 3, width, 23);
        option->palette = palette;
        option->state = QStyle::State(state);
        const auto draw = [&](const QStyle &style) {
            QImage image(width + 10, 32, QImage::Format_ARGB32_Premultiplied);
            image.fill(palette.color(QPalette::Window));
            QPainter painter(&image);
            style.drawPrimitive(kind == 0 ? QStyle::PE_PanelLineEdit : QStyle::PE_PanelButtonCommand, option, &painter,
                                nullptr);
            return image;
        };
        const QImage expected = draw(*fusion);
        // Twice: the second comes from the cached narrow rendering.
        for (int round = 0; round < 2; ++round) {
            const QImage actual = draw(inspector);
            int worst = 0;
            for (int y = 0; y < expected.height(); ++y) {
                for (int x = 0; x < expected.width(); ++x) {
                    const QRgb a = actual.pixel(x, y);
                    const QRgb e = expected.pixel(x, y);
                    worst = qMax(worst,
                                 qMax(qMax(qAbs(qRed(a) - qRed(e)), qAbs(qGreen(a) - qGreen(e))),
                                      qMax(qAbs(qBlue(a) - qBlue(e)), qAbs(qAlpha(a) - qAlpha(e)))));
                }
            }
            QVERIFY2(worst <= 1, qPrintable(QStringLiteral("a channel differs by %1").arg(worst)));
        }
    }

    // Over another style, that style draws the frames and panels: Fusion's way is Fusion's only.
    void otherStylesDrawTheirOwn()
    {
        const std::unique_ptr<QStyle> windows(QStyleFactory::create(QStringLiteral("Windows")));
        QVERIFY(windows);
        const vendo::ui::InspectorStyle inspector(QStyleFactory::create(QStringLiteral("Windows")));
        QStyleOptionFrame option;
        option.rect = QRect(2, 2, 300, 23);
        option.palette = windows->standardPalette();
        option.state = QStyle::State_Enabled;
        option.lineWidth = 1;
        option.frameShape = QFrame::StyledPanel;
        for (const QStyle::PrimitiveElement element : { QStyle::PE_Frame, QStyle::PE_PanelLineEdit }) {
            const auto draw = [&](const QStyle &style) {
                QImage image(320, 30, QImage::Format_ARGB32_Premultiplied);
                image.fill(Qt::white);
                QPainter painter(&image);
                style.drawPrimitive(element, &option, &painter, nullptr);
                return image;
            };
            QCOMPARE(draw(inspector), draw(*windows));
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

#include "app/gui/NetworkServices.h"
#include "secrets/SessionSecretStore.h"
#include "ui/widgets/IconStyle.h"
#include "ui/widgets/Icons.h"
#include "ui/window/InspectorContext.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include <memory>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    vendo::ui::NetworkServices m_services { &m_network };
    vendo::secrets::SessionSecretStore m_store;

    vendo::ui::InspectorContext context()
    {
        vendo::ui::InspectorContext context;
        context.services = &m_services;
        context.secretStore = &m_store;
        return context;
    }

private slots:
    void showsWithTitleAndIcon()
    {
        vendo::ui::MainWindow window(context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Vendo Inspector"));
        QVERIFY(!window.windowIcon().isNull());
        // The application icon keeps its own colours: not one flat colour.
        const QImage app = window.windowIcon().pixmap(64, 64).toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < app.height(); ++y) {
            for (int x = 0; x < app.width(); ++x) {
                if (qAlpha(app.pixel(x, y)) == 255)
                    colours.insert(app.pixel(x, y));
            }
        }
        QVERIFY2(colours.size() > 2, qPrintable(QString::number(colours.size())));
    }

    // The SVG action icons are drawn in the palette's text colour, light or dark, and greyed when
    // disabled: every opaque pixel is that colour.
    void actionIconsFollowThePalette_data()
    {
        QTest::addColumn<QColor>("text");
        QTest::newRow("light") << QColor(Qt::black);
        QTest::newRow("dark") << QColor(0xee, 0xee, 0xee);
    }
    void actionIconsFollowThePalette()
    {
        QFETCH(QColor, text);
        const QPalette original = QApplication::palette();
        QPalette palette = original;
        palette.setColor(QPalette::Active, QPalette::WindowText, text);
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(palette);
        const QIcon icon = vendo::ui::actionIcon(QStringLiteral("refresh"));
        QVERIFY(!icon.isNull());
        for (const auto &[mode, colour] :
             { std::pair { QIcon::Normal, text }, std::pair { QIcon::Disabled, QColor(0x80, 0x80, 0x80) } }) {
            const QImage image = icon.pixmap(32, 32, mode).toImage();
            int opaque = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    if (pixel.alpha() < 255)
                        continue;
                    ++opaque;
                    QCOMPARE(pixel.rgb(), colour.rgb());
                }
            }
            QVERIFY(opaque > 20); // something was drawn
        }
        QVERIFY(vendo::ui::actionIcon(QStringLiteral("no-such-icon")).isNull());
        QApplication::setPalette(original);
    }

    void lineEditsClearWithTheWindowsOwnIcon()
    {
        const QString original = QApplication::style()->name();
        QVERIFY(!original.isEmpty());
        QApplication::setStyle(new vendo::ui::IconStyle);
        auto *style = dynamic_cast<QProxyStyle *>(QApplication::style());
        QVERIFY(style);
        // The style the application had stays underneath: only the clear button's icon is the window's.
        QCOMPARE(style->baseStyle()->name(), original);
        QLineEdit edit;
        edit.setClearButtonEnabled(true);
        const QImage clear
            = edit.style()->standardIcon(QStyle::SP_LineEditClearButton, nullptr, &edit).pixmap(16, 16).toImage();
        QCOMPARE(clear, vendo::ui::actionIcon(QStringLiteral("clear-text")).pixmap(16, 16).toImage());
        // The docks' title-bar buttons and the menu bar's extension.
        for (const auto &[pixmap, name] : { std::pair { QStyle::SP_TitleBarCloseButton, "clear-text" },
                                            std::pair { QStyle::SP_DockWidgetCloseButton, "clear-text" },
                                            std::pair { QStyle::SP_TitleBarNormalButton, "float" },
                                            std::pair { QStyle::SP_ToolBarHorizontalExtensionButton, "more" } }) {
            const QIcon icon = vendo::ui::actionIcon(QString::fromLatin1(name));
            QVERIFY2(!icon.isNull(), name);
            QCOMPARE(style->standardIcon(pixmap).pixmap(16, 16).toImage(), icon.pixmap(16, 16).toImage());
        }
        QCOMPARE(style->standardIcon(QStyle::SP_DialogOkButton).pixmap(16, 16).toImage(),
                 style->baseStyle()->standardIcon(QStyle::SP_DialogOkButton).pixmap(16, 16).toImage());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

#include "secrets/SessionSecretStore.h"
#include "ui/InspectorContext.h"
#include "ui/MainWindow.h"

#include <QNetworkAccessManager>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsWithTitleAndIcon()
    {
        QNetworkAccessManager network;
        vendo::secrets::SessionSecretStore store;
        vendo::ui::InspectorContext context;
        context.network = &network;
        context.secretStore = &store;
        vendo::ui::MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Vendo Inspector"));
        QVERIFY(!window.windowIcon().isNull());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

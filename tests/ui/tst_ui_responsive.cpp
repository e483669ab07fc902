#include "app/gui/SandboxMode.h"
#include "sandbox/SandboxServer.h"
#include "ui/panels/DecodedView.h"
#include "ui/panels/ErrorDecoderPanel.h"
#include "ui/widgets/Badge.h"
#include "ui/window/MainWindow.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace vendo;

// A key set URL that accepts the connection and never answers: the window must stay usable while
// it waits, and say what happened when the wait ends.
class TestUiResponsive : public QObject
{
    Q_OBJECT

private slots:
    void jwksThatNeverAnswersDoesNotBlock()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&silent, &held] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held << socket; // read nothing, answer nothing
        });

        ui::SandboxMode sandbox;
        QVERIFY(sandbox.start());
        ui::InspectorContext context = sandbox.context();
        context.profiles[0].jwksUrl
            = QUrl(QStringLiteral("http://127.0.0.1:%1/auth/v1/.well-known/jwks.json").arg(silent.serverPort()));
        context.jwksTimeoutMs = 500;
        ui::MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString token
            = sandbox.server()->mintToken(QStringLiteral("a11ce000-0000-4000-8000-000000000001")).value();
        QGuiApplication::clipboard()->setText(token);
        window.pasteFromClipboard();
        QTRY_COMPARE(QString::fromLatin1(window.decodedView()->decoded().token), token);
        QCOMPARE(window.decodedView()->signatureBadge()->text(), QStringLiteral("Signature: checking…"));
        // Meanwhile the rest of the window works: the decoded verdicts are there, the error decoder
        // answers, and the user's connections load from the service.
        QCOMPARE(window.decodedView()->timeBadge()->text(), QStringLiteral("Time: valid"));
        window.errorDecoder()->decode(QStringLiteral("binding_missing"));
        QVERIFY(window.errorDecoder()->resultText().contains(QStringLiteral("NotConnected")));
        QTRY_VERIFY(!held.isEmpty());
        // Then the timeout ends the wait with a reason instead of a verdict.
        QTRY_COMPARE(window.decodedView()->signatureBadge()->text(), QStringLiteral("Signature: not checked"));
        QVERIFY2(window.decodedView()->signatureBadge()->toolTip().contains(QString::number(silent.serverPort())),
                 qPrintable(window.decodedView()->signatureBadge()->toolTip()));
        qDeleteAll(held);
    }
};

QTEST_MAIN(TestUiResponsive)
#include "tst_ui_responsive.moc"

// The Webhook panel in the sandbox window: the sandbox's webhook secret from the profile's secret
// store (shown by its prefix only), the samples it signs now, and deliveries pasted the ways people
// capture them (a header block with the body, a curl command, a HAR entry, headers and body apart),
// each with the SDK's verdict, its reason and the likely cause.
#include "SandboxWindow.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/WebhookSamples.h"
#include "ui/dialogs/ApiKeyDialog.h"
#include "ui/panels/WebhookPanel.h"
#include "ui/widgets/Badge.h"
#include "ui/widgets/MessageBar.h"
#include "webhooks/WebhookDiagnosis.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace vendo;
using ui::MainWindow;
using webhooks::LikelyCause;

class TestUiWebhook : public QObject
{
    Q_OBJECT

private:
    test::SandboxWindow m_sandbox;

    ui::WebhookPanel *panel() const { return m_sandbox.window()->webhookPanel(); }
    sandbox::WebhookSample sample(const QString &name) const
    {
        return sandbox::WebhookSamples::make(name, m_sandbox.server()->webhookSecret().toUtf8(),
                                             QDateTime::currentDateTimeUtc());
    }
    QString reasonCode() const
    {
        return panel()->diagnosis() ? panel()->diagnosis()->verdict.reasonCode() : QStringLiteral("<none>");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        QTRY_VERIFY(m_sandbox.keyReady());
        m_sandbox.window()->showPanel(MainWindow::Dock::Webhook);
        QTRY_VERIFY(panel()->hasSecret());
        // The secret by its prefix, never whole.
        const QString secret = m_sandbox.server()->webhookSecret();
        QVERIFY(panel()->secretLabel()->text().contains(secret.left(4)));
        QVERIFY(!panel()->secretLabel()->text().contains(secret));
    }

    void samples_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("badge");
        QTest::addColumn<QString>("explained");
        QTest::newRow("valid") << "valid"
                               << ""
                               << "Valid"
                               << "";
        QTest::newRow("tampered") << "tampered_body"
                                  << "signature_mismatch"
                                  << "ValidationError: signature_mismatch"
                                  << "No usual cause matches";
        QTest::newRow("stale") << "stale_timestamp"
                               << "timestamp_drift"
                               << "ValidationError: timestamp_drift"
                               << "Clock drift: 900 s (allowed: ±300 s)";
        QTest::newRow("wrong secret") << "wrong_secret"
                                      << "signature_mismatch"
                                      << "ValidationError: signature_mismatch"
                                      << "No usual cause matches";
        QTest::newRow("trailing newline")
            << "trailing_newline"
            << "signature_mismatch"
            << "ValidationError: signature_mismatch" << webhooks::likelyCauseText(LikelyCause::TrailingNewlineAdded);
    }

    void samples()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        QFETCH(QString, badge);
        QFETCH(QString, explained);
        // From the panel's Samples menu, signed by the sandbox now.
        QAction *action
            = panel()->samplesButton()->menu()->findChild<QAction *>(QStringLiteral("webhookSample-") + name);
        QVERIFY(action);
        action->trigger();
        QCOMPARE(reasonCode(), reason);
        QCOMPARE(panel()->verdictBadge()->text(), badge);
        QVERIFY2(panel()->explanationLabel()->text().contains(explained),
                 qPrintable(panel()->explanationLabel()->text()));
        QVERIFY(!panel()->reasonLabel()->text().isEmpty());
        // The event decoded from the body, marked as verified only when it is.
        const QString shown = panel()->eventView()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("type: connection.status_changed")), qPrintable(shown));
        QCOMPARE(shown.startsWith(QStringLiteral("Verified event")), reason.isEmpty());
    }

    void pastedIntoTheField()
    {
        // Ctrl+V into the empty field, the way people do it: the capture keeps its bytes.
        panel()->setDelivery(QByteArray());
        QGuiApplication::clipboard()->setText(QString::fromUtf8(sample(QStringLiteral("valid")).capture()));
        panel()->input()->setFocus();
        QTest::keyClick(panel()->input(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(reasonCode(), QString());
        QCOMPARE(panel()->verdictBadge()->text(), QStringLiteral("Valid"));
        // A typed change to the body breaks the signature (after the typing pause).
        QTextCursor end = panel()->input()->textCursor();
        end.movePosition(QTextCursor::End);
        panel()->input()->setTextCursor(end);
        QTest::keyClicks(panel()->input(), QStringLiteral(" "));
        QTRY_COMPARE(reasonCode(), QStringLiteral("signature_mismatch"));
    }

    void otherShapes()
    {
        const sandbox::WebhookSample valid = sample(QStringLiteral("valid"));
        // A curl command with --data-raw.
        QByteArray curl = "curl -X POST https://receiver.example/webhooks/vendo";
        for (const auto &[name, value] : valid.headers)
            curl += " -H '" + name + ": " + value + "'";
        curl += " --data-raw '" + valid.body + "'";
        panel()->setDelivery(curl);
        QCOMPARE(reasonCode(), QString());
        // A HAR entry with postData.
        QJsonArray headers;
        for (const auto &[name, value] : valid.headers)
            headers.append(QJsonObject { { QStringLiteral("name"), QString::fromLatin1(name) },
                                         { QStringLiteral("value"), QString::fromLatin1(value) } });
        const QJsonObject har {
            { QStringLiteral("request"),
              QJsonObject { { QStringLiteral("method"), QStringLiteral("POST") },
                            { QStringLiteral("url"), QStringLiteral("https://receiver.example/w") },
                            { QStringLiteral("headers"), headers },
                            { QStringLiteral("postData"),
                              QJsonObject { { QStringLiteral("mimeType"), QStringLiteral("application/json") },
                                            { QStringLiteral("text"), QString::fromUtf8(valid.body) } } } } }
        };
        panel()->setDelivery(QJsonDocument(har).toJson());
        QCOMPARE(reasonCode(), QString());
        // Headers and body apart; then the body with a newline a framework added.
        QByteArray lines;
        for (const auto &[name, value] : valid.headers)
            lines += name + ": " + value + "\n";
        panel()->setDelivery(lines, valid.body);
        QCOMPARE(reasonCode(), QString());
        panel()->setDelivery(lines, valid.body + "\r\n");
        QCOMPARE(reasonCode(), QStringLiteral("signature_mismatch"));
        // A missing header is named.
        QByteArray unsigned_ = "POST /w HTTP/1.1\nContent-Type: application/json\n\n" + valid.body;
        panel()->setDelivery(unsigned_);
        QCOMPARE(reasonCode(), QStringLiteral("signature_header_missing"));
        QVERIFY(panel()->explanationLabel()->text().contains(QStringLiteral("Vendo-Signature")));
    }

    void crlfBodyKeepsItsBytes()
    {
        // A body with CRLF line ends, signed as such: a text field would hand back LF, so the panel
        // keeps the bytes of a paste, a drop or a file until the operator types.
        const QByteArray body = "{\r\n  \"id\": \"wh_crlf\",\r\n  \"type\": \"connection.connected\",\r\n"
                                "  \"occurred_at\": \"2026-12-06T07:00:00Z\",\r\n  \"data\": {}\r\n}\r\n";
        const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        const QByteArray signature
            = sandbox::WebhookSamples::sign(m_sandbox.server()->webhookSecret().toUtf8(), timestamp, body);
        const QByteArray capture = "POST /w HTTP/1.1\r\nContent-Type: application/json\r\nVendo-Timestamp: " + timestamp
            + "\r\nVendo-Signature: " + signature + "\r\n\r\n" + body;
        panel()->setDelivery(capture);
        QCOMPARE(reasonCode(), QString());
        panel()->setDelivery(QByteArray());
        QGuiApplication::clipboard()->setText(QString::fromUtf8(capture));
        panel()->input()->setFocus();
        QTest::keyClick(panel()->input(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(reasonCode(), QString());
        QCOMPARE(panel()->verdictBadge()->text(), QStringLiteral("Valid"));
    }

    void notADelivery()
    {
        panel()->setDelivery("just some words");
        QVERIFY(!panel()->diagnosis());
        QCOMPARE(panel()->verdictBadge()->text(), QStringLiteral("Not a delivery"));
        QVERIFY(!panel()->reasonLabel()->text().isEmpty());
        // Too large: refused with the size, at once.
        QElapsedTimer clock;
        clock.start();
        panel()->setDelivery(QByteArray(webhooks::Delivery::kMaxInputBytes + 1, 'a'));
        QVERIFY(clock.elapsed() < 1000);
        QVERIFY2(panel()->messageBar()->text().contains(QStringLiteral("too large for a webhook delivery")),
                 qPrintable(panel()->messageBar()->text()));
        QCOMPARE(panel()->input()->toPlainText(), QStringLiteral("just some words")); // not replaced
    }

    // Last: it changes the profile's secret. "Set secret…" opens the same dialog as the API key, for the
    // webhook secret: removing it leaves deliveries unverifiable, storing it again verifies them.
    void secretSetFromTheWindow()
    {
        const QString secret = m_sandbox.server()->webhookSecret();
        const auto openDialog = [this]() -> ui::ApiKeyDialog * {
            panel()->setSecretButton()->click();
            ui::ApiKeyDialog *dialog = nullptr;
            (void)QTest::qWaitFor(
                [&] {
                    dialog = m_sandbox.window()->findChild<ui::ApiKeyDialog *>(QStringLiteral("webhookSecretDialog"));
                    return dialog && dialog->isVisible();
                },
                5000);
            return dialog;
        };
        ui::ApiKeyDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(QLatin1String("Webhook secret")));
        dialog->removeKey();
        QTRY_VERIFY(!panel()->hasSecret());
        dialog->close();
        QTRY_VERIFY(!m_sandbox.window()->findChild<ui::ApiKeyDialog *>(QStringLiteral("webhookSecretDialog")));
        panel()->loadSample(QStringLiteral("valid"));
        QCOMPARE(reasonCode(), QStringLiteral("secret_not_set"));

        dialog = openDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->keyEdit(), secret);
        QVERIFY(dialog->saveButton()->isEnabled());
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            QVERIFY(!label->text().contains(secret));
        dialog->save();
        QTRY_VERIFY(panel()->hasSecret());
        QVERIFY(!panel()->secretLabel()->text().contains(secret));
        panel()->loadSample(QStringLiteral("valid"));
        QCOMPARE(reasonCode(), QString());
        QCOMPARE(panel()->verdictBadge()->text(), QStringLiteral("Valid"));
    }
};

QTEST_MAIN(TestUiWebhook)
#include "tst_ui_webhook.moc"

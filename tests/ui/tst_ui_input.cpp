#include "SandboxWindow.h"
#include "app/gui/NetworkServices.h"
#include "client/HarReader.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/panels/AuditView.h"
#include "ui/panels/DecodedView.h"
#include "ui/panels/IdentityPanel.h"
#include "ui/widgets/Badge.h"
#include "ui/widgets/MessageBar.h"

#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>

using namespace vendo;

class TestUiInput : public QObject
{
    Q_OBJECT

private:
    test::SandboxWindow m_sandbox;
    QTemporaryDir m_dir;

    ui::DecodedView *decoded() const { return m_sandbox.window()->decodedView(); }
    QString tokenShown() const { return QString::fromLatin1(decoded()->decoded().token); }

    void drop(QMimeData *mime)
    {
        ui::MainWindow *w = m_sandbox.window();
        const QPoint at = w->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w, &dropped);
        QVERIFY(dropped.isAccepted());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start());
        QTRY_VERIFY(m_sandbox.keyReady());
    }

    void droppedTextIsInspected()
    {
        const QString token = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kAlice));
        QMimeData mime;
        mime.setText(QStringLiteral("Authorization: Bearer x\nX-Vendo-User-JWT: %1\n").arg(token));
        drop(&mime);
        QTRY_COMPARE(tokenShown(), token);
    }

    void droppedFileIsOpened()
    {
        const QString token = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kDave));
        const QString path = m_dir.filePath(QStringLiteral("capture.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("curl -H 'X-Vendo-User-JWT: %1' https://api.example/x\n").arg(token).toUtf8());
        file.close();
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(path) });
        drop(&mime);
        QTRY_COMPARE(tokenShown(), token);
    }

    void oversizedFileIsRefusedBeforeReading()
    {
        // Sparse: over the HAR limit on paper, nothing on disk. Refused from its size alone, at once,
        // naming the limit.
        const QString path = m_dir.filePath(QStringLiteral("huge.har"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(client::HarReader::kMaxInputBytes + 1));
        file.close();
        m_sandbox.window()->openFile(path);
        QCOMPARE(m_sandbox.window()->messageBar()->level(), ui::MessageBar::Level::Error);
        QVERIFY(m_sandbox.window()->messageBar()->text().contains(QStringLiteral("huge.har")));
        QVERIFY2(m_sandbox.window()->messageBar()->text().contains(QStringLiteral("2 GiB")),
                 qPrintable(m_sandbox.window()->messageBar()->text()));
    }

    void largeTextFileIsAuditedAsALog()
    {
        // 20 MiB of log lines, not a HAR: larger than any header block, so it is a log, audited as a
        // stream (issue 20), not refused; it holds no token, and the audit view says so.
        const QString path = m_dir.filePath(QStringLiteral("big.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray line = "2026-12-06T08:00:00Z GET /health 200 12ms user-agent=kube-probe/1.29\n";
        const QByteArray block = line.repeated(1024 * 1024 / line.size());
        while (file.size() < 20 * 1024 * 1024)
            QCOMPARE(file.write(block), block.size());
        file.close();
        m_sandbox.window()->openFile(path);
        ui::AuditView *audit = m_sandbox.window()->findChild<ui::AuditView *>();
        QVERIFY(audit);
        QTRY_VERIFY_WITH_TIMEOUT(audit->job() && !audit->isRunning(), 60'000);
        QVERIFY2(audit->statusText().contains(QStringLiteral("0 tokens")), qPrintable(audit->statusText()));
        QCOMPARE(audit->model()->rowCount(), 0);
    }

    void missingFileSaysWhy()
    {
        m_sandbox.window()->openFile(m_dir.filePath(QStringLiteral("nope.har")));
        QCOMPARE(m_sandbox.window()->messageBar()->level(), ui::MessageBar::Level::Error);
        QVERIFY(m_sandbox.window()->messageBar()->text().contains(QStringLiteral("nope.har")));
    }

    void sampleIdentitiesCoverTheCases_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("time");
        QTest::newRow("valid") << "valid"
                               << "Time: valid";
        QTest::newRow("expiring soon") << "expiring-soon"
                                       << "Time: valid";
        QTest::newRow("expired") << "expired"
                                 << "Time: expired";
        QTest::newRow("not yet valid") << "not-yet-valid"
                                       << "Time: not yet valid";
        QTest::newRow("bad signature") << "bad-signature"
                                       << "Time: valid";
        QTest::newRow("no connections") << "no-connections"
                                        << "Time: valid";
    }
    void sampleIdentitiesCoverTheCases()
    {
        QFETCH(QString, sample);
        QFETCH(QString, time);
        const QString before = tokenShown();
        m_sandbox.window()->loadSample(sample);
        QTRY_VERIFY(decoded()->hasToken() && tokenShown() != before);
        QCOMPARE(decoded()->timeBadge()->text(), time);
        if (sample == QLatin1String("expiring-soon")) {
            // Under five minutes: the countdown changes colour.
            QCOMPARE(decoded()->countdown()->property("tone").toInt(), int(ui::Tone::Warning));
        }
        if (sample == QLatin1String("bad-signature"))
            QTRY_COMPARE(decoded()->signatureBadge()->text(), QStringLiteral("Signature: invalid"));
    }

    void ctrlVPastesAnywhere_data()
    {
        QTest::addColumn<QString>("focus");
        QTest::newRow("payload view (read-only text)") << "payloadJson";
        QTest::newRow("claims table") << "claimsView";
        QTest::newRow("connections table") << "connectionsView";
        QTest::newRow("identity details") << "identityDetails";
    }
    void ctrlVPastesAnywhere()
    {
        QFETCH(QString, focus);
        ui::MainWindow *w = m_sandbox.window();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        auto *target = w->findChild<QWidget *>(focus);
        QVERIFY(target);
        target->setFocus();
        const QString token = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kAlice));
        QGuiApplication::clipboard()->setText(token);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : w, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(tokenShown(), token);
    }

    void aboutShowsTheLibraryVersions()
    {
        QCOMPARE(ui::AboutDialog::keychainVersion(), QStringLiteral("0.13.2"));
        QVERIFY(ui::NetworkServices::openSslVersion().startsWith(QStringLiteral("OpenSSL 3.")));
        QVERIFY(ui::AboutDialog::qtVersion().contains(QString::fromLatin1(qVersion())));
    }
};

QTEST_MAIN(TestUiInput)
#include "tst_ui_input.moc"

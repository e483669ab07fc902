// The audit view in the real window against a real SandboxServer (issue 20, "An audit view in the window";
// issue 19 item 5): a log opened, dropped or pasted is audited off the GUI thread, its tokens listed and
// counted, a row chosen loads that identity into the inspector, Cancel stops before the end of a large
// log, and the export holds claims only.
#include "CanaryScan.h"
#include "SandboxWindow.h"
#include "jwt/DecodedJwt.h"
#include "ui/models/AuditJob.h"
#include "ui/models/AuditModel.h"
#include "ui/panels/AuditView.h"
#include "ui/panels/DecodedView.h"
#include "ui/panels/IdentityPanel.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QFile>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vendo;
using MintVariant = sandbox::MintOptions::Variant;

namespace {

struct Planted
{
    qint64 line;
    QString token;
    QString sub;
};

} // namespace

class TestUiAudit : public QObject
{
    Q_OBJECT

private:
    test::SandboxWindow m_sandbox;
    QTemporaryDir m_dir;
    QList<Planted> m_planted; // the tokens of mixedLog(), where they are
    QByteArray m_mixedLog;

    ui::MainWindow *window() const { return m_sandbox.window(); }
    ui::AuditView *view() const { return window()->findChild<ui::AuditView *>(); }

    QString mint(const char *user, MintVariant variant) const
    {
        sandbox::MintOptions options;
        options.variant = variant;
        return m_sandbox.mint(QString::fromLatin1(user), options);
    }

    // Over 64 KiB of request logging with, on known lines: 3 valid tokens, 2 expired, 2 signed by a key
    // that is not the profile's, 1 malformed word.
    void buildMixedLog()
    {
        const QList<std::pair<const char *, MintVariant>> plan {
            { test::SandboxWindow::kAlice, MintVariant::Valid },
            { test::SandboxWindow::kDave, MintVariant::Expired },
            { test::SandboxWindow::kAlice, MintVariant::WrongSignature },
            { test::SandboxWindow::kDave, MintVariant::Valid },
            { test::SandboxWindow::kAlice, MintVariant::Expired },
            { test::SandboxWindow::kDave, MintVariant::WrongSignature },
            { test::SandboxWindow::kAlice, MintVariant::Valid },
        };
        qint64 line = 0;
        const auto filler = [&](int lines) {
            for (int i = 0; i < lines; ++i) {
                ++line;
                m_mixedLog += "2026-11-24T21:10:" + QByteArray::number(10 + i % 50)
                    + ".000Z INFO  GET /health status=200 duration_ms=3 req=" + QByteArray::number(line) + '\n';
            }
        };
        for (const auto &[user, variant] : plan) {
            filler(150);
            const QString token = mint(user, variant);
            ++line;
            m_mixedLog += "2026-11-24T21:11:00.000Z WARN  GET /credentials/google status=401 X-Vendo-User-JWT: "
                + token.toLatin1() + '\n';
            m_planted.append({ line, token, QString::fromLatin1(user) });
        }
        filler(150);
        ++line;
        m_mixedLog += "abc.def\n"; // a bare word shaped like a token: malformed
        m_planted.append({ line, QStringLiteral("abc.def"), {} });
        filler(150);
        QVERIFY(m_mixedLog.size() > jwt::kMaxTokenInputBytes);
    }

    bool waitForAudit(int timeoutMs = 60'000) const
    {
        return QTest::qWaitFor([&] { return view() && view()->job() && !view()->isRunning(); }, timeoutMs);
    }

    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start());
        QTRY_VERIFY(m_sandbox.keyReady());
        buildMixedLog();
    }

    void openedLogIsListedAndCounted()
    {
        const QString path = writeFile(QStringLiteral("support.log"), m_mixedLog);
        QVERIFY(!path.isEmpty());
        window()->openFile(path);
        QVERIFY(waitForAudit());
        ui::AuditView *audit = view();
        QVERIFY(audit->isVisible());
        const ui::AuditProgress &progress = audit->job()->progress();
        QVERIFY2(progress.error.isEmpty(), qPrintable(progress.error));
        QVERIFY(!progress.cancelled);
        QVERIFY2(audit->job()->checksSignatures(), "the profile's key set was loaded for the audit");
        const jwt::AuditSummary &s = progress.summary;
        QCOMPARE(s.tokens, 8);
        QCOMPARE(s.time.value(QStringLiteral("valid")), 5); // 3 valid + 2 with a foreign signature
        QCOMPARE(s.time.value(QStringLiteral("expired")), 2);
        QCOMPARE(s.signature.value(QStringLiteral("valid")), 5);
        QCOMPARE(s.signature.value(QStringLiteral("invalid")), 3); // 2 foreign keys + the malformed word
        QCOMPARE(s.structure.value(QStringLiteral("malformed")), 1);
        QCOMPARE(progress.lines, qint64(m_mixedLog.count('\n')));
        QCOMPARE(progress.bytesRead, qint64(m_mixedLog.size()));

        ui::AuditModel *model = audit->model();
        QCOMPARE(model->rowCount(), 8);
        for (int i = 0; i < m_planted.size(); ++i) {
            QCOMPARE(model->row(i).line, m_planted.at(i).line);
            QCOMPARE(model->row(i).sub, m_planted.at(i).sub);
        }
        QCOMPARE(model->row(1).time, jwt::TimeStatus::Expired);
        QCOMPARE(model->row(2).signature, jwt::SignatureStatus::Invalid);
        QVERIFY(!model->row(7).structureOk);
        // The counts and the charts say the same, in words.
        QVERIFY2(audit->statusText().contains(QStringLiteral("8 tokens: 5 valid, 2 expired")),
                 qPrintable(audit->statusText()));
        const auto bars = audit->findChildren<QProgressBar *>();
        const bool charted = std::any_of(bars.cbegin(), bars.cend(), [](const QProgressBar *bar) {
            return bar->isVisible() && bar->accessibleName() == QStringLiteral("Time: expired: 2 of 8");
        });
        QVERIFY2(charted, "a visible bar reads \"Time: expired: 2 of 8\"");
        // The identity panel says where the log went.
        QCOMPARE(window()->identityPanel()->outcomeTitle(), QStringLiteral("Log: audited"));
    }

    void enterOnARowInspectsThatIdentity()
    {
        ui::AuditView *audit = view();
        QVERIFY(audit && audit->model()->rowCount() == 8);
        QTableView *table = audit->table();
        table->setFocus();
        table->selectRow(3); // Dave's valid token
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(QString::fromLatin1(window()->decodedView()->decoded().token), m_planted.at(3).token);
        auto *details = window()->identityPanel()->findChild<QPlainTextEdit *>(QStringLiteral("identityDetails"));
        QVERIFY(details);
        QTRY_VERIFY2(details->toPlainText().contains(QStringLiteral("User id (sub): %1").arg(m_planted.at(3).sub)),
                     qPrintable(details->toPlainText()));
        // The audit stays: the operator goes on to the next row.
        QCOMPARE(audit->model()->rowCount(), 8);

        // A double-click on another row, as with the mouse.
        const QModelIndex alice = audit->model()->index(6, ui::AuditModel::User);
        const QRect cell = table->visualRect(alice);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE(QString::fromLatin1(window()->decodedView()->decoded().token), m_planted.at(6).token);
    }

    void exportHoldsNoTokenOrSignature()
    {
        ui::AuditView *audit = view();
        QVERIFY(audit && audit->model()->rowCount() == 8);
        for (const QString &name : { QStringLiteral("audit.csv"), QStringLiteral("audit.ndjson") }) {
            const QString path = m_dir.filePath(name);
            QCOMPARE(audit->exportTo(path), QString());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(bytes.contains(test::SandboxWindow::kDave), "the claims are exported");
            QCOMPARE(bytes.count('\n'), name.endsWith(QLatin1String(".csv")) ? 9 : 8);
            for (const Planted &planted : std::as_const(m_planted)) {
                if (planted.sub.isEmpty())
                    continue;
                QVERIFY2(!test::CanaryScan::contains(bytes, planted.token), qPrintable(name));
                const QString signature = planted.token.section(QLatin1Char('.'), 2);
                QVERIFY2(!test::CanaryScan::contains(bytes, signature), qPrintable(name));
            }
        }
    }

    // Issue 19 item 5: a log pasted (over 64 KiB) is audited, not refused as an oversized token.
    void pastedLogGoesToTheAuditView()
    {
        ui::AuditView *before = view();
        ui::AuditJob *previous = before ? before->job() : nullptr;
        m_sandbox.paste(QString::fromLatin1(m_mixedLog));
        QVERIFY(QTest::qWaitFor([&] { return view() && view()->job() != previous; }, 10'000));
        QVERIFY(waitForAudit());
        QCOMPARE(view()->job()->progress().summary.tokens, 8);
        QCOMPARE(view()->job()->source().name, QStringLiteral("Clipboard"));
        ui::IdentityPanel *identity = window()->identityPanel();
        QCOMPARE(identity->outcomeTitle(), QStringLiteral("Log: audited"));
        QVERIFY(identity->inputError().isEmpty());
        // A row of a pasted log is read again from the paste.
        view()->inspectRow(0);
        QTRY_COMPARE(QString::fromLatin1(window()->decodedView()->decoded().token), m_planted.at(0).token);
    }

    // The message names the limit of what was pasted: one oversized word is a token (65,536 bytes);
    // text past the log paste limit names that limit and the way to audit it (a file).
    void oversizedPastesNameTheirLimit()
    {
        ui::IdentityPanel *identity = window()->identityPanel();
        identity->setInput(QByteArray(100'000, 'A'), QStringLiteral("Clipboard"));
        QTRY_VERIFY(!identity->isBusy());
        QVERIFY2(identity->inputError().contains(QStringLiteral("65536")), qPrintable(identity->inputError()));

        QByteArray huge;
        huge.reserve(ui::IdentityPanel::kMaxLogPasteBytes + 1024);
        while (huge.size() <= ui::IdentityPanel::kMaxLogPasteBytes)
            huge += m_mixedLog;
        identity->setInput(huge, QStringLiteral("Clipboard"));
        QTRY_VERIFY_WITH_TIMEOUT(!identity->isBusy(), 20'000);
        QVERIFY2(identity->inputError().contains(QStringLiteral("64 MiB")), qPrintable(identity->inputError()));
        QVERIFY2(identity->inputError().contains(QStringLiteral("open it")), qPrintable(identity->inputError()));

        // Text over 64 KiB without any token is not a log to audit: nothing was found.
        identity->setInput(QByteArray("hello, my google thing is broken\n").repeated(4000),
                           QStringLiteral("Clipboard"));
        QTRY_VERIFY(!identity->isBusy());
        QVERIFY2(identity->foundNoToken(),
                 qPrintable(identity->outcomeTitle() + QStringLiteral(" | ") + identity->outcomeText()));
    }

    // A log larger than any header block is streamed from its file, and Cancel stops it before the end.
    void cancelStopsALargeLogBeforeItsEnd()
    {
        const QString token = mint(test::SandboxWindow::kAlice, MintVariant::Valid);
        const QByteArray line = "2026-11-24T21:11:00.000Z INFO GET /credentials/google status=200 X-Vendo-User-JWT: "
            + token.toLatin1() + '\n';
        const QString path = m_dir.filePath(QStringLiteral("large.log"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray block;
            for (int i = 0; i < 1000; ++i)
                block += line;
            while (file.size() < 24 * 1024 * 1024)
                QCOMPARE(file.write(block), block.size());
        }
        const qint64 total = QFileInfo(path).size();
        const qint64 tokens = total / line.size();
        window()->openFile(path);
        QVERIFY(
            QTest::qWaitFor([&] { return view() && view()->job() && view()->job()->source().path == path; }, 10'000));
        ui::AuditJob *job = view()->job();
        QVERIFY(QTest::qWaitFor([&] { return job->progress().summary.tokens > 0; }, 20'000));
        QVERIFY(view()->isRunning());
        auto *cancel = view()->findChild<QPushButton *>(QStringLiteral("auditCancel"));
        QVERIFY(cancel && cancel->isEnabled());
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(waitForAudit(10'000));
        qInfo("Cancel to finished: %lld ms (%lld of %lld tokens judged)", timer.elapsed(),
              job->progress().summary.tokens, tokens);
        QVERIFY(job->progress().cancelled);
        QVERIFY2(job->progress().bytesRead < total, "the audit ended before the whole input was read");
        QVERIFY(job->progress().summary.tokens < tokens);
        QVERIFY2(view()->statusText().startsWith(QStringLiteral("Cancelled")), qPrintable(view()->statusText()));
        QFile::remove(path);
    }

    // Keyboard and screen readers: every control of the view takes the focus by Tab and has a name.
    void everyControlIsNamedAndReachable()
    {
        ui::AuditView *audit = view();
        QVERIFY(audit);
        for (QWidget *widget : audit->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(audit))
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(widget);
            if (button) {
                QVERIFY2(!button->text().remove(QLatin1Char('&')).isEmpty(), qPrintable(button->objectName()));
                QVERIFY2(button->focusPolicy() & Qt::TabFocus, qPrintable(button->objectName()));
            }
            if (qobject_cast<QProgressBar *>(widget) || qobject_cast<QTableView *>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        QVERIFY(audit->table()->focusPolicy() & Qt::TabFocus);
        // Esc cancels from anywhere in the view (nothing runs now: it does nothing).
        QTest::keyClick(audit->table(), Qt::Key_Escape);
        QVERIFY(!audit->isRunning());
    }

#ifdef VENDO_SCREENSHOT_DIR
    void screenshot()
    {
        const ui::AuditJob *previous = view() ? view()->job() : nullptr;
        window()->openFile(writeFile(QStringLiteral("support.log"), m_mixedLog));
        // The file is parsed off the GUI thread first: the new audit starts a little later.
        QVERIFY(QTest::qWaitFor([&] { return view() && view()->job() != previous; }, 10'000));
        QVERIFY(waitForAudit());
        window()->resize(1280, 800);
        // Dave's expired token, inspected from its row.
        view()->table()->setFocus();
        view()->table()->selectRow(1);
        QTest::keyClick(view()->table(), Qt::Key_Return);
        QTRY_COMPARE(QString::fromLatin1(window()->decodedView()->decoded().token), m_planted.at(1).token);
        QTest::qWait(500);
        QDir().mkpath(QStringLiteral(VENDO_SCREENSHOT_DIR));
        QVERIFY(window()->grab().save(QStringLiteral(VENDO_SCREENSHOT_DIR "/audit.png")));
    }
#endif
};

QTEST_MAIN(TestUiAudit)
#include "tst_ui_audit.moc"

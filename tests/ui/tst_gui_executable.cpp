// The real vendo-inspector executable in sandbox mode: `--screenshot` starts the embedded sandbox in
// the process (nothing is loaded from beside the executable) and renders the window.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestGuiExecutable : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment environment(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
        return env;
    }

private slots:
    // The executable alone in a directory, as wherever it is installed: nothing beside it, nothing in
    // ../lib, and the sandbox still runs.
    void screenshotRunsTheEmbeddedSandbox()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("bin")));
        const QString copy = dir.filePath(QStringLiteral("bin/vendo-inspector"));
        QVERIFY(QFile::copy(QStringLiteral(VENDO_INSPECTOR_PATH), copy));
        const QString png = dir.filePath(QStringLiteral("empty.png"));
        QProcess gui;
        gui.setProcessEnvironment(environment(dir.path()));
        gui.start(copy, { QStringLiteral("--screenshot"), png, QStringLiteral("--state"), QStringLiteral("empty") });
        QVERIFY(gui.waitForFinished(60'000));
        QVERIFY2(gui.exitCode() == 0, gui.readAllStandardError().constData());
        QFile file(png);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    }
};

QTEST_GUILESS_MAIN(TestGuiExecutable)
#include "tst_gui_executable.moc"

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

    // Issue 19, item 16: --help and --version work without any display (they aborted with 134), and a
    // usage error is reported as one.
    void helpAndVersionNeedNoDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output");
        QTest::newRow("--help") << QStringList { QStringLiteral("--help") } << 0 << "--sandbox";
        QTest::newRow("-h") << QStringList { QStringLiteral("-h") } << 0 << "--screenshot";
        QTest::newRow("--version") << QStringList { QStringLiteral("--version") } << 0 << VENDO_VERSION;
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--sandbx") } << 1 << "sandbx";
    }
    void helpAndVersionNeedNoDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XAUTHORITY" })
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
        QProcess gui;
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(VENDO_INSPECTOR_PATH), arguments);
        QVERIFY(gui.waitForFinished(30'000));
        const QString all = QString::fromUtf8(gui.readAllStandardOutput() + gui.readAllStandardError());
        QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
        QVERIFY2(gui.exitCode() == exitCode, qPrintable(all));
        QVERIFY2(all.contains(output), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestGuiExecutable)
#include "tst_gui_executable.moc"

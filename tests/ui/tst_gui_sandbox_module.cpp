// The real vendo-inspector executable in sandbox mode: it loads the embedded sandbox from its module
// (ui/SandboxLoader), found beside it in the build tree, and says clearly when the module is missing.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestGuiSandboxModule : public QObject
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
    void screenshotRunsTheSandboxFromTheModule()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("empty.png"));
        QProcess gui;
        gui.setProcessEnvironment(environment(dir.path()));
        gui.start(QStringLiteral(VENDO_INSPECTOR_PATH),
                  { QStringLiteral("--screenshot"), png, QStringLiteral("--state"), QStringLiteral("empty") });
        QVERIFY(gui.waitForFinished(60'000));
        QVERIFY2(gui.exitCode() == 0, gui.readAllStandardError().constData());
        QFile file(png);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    }

    void aMissingModuleIsNamed()
    {
        // The executable alone in a directory: no module beside it, none in ../lib/vendo-inspector.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("bin/vendo-inspector"));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("bin")));
        QVERIFY(QFile::copy(QStringLiteral(VENDO_INSPECTOR_PATH), copy));
        QProcess gui;
        gui.setProcessEnvironment(environment(dir.path()));
        gui.start(copy, { QStringLiteral("--sandbox") });
        QVERIFY(gui.waitForFinished(60'000));
        QCOMPARE(gui.exitCode(), 1);
        const QString error = QString::fromUtf8(gui.readAllStandardError());
        QVERIFY2(error.contains(QStringLiteral("the sandbox cannot start: the sandbox module cannot be loaded")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("libvendo-inspector-sandbox")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestGuiSandboxModule)
#include "tst_gui_sandbox_module.moc"

// The real vendo-inspector executable, as installed users start it (not in sandbox mode): up to its
// first painted frame it loads neither QtNetwork, OpenSSL, QtKeychain nor the services module that
// brings them (ui/ServicesLoader), as the dynamic loader itself reports (LD_DEBUG=files).
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestGuiStartup : public QObject
{
    Q_OBJECT

private slots:
    void firstFrameLoadsNoNetworkCryptoOrKeychain()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        QProcess gui;
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(VENDO_INSPECTOR_PATH), { QStringLiteral("--exit-after-first-paint") });
        QVERIFY(gui.waitForFinished(60'000));
        const QString out = QString::fromUtf8(gui.readAllStandardOutput());
        const QString loads = QString::fromUtf8(gui.readAllStandardError());
        QCOMPARE(gui.exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("first-paint vmhwm_kb=")), qPrintable(out));

        // "file=libQt6Gui.so.6 [0];  needed by ..." / "file=/path/module.so [0];  dynamically loaded by ..."
        static const QRegularExpression loaded(QStringLiteral(R"(file=(\S+) \[0\];  (needed|dynamically loaded) by)"));
        QStringList files;
        for (auto match = loaded.globalMatch(loads); match.hasNext();)
            files << match.next().captured(1);
        QVERIFY2(files.contains(QStringLiteral("libQt6Widgets.so.6")), qPrintable(files.join(u' ')));
        for (const char *absent :
             { "libQt6Network", "libcrypto", "libssl", "libqt6keychain", "libsecret", "vendo-inspector-services" }) {
            for (const QString &file : std::as_const(files))
                QVERIFY2(!file.contains(QLatin1String(absent)), qPrintable(file + QStringLiteral(" was loaded")));
        }
    }
};

QTEST_GUILESS_MAIN(TestGuiStartup)
#include "tst_gui_startup.moc"

// The programs that hold keys and tokens leave no core file and cannot be read by the user's other
// processes: the real CLI and the real GUI, while they run, as /proc shows them (Linux). /proc/PID/status
// has no "Dumpable" line; the files in a non-dumpable process's /proc/PID belong to root, not to its user.
#include <QFile>
#include <QFileDevice>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Who owns /proc/PID/status: the process's own user while it is dumpable, root once PR_SET_DUMPABLE 0 took
// effect (the kernel hides a non-dumpable process's /proc entries from its user). -1 when gone.
qint64 procOwner(qint64 pid)
{
    struct stat info
    {
    };
    if (stat(QStringLiteral("/proc/%1/status").arg(pid).toLocal8Bit().constData(), &info) != 0)
        return -1;
    return info.st_uid;
}

// The soft and hard "Max core file size" of /proc/PID/limits.
QString coreLimits(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression line(QStringLiteral("^Max core file size\\s+(\\S+)\\s+(\\S+)"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(limits.readAll()));
    return match.hasMatch() ? match.captured(1) + QLatin1Char(' ') + match.captured(2) : QString();
}

// The children run as an ordinary user: as root (a container's test run), ownership could not tell.
uid_t childUser()
{
    return getuid() != 0 ? getuid() : uid_t(65534); // nobody
}

} // namespace

class TestProcessHygiene : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    void start(QProcess &process, const QString &program, const QStringList &arguments)
    {
        process.setProcessEnvironment(environment());
        process.setChildProcessModifier([] {
            if (getuid() == 0 && (setgid(gid_t(65534)) != 0 || setuid(childUser()) != 0))
                _exit(126);
        });
        process.start(program, arguments);
        QVERIFY(process.waitForStarted(15'000));
    }

    // Checks `program` while it runs: hidden from its user (not dumpable), core size 0 both soft and
    // hard (so the process cannot raise it again).
    void verifyHygiene(QProcess &process, const QString &program, const QStringList &arguments)
    {
        start(process, program, arguments);
        const qint64 pid = process.processId();
        // Root owns it once main() has run its first statement; until then its own user does.
        QTRY_COMPARE_WITH_TIMEOUT(procOwner(pid), qint64(0), 20'000);
        QCOMPARE(coreLimits(pid), QStringLiteral("0 0"));
        QCOMPARE(process.state(), QProcess::Running);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The children may run as another user: the home they are given must be theirs to use.
        QVERIFY(QFile::setPermissions(m_home.path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
        QVERIFY2(QFile::exists(QStringLiteral(VENDO_CLI_PATH)), VENDO_CLI_PATH);
        QVERIFY2(QFile::exists(QStringLiteral(VENDO_GUI_PATH)), VENDO_GUI_PATH);
    }

    // The check can fail: a program without the hygiene (cat, waiting on its input) stays its user's.
    void checkOfTheCheck()
    {
        QProcess process;
        start(process, QStringLiteral("/bin/cat"), {});
        QCOMPARE(procOwner(process.processId()), qint64(childUser()));
        rlimit inherited {};
        QVERIFY(getrlimit(RLIMIT_CORE, &inherited) == 0);
        if (inherited.rlim_max != 0) // else every child starts with "0 0" and the limits cannot tell
            QVERIFY(coreLimits(process.processId()) != QStringLiteral("0 0"));
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(15'000));
    }

    // `decode` waits on standard input for a token: the moment a key or token would be in memory.
    void cli()
    {
        QProcess process;
        verifyHygiene(process, QStringLiteral(VENDO_CLI_PATH), { QStringLiteral("decode"), QStringLiteral("-") });
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(15'000));
    }

    void gui()
    {
        QProcess process;
        verifyHygiene(process, QStringLiteral(VENDO_GUI_PATH), {});
        process.kill();
        QVERIFY(process.waitForFinished(15'000));
    }
};

QTEST_GUILESS_MAIN(TestProcessHygiene)
#include "tst_process_hygiene.moc"

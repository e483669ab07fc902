#include "ShutdownSignals.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QSocketNotifier>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

namespace vendo::sandbox {

#ifdef Q_OS_UNIX
namespace {

// The self-pipe: the handler may only do async-signal-safe things, so it writes the signal number
// to a socket that a QSocketNotifier watches in the event loop.
int g_pipe[2] = { -1, -1 };

extern "C" void onShutdownSignal(int number)
{
    const char byte = static_cast<char>(number);
    [[maybe_unused]] const auto written = ::write(g_pipe[0], &byte, 1);
}

} // namespace

ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    ::fcntl(g_pipe[0], F_SETFL, O_NONBLOCK);
    auto *notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_pipe[1], &byte, 1) == 1)
            emit requested(byte);
    });
    struct sigaction action = {};
    action.sa_handler = onShutdownSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    m_installed = ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

ShutdownSignals::~ShutdownSignals()
{
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

#elif defined(Q_OS_WIN)
namespace {

ShutdownSignals *g_instance = nullptr;

BOOL WINAPI onConsoleControl(DWORD type)
{
    if (!g_instance)
        return FALSE;
    // Runs on a thread of its own: hand over to the event loop.
    QMetaObject::invokeMethod(
        g_instance, [type] { emit g_instance->requested(static_cast<int>(type)); }, Qt::QueuedConnection);
    return TRUE;
}

} // namespace

ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
{
    g_instance = this;
    m_installed = SetConsoleCtrlHandler(onConsoleControl, TRUE) != 0;
}

ShutdownSignals::~ShutdownSignals()
{
    SetConsoleCtrlHandler(onConsoleControl, FALSE);
    g_instance = nullptr;
}

#else
ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
{ }

ShutdownSignals::~ShutdownSignals() = default;
#endif

} // namespace vendo::sandbox

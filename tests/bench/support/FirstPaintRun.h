#pragma once

#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

namespace vendo::bench {

struct FirstPaintRun
{
    double ms = 0; // QProcess::start to exit (the program exits right after its first paint)
    qint64 hwmKb = -1; // VmHWM the program reported at its first paint
};

// Runs `program --exit-after-first-paint` once. nullopt with `error` set when it fails or does not
// report a first paint within a minute.
std::optional<FirstPaintRun> runToFirstPaint(const QString &program, const QStringList &args,
                                             const QProcessEnvironment &env, QString *error);

// The instructions `program --exit-after-first-paint` executes from its first instruction to its exit
// after the first paint, counted by valgrind's callgrind under `valgrind`: the same count for the same
// binaries, inputs and environment on any machine and under any load, where the wall time also holds
// the kernel's work (exec, mappings, page faults), whose cost differs from machine to machine.
// `workDir` holds callgrind's output. nullopt with `error` set when it fails.
std::optional<quint64> instructionsToFirstPaint(const QString &valgrind, const QString &program,
                                                const QStringList &args, const QProcessEnvironment &env,
                                                const QString &workDir, QString *error);

// The environment both programs start in: inherited, with private XDG directories (no settings of
// the operator's are read or written) and the given Qt platform plugin.
QProcessEnvironment benchEnvironment(const QString &xdgRoot, const QString &platform);

} // namespace vendo::bench

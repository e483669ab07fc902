#pragma once

namespace vendo::app {

// Keeps the process's memory (API keys, user tokens) out of core files and away from other processes
// of the same user, as far as the OS allows. Called first thing in main() by the GUI and the CLI.
// Linux: RLIMIT_CORE 0 (soft and hard) and PR_SET_DUMPABLE 0 (no core, no ptrace attach, /proc/PID/mem
// and environ closed to the user's other processes). macOS: RLIMIT_CORE 0; there is no per-process
// "not dumpable" (PT_DENY_ATTACH would also stop the user's own debugger and crash reporter, so it is
// not used). Windows: no per-process switch against dumps or same-user memory reads exists (Windows
// Error Reporting's LocalDumps are set machine-wide in the registry); the fault dialog is suppressed
// only. Each platform's variant lives in its own file, chosen in app/hygiene/CMakeLists.txt.
struct ProcessHygiene
{
    bool coreDumpsDisabled = false;
    bool nonDumpable = false;
};

ProcessHygiene applyProcessHygiene();

} // namespace vendo::app

#include "ProcessHygiene.h"

#include <windows.h>

namespace vendo::app {

ProcessHygiene applyProcessHygiene()
{
    // No fault dialog offering to send a dump; WER's LocalDumps policy is machine-wide and not ours to change.
    SetErrorMode(GetErrorMode() | SEM_NOGPFAULTERRORBOX);
    return {};
}

} // namespace vendo::app

#include "ProcessHygiene.h"

#include <sys/resource.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace vendo::app {

ProcessHygiene applyProcessHygiene()
{
    ProcessHygiene applied;
    const rlimit noCore { 0, 0 };
    applied.coreDumpsDisabled = setrlimit(RLIMIT_CORE, &noCore) == 0;
#if defined(__linux__)
    applied.nonDumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    return applied;
}

} // namespace vendo::app

#pragma once

#include "ui/InspectorContext.h"

#include <QString>

namespace vendo::ui {

// What `vendo-inspector --sandbox` needs from the embedded sandbox. SandboxMode implements it in a
// module the GUI loads only in that mode (SandboxLoader), so that QtHttpServer and QtWebSockets
// are not loaded, relocated and paid for by every other start of the window.
class SandboxBackend
{
public:
    virtual ~SandboxBackend() = default;

    // False with errorString() when the server cannot listen.
    virtual bool start() = 0;
    virtual QString errorString() const = 0;
    // Everything the window needs in sandbox mode, the network included (the samples call back into
    // the backend: it outlives the window).
    virtual InspectorContext context() const = 0;
};

} // namespace vendo::ui

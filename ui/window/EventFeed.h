#pragma once

#include "events/StreamEvent.h"
#include "events/StreamStatus.h"

#include <functional>

namespace vendo::ui {

// The app's live event stream as the window sees it (docs/service-contract.md "Live events"): made by
// Services::eventFeed over core/events' EventStream, which reconnects on the SDK's schedule, resumes
// with Last-Event-ID and drops replayed duplicates. The window knows no QtNetwork type.
class EventFeed
{
public:
    struct Callbacks
    {
        std::function<void(const events::StreamEvent &)> onEvent;
        std::function<void(const events::StreamStatus &)> onStatus;
    };

    virtual ~EventFeed() = default;
    virtual void start() = 0; // asynchronous; the callbacks report
    virtual void stop() = 0;
    virtual const events::StreamStatus &status() const = 0;
};

} // namespace vendo::ui

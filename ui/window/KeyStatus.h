#pragma once

#include <QString>

namespace vendo::ui {

// Where the profile's API key is, as the operator needs to know it.
struct KeyStatus
{
    enum class State { Checking, Stored, SessionOnly, Missing, Unavailable };
    State state = State::Checking;
    QString keyPrefix; // the 12-character display prefix, never the key
    QString location; // e.g. the platform keychain's name, or why the key is session-only
    QString reason; // for Unavailable: what went wrong
};

} // namespace vendo::ui

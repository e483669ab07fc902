#pragma once

#include "client/VendoError.h"

#include <expected>

namespace vendo::client {

// The client's result type: a T or the VendoError that prevented it (docs/architecture.md, "Errors").
// The error side is built with std::unexpected(error). A default-constructed Result holds a
// value-initialised T, so structs that must start out failed (Responses.h) say so.
template<typename T> using Result = std::expected<T, VendoError>;

} // namespace vendo::client

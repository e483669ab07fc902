#pragma once

#include "client/VendoError.h"

#include <utility>
#include <variant>

namespace vendo::client {

// An expected-like value: either a T or the VendoError that prevented it. A default-constructed
// Result holds a base VendoError (so the type can travel through Qt's meta-type system).
template<typename T> class Result
{
public:
    Result()
        : m_value(VendoError {})
    { }
    Result(T value)
        : m_value(std::in_place_index<0>, std::move(value))
    { }
    Result(VendoError error)
        : m_value(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_value.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_value); }
    T &value() & { return std::get<0>(m_value); }
    T &&value() && { return std::get<0>(std::move(m_value)); }
    const T *operator->() const { return &std::get<0>(m_value); }
    const T &operator*() const { return std::get<0>(m_value); }

    const VendoError &error() const { return std::get<1>(m_value); }

private:
    std::variant<T, VendoError> m_value;
};

} // namespace vendo::client

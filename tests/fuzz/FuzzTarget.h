#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// libFuzzer's entry point. Each fuzz target defines it once; the replay driver (FuzzReplay.cpp) and
// libFuzzer's own main call it.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace vendo::fuzz {

// The input as a QByteArray that does not copy (libFuzzer keeps the buffer alive for the call), so
// ASan still sees reads past the end of the fuzzer's exact-size allocation.
inline QByteArray input(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Splits the input at the first `separator` byte: the fields of a structured target. Missing fields
// are empty.
QList<QByteArray> fields(const QByteArray &input, char separator, int count);

// A broken promise of a parser's contract is a finding like a crash: it prints what failed and aborts,
// so libFuzzer saves the input and the replay test fails on it.
[[noreturn]] void invariantFailed(const char *condition, const char *file, int line);

} // namespace vendo::fuzz

#define VENDO_FUZZ_CHECK(condition)                                                                                    \
    ((condition) ? void(0) : vendo::fuzz::invariantFailed(#condition, __FILE__, __LINE__))

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace vendo::secrets {

// Overwrites `size` bytes in a way the compiler may not drop as a dead store.
void wipeBytes(void *data, std::size_t size);

// Overwrites the characters of `text` with zeros in its own storage, when `text` is that storage's only
// owner; the size stays (clear it afterwards). QString and QByteArray share storage between copies:
// fill() on a shared one detaches it and overwrites a new copy, leaving the shared bytes as they were.
// Returns false, touching nothing, when the storage is shared or not owned (fromRawData, a literal): the
// last owner has to wipe it.
bool wipeInPlace(QString &text);
bool wipeInPlace(QByteArray &bytes);

// The bytes of a key or token, overwritten before their storage is freed. A SecretBuffer owns its
// storage alone: a copy is a new storage, a move hands the storage over, growing copies into a new
// storage and wipes the old one, and clear(), chop() and the destructor wipe what they drop.
class SecretBuffer
{
public:
    SecretBuffer() = default;
    explicit SecretBuffer(QByteArrayView bytes);
    SecretBuffer(const SecretBuffer &other);
    SecretBuffer &operator=(const SecretBuffer &other);
    SecretBuffer(SecretBuffer &&other) noexcept;
    SecretBuffer &operator=(SecretBuffer &&other) noexcept;
    ~SecretBuffer();

    // Copies `bytes` in, wipes them (wipeInPlace) and empties them: for data that arrived in a QByteArray.
    static SecretBuffer take(QByteArray &bytes);

    void reserve(qsizetype capacity);
    void append(QByteArrayView bytes);
    void chop(qsizetype count);
    void clear();

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool endsWith(char c) const { return m_size > 0 && m_data[m_size - 1] == c; }
    QByteArrayView view() const { return { m_data.get(), m_size }; }
    // A QByteArray over this storage, no copy (QByteArray::fromRawData), for APIs that take one: valid
    // while this buffer lives unchanged. A copy the callee makes of it is the callee's to look after.
    QByteArray rawBytes() const;

    // For tests: called with a storage right after it was wiped and before it is freed or reused.
    using WipeObserver = void (*)(const char *data, qsizetype size);
    static void setWipeObserver(WipeObserver observer);

private:
    void release(); // wipes and frees the storage

    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

} // namespace vendo::secrets

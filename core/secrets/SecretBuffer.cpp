// memset_s (C11 Annex K) is declared only on request; macOS provides it.
#define __STDC_WANT_LIB_EXT1__ 1 // NOLINT(bugprone-reserved-identifier)

#include "secrets/SecretBuffer.h"

#include <QtGlobal>

#include <atomic>
#include <cstring>

#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace vendo::secrets {

namespace {

std::atomic<SecretBuffer::WipeObserver> g_wipeObserver { nullptr };

} // namespace

void wipeBytes(void *data, std::size_t size)
{
    if (!data || size == 0)
        return;
#if defined(Q_OS_WIN)
    SecureZeroMemory(data, size);
#elif defined(Q_OS_DARWIN)
    memset_s(data, size, 0, size);
#else
    explicit_bzero(data, size); // glibc, musl and the BSDs
#endif
}

bool wipeInPlace(QString &text)
{
    if (!text.isDetached())
        return false;
    // data() of an unshared string is its own storage, not a fresh copy.
    wipeBytes(text.data(), std::size_t(text.size()) * sizeof(QChar));
    return true;
}

bool wipeInPlace(QByteArray &bytes)
{
    if (!bytes.isDetached())
        return false;
    wipeBytes(bytes.data(), std::size_t(bytes.size()));
    return true;
}

SecretBuffer::SecretBuffer(QByteArrayView bytes)
{
    append(bytes);
}

SecretBuffer::SecretBuffer(const SecretBuffer &other)
    : SecretBuffer(other.view())
{ }

SecretBuffer &SecretBuffer::operator=(const SecretBuffer &other)
{
    if (this != &other) {
        clear();
        append(other.view());
    }
    return *this;
}

SecretBuffer::SecretBuffer(SecretBuffer &&other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{ }

SecretBuffer &SecretBuffer::operator=(SecretBuffer &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

SecretBuffer::~SecretBuffer()
{
    release();
}

SecretBuffer SecretBuffer::take(QByteArray &bytes)
{
    SecretBuffer buffer(bytes);
    wipeInPlace(bytes);
    bytes.clear();
    return buffer;
}

void SecretBuffer::release()
{
    if (!m_data)
        return;
    wipeBytes(m_data.get(), std::size_t(m_capacity));
    if (const WipeObserver observer = g_wipeObserver.load())
        observer(m_data.get(), m_capacity);
    m_data.reset();
    m_size = 0;
    m_capacity = 0;
}

void SecretBuffer::reserve(qsizetype capacity)
{
    if (capacity <= m_capacity)
        return;
    auto grown = std::make_unique<char[]>(std::size_t(capacity));
    if (m_size > 0)
        std::memcpy(grown.get(), m_data.get(), std::size_t(m_size));
    const qsizetype size = m_size;
    release();
    m_data = std::move(grown);
    m_size = size;
    m_capacity = capacity;
}

void SecretBuffer::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_size + bytes.size() > m_capacity)
        reserve(qMax(m_size + bytes.size(), m_capacity * 2));
    std::memcpy(m_data.get() + m_size, bytes.data(), std::size_t(bytes.size()));
    m_size += bytes.size();
}

void SecretBuffer::chop(qsizetype count)
{
    count = qBound(qsizetype(0), count, m_size);
    wipeBytes(m_data.get() + m_size - count, std::size_t(count));
    m_size -= count;
}

void SecretBuffer::clear()
{
    release();
}

QByteArray SecretBuffer::rawBytes() const
{
    return m_size == 0 ? QByteArray() : QByteArray::fromRawData(m_data.get(), m_size);
}

void SecretBuffer::setWipeObserver(WipeObserver observer)
{
    g_wipeObserver.store(observer);
}

} // namespace vendo::secrets

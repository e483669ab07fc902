#include "client/HarStream.h"

#include <QtGlobal>

namespace vendo::client::har {

void HarChunkStream::refill()
{
    m_passedBefore += m_passed;
    m_droppedBefore = m_droppedTotal;
    m_drops.clear();
    char *const begin = m_buffer.data();
    qint64 kept = 0;
    // A chunk that was all dropped string is no chunk: read on, so that only the end is empty.
    while (kept == 0 && !m_eof) {
        const qint64 capacity = m_chunkBytes;
        const qint64 got = m_source(begin, capacity);
        if (got < 0)
            m_readError = true;
        const qint64 n = qMax<qint64>(got, 0);
        m_bytesRead += n;
        // A UTF-8 BOM is skipped, even when the first chunks are shorter than it.
        qint64 start = 0;
        while (m_atStart && start < n) {
            if (uchar(begin[start]) != uchar("\xEF\xBB\xBF"[m_bomBytes])) {
                m_atStart = false;
                break;
            }
            ++start;
            m_atStart = ++m_bomBytes < 3;
        }
        kept = filter(begin + start, n - start);
        if (start > 0 && kept > 0)
            std::memmove(begin, begin + start, std::size_t(kept));
        if (n < capacity)
            m_eof = true;
    }
    m_passed = kept;
    m_current = begin;
    m_last = begin + kept - 1;
    if (m_eof) {
        begin[kept] = '\0';
        ++m_last;
    }
}

qint64 HarChunkStream::filter(char *data, qint64 size)
{
    qint64 write = 0;
    qint64 nextQuote = -1;
    qint64 nextBackslash = -1;
    const auto next = [data, size](char wanted, qint64 from, qint64 &cached) {
        if (cached < from) {
            const void *found = std::memchr(data + from, wanted, std::size_t(size - from));
            cached = found ? static_cast<const char *>(found) - data : size;
        }
        return cached;
    };
    const auto keep = [data, &write](qint64 from, qint64 count) {
        if (count > 0 && write != from)
            std::memmove(data + write, data + from, std::size_t(count));
        write += count;
    };
    qint64 read = 0;
    while (read < size) {
        if (!m_inString) {
            // Structure: kept as it is, up to and with the quote that opens the next string.
            const qint64 quote = next('"', read, nextQuote);
            keep(read, qMin(quote + 1, size) - read);
            read = quote + 1;
            if (quote < size) {
                m_inString = true;
                m_stringBytes = 0;
                m_previousPlain = false;
            }
            continue;
        }
        if (m_escape > 0) {
            // "\\u" takes four hex digits after it; every other escape one character.
            const char c = data[read];
            m_escape = m_escape == 5 && c == 'u' ? 4 : m_escape == 5 ? 0 : m_escape - 1;
            m_previousPlain = false;
            if (m_dropping)
                ++m_droppedTotal;
            else {
                keep(read, 1);
                ++m_stringBytes;
            }
            ++read;
            continue;
        }
        // A run of plain characters, then a '"' or a '\\'.
        const qint64 stop = qMin(next('"', read, nextQuote), next('\\', read, nextBackslash));
        const qint64 run = stop - read;
        if (run > 0) {
            qint64 kept = run;
            if (!m_dropping) {
                // Cut once enough is kept, between two plain characters.
                qint64 cut = qMax<qint64>(0, m_keptStringBytes - m_stringBytes);
                if (cut == 0 && !m_previousPlain)
                    cut = 1;
                if (cut < run) {
                    kept = cut;
                    m_dropping = true;
                }
                keep(read, kept);
                m_stringBytes += kept;
            } else {
                kept = 0;
            }
            m_droppedTotal += run - kept;
            m_previousPlain = true;
            read = stop;
            continue;
        }
        const char c = data[read];
        if (c == '"') {
            m_inString = false;
            if (m_dropping)
                m_drops.emplace_back(write, m_droppedTotal);
            m_dropping = false;
        } else {
            m_escape = 5;
            m_previousPlain = false;
            if (m_dropping) {
                ++m_droppedTotal;
                ++read;
                continue;
            }
            ++m_stringBytes;
        }
        keep(read, 1);
        ++read;
    }
    return write;
}

} // namespace vendo::client::har

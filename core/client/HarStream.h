#pragma once

#include "client/HarReader.h"

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <utility>
#include <vector>

// The input side of HarReader (core/client/HarReader.h): RapidJSON's reader reads chunks through this
// stream. Not part of the module's interface.
namespace vendo::client::har {

inline void wipe(void *data, std::size_t size)
{
    auto *bytes = static_cast<volatile unsigned char *>(data);
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = 0;
}

// RapidJSON's reader copies every string into its own stack; a user's token passes through it. This
// allocator zeroes what it frees (the reader's Stack calls Free statically).
struct WipingAllocator
{
    static constexpr bool kNeedFree = true;
    static void *Malloc(std::size_t size)
    {
        if (size == 0)
            return nullptr;
        auto *block = static_cast<std::size_t *>(std::malloc(size + 16));
        if (!block)
            return nullptr;
        *block = size;
        return reinterpret_cast<char *>(block) + 16;
    }
    static void *Realloc(void *original, std::size_t originalSize, std::size_t newSize)
    {
        void *grown = Malloc(newSize);
        if (original && grown)
            std::memcpy(grown, original, std::min(originalSize, newSize));
        Free(original);
        return grown;
    }
    static void Free(void *pointer)
    {
        if (!pointer)
            return;
        char *block = static_cast<char *>(pointer) - 16;
        wipe(pointer, *reinterpret_cast<std::size_t *>(block));
        std::free(block);
    }
};

// A RapidJSON input stream over chunks (the shape of rapidjson::FileReadStream: a buffer, a pointer and a
// '\0' after the last chunk). Each chunk is filtered as it arrives: the inside of a JSON string longer
// than Tuning::keptStringBytes is dropped (the string ends early), so response bodies and data: URLs never
// reach the parser's stack and memory stays flat. A string is cut only between two plain characters,
// never inside an escape, so what remains still parses.
class HarChunkStream
{
public:
    using Ch = char;
    // Fills `buffer` with up to `capacity` bytes; fewer only at the end of the input. -1: read error.
    using Source = std::function<qint64(char *buffer, qint64 capacity)>;

    HarChunkStream(Source source, const HarReader::Tuning &tuning)
        : m_source(std::move(source))
        , m_chunkBytes(qMax<qint64>(1, tuning.chunkBytes))
        , m_keptStringBytes(qMax<qsizetype>(1, tuning.keptStringBytes))
        , m_buffer(std::size_t(m_chunkBytes) + 1)
    {
        refill();
    }
    ~HarChunkStream() { wipe(m_buffer.data(), m_buffer.size()); }
    HarChunkStream(const HarChunkStream &) = delete;
    HarChunkStream &operator=(const HarChunkStream &) = delete;

    Ch Peek() const { return *m_current; }
    Ch Take()
    {
        const Ch c = *m_current;
        if (m_current < m_last)
            ++m_current;
        else if (!m_eof)
            refill();
        return c;
    }
    std::size_t Tell() const { return std::size_t(m_passedBefore + (m_current - m_buffer.data())); }
    // Output is never asked of a reader's input stream.
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) { }
    void Flush() { }
    std::size_t PutEnd(Ch *) { return 0; }

    bool atEnd() const { return m_eof && m_current == m_last; }
    bool readError() const { return m_readError; }
    qint64 bytesRead() const { return m_bytesRead; }
    // The input's byte offset of a parser offset (what Tell() returned) in the current chunk.
    qint64 inputOffset(std::size_t parserOffset) const
    {
        const qint64 inChunk = qint64(parserOffset) - m_passedBefore;
        qint64 dropped = m_droppedBefore;
        for (const auto &[at, total] : m_drops) {
            if (at > inChunk)
                break;
            dropped = total;
        }
        return qint64(parserOffset) + dropped + m_bomBytes;
    }

private:
    void refill();
    // Compacts the chunk in place; returns the bytes kept. Runs of plain characters are found with
    // memchr (the next '"' and '\\' are remembered until passed), so a body costs little more than a copy.
    qint64 filter(char *data, qint64 size);

    Source m_source;
    qint64 m_chunkBytes;
    qsizetype m_keptStringBytes;
    std::vector<char> m_buffer;
    char *m_current = nullptr;
    char *m_last = nullptr;
    bool m_eof = false;
    bool m_readError = false;
    bool m_atStart = true;
    qint64 m_bomBytes = 0;
    qint64 m_bytesRead = 0;
    qint64 m_passed = 0; // kept bytes in the current chunk
    qint64 m_passedBefore = 0; // kept bytes in earlier chunks
    qint64 m_droppedBefore = 0; // dropped bytes before the current chunk
    qint64 m_droppedTotal = 0;
    // In the current chunk: (kept offset where a dropped run ends, bytes dropped up to there in all).
    std::vector<std::pair<qint64, qint64>> m_drops;
    // The JSON lexer's state across chunks.
    bool m_inString = false;
    bool m_dropping = false;
    bool m_previousPlain = false;
    int m_escape = 0; // 5: just after '\\'; 4..1: hex digits of "\\u" still to come
    qsizetype m_stringBytes = 0;
};

} // namespace vendo::client::har

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace vendo::events {

// One dispatched server-sent event, as the HTML standard's event-stream interpretation defines it.
struct SseMessage
{
    QString lastEventId; // the stream's last event ID when this event was dispatched
    QString type; // the `event:` field; "message" when absent
    QString data; // the `data:` lines joined by LF
};

// An incremental text/event-stream parser: feed it chunks as they arrive, cut anywhere. Lines end in
// CR, LF or CRLF (a CR ending one chunk and an LF starting the next are one line end); a UTF-8 BOM
// at the start of the stream is dropped; `:` lines are comments; a field without a colon has an empty
// value; one space after the colon is removed. Every buffer is bounded: a line longer than
// kMaxLineBytes or an event whose data passes kMaxEventBytes stops the parser with an error.
class SseParser
{
public:
    static constexpr qsizetype kMaxEventBytes = 1024 * 1024;
    // One line may carry a whole event's data after its field name.
    static constexpr qsizetype kMaxLineBytes = kMaxEventBytes + 64;
    static constexpr qsizetype kMaxIdBytes = 1024; // a longer id is ignored (never sent back)

    enum class Error { None, LineTooLong, EventTooLarge };

    // Parses `chunk`; returns the events it completed. After an error, input is ignored.
    QList<SseMessage> feed(QByteArrayView chunk);
    // A new connection: drops the partial line and event (and an id read for it), expects a BOM
    // again. Keeps the last event ID and the retry delay, which outlive connections.
    void restart();

    Error error() const { return m_error; }
    QString errorString() const; // translated, empty without error
    // Set when an event is dispatched (by a blank line), not when its `id:` line is read: an event cut
    // off by a dropped connection is asked for again.
    QString lastEventId() const { return QString::fromUtf8(m_lastEventId); }
    // Resuming after an event seen earlier (the CLI's --since): the id a (re)connection sends back.
    // Ignored when longer than kMaxIdBytes or when it holds a line break or NUL, like an `id:` field.
    void setLastEventId(const QString &id);
    std::optional<qint64> retryMs() const { return m_retryMs; } // the last valid `retry:` field
    qint64 comments() const { return m_comments; } // `: ping` and every other comment line
    qsizetype bufferedBytes() const { return m_line.size() + m_data.size(); }

private:
    void appendToLine(QByteArrayView bytes);
    void processLine(QList<SseMessage> &out);
    void dispatch(QList<SseMessage> &out);

    QByteArray m_line;
    QByteArray m_data;
    QByteArray m_eventType;
    QByteArray m_idBuffer; // the last `id:` field read
    QByteArray m_lastEventId; // the id buffer as of the last dispatch: what a reconnect sends
    std::optional<qint64> m_retryMs;
    qint64 m_comments = 0;
    int m_bomMatched = 0; // bytes of the BOM seen at stream start so far
    bool m_atStreamStart = true;
    bool m_skipLf = false; // the previous chunk ended in CR
    Error m_error = Error::None;
};

} // namespace vendo::events

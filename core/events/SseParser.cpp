#include "events/SseParser.h"

#include <QCoreApplication>

#include <algorithm>

namespace vendo::events {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::events::SseParser)
};

constexpr char kBom[] = "\xEF\xBB\xBF";

} // namespace

QString SseParser::errorString() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::LineTooLong:
        return Tr::tr("The event stream sent a line longer than %1 bytes.").arg(kMaxLineBytes);
    case Error::EventTooLarge:
        return Tr::tr("The event stream sent an event with more than %1 bytes of data.").arg(kMaxEventBytes);
    }
    return {};
}

void SseParser::setLastEventId(const QString &id)
{
    const QByteArray utf8 = id.toUtf8();
    if (utf8.size() > kMaxIdBytes || utf8.contains('\0') || utf8.contains('\n') || utf8.contains('\r'))
        return;
    m_lastEventId = utf8;
    m_idBuffer = utf8;
}

void SseParser::restart()
{
    m_line.clear();
    m_data.clear();
    m_eventType.clear();
    m_idBuffer = m_lastEventId;
    m_bomMatched = 0;
    m_atStreamStart = true;
    m_skipLf = false;
    m_error = Error::None;
}

void SseParser::appendToLine(QByteArrayView bytes)
{
    if (m_line.size() + bytes.size() > kMaxLineBytes) {
        m_error = Error::LineTooLong;
        m_line.clear();
        m_data.clear();
        return;
    }
    m_line.append(bytes);
}

QList<SseMessage> SseParser::feed(QByteArrayView chunk)
{
    QList<SseMessage> out;
    qsizetype pos = 0;
    // The BOM may arrive split over chunks: match it byte by byte; a partial match that fails was text.
    while (m_atStreamStart && pos < chunk.size()) {
        if (chunk[pos] == kBom[m_bomMatched]) {
            ++pos;
            if (++m_bomMatched == 3)
                m_atStreamStart = false;
            continue;
        }
        m_atStreamStart = false;
        appendToLine(QByteArrayView(kBom, m_bomMatched));
    }
    while (pos < chunk.size() && m_error == Error::None) {
        if (m_skipLf) {
            m_skipLf = false;
            if (chunk[pos] == '\n') {
                ++pos;
                continue;
            }
        }
        const auto begin = chunk.begin() + pos;
        const auto end = std::find_if(begin, chunk.end(), [](char c) { return c == '\r' || c == '\n'; });
        const qsizetype eol = end - chunk.begin();
        appendToLine(chunk.sliced(pos, eol - pos));
        if (end == chunk.end() || m_error != Error::None)
            break;
        processLine(out);
        pos = eol + 1;
        if (chunk[eol] == '\r') {
            if (pos < chunk.size()) {
                if (chunk[pos] == '\n')
                    ++pos;
            } else {
                m_skipLf = true;
            }
        }
    }
    return out;
}

void SseParser::processLine(QList<SseMessage> &out)
{
    const QByteArray line = std::exchange(m_line, QByteArray());
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.startsWith(':')) {
        ++m_comments;
        return;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? QByteArrayView(line) : QByteArrayView(line).first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : QByteArrayView(line).sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);

    if (field == "data") {
        if (m_data.size() + value.size() + 1 > kMaxEventBytes) {
            m_error = Error::EventTooLarge;
            m_data.clear();
            return;
        }
        m_data.append(value);
        m_data.append('\n');
    } else if (field == "event") {
        m_eventType = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0') && value.size() <= kMaxIdBytes)
            m_idBuffer = value.toByteArray();
    } else if (field == "retry") {
        const bool digits
            = !value.isEmpty() && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits)
            m_retryMs = value.size() > 12 ? qint64(999'999'999'999) : value.toLongLong();
    }
    // Any other field is ignored, as the standard says.
}

void SseParser::dispatch(QList<SseMessage> &out)
{
    m_lastEventId = m_idBuffer; // even for an event without data, as the standard says
    if (m_data.isEmpty()) {
        m_eventType.clear();
        return;
    }
    m_data.chop(1); // the LF after the last data line
    SseMessage message;
    message.lastEventId = QString::fromUtf8(m_lastEventId);
    message.type = m_eventType.isEmpty() ? QStringLiteral("message") : QString::fromUtf8(m_eventType);
    message.data = QString::fromUtf8(m_data);
    out.append(std::move(message));
    m_data.clear();
    m_eventType.clear();
}

} // namespace vendo::events

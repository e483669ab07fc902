// The incremental SSE parser: every input fed whole, split at every byte offset (and at every pair
// of offsets for short inputs) and byte by byte must give the same events, ids, retry and comments.
#include "events/SseParser.h"

#include <QTest>

using vendo::events::SseMessage;
using vendo::events::SseParser;

namespace {

struct Outcome
{
    QStringList events;
    QString lastEventId;
    qint64 retry = -1;
    qint64 comments = 0;
    SseParser::Error error = SseParser::Error::None;

    bool operator==(const Outcome &) const = default;
};

QString render(const SseMessage &message)
{
    QString data = message.data;
    data.replace(QLatin1Char('\n'), QLatin1String("\\n")).replace(QLatin1Char('\r'), QLatin1String("\\r"));
    return message.lastEventId + QLatin1Char('|') + message.type + QLatin1Char('|') + data;
}

Outcome parse(const QList<QByteArray> &chunks)
{
    SseParser parser;
    Outcome outcome;
    for (const QByteArray &chunk : chunks) {
        for (const SseMessage &message : parser.feed(chunk))
            outcome.events << render(message);
    }
    outcome.lastEventId = parser.lastEventId();
    outcome.retry = parser.retryMs().value_or(-1);
    outcome.comments = parser.comments();
    outcome.error = parser.error();
    return outcome;
}

char *describe(const Outcome &o)
{
    return qstrdup(qPrintable(QStringLiteral("events=[%1] lastId=%2 retry=%3 comments=%4 error=%5")
                                  .arg(o.events.join(QLatin1String(", ")), o.lastEventId)
                                  .arg(o.retry)
                                  .arg(o.comments)
                                  .arg(int(o.error))));
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private slots:
    void table_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<QString>("lastEventId");
        QTest::addColumn<qint64>("retry");
        QTest::addColumn<qint64>("comments");

        const QByteArray event = R"({"id":"e1","at":"2026-01-01T00:00:00Z","kind":"connection.connected"})";
        const QString data = QString::fromLatin1(event);
        for (const auto &[name, eol] : { std::pair { "LF", QByteArray("\n") }, std::pair { "CRLF", QByteArray("\r\n") },
                                         std::pair { "CR", QByteArray("\r") } }) {
            QTest::addRow("one event, %s", name)
                << QByteArray("id: 1" + eol + "event: connection.connected" + eol + "data: " + event + eol + eol)
                << QStringList { QStringLiteral("1|connection.connected|") + data } << QStringLiteral("1") << qint64(-1)
                << qint64(0);
            QTest::addRow("two events and a ping, %s", name)
                << QByteArray(": ping" + eol + "id: 1" + eol + "data: a" + eol + eol + "id: 2" + eol + "data: b" + eol
                              + eol)
                << QStringList { QStringLiteral("1|message|a"), QStringLiteral("2|message|b") } << QStringLiteral("2")
                << qint64(-1) << qint64(1);
            QTest::addRow("multi-line data, %s", name)
                << QByteArray("data: {" + eol + "data:  \"a\": 1" + eol + "data: }" + eol + eol)
                << QStringList { QStringLiteral("|message|{\\n \"a\": 1\\n}") } << QString() << qint64(-1) << qint64(0);
        }
        QTest::newRow("mixed line ends") << QByteArray("id: 7\rdata: x\r\ndata: y\n\r\n")
                                         << QStringList { QStringLiteral("7|message|x\\ny") } << QStringLiteral("7")
                                         << qint64(-1) << qint64(0);
        QTest::newRow("CR CR is two line ends")
            << QByteArray("data: a\r\rdata: b\r\r")
            << QStringList { QStringLiteral("|message|a"), QStringLiteral("|message|b") } << QString() << qint64(-1)
            << qint64(0);
        QTest::newRow("BOM at stream start")
            << QByteArray("\xEF\xBB\xBF"
                          "data: a\n\n")
            << QStringList { QStringLiteral("|message|a") } << QString() << qint64(-1) << qint64(0);
        QTest::newRow("BOM only once") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                     "data: a\n\n")
                                       << QStringList() << QString() << qint64(-1) << qint64(0);
        QTest::newRow("partial BOM is text")
            << QByteArray("\xEF\xBB"
                          "data: a\n\ndata: b\n\n")
            << QStringList { QStringLiteral("|message|b") } << QString() << qint64(-1) << qint64(0);
        QTest::newRow("field without colon")
            << QByteArray("data\ndata\n\n") << QStringList { QStringLiteral("|message|\\n") } << QString() << qint64(-1)
            << qint64(0);
        QTest::newRow("one space removed, not two")
            << QByteArray("data:  two\ndata:none\n\n") << QStringList { QStringLiteral("|message| two\\nnone") }
            << QString() << qint64(-1) << qint64(0);
        QTest::newRow("colon in the value")
            << QByteArray("data: a: b\n\n") << QStringList { QStringLiteral("|message|a: b") } << QString()
            << qint64(-1) << qint64(0);
        QTest::newRow("comments, including an empty one")
            << QByteArray(": ping\n:\n:: x\ndata: a\n\n") << QStringList { QStringLiteral("|message|a") } << QString()
            << qint64(-1) << qint64(3);
        QTest::newRow("retry") << QByteArray("retry: 5000\ndata: a\n\n") << QStringList { QStringLiteral("|message|a") }
                               << QString() << qint64(5000) << qint64(0);
        QTest::newRow("retry not a number is ignored") << QByteArray("retry: 5000\nretry: 5s\nretry: -1\nretry:\n")
                                                       << QStringList() << QString() << qint64(5000) << qint64(0);
        QTest::newRow("unknown field ignored")
            << QByteArray("foo: bar\nDATA: x\ndata: a\n\n") << QStringList { QStringLiteral("|message|a") } << QString()
            << qint64(-1) << qint64(0);
        QTest::newRow("id with NUL ignored")
            << QByteArrayLiteral("id: 1\ndata: a\n\nid: 2\0x\ndata: b\n\n")
            << QStringList { QStringLiteral("1|message|a"), QStringLiteral("1|message|b") } << QStringLiteral("1")
            << qint64(-1) << qint64(0);
        QTest::newRow("empty id resets") << QByteArray("id: 1\ndata: a\n\nid\ndata: b\n\n")
                                         << QStringList { QStringLiteral("1|message|a"), QStringLiteral("|message|b") }
                                         << QString() << qint64(-1) << qint64(0);
        QTest::newRow("id without data sets the last id")
            << QByteArray("id: 9\n\n") << QStringList() << QStringLiteral("9") << qint64(-1) << qint64(0);
        QTest::newRow("id of an unfinished event is not the last id")
            << QByteArray("id: 1\ndata: a\n\nid: 2\ndata: b\n") << QStringList { QStringLiteral("1|message|a") }
            << QStringLiteral("1") << qint64(-1) << qint64(0);
        QTest::newRow("event type without data is dropped")
            << QByteArray("event: x\n\ndata: a\n\n") << QStringList { QStringLiteral("|message|a") } << QString()
            << qint64(-1) << qint64(0);
        QTest::newRow("unfinished event at the end")
            << QByteArray("data: a\n\ndata: b\n") << QStringList { QStringLiteral("|message|a") } << QString()
            << qint64(-1) << qint64(0);
        QTest::newRow("UTF-8 in data") << QByteArray("data: gr\xC3\xBC\xC3\x9F"
                                                     "e \xE2\x82\xAC\n\n")
                                       << QStringList { QStringLiteral("|message|gr\u00FC\u00DFe \u20AC") } << QString()
                                       << qint64(-1) << qint64(0);
        QTest::newRow("blank lines only")
            << QByteArray("\n\r\n\r\n\n") << QStringList() << QString() << qint64(-1) << qint64(0);
    }

    void table()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, events);
        QFETCH(QString, lastEventId);
        QFETCH(qint64, retry);
        QFETCH(qint64, comments);
        const Outcome expected { events, lastEventId, retry, comments, SseParser::Error::None };

        const auto check = [&](const QList<QByteArray> &chunks, const QString &how) {
            const Outcome got = parse(chunks);
            if (got == expected)
                return true;
            std::unique_ptr<char[]> a(describe(got));
            std::unique_ptr<char[]> b(describe(expected));
            qWarning("%s\n  got:      %s\n  expected: %s", qPrintable(how), a.get(), b.get());
            return false;
        };
        QVERIFY(check({ input }, QStringLiteral("whole")));
        for (qsizetype i = 0; i <= input.size(); ++i)
            QVERIFY(check({ input.left(i), input.mid(i) }, QStringLiteral("split at %1").arg(i)));
        if (input.size() <= 80) {
            for (qsizetype i = 0; i <= input.size(); ++i) {
                for (qsizetype j = i; j <= input.size(); ++j)
                    QVERIFY(check({ input.left(i), input.mid(i, j - i), input.mid(j) },
                                  QStringLiteral("split at %1 and %2").arg(i).arg(j)));
            }
        }
        QList<QByteArray> bytes;
        for (char c : std::as_const(input))
            bytes << QByteArray(1, c);
        QVERIFY(check(bytes, QStringLiteral("byte by byte")));
    }

    // A line that never ends stops the parser at the limit; it holds no more than the limit.
    void endlessLine()
    {
        SseParser parser;
        const QByteArray chunk(64 * 1024, 'x');
        QVERIFY(parser.feed("data: ").isEmpty());
        qsizetype fed = 0;
        while (parser.error() == SseParser::Error::None && fed < 4 * SseParser::kMaxLineBytes) {
            parser.feed(chunk);
            fed += chunk.size();
            QVERIFY(parser.bufferedBytes() <= SseParser::kMaxLineBytes);
        }
        QCOMPARE(parser.error(), SseParser::Error::LineTooLong);
        QVERIFY(fed <= SseParser::kMaxLineBytes + chunk.size());
        QVERIFY(parser.errorString().contains(QString::number(SseParser::kMaxLineBytes)));
        QCOMPARE(parser.bufferedBytes(), 0);
        QVERIFY(parser.feed("\n\ndata: a\n\n").isEmpty()); // stays stopped
    }

    // An event whose data never ends (many short data lines, no blank line) stops at its limit.
    void endlessEvent()
    {
        SseParser parser;
        QByteArray lines;
        for (int i = 0; i < 1000; ++i)
            lines += "data: " + QByteArray(100, 'y') + "\r\n";
        while (parser.error() == SseParser::Error::None) {
            QVERIFY(parser.feed(lines).isEmpty());
            QVERIFY(parser.bufferedBytes() <= SseParser::kMaxEventBytes + SseParser::kMaxLineBytes);
        }
        QCOMPARE(parser.error(), SseParser::Error::EventTooLarge);
        QVERIFY(parser.errorString().contains(QString::number(SseParser::kMaxEventBytes)));
    }

    // Just under the limits is fine: a 1 MiB - 1 line event arrives whole.
    void largeEventWithinLimits()
    {
        SseParser parser;
        const QByteArray payload(SseParser::kMaxEventBytes - 1, 'z');
        QList<SseMessage> got = parser.feed(QByteArray("data:" + payload.left(1000)));
        got += parser.feed(QByteArray(payload.mid(1000) + "\n\n"));
        QCOMPARE(parser.error(), SseParser::Error::None);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.constFirst().data.size(), payload.size());
    }

    // A new connection drops the half-read event, keeps the last event ID and retry, expects a BOM.
    void restart()
    {
        SseParser parser;
        parser.feed("retry: 250\nid: 41\ndata: a\n\nid: 42\ndata: half");
        QCOMPARE(parser.lastEventId(), QStringLiteral("41"));
        parser.restart();
        const QList<SseMessage> got = parser.feed("\xEF\xBB\xBF"
                                                  "data: b\n\n");
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.constFirst().data, QStringLiteral("b"));
        QCOMPARE(got.constFirst().lastEventId, QStringLiteral("41")); // 42 belonged to the lost event
        QCOMPARE(parser.retryMs().value_or(0), 250);
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sse_parser.moc"

// Typed live events: every kind of docs/service-contract.md "Live events", the legacy aliases, a kind
// nobody knows (shown as it came), missing fields and a payload that is not JSON.
#include "events/StreamEvent.h"

#include <QTest>

using vendo::events::EventKind;
using vendo::events::SseMessage;
using vendo::events::StreamEvent;

namespace {

StreamEvent typed(const QString &json, const QString &type = QStringLiteral("message"),
                  const QString &sseId = QStringLiteral("41"))
{
    return StreamEvent::fromSse(SseMessage { sseId, type, json });
}

} // namespace

class TestStreamEvent : public QObject
{
    Q_OBJECT

private slots:
    void kinds_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fields");
        QTest::addColumn<EventKind>("expected");
        QTest::addColumn<bool>("legacy");
        QTest::addColumn<QString>("summary");
        const QString connection = QStringLiteral(R"("slug":"gmail","connection_id":"con_9")");
        QTest::newRow("connected") << QStringLiteral("connection.connected") << connection
                                   << EventKind::ConnectionConnected << false
                                   << QStringLiteral("gmail connected (con_9)");
        QTest::newRow("disconnected") << QStringLiteral("connection.disconnected") << connection
                                      << EventKind::ConnectionDisconnected << false
                                      << QStringLiteral("gmail disconnected (con_9)");
        QTest::newRow("changed") << QStringLiteral("connection.changed") << connection << EventKind::ConnectionChanged
                                 << false << QStringLiteral("gmail changed (con_9)");
        QTest::newRow("status_changed") << QStringLiteral("connection.status_changed")
                                        << connection + QStringLiteral(R"(,"status":"error")")
                                        << EventKind::ConnectionStatusChanged << false
                                        << QStringLiteral("gmail is now error (con_9)");
        QTest::newRow("usage_recorded") << QStringLiteral("billing.usage_recorded")
                                        << QStringLiteral(R"("provider":"openai","micros":1250)")
                                        << EventKind::BillingUsageRecorded << false
                                        << QStringLiteral("usage recorded: $0.001250 for openai");
        QTest::newRow("balance_changed") << QStringLiteral("billing.balance_changed")
                                         << QStringLiteral(R"("remaining_micros":12500000)")
                                         << EventKind::BillingBalanceChanged << false
                                         << QStringLiteral("balance now $12.500000");
        QTest::newRow("cap_warned") << QStringLiteral("billing.cap_warned")
                                    << QStringLiteral(R"("window":"monthly","pct":90)") << EventKind::BillingCapWarned
                                    << false << QStringLiteral("monthly spend cap at 90 %");
        QTest::newRow("cap_tripped") << QStringLiteral("billing.cap_tripped") << QStringLiteral(R"("window":"daily")")
                                     << EventKind::BillingCapTripped << false
                                     << QStringLiteral("daily spend cap reached");
        QTest::newRow("legacy created") << QStringLiteral("connection_created") << connection
                                        << EventKind::ConnectionConnected << true
                                        << QStringLiteral("gmail connected (con_9)");
        QTest::newRow("legacy deleted") << QStringLiteral("connection_deleted") << connection
                                        << EventKind::ConnectionDisconnected << true
                                        << QStringLiteral("gmail disconnected (con_9)");
        QTest::newRow("legacy updated") << QStringLiteral("connection_updated") << connection
                                        << EventKind::ConnectionChanged << true
                                        << QStringLiteral("gmail changed (con_9)");
    }

    void kinds()
    {
        QFETCH(QString, kind);
        QFETCH(QString, fields);
        QFETCH(EventKind, expected);
        QFETCH(bool, legacy);
        QFETCH(QString, summary);
        const StreamEvent event = typed(
            QStringLiteral(R"({"id":"evt_7","at":"2026-03-01T12:00:00.250Z","kind":"%1",%2})").arg(kind, fields));
        QCOMPARE(event.kind, expected);
        QCOMPARE(event.legacyAlias, legacy);
        QCOMPARE(event.wireKind, kind);
        QCOMPARE(event.id, QStringLiteral("evt_7"));
        QCOMPARE(event.sseId, QStringLiteral("41"));
        QCOMPARE(event.at, QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0, 250), Qt::UTC));
        QVERIFY2(event.problem.isEmpty(), qPrintable(event.problem));
        QCOMPARE(event.summary(), summary);
        if (!legacy)
            QCOMPARE(StreamEvent::kindName(expected), kind);
    }

    void unknownKindShownAsItCame()
    {
        const StreamEvent event = typed(
            QStringLiteral(R"({"id":"evt_8","at":"2026-03-01T12:00:00Z","kind":"billing.refund_issued","micros":5})"));
        QCOMPARE(event.kind, EventKind::Unknown);
        QCOMPARE(event.wireKind, QStringLiteral("billing.refund_issued"));
        QVERIFY(event.problem.isEmpty());
        QVERIFY(event.summary().startsWith(QLatin1String("billing.refund_issued: {\"id\":\"evt_8\"")));
        QVERIFY(StreamEvent::kindName(EventKind::Unknown).isEmpty());
    }

    void missingFieldsAreNamed()
    {
        const StreamEvent event
            = typed(QStringLiteral(R"({"id":"evt_9","kind":"connection.status_changed","slug":"x"})"));
        QCOMPARE(event.kind, EventKind::ConnectionStatusChanged);
        QVERIFY(event.problem.contains(QLatin1String("at")));
        QVERIFY(event.problem.contains(QLatin1String("connection_id")));
        QVERIFY(event.problem.contains(QLatin1String("status")));
    }

    void kindFromEventFieldWhenJsonLacksIt()
    {
        const StreamEvent event
            = typed(QStringLiteral(R"({"id":"evt_1","at":"2026-03-01T12:00:00Z","window":"daily"})"),
                    QStringLiteral("billing.cap_tripped"));
        QCOMPARE(event.kind, EventKind::BillingCapTripped);
    }

    void notJson()
    {
        const StreamEvent event = typed(QStringLiteral("hello\nworld"), QStringLiteral("connection.changed"));
        QCOMPARE(event.kind, EventKind::ConnectionChanged);
        QCOMPARE(event.id, QStringLiteral("41")); // the SSE id stands in
        QCOMPARE(event.rawData, QStringLiteral("hello\nworld"));
        QVERIFY(!event.problem.isEmpty());
    }

    // Replays are recognised by the SSE id; without one, by the JSON id.
    void dedupeKey()
    {
        QCOMPARE(typed(QStringLiteral(R"({"id":"evt_1"})")).dedupeKey(), QStringLiteral("41"));
        QCOMPARE(typed(QStringLiteral(R"({"id":"evt_1"})"), QStringLiteral("message"), QString()).dedupeKey(),
                 QStringLiteral("evt_1"));
    }
};

QTEST_GUILESS_MAIN(TestStreamEvent)
#include "tst_stream_event.moc"

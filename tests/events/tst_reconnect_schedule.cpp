// The SDK's reconnect schedule on an injected random source and clock: 1 s doubling to the 30 s cap,
// ±25 % jitter, no attempt limit, reset after a successful connection, retry: from the server, and
// the 60 s ping timeout.
#include "FakeClock.h"
#include "events/ReconnectSchedule.h"

#include <QRandomGenerator>
#include <QTest>

using namespace std::chrono_literals;
using vendo::events::PingWatchdog;
using vendo::events::ReconnectPolicy;
using vendo::events::ReconnectSchedule;
using vendo::test::FakeClock;

class TestReconnectSchedule : public QObject
{
    Q_OBJECT

private slots:
    void delaysWithoutJitter()
    {
        ReconnectSchedule schedule({}, [] { return 0.5; }); // the middle of the jitter range
        QList<qint64> delays;
        for (int i = 0; i < 9; ++i)
            delays << schedule.nextDelay().count();
        QCOMPARE(delays, (QList<qint64> { 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000 }));
        QCOMPARE(schedule.failures(), 9);
    }

    void noAttemptLimit()
    {
        ReconnectSchedule schedule({}, [] { return 0.5; });
        for (int i = 0; i < 100'000; ++i)
            QVERIFY(schedule.nextDelay() == 30s || i < 5);
        QCOMPARE(schedule.failures(), 100'000);
    }

    void jitterBounds_data()
    {
        QTest::addColumn<double>("unit");
        QTest::addColumn<QList<qint64>>("expected");
        // The lowest draw takes 25 % off; the highest adds 25 %, but never past the 30 s cap.
        QTest::newRow("lowest") << 0.0 << QList<qint64> { 750, 1500, 3000, 6000, 12000, 22500, 22500 };
        QTest::newRow("highest") << 1.0 << QList<qint64> { 1250, 2500, 5000, 10000, 20000, 30000, 30000 };
    }

    void jitterBounds()
    {
        QFETCH(double, unit);
        QFETCH(QList<qint64>, expected);
        ReconnectSchedule schedule({}, [unit] { return unit; });
        QList<qint64> delays;
        for (int i = 0; i < expected.size(); ++i)
            delays << schedule.nextDelay().count();
        QCOMPARE(delays, expected);
    }

    // With the real random source: every delay within ±25 % of its base, and the draws spread.
    void randomJitterStaysInBounds()
    {
        ReconnectSchedule schedule;
        qint64 lowest = 1'000'000;
        qint64 highest = 0;
        for (int round = 0; round < 2000; ++round) {
            schedule.connected();
            const qint64 base = schedule.baseDelay(1).count();
            const qint64 delay = schedule.nextDelay().count();
            QVERIFY2(delay >= base * 3 / 4 && delay <= base * 5 / 4, qPrintable(QString::number(delay)));
            lowest = qMin(lowest, delay);
            highest = qMax(highest, delay);
        }
        QVERIFY(lowest < 800);
        QVERIFY(highest > 1200);
    }

    void successResets()
    {
        ReconnectSchedule schedule({}, [] { return 0.5; });
        for (int i = 0; i < 6; ++i)
            schedule.nextDelay();
        QCOMPARE(schedule.nextDelay(), 30s);
        schedule.connected();
        QCOMPARE(schedule.failures(), 0);
        QCOMPARE(schedule.nextDelay(), 1s);
        QCOMPARE(schedule.nextDelay(), 2s);
    }

    // `retry:` replaces the initial delay (kept within 100 ms and the cap); doubling goes on from it.
    void serverRetry()
    {
        ReconnectSchedule schedule({}, [] { return 0.5; });
        schedule.setServerRetry(5000ms);
        QCOMPARE(schedule.nextDelay(), 5s);
        QCOMPARE(schedule.nextDelay(), 10s);
        QCOMPARE(schedule.nextDelay(), 20s);
        QCOMPARE(schedule.nextDelay(), 30s);
        schedule.connected();
        QCOMPARE(schedule.nextDelay(), 5s); // the server's delay outlives a reconnect
        schedule.setServerRetry(0ms);
        schedule.connected();
        QCOMPARE(schedule.nextDelay(), 100ms);
        schedule.setServerRetry(3'600'000ms);
        schedule.connected();
        QCOMPARE(schedule.nextDelay(), 30s);
    }

    void customPolicy()
    {
        ReconnectPolicy policy;
        policy.initialDelay = 10ms;
        policy.maxDelay = 35ms;
        policy.jitter = 0;
        ReconnectSchedule schedule(policy, [] { return 0.9; });
        QCOMPARE(schedule.nextDelay(), 10ms);
        QCOMPARE(schedule.nextDelay(), 20ms);
        QCOMPARE(schedule.nextDelay(), 35ms);
    }

    // 60 s without a ping is a dead stream; anything arriving starts the 60 s again.
    void pingTimeout()
    {
        FakeClock clock;
        PingWatchdog watchdog(&clock, ReconnectPolicy().pingTimeout);
        QCOMPARE(watchdog.remaining(), 60s);
        clock.advance(25); // a ping
        watchdog.activity();
        clock.advance(59);
        clock.advanceMs(999);
        QVERIFY(!watchdog.isDead());
        QCOMPARE(watchdog.remaining(), 1ms);
        clock.advanceMs(1);
        QVERIFY(watchdog.isDead());
        QCOMPARE(watchdog.remaining(), 0ms);
        watchdog.activity();
        QVERIFY(!watchdog.isDead());
        QCOMPARE(watchdog.remaining(), 60s);
    }
};

QTEST_GUILESS_MAIN(TestReconnectSchedule)
#include "tst_reconnect_schedule.moc"

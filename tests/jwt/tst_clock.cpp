#include "FakeClock.h"
#include "jwt/Clock.h"

#include <QTest>

using namespace vendo;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void systemClockIsUtcAndCurrent()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = jwt::SystemClock::instance().now();
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QVERIFY(before <= now && now <= after);
    }

    void fakeClockStandsStillAndMoves()
    {
        test::FakeClock clock(1'000);
        const jwt::Clock &asClock = clock;
        QCOMPARE(asClock.nowSecsSinceEpoch(), 1'000);
        QCOMPARE(asClock.nowSecsSinceEpoch(), 1'000);
        clock.advance(59);
        QCOMPARE(asClock.nowSecsSinceEpoch(), 1'059);
        clock.advanceMs(1'500);
        QCOMPARE(asClock.now().toMSecsSinceEpoch(), 1'060'500);
        clock.setSecsSinceEpoch(-5);
        QCOMPARE(asClock.nowSecsSinceEpoch(), -5);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"

#include "secrets/SecretBuffer.h"

#include <QTest>

#include <vector>

using vendo::secrets::SecretBuffer;
using vendo::secrets::wipeInPlace;

namespace {

// What the observer saw of each storage the moment before it was freed: its bytes after the wipe.
std::vector<QByteArray> g_wiped;

void recordWipe(const char *data, qsizetype size)
{
    g_wiped.emplace_back(data, size);
}

bool allZero(const QByteArray &bytes)
{
    return !bytes.isEmpty() && bytes.count('\0') == bytes.size();
}

// A production-like secret: a full-size user token (64 KiB, the decoder's limit).
QByteArray bigToken()
{
    QByteArray token = "eyJhbGciOiJFUzI1NiJ9.";
    while (token.size() < 64 * 1024)
        token += "eyJzdWIiOiJhbGljZSJ9";
    return token;
}

} // namespace

class TestSecretBuffer : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        g_wiped.clear();
        SecretBuffer::setWipeObserver(recordWipe);
    }
    void cleanup() { SecretBuffer::setWipeObserver(nullptr); }

    void destructorWipesItsStorage()
    {
        const QByteArray token = bigToken();
        {
            SecretBuffer buffer(token);
            QCOMPARE(buffer.view(), QByteArrayView(token));
        }
        QCOMPARE(g_wiped.size(), size_t(1));
        QVERIFY(g_wiped.front().size() >= token.size());
        QVERIFY(allZero(g_wiped.front()));
    }

    // Copies own separate storage: dropping one wipes it and leaves the other whole.
    void copiesAreIndependent()
    {
        SecretBuffer original(QByteArrayView("vendo_sk_CLIcli123456789012345678____--xy"));
        {
            const SecretBuffer copy = original;
            QVERIFY(copy.view().data() != original.view().data());
        }
        QCOMPARE(g_wiped.size(), size_t(1));
        QCOMPARE(original.view(), QByteArrayView("vendo_sk_CLIcli123456789012345678____--xy"));
        SecretBuffer moved = std::move(original);
        QCOMPARE(g_wiped.size(), size_t(1)); // a move frees nothing
        QVERIFY(original.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
        moved.clear();
        QCOMPARE(g_wiped.size(), size_t(2));
        QVERIFY(allZero(g_wiped.back()));
    }

    // Reading input chunk by chunk grows the buffer: every storage left behind was wiped.
    void growingWipesTheOldStorage()
    {
        const QByteArray token = bigToken();
        SecretBuffer buffer;
        for (qsizetype at = 0; at < token.size(); at += 1000)
            buffer.append(QByteArrayView(token).sliced(at, qMin<qsizetype>(1000, token.size() - at)));
        QCOMPARE(buffer.view(), QByteArrayView(token));
        QVERIFY(g_wiped.size() >= 5);
        for (const QByteArray &storage : g_wiped)
            QVERIFY(allZero(storage));
        buffer.chop(1);
        QCOMPARE(buffer.view(), QByteArrayView(token).chopped(1));
    }

    // QString::fill on a shared string overwrites a fresh copy and leaves the shared characters: the
    // reason for wipeInPlace, which overwrites only storage its argument alone owns.
    void fillOnASharedStringWipesOnlyACopy()
    {
        QString key = QStringLiteral("vendo_sk_") + QString(32, QLatin1Char('k'));
        QString copy = key; // shares the storage of `key`
        copy.fill(QLatin1Char('\0'));
        QVERIFY(key.startsWith(QLatin1String("vendo_sk_kkk"))); // still there after the "wipe"

        QString second = key;
        QVERIFY(!wipeInPlace(second)); // shared: not ours to wipe
        QCOMPARE(second, key);
        second.clear(); // `key` owns its storage alone again
        QVERIFY(wipeInPlace(key));
        QCOMPARE(key.size(), 41);
        QCOMPARE(key.count(QChar(0)), key.size()); // overwritten in its own storage, read before release
    }

    void arraysAreWipedOnlyWhenUnique()
    {
        QByteArray bytes = bigToken();
        QByteArray raw = QByteArray::fromRawData(bytes.constData(), bytes.size()); // no ownership
        QVERIFY(!wipeInPlace(raw));
        QByteArray alias = bytes;
        QVERIFY(!wipeInPlace(alias));
        QVERIFY(!allZero(bytes));
        alias.clear();
        raw.clear();
        QVERIFY(wipeInPlace(bytes));
        QVERIFY(allZero(bytes));

        QByteArray input = bigToken();
        const SecretBuffer taken = SecretBuffer::take(input);
        QVERIFY(input.isEmpty());
        QCOMPARE(taken.view(), QByteArrayView(bigToken()));
    }
};

QTEST_GUILESS_MAIN(TestSecretBuffer)
#include "tst_secretbuffer.moc"

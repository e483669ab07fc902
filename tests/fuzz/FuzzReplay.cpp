// Runs one fuzz target over every committed seed and regression input: the `unit` test that keeps
// each crash ever found fixed in every build tree, fuzzing or not. VENDO_FUZZ_INPUT_DIRS names the
// directories ("|"-separated), set per target by tests/fuzz/CMakeLists.txt.
#include "FuzzTarget.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <cstring>
#include <memory>

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList dirs = QStringLiteral(VENDO_FUZZ_INPUT_DIRS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        int rows = 0;
        for (const QString &dir : dirs) {
            QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
            QStringList files;
            while (it.hasNext())
                files.append(it.next());
            files.sort();
            for (const QString &file : files) {
                // "corpus/seed.jwt", "regressions/crash-1234"
                const QString row
                    = QFileInfo(dir).dir().dirName() + QLatin1Char('/') + QDir(dir).relativeFilePath(file);
                QTest::newRow(qPrintable(row)) << file;
                ++rows;
            }
        }
        // A replay of nothing would pass whatever the target does.
        QVERIFY2(rows > 0, qPrintable(QStringLiteral("no inputs under %1").arg(dirs.join(QStringLiteral(", ")))));
    }

    void replay()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray bytes = file.readAll();
        // An exact-size heap copy, as libFuzzer passes it: a read past the end is an ASan report.
        const auto copy = std::make_unique<std::uint8_t[]>(std::size_t(bytes.size()) + (bytes.isEmpty() ? 1 : 0));
        std::memcpy(copy.get(), bytes.constData(), std::size_t(bytes.size()));
        QCOMPARE(LLVMFuzzerTestOneInput(copy.get(), std::size_t(bytes.size())), 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "FuzzReplay.moc"

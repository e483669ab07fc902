#pragma once

#include <QFile>
#include <QString>

#include <optional>

namespace vendo::bench {

// One line of the bench table: a measured figure beside the baseline measured in the same run.
struct BenchRow
{
    QString section; // "Startup", "Memory", "Sweep", "Responsiveness", "Throughput"
    QString measure; // what was measured, e.g. "offscreen: process start to first paint"
    double value = 0;
    QString unit; // "ms", "MB", "tokens/s"
    QString baseline; // what it is compared with, e.g. "floor (minimal QMainWindow)"
    std::optional<double> baselineValue;
    std::optional<double> ratio; // value / baselineValue, when the comparison is a ratio
    QString target; // e.g. "≤ 1.3× floor"
    std::optional<bool> met; // nullopt: no target for this row
    QString note; // run count, spread, what the figure includes
};

// Appends rows as JSON lines to $VENDO_BENCH_RESULTS/<bench>.jsonl (the `bench` target collects every
// file into one table) and echoes each row on stdout. Without VENDO_BENCH_RESULTS only the echo.
class BenchReport
{
public:
    explicit BenchReport(const QString &benchName);

    void add(const BenchRow &row);
    // A row for a figure that could not be measured, with the reason: the table shows the gap.
    void missing(const QString &section, const QString &measure, const QString &reason);

    // Rows in this run whose target was missed.
    int misses() const { return m_misses; }

private:
    QString m_name;
    QFile m_file;
    int m_misses = 0;
};

} // namespace vendo::bench

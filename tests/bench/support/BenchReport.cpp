#include "BenchReport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace vendo::bench {

BenchReport::BenchReport(const QString &benchName)
    : m_name(benchName)
{
    const QString dir = qEnvironmentVariable("VENDO_BENCH_RESULTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    m_file.setFileName(QDir(dir).filePath(benchName + QStringLiteral(".jsonl")));
    // Each run of a bench replaces its own rows: a table never mixes two runs of one bench.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        QTextStream(stderr) << "bench: cannot write " << m_file.fileName() << ": " << m_file.errorString() << Qt::endl;
}

void BenchReport::add(const BenchRow &row)
{
    QJsonObject object {
        { QStringLiteral("bench"), m_name },        { QStringLiteral("section"), row.section },
        { QStringLiteral("measure"), row.measure }, { QStringLiteral("value"), row.value },
        { QStringLiteral("unit"), row.unit },       { QStringLiteral("baseline"), row.baseline },
        { QStringLiteral("target"), row.target },   { QStringLiteral("note"), row.note },
    };
    if (row.baselineValue)
        object.insert(QStringLiteral("baseline_value"), *row.baselineValue);
    if (row.ratio)
        object.insert(QStringLiteral("ratio"), *row.ratio);
    if (row.met)
        object.insert(QStringLiteral("met"), *row.met);
    if (row.met && !*row.met)
        ++m_misses;

    if (m_file.isOpen()) {
        m_file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        m_file.write("\n");
        m_file.flush();
    }
    QTextStream out(stdout);
    out << row.section << " | " << row.measure << " | " << row.value << ' ' << row.unit;
    if (row.baselineValue)
        out << " | " << row.baseline << ' ' << *row.baselineValue << ' ' << row.unit;
    if (row.ratio)
        out << " | " << QString::number(*row.ratio, 'f', 2) << "x";
    if (row.met)
        out << " | " << (*row.met ? "met" : "MISSED") << " (" << row.target << ')';
    if (!row.note.isEmpty())
        out << " | " << row.note;
    out << Qt::endl;
}

void BenchReport::missing(const QString &section, const QString &measure, const QString &reason)
{
    BenchRow row;
    row.section = section;
    row.measure = measure;
    row.value = qQNaN();
    row.note = QStringLiteral("not measured: ") + reason;
    QJsonObject object {
        { QStringLiteral("bench"), m_name },    { QStringLiteral("section"), section },
        { QStringLiteral("measure"), measure }, { QStringLiteral("value"), QJsonValue() },
        { QStringLiteral("note"), row.note },
    };
    if (m_file.isOpen()) {
        m_file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        m_file.write("\n");
        m_file.flush();
    }
    QTextStream(stdout) << section << " | " << measure << " | " << row.note << Qt::endl;
}

} // namespace vendo::bench

#pragma once

#include "jwt/AuditSummary.h"
#include "jwt/Clock.h"
#include "jwt/JwkSet.h"
#include "ui/models/AuditModel.h"

#include <QElapsedTimer>
#include <QObject>

#include <expected>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace vendo::ui {

// What an audit reads: a file, streamed (any size), or text in memory (a paste, a small file).
struct AuditSource
{
    QString name; // for people: a file name, "Clipboard"
    QString path; // a file...
    QByteArray bytes; // ...or this text
    bool isFile() const { return !path.isEmpty(); }
};

// Where an audit stands, as the view shows it.
struct AuditProgress
{
    qint64 bytesRead = 0;
    qint64 bytesTotal = -1; // -1: unknown
    qint64 lines = 0; // lines read so far (exact once finished)
    jwt::AuditSummary summary; // every token judged so far, listed or not
    qint64 listed = 0; // rows handed to the view (at most AuditModel::kMaxRows)
    bool finished = false;
    bool cancelled = false;
    QString error; // the source could not be read
    qint64 elapsedMs = 0;
};

// A bulk audit for the window: jwt::TokenAuditor::run on a thread of its own, so the GUI thread only
// takes rows and counts, a few times a second, in batches (never one signal per token). Cancel stops
// reading at once and judging at the next batch. Rows past AuditModel::kMaxRows are counted, not kept.
class AuditJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBatchSize = 256; // tokens judged between two looks at Cancel
    static constexpr int kPostIntervalMs = 50; // rows and counts reach the GUI thread at most this often

    AuditJob(AuditSource source, const jwt::Clock &clock, jwt::VerdictOptions verdict, std::optional<jwt::JwkSet> keys,
             QObject *parent = nullptr);
    ~AuditJob() override; // cancels and waits for the thread

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const AuditSource &source() const { return m_source; }
    const AuditProgress &progress() const { return m_progress; }
    bool checksSignatures() const { return m_keys.has_value(); }

    // The token of a listed row, read again from the source (the rows keep none), or why it cannot be.
    std::expected<QByteArray, QString> tokenAt(const AuditRow &row) const;

signals:
    // On the GUI thread, at most every kPostIntervalMs.
    void rowsArrived(const std::vector<vendo::ui::AuditRow> &rows);
    void progressed(const vendo::ui::AuditProgress &progress);
    void finished(const vendo::ui::AuditProgress &progress);

private:
    struct Shared;
    class CountingDevice;
    void work();
    void deliver(std::vector<AuditRow> rows, AuditProgress progress);

    AuditSource m_source;
    const jwt::Clock &m_clock;
    jwt::VerdictOptions m_verdict;
    std::optional<jwt::JwkSet> m_keys;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    bool m_running = false;
    AuditProgress m_progress;
};

} // namespace vendo::ui

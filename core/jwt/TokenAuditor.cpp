#include "jwt/TokenAuditor.h"

#include "jwt/JwtDecoder.h"
#include "jwt/RawJson.h"
#include "jwt/SignatureVerifier.h"
#include "jwt/TokenExtractor.h"
#include "jwt/TokenJudge.h"

#include <QIODevice>
#include <QThread>
#include <QThreadPool>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>

namespace vendo::jwt {

namespace {

// The input is read in blocks of this size; a batch without kept records is at most this long.
constexpr qsizetype kBlockBytes = 1024 * 1024;
// Batches whose records are kept (run()) are shorter: a record holds its token decoded.
constexpr qsizetype kRecordBatchBytes = 64 * 1024;

// Every token of a run is judged at the moment the run started (a FixedClock): one reading of the clock,
// no per-token QDateTime work, and a report whose verdicts all refer to the same "now".

AuditRecord judge(QByteArrayView token, qint64 line, const Clock &clock, const AuditOptions &options)
{
    AuditRecord record;
    record.line = line;
    record.token = JwtDecoder::decode(token, JwtDecoder::JsonObjects::Skip);
    record.claims = Claims::fromToken(record.token);
    SignatureCheck signature;
    if (options.keys)
        signature = SignatureVerifier::verify(record.token, *options.keys);
    record.verdict = TokenJudge::judge(record.token, record.claims, clock, options.verdict, signature);
    return record;
}

// One batch: whole lines in, judged records and output bytes out.
struct Work
{
    QByteArray text; // whole lines; the last one lacks its '\n' at the end of the input or when cut
    bool lastLineCut = false; // the last line was longer than kMaxLineBytes and is cut there
    AuditBatch batch;
    bool done = false; // guarded by Pipeline::mutex
};

qsizetype indexOfNewline(const QByteArray &text, qsizetype from)
{
    if (from >= text.size())
        return -1;
    const void *found = std::memchr(text.constData() + from, '\n', size_t(text.size() - from));
    return found ? static_cast<const char *>(found) - text.constData() : -1;
}

void process(Work &work, const Clock &clock, const AuditOptions &options, bool keepRecords)
{
    AuditBatch &batch = work.batch;
    QList<QByteArrayView> tokens;
    tokens.reserve(8);
    const QByteArrayView text = work.text;
    qint64 line = batch.firstLine;
    const auto handle = [&](QByteArrayView token) {
        AuditRecord record = judge(token, line, clock, options);
        batch.summary.add(record.verdict, Claims::string(record.claims, "iss"), record.token.kid());
        if (options.append)
            options.append(record, batch.output);
        else if (options.render)
            record.rendered = options.render(record);
        if (keepRecords)
            batch.records.push_back(std::move(record));
    };
    qsizetype from = 0;
    while (from < text.size()) {
        const void *newline = std::memchr(text.data() + from, '\n', size_t(text.size() - from));
        const qsizetype end = newline ? static_cast<const char *>(newline) - text.data() : text.size();
        const QByteArrayView lineText = text.sliced(from, end - from);
        if (work.lastLineCut && end == text.size()) {
            // Too long to hold a token: the decoder refuses it by size at once.
            handle(lineText);
        } else {
            TokenExtractor::extract(lineText, tokens);
            for (const QByteArrayView token : tokens)
                handle(token);
        }
        ++line;
        from = end + 1;
    }
}

// Reads the device into batches of whole lines and runs them on the pool, a bounded number in flight,
// delivering each finished batch in input order on the calling thread.
class Pipeline
{
public:
    Pipeline(QIODevice &input, const Clock &clock, const AuditOptions &options, bool keepRecords)
        : m_input(input)
        , m_clock(clock.nowSecsSinceEpoch())
        , m_options(options)
        , m_keepRecords(keepRecords)
        , m_threads(options.threads > 0 ? options.threads : qMax(1, QThread::idealThreadCount()))
        , m_batchLines(qMax(1, options.batchSize))
        , m_batchBytes(options.batchBytes > 0 ? options.batchBytes
                           : keepRecords      ? kRecordBatchBytes
                                              : kBlockBytes)
        , m_readBytes(qMin(m_batchBytes, kBlockBytes))
    {
        m_pool.setMaxThreadCount(m_threads);
        // The pool's threads stay for the whole run: a batch never waits for a thread to start.
        m_pool.setExpiryTimeout(-1);
        m_carry.reserve(qMax(m_batchBytes, m_readBytes) + 1);
    }

    ~Pipeline() { m_pool.waitForDone(); }

    AuditSummary run(const std::function<void(const AuditBatch &)> &deliver)
    {
        AuditSummary summary;
        // Two batches per worker and two more: a reader that waits for a slow pipe now and then does
        // not leave the workers idle.
        const size_t inFlight = 2 * size_t(m_threads) + 2;
        qint64 nextLine = 1;
        std::unique_ptr<Work> work;
        while ((work = nextBatch(nextLine))) {
            nextLine += work->batch.lines;
            Work *started = work.get();
            m_queue.push_back(std::move(work));
            m_pool.start([this, started] {
                process(*started, m_clock, m_options, m_keepRecords);
                const std::lock_guard lock(m_mutex);
                started->done = true;
                m_finished.notify_all();
            });
            while (m_queue.size() >= inFlight)
                deliverOldest(summary, deliver);
            // Between batches: a caller's cancellation (a window's Cancel) stops reading here; the
            // batches already started are waited for and delivered, so the summary is of what was judged.
            if (m_options.cancelled && m_options.cancelled())
                break;
        }
        while (!m_queue.empty())
            deliverOldest(summary, deliver);
        summary.lines = nextLine - 1;
        return summary;
    }

private:
    void deliverOldest(AuditSummary &summary, const std::function<void(const AuditBatch &)> &deliver)
    {
        std::unique_ptr<Work> work = std::move(m_queue.front());
        m_queue.pop_front();
        {
            std::unique_lock lock(m_mutex);
            m_finished.wait(lock, [&] { return work->done; });
        }
        summary.merge(work->batch.summary);
        deliver(work->batch);
        recycle(std::move(work->text));
        recycle(std::move(work->batch.output));
    }

    // Buffers go round instead of being freed and allocated again for every batch (a megabyte each:
    // the allocator would map and unmap them, a page fault per page every time).
    void recycle(QByteArray &&buffer)
    {
        if (m_spare.size() < 2 * (2 * size_t(m_threads) + 3) && buffer.isDetached()) {
            buffer.truncate(0);
            m_spare.push_back(std::move(buffer));
        }
    }
    QByteArray spare(qsizetype capacity)
    {
        QByteArray buffer;
        if (!m_spare.empty()) {
            buffer = std::move(m_spare.back());
            m_spare.pop_back();
        }
        buffer.reserve(capacity);
        return buffer;
    }

    // Reads until the carry holds `target` bytes or the input ends.
    void fill(qsizetype target)
    {
        while (!m_ended && m_carry.size() < target) {
            const qsizetype had = m_carry.size();
            m_carry.resize(target);
            const qint64 got = m_input.read(m_carry.data() + had, target - had);
            m_carry.resize(had + qMax<qint64>(got, 0));
            // A sequential device (a socket, a process) may have nothing yet: wait for more. A file or
            // pipe opened as a QFile blocks in read() itself and says 0 only at its end.
            if (got < 0 || (got == 0 && !m_input.waitForReadyRead(-1)))
                m_ended = true;
        }
    }

    // Moves the first `length` bytes of the carry into a new batch; the rest stays.
    std::unique_ptr<Work> take(qsizetype length, qint64 firstLine, qint64 lines, bool cut)
    {
        auto work = std::make_unique<Work>();
        work->batch.firstLine = firstLine;
        work->batch.lines = lines;
        work->lastLineCut = cut;
        QByteArray rest = spare(qMax(m_batchBytes, m_readBytes) + 1);
        rest.append(m_carry.constData() + length, m_carry.size() - length);
        m_carry.truncate(length);
        work->text = std::move(m_carry);
        m_carry = std::move(rest);
        if (m_options.append)
            work->batch.output = spare(0);
        return work;
    }

    // Drops the rest of an overlong line, up to and including its '\n'.
    void skipRestOfLine()
    {
        for (;;) {
            const qsizetype newline = indexOfNewline(m_carry, 0);
            if (newline >= 0) {
                m_carry.remove(0, newline + 1);
                return;
            }
            m_carry.truncate(0);
            if (m_ended)
                return;
            fill(m_readBytes);
        }
    }

    std::unique_ptr<Work> nextBatch(qint64 firstLine)
    {
        for (;;) {
            fill(m_batchBytes);
            qsizetype end = 0; // after the last whole line taken
            qint64 lines = 0;
            while (lines < m_batchLines) {
                const qsizetype newline = indexOfNewline(m_carry, end);
                if (newline < 0)
                    break;
                if (newline - end > TokenAuditor::kMaxLineBytes) {
                    if (lines > 0)
                        break; // an overlong line: a batch of its own, next time
                    // Too long to hold a token: refused by size, only its start is kept.
                    auto work = take(TokenAuditor::kMaxLineBytes, firstLine, 1, true);
                    skipRestOfLine();
                    return work;
                }
                if (newline + 1 > m_batchBytes && lines > 0)
                    break;
                end = newline + 1;
                ++lines;
            }
            if (lines > 0)
                return take(end, firstLine, lines, false);
            // No whole line in the carry.
            if (m_carry.isEmpty())
                return nullptr; // the input has ended
            if (m_carry.size() > TokenAuditor::kMaxLineBytes) {
                auto work = take(TokenAuditor::kMaxLineBytes, firstLine, 1, true);
                skipRestOfLine();
                return work;
            }
            if (m_ended)
                return take(m_carry.size(), firstLine, 1, false); // the last line, without its '\n'
            fill(TokenAuditor::kMaxLineBytes + 1); // a long line: read on until it ends or is too long
        }
    }

    QIODevice &m_input;
    const FixedClock m_clock;
    const AuditOptions &m_options;
    const bool m_keepRecords;
    const int m_threads;
    const int m_batchLines;
    const qsizetype m_batchBytes;
    const qsizetype m_readBytes;
    QByteArray m_carry; // read, not yet in a batch
    bool m_ended = false;
    std::vector<QByteArray> m_spare;
    std::deque<std::unique_ptr<Work>> m_queue; // in input order
    std::mutex m_mutex;
    std::condition_variable m_finished;
    QThreadPool m_pool; // last: destroyed (and joined) before what its tasks use
};

} // namespace

QByteArrayView AuditRecord::tenantJson() const
{
    const Claim *metadata = Claims::find(claims, "app_metadata");
    if (!metadata || !metadata->rawValue.startsWith('{'))
        return {};
    QByteArrayView found;
    RawJson::forEachTopLevelMember(metadata->rawValue, [&](const QByteArray &name, QByteArrayView value, qsizetype) {
        if (found.isNull() && RawJson::sameBytes(name, "tenant_id"))
            found = value;
    });
    return found;
}

QString AuditRecord::tenant() const
{
    const QByteArrayView raw = tenantJson();
    return raw.isEmpty() ? QString() : RawJson::stringValue(raw).value_or(QString());
}

bool isRefused(const Verdict &verdict, bool signatureRequired)
{
    if (!verdict.structureOk)
        return true;
    if (signatureRequired && verdict.signature.status != SignatureStatus::Valid)
        return true;
    if (verdict.time == TimeStatus::Expired || verdict.time == TimeStatus::NotYetValid)
        return true;
    return verdict.hasWarning(WarningKind::IssuerMismatch) || verdict.hasWarning(WarningKind::AudienceMismatch);
}

std::optional<AuditProblem> refusalOf(const Verdict &verdict, bool signatureRequired)
{
    if (!isRefused(verdict, signatureRequired))
        return std::nullopt;
    if (!verdict.structureOk) {
        AuditProblem problem { "structure", QStringLiteral("malformed"), {}, {} };
        if (!verdict.problems.isEmpty()) {
            const StructureProblem &first = verdict.problems.first();
            problem.code = structureErrorName(first.error);
            problem.segment = segmentName(first.segment);
            problem.message = first.message;
        }
        return problem;
    }
    if (signatureRequired && verdict.signature.status != SignatureStatus::Valid)
        return AuditProblem {
            "signature", signatureStatusName(verdict.signature.status), {}, verdict.signature.detail
        };
    if (verdict.time == TimeStatus::Expired || verdict.time == TimeStatus::NotYetValid)
        return AuditProblem { "time", timeStatusName(verdict.time), {}, verdict.timeText() };
    // An issuer or audience other than the one asked for: a verifier configured that way refuses it.
    for (const Warning &warning : verdict.warnings) {
        if (warning.kind == WarningKind::IssuerMismatch || warning.kind == WarningKind::AudienceMismatch)
            return AuditProblem { "expectation", warning.code, {}, warning.message };
    }
    return std::nullopt;
}

AuditRecord TokenAuditor::judgeOne(QByteArrayView token, qint64 line, const Clock &clock, const AuditOptions &options)
{
    AuditRecord record = judge(token, line, clock, options);
    if (options.render)
        record.rendered = options.render(record);
    return record;
}

AuditSummary TokenAuditor::runBatches(QIODevice &input, const Clock &clock, const AuditOptions &options,
                                      const std::function<void(const AuditBatch &)> &sink)
{
    Pipeline pipeline(input, clock, options, false);
    return pipeline.run(sink);
}

AuditSummary TokenAuditor::run(QIODevice &input, const Clock &clock, const AuditOptions &options,
                               const std::function<void(const AuditRecord &)> &sink)
{
    Pipeline pipeline(input, clock, options, true);
    return pipeline.run([&](const AuditBatch &batch) {
        for (const AuditRecord &record : batch.records)
            sink(record);
    });
}

} // namespace vendo::jwt

#include "ui/models/AuditJob.h"

#include "jwt/Claims.h"
#include "jwt/JwtDecoder.h"
#include "jwt/TokenAuditor.h"
#include "jwt/TokenExtractor.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QThread>

#include <algorithm>
#include <atomic>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace vendo::ui {

namespace {

// Where a line starts can be found again without an index of every line: every kCheckpointBytes the
// reader notes an offset and the newlines before it; a chosen row's line is found from the last note
// before it (at most kCheckpointBytes read again).
constexpr qint64 kCheckpointBytes = 256 * 1024;
constexpr qsizetype kMaxFieldChars = 256; // a claim shown in a cell or exported; hostile tokens carry megabytes

struct Checkpoint
{
    qint64 offset = 0;
    qint64 linesBefore = 0; // newlines in [0, offset)
};

QString field(const QString &value)
{
    return value.size() <= kMaxFieldChars ? value : value.left(kMaxFieldChars) + QStringLiteral("…");
}

std::optional<qint64> dateClaim(const QList<jwt::Claim> &claims, QByteArrayView name)
{
    const jwt::Claim *claim = jwt::Claims::find(claims, name);
    if (!claim || !claim->date || !claim->date->usable())
        return std::nullopt;
    return claim->date->seconds;
}

QString tenantOf(const QList<jwt::Claim> &claims)
{
    const jwt::Claim *meta = jwt::Claims::find(claims, "app_metadata");
    if (!meta || qstrcmp(meta->jsonType, "object") != 0 || !meta->rawValue.contains("tenant_id"))
        return {};
    return QJsonDocument::fromJson(meta->rawValue).object().value(QLatin1String("tenant_id")).toString();
}

// The audit yields to the GUI thread: on Linux QThread priorities do not apply to ordinary threads, but a
// thread's nice value does, and the auditor's pool threads, started from this thread, inherit it.
void yieldToTheGuiThread()
{
#if defined(Q_OS_LINUX)
    setpriority(PRIO_PROCESS, id_t(gettid()), 10);
#endif
}

} // namespace

struct AuditJob::Shared
{
    std::atomic<bool> cancel = false;
    mutable QMutex mutex;
    std::vector<Checkpoint> checkpoints { Checkpoint {} };
};

// Passes the source through to TokenAuditor::run, counting bytes and lines and noting checkpoints;
// once cancelled it reads nothing more (so a log without tokens stops at once too).
class AuditJob::CountingDevice : public QIODevice
{
public:
    CountingDevice(QIODevice *inner, Shared *shared, std::function<void()> onRead)
        : m_inner(inner)
        , m_shared(shared)
        , m_onRead(std::move(onRead))
    { }
    bool isSequential() const override { return true; }
    qint64 offset() const { return m_offset; }
    qint64 newlines() const { return m_newlines; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_shared->cancel.load(std::memory_order_relaxed))
            return -1;
        const qint64 got = m_inner->read(data, maxSize);
        if (got <= 0)
            return got;
        if (m_offset - m_lastCheckpoint >= kCheckpointBytes) {
            const QMutexLocker lock(&m_shared->mutex);
            m_shared->checkpoints.push_back({ m_offset, m_newlines });
            m_lastCheckpoint = m_offset;
        }
        m_newlines += std::count(data, data + got, '\n');
        m_offset += got;
        m_onRead();
        return got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_inner;
    Shared *m_shared;
    std::function<void()> m_onRead;
    qint64 m_offset = 0;
    qint64 m_newlines = 0;
    qint64 m_lastCheckpoint = 0;
};

AuditJob::AuditJob(AuditSource source, const jwt::Clock &clock, jwt::VerdictOptions verdict,
                   std::optional<jwt::JwkSet> keys, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_clock(clock)
    , m_verdict(std::move(verdict))
    , m_keys(std::move(keys))
    , m_shared(std::make_shared<Shared>())
{
    m_progress.bytesTotal = m_source.isFile() ? QFileInfo(m_source.path).size() : m_source.bytes.size();
}

AuditJob::~AuditJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void AuditJob::start()
{
    if (m_thread)
        return;
    m_running = true;
    m_thread = QThread::create([this] { work(); });
    m_thread->setObjectName(QStringLiteral("audit"));
    m_thread->start(QThread::LowPriority);
}

void AuditJob::cancel()
{
    m_shared->cancel.store(true);
}

void AuditJob::deliver(std::vector<AuditRow> rows, AuditProgress progress)
{
    // From the audit thread to this object's (the GUI) thread, as one posted call per batch.
    QMetaObject::invokeMethod(
        this,
        [this, rows = std::move(rows), progress = std::move(progress)] {
            if (!rows.empty())
                emit rowsArrived(rows);
            m_progress = progress;
            if (progress.finished) {
                m_running = false;
                emit finished(m_progress);
            } else {
                emit progressed(m_progress);
            }
        },
        Qt::QueuedConnection);
}

void AuditJob::work()
{
    yieldToTheGuiThread();
    QElapsedTimer elapsed;
    elapsed.start();
    AuditProgress progress;
    progress.bytesTotal = m_progress.bytesTotal;

    std::unique_ptr<QIODevice> inner;
    if (m_source.isFile()) {
        inner = std::make_unique<QFile>(m_source.path);
    } else {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(m_source.bytes);
        inner = std::move(buffer);
    }
    if (!inner->open(QIODevice::ReadOnly)) {
        progress.finished = true;
        progress.error = inner->errorString();
        deliver({}, progress);
        return;
    }

    std::vector<AuditRow> pending;
    QElapsedTimer sinceLastPost;
    sinceLastPost.start();
    CountingDevice *device = nullptr;
    const auto post = [&](bool last) {
        if (!last && sinceLastPost.elapsed() < kPostIntervalMs)
            return;
        sinceLastPost.restart();
        progress.bytesRead = device->offset();
        if (!progress.finished)
            progress.lines = device->newlines();
        progress.elapsedMs = elapsed.elapsed();
        deliver(std::exchange(pending, {}), progress);
    };
    CountingDevice counted(inner.get(), m_shared.get(), [&] { post(false); });
    device = &counted;
    counted.open(QIODevice::ReadOnly);

    jwt::AuditOptions options;
    options.verdict = m_verdict;
    options.keys = m_keys;
    // One core stays with the GUI thread.
    options.threads = qMax(1, QThread::idealThreadCount() - 1);
    options.batchSize = kBatchSize;
    options.cancelled = [&] {
        post(false);
        return m_shared->cancel.load();
    };
    qint64 lastLine = -1;
    int ordinal = 0;
    const jwt::AuditSummary summary
        = jwt::TokenAuditor::run(counted, m_clock, options, [&](const jwt::AuditRecord &record) {
              progress.summary.add(record.verdict, jwt::Claims::string(record.claims, "iss"), record.token.kid());
              ordinal = record.line == lastLine ? ordinal + 1 : 0;
              lastLine = record.line;
              if (progress.listed >= AuditModel::kMaxRows)
                  return;
              ++progress.listed;
              AuditRow row;
              row.line = record.line;
              row.ordinal = ordinal;
              row.fingerprint = qHash(record.token.token);
              row.structureOk = record.verdict.structureOk;
              if (!record.verdict.problems.isEmpty())
                  row.problem = field(record.verdict.problems.constFirst().message);
              row.sub = field(jwt::Claims::string(record.claims, "sub"));
              row.tenant = field(tenantOf(record.claims));
              row.issuer = field(jwt::Claims::string(record.claims, "iss"));
              row.kid = field(record.token.kid());
              row.issuedAt = dateClaim(record.claims, "iat");
              row.expiresAt = dateClaim(record.claims, "exp");
              row.time = record.verdict.time;
              row.timeDeltaSeconds = record.verdict.timeDeltaSeconds;
              row.signature = record.verdict.signature.status;
              pending.push_back(std::move(row));
          });
    progress.cancelled = m_shared->cancel.load();
    // Finished: the auditor's own count of lines is the exact one (a last line without a newline).
    progress.lines = progress.cancelled ? counted.newlines() : summary.lines;
    progress.finished = true;
    post(true);
}

std::expected<QByteArray, QString> AuditJob::tokenAt(const AuditRow &row) const
{
    Checkpoint from;
    {
        const QMutexLocker lock(&m_shared->mutex);
        for (const Checkpoint &checkpoint : m_shared->checkpoints) {
            if (checkpoint.offset != 0 && checkpoint.linesBefore >= row.line - 1)
                break;
            from = checkpoint;
        }
    }
    std::unique_ptr<QIODevice> device;
    if (m_source.isFile()) {
        device = std::make_unique<QFile>(m_source.path);
    } else {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(m_source.bytes);
        device = std::move(buffer);
    }
    if (!device->open(QIODevice::ReadOnly) || !device->seek(from.offset))
        return std::unexpected(tr("%1 cannot be read again: %2").arg(m_source.name, device->errorString()));
    // Skip to the row's line: newlines before it, counted from the checkpoint.
    qint64 toSkip = row.line - 1 - from.linesBefore;
    char chunk[16384];
    while (toSkip > 0) {
        const qint64 got = device->peek(chunk, sizeof chunk);
        if (got <= 0)
            return std::unexpected(tr("%1 changed since the audit: line %2 is gone.").arg(m_source.name).arg(row.line));
        qint64 i = 0;
        for (; i < got && toSkip > 0; ++i)
            toSkip -= chunk[i] == '\n';
        device->skip(i);
    }
    const QByteArray line = device->readLine(jwt::kMaxTokenInputBytes + 4096);
    const QList<QByteArrayView> tokens = jwt::TokenExtractor::extract(line);
    if (row.ordinal < tokens.size()) {
        const QByteArray token = tokens.at(row.ordinal).toByteArray();
        if (qHash(jwt::decode(token).token) == row.fingerprint)
            return token;
    }
    return std::unexpected(
        tr("The token on line %1 cannot be read again: the line is too long, or %2 changed since the audit.")
            .arg(row.line)
            .arg(m_source.name));
}

} // namespace vendo::ui

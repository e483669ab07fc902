#include "jwt/TokenAuditor.h"

#include "jwt/JwtDecoder.h"
#include "jwt/SignatureVerifier.h"
#include "jwt/TokenExtractor.h"
#include "jwt/TokenJudge.h"

#include <QIODevice>
#include <QThread>
#include <QThreadPool>

#include <vector>

namespace vendo::jwt {

namespace {

struct Pending
{
    qint64 line;
    QByteArray text;
};

// A line longer than this cannot hold a token the decoder would accept; its rest is skipped unread.
constexpr qint64 kMaxLineBytes = kMaxTokenInputBytes + 4096;

} // namespace

AuditRecord TokenAuditor::judgeOne(QByteArrayView token, qint64 line, const Clock &clock, const AuditOptions &options)
{
    AuditRecord record;
    record.line = line;
    record.token = JwtDecoder::decode(token, JwtDecoder::JsonObjects::Skip);
    record.claims = Claims::fromToken(record.token);
    SignatureCheck signature;
    if (options.keys)
        signature = SignatureVerifier::verify(record.token, *options.keys);
    record.verdict = TokenJudge::judge(record.token, record.claims, clock, options.verdict, signature);
    if (options.render)
        record.rendered = options.render(record);
    return record;
}

AuditSummary TokenAuditor::run(QIODevice &input, const Clock &clock, const AuditOptions &options,
                               const std::function<void(const AuditRecord &)> &sink)
{
    AuditSummary summary;
    const int threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    const int batchSize = qMax(1, options.batchSize);
    QThreadPool pool;
    pool.setMaxThreadCount(threads);

    std::vector<Pending> batch;
    batch.reserve(size_t(batchSize));
    std::vector<AuditRecord> results;
    const auto cancelled = [&] { return options.cancelled && options.cancelled(); };

    const auto flush = [&] {
        results.assign(batch.size(), AuditRecord {});
        const size_t chunks = size_t(qMin<qsizetype>(threads, qsizetype(batch.size())));
        const size_t per = chunks == 0 ? 0 : (batch.size() + chunks - 1) / chunks;
        for (size_t chunk = 0; chunk < chunks; ++chunk) {
            pool.start([&, chunk] {
                const size_t end = qMin(batch.size(), (chunk + 1) * per);
                for (size_t i = chunk * per; i < end; ++i)
                    results[i] = judgeOne(batch[i].text, batch[i].line, clock, options);
            });
        }
        pool.waitForDone();
        for (const AuditRecord &record : results) {
            summary.add(record.verdict, Claims::string(record.claims, "iss"), record.token.kid());
            sink(record);
        }
        batch.clear();
        results.clear();
    };

    qint64 lineNumber = 0;
    for (;;) {
        // Blocking reads: on a pipe, atEnd() can be true while the writer is still busy.
        const QByteArray line = input.readLine(kMaxLineBytes);
        if (line.isEmpty())
            break;
        ++lineNumber;
        if (line.size() >= kMaxLineBytes - 1 && !line.endsWith('\n')) {
            // Overlong line: the decoder refuses it by size at once; the rest is skipped unread.
            batch.push_back(Pending { lineNumber, line });
            char discard[4096];
            qint64 got = 0;
            while ((got = input.readLine(discard, sizeof discard)) > 0 && discard[got - 1] != '\n') { }
        } else {
            for (const QByteArrayView token : TokenExtractor::extract(line))
                batch.push_back(Pending { lineNumber, token.toByteArray() });
        }
        if (qsizetype(batch.size()) >= batchSize) {
            if (cancelled())
                break;
            flush();
        }
    }
    if (!cancelled())
        flush();
    summary.lines = lineNumber;
    return summary;
}

} // namespace vendo::jwt

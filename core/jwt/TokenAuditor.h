#pragma once

#include "jwt/AuditSummary.h"
#include "jwt/Claims.h"
#include "jwt/Clock.h"
#include "jwt/JwkSet.h"
#include "jwt/Verdict.h"

#include <QByteArray>

#include <functional>
#include <optional>
#include <vector>

class QIODevice;

namespace vendo::jwt {

// One token found in the input, judged.
struct AuditRecord
{
    qint64 line = 0; // 1-based
    DecodedJwt token;
    QList<Claim> claims;
    Verdict verdict;
    QByteArray rendered; // what AuditOptions::render produced (on a worker thread)

    // The tenant id the token carries (app_metadata.tenant_id, docs/service-contract.md), as its raw
    // JSON value (normally a quoted string); empty when absent. A view into the payload: no copy.
    QByteArrayView tenantJson() const;
    // The same unescaped; empty when absent or not a string.
    QString tenant() const;
};

struct AuditOptions
{
    VerdictOptions verdict;
    std::optional<JwkSet> keys; // none: signatures are "not_checked"
    int threads = 0; // 0: every core
    // A batch is a run of whole input lines, judged by one worker: at most this many lines...
    int batchSize = 2048;
    // ...and at most this many bytes (a longer line is one batch of its own). 0: 1 MiB when records
    // are not kept (runBatches), 64 KiB when they are (run): a record holds its token decoded, so a
    // batch of tiny "tokens" must stay small. A few batches are in flight at once: memory stays
    // bounded whatever the input size.
    qsizetype batchBytes = 0;
    // Turns a record into output bytes. Runs on worker threads so that formatting scales with the cores.
    std::function<QByteArray(const AuditRecord &)> render;
    // The same without a QByteArray per token: appends the record's output to its batch's output
    // (AuditBatch::output). Also on worker threads; used instead of `render` when set.
    std::function<void(const AuditRecord &, QByteArray &out)> append;
    // Asked between batches on the thread that calls run(): true stops the audit there, and run()
    // returns the summary of what was judged so far (a window's Cancel). Empty: never cancelled.
    std::function<bool()> cancelled;
};

// What one worker made of one batch of lines, delivered in input order.
struct AuditBatch
{
    qint64 firstLine = 1; // the batch's first line number
    qint64 lines = 0; // lines in the batch
    std::vector<AuditRecord> records; // kept by run() only
    QByteArray output; // every record's AuditOptions::append output, in order
    AuditSummary summary; // of this batch's tokens (lines not counted)
};

// Why a token would be refused by a verifier configured as the service is, if it would be: the
// first of a structure problem, a signature that is not valid (when keys were given), a time outside
// the lifetime, an issuer or audience other than the one expected.
struct AuditProblem
{
    const char *axis = ""; // "structure", "signature", "time", "expectation"
    QString code; // the axis' stable code: structureErrorName, signatureStatusName, timeStatusName, warning code
    QString segment; // structure problems only: segmentName
    QString message; // translated
};
std::optional<AuditProblem> refusalOf(const Verdict &verdict, bool signatureRequired);
// Whether refusalOf() finds a problem, without writing its message.
bool isRefused(const Verdict &verdict, bool signatureRequired);

// Reads a device in large blocks, cuts it into batches of whole lines, extracts, decodes and judges
// the tokens of each batch on a pool of worker threads, and hands the results over in input order
// on the calling thread. Every token of a run is judged at one moment: the clock is read once.
class TokenAuditor
{
public:
    // Per record, in input order (the records of one batch at a time).
    static AuditSummary run(QIODevice &input, const Clock &clock, const AuditOptions &options,
                            const std::function<void(const AuditRecord &)> &sink);

    // Per batch, records not kept: the output is what AuditOptions::append wrote (the CLI); `render`
    // alone would be thrown away with the records.
    static AuditSummary runBatches(QIODevice &input, const Clock &clock, const AuditOptions &options,
                                   const std::function<void(const AuditBatch &)> &sink);

    // The work done for one token, shared with the single-token commands and the benchmark.
    static AuditRecord judgeOne(QByteArrayView token, qint64 line, const Clock &clock, const AuditOptions &options);

    // Whole lines longer than this cannot hold a token the decoder would accept: such a line is one
    // record refused by size ("input_too_large"), and its rest is skipped unread.
    static constexpr qint64 kMaxLineBytes = kMaxTokenInputBytes + 4096;
};

} // namespace vendo::jwt

#pragma once

#include "jwt/AuditSummary.h"
#include "jwt/Claims.h"
#include "jwt/Clock.h"
#include "jwt/JwkSet.h"
#include "jwt/Verdict.h"

#include <QByteArray>

#include <functional>
#include <optional>

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
};

struct AuditOptions
{
    VerdictOptions verdict;
    std::optional<JwkSet> keys; // none: signatures are "not_checked"
    int threads = 0; // 0: every core
    int batchSize = 2048; // tokens in flight at once: memory stays bounded whatever the input size
    // Turns a record into output bytes. Runs on worker threads so that formatting scales with the cores.
    std::function<QByteArray(const AuditRecord &)> render;
    // Asked between batches on the thread that calls run(): true stops the audit there, and run()
    // returns the summary of what was judged so far (a window's Cancel). Empty: never cancelled.
    std::function<bool()> cancelled;
};

// Reads lines from a device, extracts tokens, decodes and judges them on all cores in bounded
// batches, and hands each record to `sink` in input order as soon as its batch is done.
class TokenAuditor
{
public:
    static AuditSummary run(QIODevice &input, const Clock &clock, const AuditOptions &options,
                            const std::function<void(const AuditRecord &)> &sink);

    // The work done for one token, shared with the single-token commands and the benchmark.
    static AuditRecord judgeOne(QByteArrayView token, qint64 line, const Clock &clock, const AuditOptions &options);
};

} // namespace vendo::jwt

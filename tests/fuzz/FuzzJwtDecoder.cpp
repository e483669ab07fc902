// Fuzz target: the tolerant JWT decoder and everything a pasted token flows through on its way to a
// verdict (token extraction from log lines, claims, judge, signature check, JSON report, redaction).
#include "FuzzTarget.h"
#include "jwt/Clock.h"
#include "jwt/JwkSet.h"
#include "jwt/JwtDecoder.h"
#include "jwt/SignatureVerifier.h"
#include "jwt/TokenAuditor.h"
#include "jwt/TokenExtractor.h"
#include "jwt/TokenReport.h"

#include <QJsonDocument>

namespace {

// Keys of every family the verifier branches on, so fuzzed headers reach each verification path.
const vendo::jwt::JwkSet &verificationKeys()
{
    static const vendo::jwt::JwkSet keys = [] {
        using vendo::jwt::Algorithm;
        vendo::jwt::JwkSet set;
        for (const Algorithm alg : { Algorithm::HS256, Algorithm::ES256, Algorithm::RS256, Algorithm::EdDSA }) {
            auto key = vendo::jwt::Key::generate(alg, QStringLiteral("k1"));
            if (key.ok())
                set.add(key.value());
        }
        return set;
    }();
    return keys;
}

// A fixed "now" (2026-01-01), so a crash found at one time reproduces at any other.
class FixedClock final : public vendo::jwt::Clock
{
public:
    QDateTime now() const override { return QDateTime::fromSecsSinceEpoch(1'767'225'600, Qt::UTC); }
};

void judge(QByteArrayView text)
{
    static const FixedClock clock;
    vendo::jwt::AuditOptions options;
    options.keys = verificationKeys();
    const vendo::jwt::AuditRecord record = vendo::jwt::TokenAuditor::judgeOne(text, 1, clock, options);
    const QJsonObject report = vendo::jwt::TokenReport::toJson(record.token, record.claims, record.verdict);
    (void)QJsonDocument(report).toJson(QJsonDocument::Compact);
    (void)record.token.redacted();
    (void)vendo::jwt::SignatureVerifier::verify(record.token, verificationKeys());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text = vendo::fuzz::input(data, size);
    judge(text);
    // What `audit` does with each line of a log.
    qsizetype from = 0;
    for (int lines = 0; from <= text.size() && lines < 64; ++lines) {
        qsizetype end = text.indexOf('\n', from);
        if (end < 0)
            end = text.size();
        const QByteArrayView line(text.constData() + from, end - from);
        for (const QByteArrayView token : vendo::jwt::TokenExtractor::extract(line))
            judge(token);
        from = end + 1;
    }
    return 0;
}

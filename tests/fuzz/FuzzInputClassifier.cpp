// Fuzz target: the one input classifier (client/InputClassifier.h) and its token finder, over any
// paste. Checks what the headers promise: every token found in text is a whitespace-free word with a
// dot, offered at most TokenFinder::kMaxCandidates times and counted beyond, most JWT-like first; the
// preferred candidate exists; "no identity token" means no candidate at all.
#include "FuzzTarget.h"
#include "client/InputClassifier.h"

using vendo::client::IdentityCandidate;
using vendo::client::InputClassification;
using vendo::client::InputClassifier;
using vendo::client::TokenFinder;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const InputClassification c = InputClassifier::classify(vendo::fuzz::input(data, size));
    qsizetype textCandidates = 0;
    int previousScore = 100;
    for (const IdentityCandidate &candidate : c.candidates) {
        VENDO_FUZZ_CHECK(candidate.score >= 0 && candidate.score <= 100);
        if (candidate.origin == IdentityCandidate::Origin::Request) {
            VENDO_FUZZ_CHECK(textCandidates == 0); // requests come first
            VENDO_FUZZ_CHECK(candidate.request >= 0 && candidate.request < c.requests.size());
            continue;
        }
        ++textCandidates;
        VENDO_FUZZ_CHECK(candidate.identity.has_value());
        const QString &token = candidate.identity->jwt;
        VENDO_FUZZ_CHECK(!token.isEmpty() && token.contains(QLatin1Char('.')));
        for (const QChar ch : token)
            VENDO_FUZZ_CHECK(ch.unicode() > 0x20 && ch.unicode() < 0x7f);
        VENDO_FUZZ_CHECK(candidate.score <= previousScore);
        previousScore = candidate.score;
        VENDO_FUZZ_CHECK(candidate.wrappedLines >= 1);
    }
    VENDO_FUZZ_CHECK(textCandidates <= TokenFinder::kMaxCandidates);
    VENDO_FUZZ_CHECK(c.tokensNotOffered >= 0 && c.tokensInText >= textCandidates);
    const qsizetype preferred = c.preferredCandidate();
    VENDO_FUZZ_CHECK(c.candidates.isEmpty() ? preferred == -1 : preferred >= 0 && preferred < c.candidates.size());
    VENDO_FUZZ_CHECK(!c.noIdentityToken() || c.candidates.isEmpty());
    VENDO_FUZZ_CHECK(c.firstRequestWithIdentity < c.requests.size());
    if (c.firstRequestWithIdentity >= 0)
        VENDO_FUZZ_CHECK(c.requestIdentity(c.firstRequestWithIdentity).has_value());
    return 0;
}

#pragma once

#include "FakeNetworkAccessManager.h"
#include "client/ConnectionsJob.h"
#include "client/TokenJob.h"
#include "client/TokensJob.h"
#include "client/VendoClient.h"
#include "client/WhoamiJob.h"

#include <QSignalSpy>

#include <optional>

namespace vendo::test {

// Credentials used only by tests; their presence anywhere in a log/export is a leak.
inline QString canaryApiKey()
{
    return QStringLiteral("vendo_sk_CANARYkey0123456789abcdefghijklmnop");
}

// header.payload.signature with a recognisable signature.
inline QString canaryJwt()
{
    return QStringLiteral("eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9."
                          "eyJzdWIiOiJ1c2VyLTEiLCJlbWFpbCI6ImFAYi5jIn0."
                          "CANARYsignatureXYZ0123456789abcdefghij");
}

inline client::Profile loopbackProfile()
{
    return client::Profile::custom(QStringLiteral("test"), QStringLiteral("Test"),
                                   QUrl(QStringLiteral("http://127.0.0.1:9")),
                                   QUrl(QStringLiteral("http://127.0.0.1:9/credentials")));
}

// Waits for a job's `finished` and returns its first argument (nullopt on timeout).
template<typename Result, typename Job> std::optional<Result> wait(Job *job, int timeoutMs = 10'000)
{
    QSignalSpy spy(job, &Job::finished);
    if (!spy.wait(timeoutMs))
        return std::nullopt;
    return spy.at(0).at(0).template value<Result>();
}

inline std::optional<client::TokenResult> waitToken(client::TokenJob *job, int timeoutMs = 10'000)
{
    return wait<client::TokenResult>(job, timeoutMs);
}

inline std::optional<QList<client::TokenResult>> waitTokens(client::TokensJob *job, int timeoutMs = 10'000)
{
    return wait<QList<client::TokenResult>>(job, timeoutMs);
}

inline std::optional<client::ConnectionsResult> waitConnections(client::ConnectionsJob *job, int timeoutMs = 10'000)
{
    return wait<client::ConnectionsResult>(job, timeoutMs);
}

inline std::optional<client::WhoamiResult> waitWhoami(client::WhoamiJob *job, int timeoutMs = 10'000)
{
    return wait<client::WhoamiResult>(job, timeoutMs);
}

} // namespace vendo::test

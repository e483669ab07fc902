#include "ClientOperation.h"

#include "client/ConnectionsJob.h"
#include "client/TokenJob.h"
#include "client/TokensJob.h"
#include "client/WhoamiJob.h"

#include <QElapsedTimer>
#include <QSignalSpy>

namespace vendo::hostile {

using namespace vendo::client;

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::Token:
        return QStringLiteral("token");
    case Operation::Tokens:
        return QStringLiteral("tokens");
    case Operation::Connections:
        return QStringLiteral("connections");
    case Operation::WhoamiApp:
        return QStringLiteral("whoami_app");
    case Operation::WhoamiUser:
        return QStringLiteral("whoami_user");
    }
    return {};
}

namespace {

template<typename Job, typename Settle>
void await(Job *job, std::chrono::milliseconds wait, OperationOutcome &outcome, Settle settle)
{
    QSignalSpy spy(job, &Job::finished);
    if (spy.wait(int(wait.count()))) {
        outcome.finished = true;
        settle(spy.first().first());
    }
    delete job;
}

void take(OperationOutcome &outcome, const ResponseMeta &meta, bool ok, const VendoError &error)
{
    outcome.attempts += meta.attempts;
    if (!ok && outcome.ok) {
        outcome.ok = false;
        outcome.error = error;
    }
}

} // namespace

OperationOutcome runOperation(const VendoClient &client, Operation operation, const QStringList &slugs,
                              std::chrono::milliseconds wait)
{
    OperationOutcome outcome;
    outcome.ok = true;
    QElapsedTimer clock;
    clock.start();
    switch (operation) {
    case Operation::Token: {
        auto *job = client.token(slugs.value(0));
        job->setAutoDelete(false);
        await(job, wait, outcome, [&](const QVariant &value) {
            const auto result = value.value<TokenResult>();
            take(outcome, result.meta, result.ok(), result.ok() ? VendoError {} : result.value.error());
        });
        break;
    }
    case Operation::Tokens: {
        auto *job = client.tokens(slugs);
        job->setAutoDelete(false);
        await(job, wait, outcome, [&](const QVariant &value) {
            // The bulk request's attempts, then each single request's.
            outcome.attempts += job->bulkMeta().attempts;
            for (const TokenResult &result : value.value<QList<TokenResult>>()) {
                ResponseMeta meta = result.meta;
                if (result.viaBulk)
                    meta.attempts = 0;
                take(outcome, meta, result.ok(), result.ok() ? VendoError {} : result.value.error());
            }
        });
        break;
    }
    case Operation::Connections: {
        auto *job = client.connections();
        job->setAutoDelete(false);
        await(job, wait, outcome, [&](const QVariant &value) {
            const auto result = value.value<ConnectionsResult>();
            take(outcome, result.meta, result.ok(), result.ok() ? VendoError {} : result.value.error());
        });
        break;
    }
    case Operation::WhoamiApp:
    case Operation::WhoamiUser: {
        auto *job = client.whoami(operation == Operation::WhoamiApp ? Identity::As::App : Identity::As::User);
        job->setAutoDelete(false);
        await(job, wait, outcome, [&](const QVariant &value) {
            const auto result = value.value<WhoamiResult>();
            take(outcome, result.meta, result.ok(), result.ok() ? VendoError {} : result.value.error());
        });
        break;
    }
    }
    outcome.elapsedMs = clock.elapsed();
    if (!outcome.finished)
        outcome.ok = false;
    return outcome;
}

} // namespace vendo::hostile

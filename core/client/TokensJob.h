#pragma once

#include "client/Responses.h"
#include "client/VendoJob.h"

#include <QStringList>

namespace vendo::client {

class Exchange;
struct ClientConfig;

// Several provider tokens: one GET {credentials}/_bulk?slugs=..., then a single GET {credentials}/{slug}
// for each slug that came back null (or for all of them when the bulk request itself failed), so that
// every failure carries its exact error.
class TokensJob final : public VendoJob
{
    Q_OBJECT

public:
    TokensJob(std::shared_ptr<const ClientConfig> config, const QStringList &slugs, QObject *parent);

    const QList<TokenResult> &results() const { return m_results; }
    // The bulk request's own outcome (status, attempts, duration).
    const ResponseMeta &bulkMeta() const { return m_bulkMeta; }

signals:
    // One slug settled (in any order).
    void tokenFinished(const vendo::client::TokenResult &result);
    // All slugs settled, in the order they were asked.
    void finished(const QList<vendo::client::TokenResult> &results);

private:
    void abortInFlight() override;
    void onBulkDone();
    void startSingle(int index);
    void settle(int index, TokenResult result);
    void finishIfDone();

    std::shared_ptr<const ClientConfig> m_config;
    QStringList m_slugs;
    QList<TokenResult> m_results;
    QList<bool> m_settled;
    ResponseMeta m_bulkMeta;
    Exchange *m_bulk = nullptr;
    QList<Exchange *> m_singles;
    bool m_done = false;
};

} // namespace vendo::client

#pragma once

#include "client/Responses.h"
#include "client/VendoJob.h"

namespace vendo::client {

class Exchange;
struct ClientConfig;

// GET {credentials}/{slug}.
class TokenJob final : public VendoJob
{
    Q_OBJECT

public:
    TokenJob(std::shared_ptr<const ClientConfig> config, const QString &slug, QObject *parent);

signals:
    void finished(const vendo::client::TokenResult &result);

private:
    void abortInFlight() override;

    QString m_slug;
    Exchange *m_exchange = nullptr;
};

} // namespace vendo::client

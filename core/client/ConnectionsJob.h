#pragma once

#include "client/Responses.h"
#include "client/VendoJob.h"

namespace vendo::client {

class Exchange;
struct ClientConfig;

// GET {api}/api/deployments/me/connections[?sandbox=1].
class ConnectionsJob final : public VendoJob
{
    Q_OBJECT

public:
    ConnectionsJob(std::shared_ptr<const ClientConfig> config, bool sandbox, QObject *parent);

signals:
    void finished(const vendo::client::ConnectionsResult &result);

private:
    void abortInFlight() override;

    Exchange *m_exchange = nullptr;
};

} // namespace vendo::client

#pragma once

#include "client/Responses.h"
#include "client/VendoJob.h"

namespace vendo::client {

class Exchange;
struct ClientConfig;

// GET {api}/api/v1/balance with the API key as bearer (as the app) or the user's JWT as bearer
// (as the user: the server's own verdict on that JWT).
class WhoamiJob final : public VendoJob
{
    Q_OBJECT

public:
    WhoamiJob(std::shared_ptr<const ClientConfig> config, Identity::As as, QObject *parent);

signals:
    void finished(const vendo::client::WhoamiResult &result);

private:
    void abortInFlight() override;

    Identity::As m_as;
    Exchange *m_exchange = nullptr;
};

} // namespace vendo::client

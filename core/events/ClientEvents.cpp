// VendoClient::events(), defined here rather than in core/client: the client names the event stream
// only by a forward declaration, so the dependency stays events -> client (docs/architecture.md).
#include "client/ClientConfig.h"
#include "client/QtNetworkBackend.h"
#include "client/VendoClient.h"
#include "events/EventStream.h"

namespace vendo::client {

events::EventStream *VendoClient::events(const events::EventStreamOptions &options, QObject *parent) const
{
    const auto *backend = dynamic_cast<const QtNetworkBackend *>(m_config->http.get());
    return new events::EventStream(backend ? backend->network() : nullptr, *m_config, options, parent);
}

} // namespace vendo::client

#include "client/ConnectionsJob.h"

#include "client/ClientConfig.h"
#include "client/Exchange.h"
#include "client/ResponseDecoder.h"
#include "client/UrlBuilder.h"

namespace vendo::client {

ConnectionsJob::ConnectionsJob(std::shared_ptr<const ClientConfig> config, bool sandbox, QObject *parent)
    : VendoJob(parent)
{
    m_exchange = Exchange::create(config, UrlBuilder::connections(*config, sandbox), false, this);
    connect(m_exchange, &Exchange::attemptStarted, this, &VendoJob::attemptStarted);
    connect(m_exchange, &Exchange::done, this, [this] {
        const Exchange::Outcome &outcome = m_exchange->outcome();
        ConnectionsResult result;
        result.meta = outcome.meta;
        if (outcome.error)
            result.value = std::unexpected(*outcome.error);
        else
            result.value = ResponseDecoder::connections(outcome.json);
        emit finished(result);
        markFinished();
    });
    if (const auto precondition = UrlBuilder::precondition(*config, false))
        m_exchange->failBeforeStart(*precondition);
    else
        m_exchange->start();
}

void ConnectionsJob::abortInFlight()
{
    m_exchange->abort();
}

} // namespace vendo::client

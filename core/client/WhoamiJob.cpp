#include "client/WhoamiJob.h"

#include "client/ClientConfig.h"
#include "client/Exchange.h"
#include "client/ResponseDecoder.h"
#include "client/UrlBuilder.h"

namespace vendo::client {

WhoamiJob::WhoamiJob(std::shared_ptr<const ClientConfig> config, Identity::As as, QObject *parent)
    : VendoJob(parent)
    , m_as(as)
{
    const bool asUser = as == Identity::As::User;
    m_exchange = Exchange::create(config, UrlBuilder::balance(*config), asUser, this);
    connect(m_exchange, &Exchange::attemptStarted, this, &VendoJob::attemptStarted);
    connect(m_exchange, &Exchange::done, this, [this] {
        const Exchange::Outcome &outcome = m_exchange->outcome();
        WhoamiResult result;
        result.as = m_as;
        result.meta = outcome.meta;
        if (outcome.error)
            result.value = std::unexpected(*outcome.error);
        else
            result.value = ResponseDecoder::identity(m_as, outcome.json);
        emit finished(result);
        markFinished();
    });
    if (const auto precondition = UrlBuilder::precondition(*config, asUser))
        m_exchange->failBeforeStart(*precondition);
    else
        m_exchange->start();
}

void WhoamiJob::abortInFlight()
{
    m_exchange->abort();
}

} // namespace vendo::client

#include "client/TokenJob.h"

#include "client/ClientConfig.h"
#include "client/Exchange.h"
#include "client/ResponseDecoder.h"
#include "client/UrlBuilder.h"

namespace vendo::client {

TokenJob::TokenJob(std::shared_ptr<const ClientConfig> config, const QString &slug, QObject *parent)
    : VendoJob(parent)
    , m_slug(slug)
{
    const auto url = UrlBuilder::token(*config, slug);
    m_exchange = Exchange::create(config, url ? *url : QUrl(), false, this);
    connect(m_exchange, &Exchange::attemptStarted, this, &VendoJob::attemptStarted);
    connect(m_exchange, &Exchange::done, this, [this] {
        const Exchange::Outcome &outcome = m_exchange->outcome();
        TokenResult result;
        result.slug = m_slug;
        result.meta = outcome.meta;
        if (outcome.error) {
            VendoError error = *outcome.error;
            if (error.slug.isEmpty())
                error.slug = m_slug;
            result.value = std::unexpected(error);
        } else {
            result.value = ResponseDecoder::token(m_slug, outcome.json);
        }
        emit finished(result);
        markFinished();
    });
    if (const auto precondition = UrlBuilder::precondition(*config, false))
        m_exchange->failBeforeStart(*precondition);
    else if (!url)
        m_exchange->failBeforeStart(url.error());
    else
        m_exchange->start();
}

void TokenJob::abortInFlight()
{
    m_exchange->abort();
}

} // namespace vendo::client

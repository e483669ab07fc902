#include "client/TokensJob.h"

#include "client/ClientConfig.h"
#include "client/Exchange.h"
#include "client/ResponseDecoder.h"
#include "client/UrlBuilder.h"

namespace vendo::client {

TokensJob::TokensJob(std::shared_ptr<const ClientConfig> config, const QStringList &slugs, QObject *parent)
    : VendoJob(parent)
    , m_config(std::move(config))
{
    for (const QString &slug : slugs) {
        if (!m_slugs.contains(slug.trimmed()))
            m_slugs << slug.trimmed();
    }
    m_results.resize(m_slugs.size());
    m_settled.fill(false, m_slugs.size());
    m_singles.fill(nullptr, m_slugs.size());
    for (qsizetype i = 0; i < m_slugs.size(); ++i)
        m_results[i].slug = m_slugs.at(i);

    const auto url = UrlBuilder::bulk(*m_config, m_slugs);
    m_bulk = Exchange::create(m_config, url ? *url : QUrl(), false, this);
    connect(m_bulk, &Exchange::attemptStarted, this, &VendoJob::attemptStarted);
    connect(m_bulk, &Exchange::done, this, &TokensJob::onBulkDone);
    if (const auto precondition = UrlBuilder::precondition(*m_config, false))
        m_bulk->failBeforeStart(*precondition);
    else if (!url)
        m_bulk->failBeforeStart(url.error());
    else if (m_slugs.isEmpty())
        m_bulk->failBeforeStart(VendoError::make(VendoError::Kind::InvalidInput));
    else
        m_bulk->start();
}

void TokensJob::onBulkDone()
{
    const Exchange::Outcome &outcome = m_bulk->outcome();
    m_bulkMeta = outcome.meta;
    if (m_slugs.isEmpty()) {
        finishIfDone();
        return;
    }
    const auto fail = [this](const VendoError &error) {
        for (int i = 0; i < m_slugs.size(); ++i) {
            TokenResult result = m_results.at(i);
            result.meta = m_bulkMeta;
            VendoError perSlug = error;
            perSlug.slug = m_slugs.at(i);
            result.value = std::unexpected(perSlug);
            settle(i, result);
        }
    };
    if (outcome.error) {
        const VendoError::Category category = outcome.error->category();
        // Local preconditions and cancellation apply to every slug alike; a failed bulk request
        // (service or transport) is retried per slug so each failure carries its exact error.
        if (category == VendoError::Category::Local || !m_config->singlyAfterBulk) {
            fail(*outcome.error);
            return;
        }
        for (int i = 0; i < m_slugs.size(); ++i)
            startSingle(i);
        return;
    }
    const auto tokens = ResponseDecoder::bulkTokens(outcome.json);
    if (!tokens) {
        for (int i = 0; i < m_slugs.size(); ++i)
            startSingle(i);
        return;
    }
    for (int i = 0; i < m_slugs.size(); ++i) {
        const auto found = tokens->value(m_slugs.at(i));
        if (found) {
            TokenResult result;
            result.slug = m_slugs.at(i);
            result.meta = m_bulkMeta;
            result.viaBulk = true;
            result.value = *found;
            settle(i, result);
        } else if (m_config->singlyAfterBulk) {
            startSingle(i);
        } else {
            TokenResult result;
            result.slug = m_slugs.at(i);
            result.meta = m_bulkMeta;
            result.viaBulk = true;
            VendoError error = VendoError::make(VendoError::Kind::Base,
                                                tr("The bulk answer left this slug null, without a reason."));
            error.code = QStringLiteral("null_in_bulk");
            error.slug = result.slug;
            error.httpStatus = m_bulkMeta.httpStatus;
            result.value = std::unexpected(error);
            settle(i, result);
        }
    }
}

void TokensJob::startSingle(int index)
{
    const QString slug = m_slugs.at(index);
    if (isCancelled()) {
        TokenResult result;
        result.slug = slug;
        result.value = std::unexpected(VendoError::make(VendoError::Kind::Cancelled));
        settle(index, result);
        return;
    }
    const auto url = UrlBuilder::token(*m_config, slug);
    auto *exchange = Exchange::create(m_config, url ? *url : QUrl(), false, this);
    m_singles[index] = exchange;
    connect(exchange, &Exchange::attemptStarted, this, &VendoJob::attemptStarted);
    connect(exchange, &Exchange::done, this, [this, index, exchange, slug] {
        const Exchange::Outcome &outcome = exchange->outcome();
        TokenResult result;
        result.slug = slug;
        result.meta = outcome.meta;
        if (outcome.error) {
            VendoError error = *outcome.error;
            if (error.slug.isEmpty())
                error.slug = slug;
            result.value = std::unexpected(error);
        } else {
            result.value = ResponseDecoder::token(slug, outcome.json);
        }
        settle(index, result);
    });
    if (!url)
        exchange->failBeforeStart(url.error());
    else
        exchange->start();
}

void TokensJob::settle(int index, TokenResult result)
{
    if (m_settled.at(index))
        return;
    m_settled[index] = true;
    m_results[index] = std::move(result);
    emit tokenFinished(m_results.at(index));
    finishIfDone();
}

void TokensJob::finishIfDone()
{
    if (m_done || m_settled.contains(false))
        return;
    m_done = true;
    emit finished(m_results);
    markFinished();
}

void TokensJob::abortInFlight()
{
    m_bulk->abort();
    for (Exchange *single : std::as_const(m_singles)) {
        if (single)
            single->abort();
    }
}

} // namespace vendo::client

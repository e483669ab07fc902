#include "client/LiveSecrets.h"

#include "client/VendoClient.h"

#include <algorithm>

namespace vendo::client {

void LiveSecrets::insert(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (!trimmed.isEmpty() && !m_values.contains(trimmed))
        m_values.append(trimmed);
}

void LiveSecrets::addApiKey(const QString &key)
{
    insert(key);
}

void LiveSecrets::addJwt(const QString &jwt)
{
    const QString trimmed = jwt.trimmed();
    insert(trimmed);
    if (trimmed.count(QLatin1Char('.')) == 2)
        insert(trimmed.section(QLatin1Char('.'), 2));
}

void LiveSecrets::addToken(const QString &accessToken)
{
    insert(accessToken);
}

void LiveSecrets::addUrl(const QString &url)
{
    insert(url);
}

void LiveSecrets::add(const VendoClient &client)
{
    for (const QString &secret : client.secrets()) {
        if (secret.startsWith(QLatin1String("vendo_sk_")))
            addApiKey(secret);
        else
            addJwt(secret);
    }
}

void LiveSecrets::add(const VendoError &error)
{
    addUrl(error.connectUrl);
}

void LiveSecrets::add(const Connection &connection)
{
    for (const QString &value : connection.secretValues)
        insert(value);
}

void LiveSecrets::add(const ConnectionsResult &result)
{
    if (!result.ok()) {
        add(result.value.error());
        return;
    }
    for (const Connection &connection : result.value.value())
        add(connection);
}

void LiveSecrets::add(const TokenResult &result)
{
    if (result.ok())
        addToken(result.value->accessToken);
    else
        add(result.value.error());
}

void LiveSecrets::add(const WhoamiResult &result)
{
    if (!result.ok())
        add(result.value.error());
}

QStringList LiveSecrets::values() const
{
    QStringList sorted = m_values;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return sorted;
}

} // namespace vendo::client

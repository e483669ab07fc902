#pragma once

#include "client/Responses.h"
#include "client/VendoError.h"

#include <QStringList>

namespace vendo::client {

class VendoClient;

// The one list of every secret a session holds or has seen (docs/architecture.md, "Where secrets live"):
// the API key, the identity token and its signature, every provider access token and connection
// credential, and every URL that carries a key. Each exporter (report, log, CLI) hands it to
// Redaction::scrub as its last line of defence, so one that misses a field still leaks nothing.
class LiveSecrets
{
public:
    void addApiKey(const QString &key);
    // The token and, for a JWT, its signature alone (the part that makes it a credential).
    void addJwt(const QString &jwt);
    void addToken(const QString &accessToken);
    void addUrl(const QString &url); // a connect / set-up link: it embeds the app key
    void add(const VendoClient &client); // its API key and the identity it is scoped to
    void add(const VendoError &error); // its connect URL
    void add(const Connection &connection); // api_key, metadata.credential.*, setup_url
    void add(const ConnectionsResult &result);
    void add(const TokenResult &result); // the access token, or the error's connect URL
    void add(const WhoamiResult &result);

    // Longest first, so that a secret containing another is replaced whole.
    QStringList values() const;

private:
    void insert(const QString &value);

    QStringList m_values;
};

} // namespace vendo::client

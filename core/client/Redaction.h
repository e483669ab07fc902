#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace vendo::client {

// The one place that decides what a secret looks like once shown (docs/service-contract.md, docs/architecture.md).
namespace Redaction {

// API key → its 12-character prefix and an ellipsis.
QString apiKey(const QString &key);
// JWT → header.payload.<signature redacted>; anything not shaped like a JWT → masked like a token.
QString jwt(const QString &token);
// The same with `marker` in place of the signature: a window shows its translation of "<signature redacted>"
// (reports, logs and the CLI keep the English marker, which scripts and the scrub know).
QString jwt(const QString &token, const QString &marker);
// Provider token → first 4 characters, an ellipsis and the length.
QString token(const QString &value);
// Any bearer/secret value: picks the right form from its shape (a URL → url()).
QString secret(const QString &value);
// A connect / set-up URL, which carries the app key itself (docs/service-contract.md, "Connect /
// re-authorisation URLs"): every API key in it → its 12-character prefix, and the value of a query
// item that names a credential (app_key, api_key, key, token, access_token, client_secret) masked.
// The rest of the link stays readable. Only --reveal and the GUI's confirmed "open" show the full URL.
QString url(const QString &value);
// Free text from the server or a URL-bearing message: every API key (vendo_sk_...) inside it → its
// 12-character prefix, every credential query item masked as in url().
QString text(const QString &value);
// A request/response header value; Authorization and X-Vendo-User-JWT are redacted, others kept.
QString headerValue(const QString &name, const QString &value);
// A JSON body: access_token/refresh_token/api_key/client_secret values masked, every value below
// metadata.credential masked, setup_url/connect_url as url(), API keys inside any other string
// masked as in text(); the rest kept.
QJsonValue json(const QJsonValue &value);
// Last line of defence for free text: every occurrence of a known secret replaced by its redaction.
QString scrub(QString text, const QStringList &secrets);

} // namespace Redaction

} // namespace vendo::client

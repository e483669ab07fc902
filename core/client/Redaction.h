#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace vendo::client {

// The one place that decides what a secret looks like once shown (SERVICE.md, DESIGN.md).
namespace Redaction {

// API key → its 12-character prefix and an ellipsis.
QString apiKey(const QString &key);
// JWT → header.payload.<signature redacted>; anything not shaped like a JWT → masked like a token.
QString jwt(const QString &token);
// Provider token → first 4 characters, an ellipsis and the length.
QString token(const QString &value);
// Any bearer/secret value: picks the right form from its shape.
QString secret(const QString &value);
// A request/response header value; Authorization and X-Vendo-User-JWT are redacted, others kept.
QString headerValue(const QString &name, const QString &value);
// A JSON body: access_token/refresh_token/api_key/setup_url/client_secret values masked and every
// value below metadata.credential; the rest kept.
QJsonValue json(const QJsonValue &value);
// Last line of defence for free text: every occurrence of a known secret replaced by its redaction.
QString scrub(QString text, const QStringList &secrets);

} // namespace Redaction

} // namespace vendo::client

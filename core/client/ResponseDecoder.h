#pragma once

#include "client/Responses.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>

namespace vendo::client::ResponseDecoder {

// docs/service-contract.md "Errors": the code comes from the Vendo-Error-Code header, else the body's error.code
// (when error is an object); an unknown or missing code gives the base class (code internal_error when
// missing). Understands every body shape listed there and any non-JSON body, of which only the length
// and `contentType` are kept. API keys and credential query items in the server's texts are masked.
VendoError errorFromResponse(int httpStatus, const QByteArray &codeHeader, const QByteArray &retryAfterHeader,
                             const QByteArray &body, const QDateTime &now, const QByteArray &contentType = {});

// Retry-After as delta-seconds or an HTTP-date (IMF-fixdate, RFC 850, asctime); seconds from `now`,
// never negative; nullopt when absent or unreadable.
std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// Success bodies. A body that does not match the contract gives MalformedBody naming the field.
Result<ProviderToken> token(const QString &slug, const QJsonDocument &json);
// {"tokens": {slug: {...} | null}}: nullopt for a null (or absent) slug.
Result<QMap<QString, std::optional<ProviderToken>>> bulkTokens(const QJsonDocument &json);
Result<QList<Connection>> connections(const QJsonDocument &json);
Result<Identity> identity(Identity::As as, const QJsonDocument &json);

} // namespace vendo::client::ResponseDecoder

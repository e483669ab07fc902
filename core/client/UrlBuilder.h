#pragma once

#include "client/Result.h"

#include <QStringList>
#include <QUrl>

namespace vendo::client {

struct ClientConfig;

// Where each endpoint lives (docs/service-contract.md "Endpoints"), and what must hold before a request is sent.
namespace UrlBuilder {

inline constexpr qsizetype kMaxSlugLength = 200;

Result<QUrl> token(const ClientConfig &config, const QString &slug);
Result<QUrl> bulk(const ClientConfig &config, const QStringList &slugs);
QUrl connections(const ClientConfig &config, bool sandbox);
QUrl balance(const ClientConfig &config);

// VendoOnlyFeature without an API key (unless the request authenticates as the user), else nullopt.
std::optional<VendoError> precondition(const ClientConfig &config, bool asUser);

} // namespace UrlBuilder

} // namespace vendo::client

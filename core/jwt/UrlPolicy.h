#pragma once

#include <QString>
#include <QUrl>

namespace vendo::jwt {

// The project's one rule for where secrets and keys may be fetched from: https anywhere, plain http
// only on loopback. Shared by the JWKS fetcher and the Vendo client.
bool isLoopbackHost(const QString &host);

// Empty when `url` is absolute and either https or http on a loopback host; otherwise a specific,
// translated reason that names `what` ("API base", "JWKS", ...).
QString insecureUrlProblem(const QUrl &url, const QString &what);

} // namespace vendo::jwt

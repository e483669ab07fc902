#pragma once

#include <QString>
#include <QUrl>

namespace vendo::client {

struct Profile;

// Whether a link the service hands out (a connection's set-up or re-authorisation URL, which embeds
// the app's API key: docs/service-contract.md, "Connections") may be opened in a browser: only on
// the profile's own service domain, over https (or plain http on loopback, for the sandbox). A policy,
// so the GUI, and anything else that would open such a link, ask it here instead of deciding.
namespace ServiceLink {

// Empty when `link` may be opened for `profile`; otherwise a specific, translated reason.
// Refused: no host, any user info (https://vendo.run@evil.example), any scheme but https (http only
// on loopback), a host other than the API base's host or one of its subdomains, and on loopback a
// port other than the API base's.
QString openProblem(const QUrl &link, const Profile &profile);

// What a person should see of where a link goes: "scheme://host[:port]" in ASCII (punycode), without
// user info, path or query (those may carry the key); "scheme:" for a link without a host.
QString origin(const QUrl &link);

} // namespace ServiceLink

} // namespace vendo::client

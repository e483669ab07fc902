#pragma once

// What the token and audit benches share: the claims of their generated tokens, and the jose baseline.

#include <QJsonObject>
#include <QRandomGenerator>

namespace vendo::bench {

// What a Vendo (Supabase auth) access token carries, for token number `i` of a bench's set: varied users,
// tenants (977 of them) and issue times in the two hours before `now`, each valid for an hour, so that
// about half are expired at `now`.
QJsonObject vendoAccessTokenClaims(int i, qint64 now, QRandomGenerator &random);

// Installs the npm package jose into `joseDir` (node_modules there) unless it is already; empty on
// success, else why the jose baseline is skipped (no npm or node, or the install failed). Needs the
// npm registry once.
QString ensureJose(const QString &joseDir);

} // namespace vendo::bench

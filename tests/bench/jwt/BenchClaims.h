#pragma once

#include <QJsonObject>
#include <QRandomGenerator>

namespace vendo::bench {

// What a Vendo (Supabase auth) access token carries, for token number `i` of a bench's set: varied users,
// tenants (977 of them) and issue times in the two hours before `now`, each valid for an hour, so that
// about half are expired at `now`.
QJsonObject vendoAccessTokenClaims(int i, qint64 now, QRandomGenerator &random);

} // namespace vendo::bench

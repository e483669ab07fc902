#pragma once

#include "jwt/Key.h"

#include <QList>
#include <QStringList>

namespace vendo::jwt {

// A JSON Web Key Set (RFC 7517 section 5), or any single key loaded the same way.
class JwkSet
{
public:
    JwkSet() = default;
    explicit JwkSet(QList<Key> keys)
        : m_keys(std::move(keys))
    { }

    // {"keys": [...]}. Keys that cannot be used (unknown kty, bad members) are skipped and named in
    // skipped(); a set with no usable key at all, or that is not a set, is an error.
    static Result<JwkSet> fromJson(QByteArrayView json);
    // Whatever a file holds: a JWK Set, a single JWK, or a PEM key/certificate.
    static Result<JwkSet> fromAnyKeyData(QByteArrayView data);

    const QList<Key> &keys() const { return m_keys; }
    const QStringList &skipped() const { return m_skipped; } // translated reasons, one per skipped key
    bool isEmpty() const { return m_keys.isEmpty(); }
    bool containsKid(const QString &kid) const;
    void add(const Key &key) { m_keys.append(key); }

    // {"keys": [public JWKs]}: what a JWKS endpoint serves.
    QJsonObject toPublicJson() const;

    // Secret material in a set as written (fromJson), usable keys or not: a published JWKS holds
    // public members only, and anything listed here lets whoever reads it sign tokens.
    struct Exposure
    {
        QString kid;
        QStringList privateMembers; // of "d", "p", "q", "dp", "dq", "qi", "k"
        bool symmetric = false; // kty "oct": the key is a shared secret
    };
    const QList<Exposure> &exposures() const { return m_exposures; }
    // Translated warnings that go with these keys into every signature check (JwksFetcher sets them
    // for a set fetched from a URL that exposes secrets).
    const QStringList &warnings() const { return m_warnings; }
    void setWarnings(QStringList warnings) { m_warnings = std::move(warnings); }

private:
    QList<Key> m_keys;
    QStringList m_skipped;
    QList<Exposure> m_exposures;
    QStringList m_warnings;
};

} // namespace vendo::jwt

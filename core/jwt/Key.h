#pragma once

#include "jwt/Algorithm.h"
#include "jwt/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

// OpenSSL's EVP_PKEY, forward-declared so that users of this header need no OpenSSL headers.
struct evp_pkey_st;

namespace vendo::jwt {

// One signing or verification key: an asymmetric key held as an OpenSSL EVP_PKEY (EC P-256/384/521,
// RSA, Ed25519), or an HMAC secret ("oct"), plus the JWK metadata used to pick it from a set.
// A cheap-to-copy value: the EVP_PKEY is shared and never modified after construction.
class Key
{
public:
    enum class SecretEncoding { Text, Base64 };

    Key() = default;

    // A fresh key suitable for `alg`: P-256/384/521 for ES*, RSA-2048 for RS*/PS*, Ed25519 for EdDSA,
    // 32/48/64 random bytes for HS*. The key's alg is set to `alg`, its use to "sig".
    static Result<Key> generate(Algorithm alg, const QString &kid = {});
    // One JWK (RFC 7517): public or private EC, RSA, OKP (Ed25519) or oct.
    static Result<Key> fromJwk(const QJsonObject &jwk);
    static Result<Key> fromJwkJson(QByteArrayView json);
    // A PEM public key ("PUBLIC KEY", "RSA PUBLIC KEY"), private key or certificate.
    static Result<Key> fromPem(QByteArrayView pem);
    // An HMAC secret. Base64 accepts standard and url alphabets, with or without padding.
    static Result<Key> fromSecret(QByteArrayView secret, SecretEncoding encoding = SecretEncoding::Text,
                                  const QString &kid = {});

    bool isNull() const { return m_type == KeyType::Unknown; }
    KeyType type() const { return m_type; }
    QString curve() const { return m_curve; } // "P-256", "P-384", "P-521", "Ed25519"; empty otherwise
    int bits() const;
    bool hasPrivate() const { return m_hasPrivate; }

    QString kid() const { return m_kid; }
    Algorithm alg() const { return m_alg; } // Unknown when the JWK gave none
    QString algName() const { return m_algName; } // as written in the JWK (may be unsupported)
    QString use() const { return m_use; }
    QStringList keyOps() const { return m_keyOps; }
    void setKid(const QString &kid) { m_kid = kid; }
    void setAlg(Algorithm alg);
    void setUse(const QString &use) { m_use = use; }

    // The public JWK with kty, crv/x/y | n/e | x, and kid, alg, use when set. For an oct key the
    // secret itself ("k") is only included when `includeSecret` (it is all there is).
    QJsonObject toPublicJwk() const;
    QJsonObject toPrivateJwk() const; // adds d (and RSA CRT values) or k; empty if no private part
    QByteArray publicKeyPem() const;
    QByteArray privateKeyPem() const; // PKCS#8; empty if no private part

    // RFC 7638 JWK thumbprint (SHA-256, base64url): a stable kid for a key that has none.
    QString thumbprint() const;

    evp_pkey_st *evp() const { return m_pkey.get(); } // nullptr for oct keys
    const QByteArray &secret() const { return m_secret; } // empty for asymmetric keys

    // Whether this key may verify `alg` at all: kty and curve fit, the JWK's own alg (if any)
    // equals it, and use/key_ops allow verification. Prevents algorithm confusion.
    bool canVerify(Algorithm alg) const;

private:
    static Result<Key> fromEvp(std::shared_ptr<evp_pkey_st> pkey, bool hasPrivate);
    void readMetadata(const QJsonObject &jwk);

    std::shared_ptr<evp_pkey_st> m_pkey;
    QByteArray m_secret;
    KeyType m_type = KeyType::Unknown;
    QString m_curve;
    bool m_hasPrivate = false;
    QString m_kid;
    Algorithm m_alg = Algorithm::Unknown;
    QString m_algName;
    QString m_use;
    QStringList m_keyOps;
};

} // namespace vendo::jwt

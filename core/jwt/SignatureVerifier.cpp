#include "jwt/SignatureVerifier.h"

#include "jwt/EcdsaDer.h"
#include "jwt/OpenSslHandles.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/hmac.h>

namespace vendo::jwt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::jwt::SignatureVerifier)
};

bool isPss(Algorithm alg)
{
    return alg == Algorithm::PS256 || alg == Algorithm::PS384 || alg == Algorithm::PS512;
}

// The classic confusion attack feeds a public key's PEM or JWK text to HMAC as the "secret".
bool looksLikePublicKey(const QByteArray &secret)
{
    return secret.contains("-----BEGIN") || (secret.trimmed().startsWith('{') && secret.contains("\"kty\""));
}

SignatureCheck result(SignatureStatus status, const QString &kid, const QString &keyKid, const QString &detail)
{
    return SignatureCheck { status, kid, keyKid, detail, {} };
}

} // namespace

bool SignatureVerifier::verifyRaw(Algorithm alg, const Key &key, QByteArrayView signingInput, QByteArrayView signature)
{
    const ossl::ErrorQueueScope errors;
    if (keyTypeFor(alg) == KeyType::Unknown || key.type() != keyTypeFor(alg))
        return false;
    if ((key.type() == KeyType::EC || key.type() == KeyType::OKP) && key.curve() != curveFor(alg))
        return false;
    const auto *data = reinterpret_cast<const unsigned char *>(signingInput.data());
    const size_t size = size_t(signingInput.size());

    if (isHmac(alg)) {
        if (looksLikePublicKey(key.secret()))
            return false;
        unsigned char mac[EVP_MAX_MD_SIZE];
        unsigned int macLength = 0;
        if (!HMAC(ossl::digestForBits(hashBits(alg)), key.secret().constData(), int(key.secret().size()), data, size,
                  mac, &macLength))
            return false;
        return qsizetype(macLength) == signature.size() && CRYPTO_memcmp(mac, signature.data(), macLength) == 0;
    }

    EcdsaDer der;
    QByteArrayView toVerify = signature;
    if (key.type() == KeyType::EC) {
        if (!joseToDer(alg, signature, der))
            return false;
        toVerify = der.view();
    } else if (alg == Algorithm::EdDSA && signature.size() != 64) {
        return false;
    }

    const ossl::MdCtx ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    const EVP_MD *md = alg == Algorithm::EdDSA ? nullptr : ossl::digestForBits(hashBits(alg));
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), &pctx, md, nullptr, key.evp()) != 1)
        return false;
    if (isPss(alg)
        && (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1
            || EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, md) != 1))
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(toVerify.data()),
                            size_t(toVerify.size()), data, size)
        == 1;
}

SignatureCheck SignatureVerifier::verify(const DecodedJwt &token, const Key &key)
{
    return verify(token, JwkSet({ key }));
}

SignatureCheck SignatureVerifier::verify(const DecodedJwt &token, const JwkSet &keys)
{
    SignatureCheck check = checkAgainst(token, keys);
    check.keySetWarnings = keys.warnings();
    return check;
}

SignatureCheck SignatureVerifier::checkAgainst(const DecodedJwt &token, const JwkSet &keys)
{
    const QString kid = token.kid();
    const QString algName = token.alg();
    if (token.isJwe)
        return result(SignatureStatus::UnsupportedAlg, kid, {},
                      Tr::tr("The token is an encrypted JWE; only signed tokens (JWS) can be verified."));
    if (!token.headerIsObject || token.segments.size() != 3)
        return result(
            SignatureStatus::Invalid, kid, {},
            Tr::tr("The token is too malformed to check a signature (no readable header or not three segments)."));
    const Algorithm alg = algorithmFromName(algName.toUtf8());
    if (alg == Algorithm::None)
        return result(SignatureStatus::Unsigned, kid, {},
                      Tr::tr("The token declares \"alg\": \"none\": it carries no signature and proves nothing."));
    if (alg == Algorithm::Unknown)
        return result(SignatureStatus::UnsupportedAlg, kid, {},
                      algName.isEmpty() ? Tr::tr("The header has no \"alg\".")
                                        : Tr::tr("The algorithm \"%1\" is not supported.").arg(algName));
    if (!token.signatureDecoded || token.signature.isEmpty())
        return result(SignatureStatus::Invalid, kid, {},
                      Tr::tr("The signature segment is missing or not valid base64url."));

    // Keys named by the token's kid first; without a kid, every key may be the one.
    QList<const Key *> named;
    for (const Key &key : keys.keys()) {
        if (kid.isEmpty() || key.kid() == kid || (key.kid().isEmpty() && keys.keys().size() == 1))
            named.append(&key);
    }
    if (named.isEmpty())
        return result(
            SignatureStatus::KeyNotFound, kid, {},
            Tr::tr("No key has the token's kid \"%1\" (keys available: %2).").arg(kid).arg(keys.keys().size()));

    const Key *lastTried = nullptr;
    const Key *refused = nullptr;
    const Key *weak = nullptr;
    const QByteArray signingInput = token.signingInput();
    for (const Key *key : named) {
        if (!key->canVerify(alg)) {
            refused = key;
            continue;
        }
        if (key->type() == KeyType::RSA && key->bits() < kMinRsaBits) {
            weak = key;
            continue;
        }
        lastTried = key;
        if (verifyRaw(alg, *key, signingInput, token.signature))
            return result(SignatureStatus::Valid, kid, key->kid(),
                          key->kid().isEmpty()
                              ? Tr::tr("The %1 signature is valid.").arg(algName)
                              : Tr::tr("The %1 signature is valid for key \"%2\".").arg(algName, key->kid()));
    }
    if (lastTried) {
        if (isHmac(alg) && looksLikePublicKey(lastTried->secret()))
            return result(SignatureStatus::Invalid, kid, lastTried->kid(),
                          Tr::tr("The HMAC secret is a public key's text: refusing the algorithm-confusion attack."));
        return result(
            SignatureStatus::Invalid, kid, lastTried->kid(),
            Tr::tr("The %1 signature does not match the key \"%2\": the token was altered or signed by another "
                   "key.")
                .arg(algName, lastTried->kid()));
    }
    if (weak) {
        const QString bits = QString::number(weak->bits());
        const QString minimum = QString::number(kMinRsaBits);
        return result(SignatureStatus::Invalid, kid, weak->kid(),
                      weak->kid().isEmpty()
                          ? Tr::tr("The RSA key has %1 bits: keys under %2 bits can be factored, so a signature they "
                                   "verify proves nothing. Refused.")
                                .arg(bits, minimum)
                          : Tr::tr("The RSA key \"%1\" has %2 bits: keys under %3 bits can be factored, so a "
                                   "signature they verify proves nothing. Refused.")
                                .arg(weak->kid(), bits, minimum));
    }
    if (kid.isEmpty() && !refused)
        return result(SignatureStatus::KeyNotFound, kid, {}, Tr::tr("No key fits the algorithm %1.").arg(algName));
    const QString keyDescription = keyTypeName(refused->type())
        + (refused->curve().isEmpty() ? QString() : QLatin1Char(' ') + refused->curve())
        + (refused->algName().isEmpty() ? QString() : QStringLiteral(", alg %1").arg(refused->algName()))
        + (refused->use().isEmpty() ? QString() : QStringLiteral(", use %1").arg(refused->use()));
    return result(SignatureStatus::Invalid, kid, refused->kid(),
                  Tr::tr("The token says %1 but the key \"%2\" is %3: such a key is never used for that algorithm "
                         "(algorithm confusion).")
                      .arg(algName, refused->kid(), keyDescription));
}

} // namespace vendo::jwt

#include "jwt/JwsSigner.h"

#include "jwt/Base64Url.h"
#include "jwt/OpenSslHandles.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <openssl/hmac.h>

namespace vendo::jwt {

namespace ossl {

const EVP_MD *digestForBits(int bits)
{
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
    static EVP_MD *const sha384 = EVP_MD_fetch(nullptr, "SHA2-384", nullptr);
    static EVP_MD *const sha512 = EVP_MD_fetch(nullptr, "SHA2-512", nullptr);
    switch (bits) {
    case 256:
        return sha256;
    case 384:
        return sha384;
    case 512:
        return sha512;
    default:
        return nullptr;
    }
}

} // namespace ossl

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::jwt::JwsSigner)
};

bool isPss(Algorithm alg)
{
    return alg == Algorithm::PS256 || alg == Algorithm::PS384 || alg == Algorithm::PS512;
}

} // namespace

Result<QByteArray> JwsSigner::signRaw(Algorithm alg, const Key &key, QByteArrayView signingInput)
{
    const ossl::ErrorQueueScope errors;
    if (keyTypeFor(alg) == KeyType::Unknown)
        return std::unexpected(
            Problem { Problem::Kind::NotUsable, Tr::tr("The algorithm \"%1\" cannot sign.").arg(algorithmName(alg)) });
    if (key.type() != keyTypeFor(alg)
        || ((key.type() == KeyType::EC || key.type() == KeyType::OKP) && key.curve() != curveFor(alg)))
        return std::unexpected(
            Problem { Problem::Kind::NotUsable,
                      Tr::tr("A %1 key cannot sign %2.")
                          .arg(keyTypeName(key.type()) + QLatin1Char(' ') + key.curve(), algorithmName(alg)) });
    if (!key.hasPrivate())
        return std::unexpected(
            Problem { Problem::Kind::NotUsable, Tr::tr("Signing needs a private key; this one is public only.") });
    const auto *data = reinterpret_cast<const unsigned char *>(signingInput.data());
    const size_t size = size_t(signingInput.size());

    if (isHmac(alg)) {
        unsigned char mac[EVP_MAX_MD_SIZE];
        unsigned int macLength = 0;
        if (!HMAC(ossl::digestForBits(hashBits(alg)), key.secret().constData(), int(key.secret().size()), data, size,
                  mac, &macLength))
            return std::unexpected(
                Problem { Problem::Kind::CryptoFailure, Tr::tr("OpenSSL failed to compute the HMAC.") });
        return QByteArray(reinterpret_cast<const char *>(mac), qsizetype(macLength));
    }

    const ossl::MdCtx ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    const EVP_MD *md = alg == Algorithm::EdDSA ? nullptr : ossl::digestForBits(hashBits(alg));
    if (!ctx || EVP_DigestSignInit(ctx.get(), &pctx, md, nullptr, key.evp()) != 1)
        return std::unexpected(Problem { Problem::Kind::CryptoFailure, Tr::tr("OpenSSL could not start signing.") });
    if (isPss(alg)
        && (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1
            || EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, md) != 1))
        return std::unexpected(Problem { Problem::Kind::CryptoFailure, Tr::tr("OpenSSL could not set up RSA-PSS.") });
    size_t length = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &length, data, size) != 1)
        return std::unexpected(
            Problem { Problem::Kind::CryptoFailure, Tr::tr("OpenSSL could not size the signature.") });
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, data, size) != 1)
        return std::unexpected(Problem { Problem::Kind::CryptoFailure, Tr::tr("OpenSSL failed to sign.") });
    signature.resize(qsizetype(length));

    if (key.type() == KeyType::EC) {
        // EVP produces DER; JOSE wants r and s as fixed-width big-endian integers side by side.
        const auto *der = reinterpret_cast<const unsigned char *>(signature.constData());
        const ossl::EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &der, long(signature.size())));
        if (!sig)
            return std::unexpected(
                Problem { Problem::Kind::CryptoFailure, Tr::tr("OpenSSL produced an unreadable ECDSA signature.") });
        const BIGNUM *r = nullptr;
        const BIGNUM *s = nullptr;
        ECDSA_SIG_get0(sig.get(), &r, &s);
        const int width = ecCoordinateBytes(alg);
        return QByteArray(ossl::bnBytes(r, width) + ossl::bnBytes(s, width));
    }
    return signature;
}

Result<QByteArray> JwsSigner::sign(const Key &key, QByteArrayView headerJson, QByteArrayView payloadJson)
{
    const QJsonDocument header = QJsonDocument::fromJson(headerJson.toByteArray());
    if (!header.isObject())
        return std::unexpected(Problem { Problem::Kind::InvalidKey, Tr::tr("The JWS header is not a JSON object.") });
    const QString algName = header.object().value(QLatin1String("alg")).toString();
    const Algorithm alg = algorithmFromName(algName.toLatin1());
    const QByteArray signingInput = base64UrlEncode(headerJson) + '.' + base64UrlEncode(payloadJson);
    if (alg == Algorithm::None)
        return QByteArray(signingInput + '.');
    if (alg == Algorithm::Unknown)
        return std::unexpected(Problem { Problem::Kind::UnsupportedKey,
                                         Tr::tr("The header's algorithm \"%1\" is not supported.").arg(algName) });
    const auto signature = signRaw(alg, key, signingInput);
    if (!signature)
        return std::unexpected(signature.error());
    return QByteArray(signingInput + '.' + base64UrlEncode(signature.value()));
}

Result<QByteArray> JwsSigner::sign(Algorithm alg, const Key &key, const QJsonObject &payload,
                                   const QJsonObject &extraHeader)
{
    QJsonObject header { { QLatin1String("alg"), algorithmName(alg) },
                         { QLatin1String("typ"), QStringLiteral("JWT") } };
    if (!key.kid().isEmpty())
        header.insert(QLatin1String("kid"), key.kid());
    for (auto it = extraHeader.begin(); it != extraHeader.end(); ++it)
        header.insert(it.key(), it.value());
    return sign(key, QJsonDocument(header).toJson(QJsonDocument::Compact),
                QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

} // namespace vendo::jwt

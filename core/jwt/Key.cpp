#include "jwt/Key.h"

#include "jwt/Base64Url.h"
#include "jwt/OpenSslHandles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

namespace vendo::jwt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::jwt::Key)
};

struct Curve
{
    const char *jose;
    const char *openssl;
    int coordinateBytes;
};

constexpr std::array kCurves = {
    Curve { "P-256", "prime256v1", 32 },
    Curve { "P-384", "secp384r1", 48 },
    Curve { "P-521", "secp521r1", 66 },
};

const Curve *curveByJose(const QString &name)
{
    for (const Curve &curve : kCurves) {
        if (name == QLatin1String(curve.jose))
            return &curve;
    }
    return nullptr;
}

const Curve *curveByOpenSsl(QByteArrayView name)
{
    for (const Curve &curve : kCurves) {
        if (name == curve.openssl)
            return &curve;
    }
    if (name == "P-256")
        return &kCurves[0];
    if (name == "P-384")
        return &kCurves[1];
    if (name == "P-521")
        return &kCurves[2];
    return nullptr;
}

// A JWK member that must be base64url; nullopt with `error` set when it is missing or malformed.
std::optional<QByteArray> member(const QJsonObject &jwk, const char *name, QString *error, bool required = true)
{
    const QJsonValue value = jwk.value(QLatin1String(name));
    if (value.isUndefined()) {
        if (required)
            *error = Tr::tr("The JWK has no \"%1\" member.").arg(QLatin1String(name));
        return std::nullopt;
    }
    if (!value.isString()) {
        *error = Tr::tr("The JWK member \"%1\" is not a string.").arg(QLatin1String(name));
        return std::nullopt;
    }
    auto decoded = base64UrlDecode(value.toString().toLatin1());
    if (!decoded || decoded->isEmpty()) {
        *error = Tr::tr("The JWK member \"%1\" is not valid unpadded base64url.").arg(QLatin1String(name));
        return std::nullopt;
    }
    return decoded;
}

// Whether big-endian integer bytes are zero (all zero bytes).
bool isZero(const QByteArray &bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char byte) { return byte == 0; });
}

QByteArray bnParam(EVP_PKEY *pkey, const char *name, int width = 0)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &raw) != 1)
        return {};
    const ossl::Bn bn(raw);
    return ossl::bnBytes(bn.get(), width);
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(base64UrlEncode(bytes));
}

ossl::PKey fromParams(const char *type, OSSL_PARAM_BLD *builder, bool hasPrivate)
{
    const ossl::Params params(OSSL_PARAM_BLD_to_param(builder));
    const ossl::PKeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1)
        return {};
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &raw, hasPrivate ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return {};
    return ossl::PKey(raw);
}

bool pushBn(OSSL_PARAM_BLD *builder, const char *name, const QByteArray &bytes, std::vector<ossl::Bn> &keep)
{
    keep.push_back(ossl::bnFrom(bytes));
    return keep.back() && OSSL_PARAM_BLD_push_BN(builder, name, keep.back().get()) == 1;
}

} // namespace

Result<Key> Key::fromEvp(std::shared_ptr<evp_pkey_st> pkey, bool hasPrivate)
{
    const ossl::ErrorQueueScope errors;
    Key key;
    EVP_PKEY *raw = pkey.get();
    if (EVP_PKEY_is_a(raw, "EC")) {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(raw, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) != 1)
            return std::unexpected(Problem { Problem::Kind::InvalidKey, Tr::tr("The EC key has no named curve.") });
        const Curve *curve = curveByOpenSsl(QByteArrayView(group, qsizetype(length)));
        if (!curve)
            return std::unexpected(Problem { Problem::Kind::UnsupportedKey,
                                             Tr::tr("The EC curve %1 is not one JOSE uses (P-256, P-384, P-521).")
                                                 .arg(QString::fromLatin1(group)) });
        key.m_type = KeyType::EC;
        key.m_curve = QString::fromLatin1(curve->jose);
    } else if (EVP_PKEY_is_a(raw, "RSA")) {
        key.m_type = KeyType::RSA;
    } else if (EVP_PKEY_is_a(raw, "ED25519")) {
        key.m_type = KeyType::OKP;
        key.m_curve = QStringLiteral("Ed25519");
    } else {
        return std::unexpected(Problem { Problem::Kind::UnsupportedKey,
                                         Tr::tr("The key type %1 is not supported (EC, RSA and Ed25519 are).")
                                             .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(raw))) });
    }
    key.m_pkey = std::move(pkey);
    key.m_hasPrivate = hasPrivate;
    return key;
}

Result<Key> Key::generate(Algorithm alg, const QString &kid)
{
    const ossl::ErrorQueueScope errors;
    ossl::PKey pkey;
    switch (keyTypeFor(alg)) {
    case KeyType::EC: {
        const Curve *curve = curveByJose(curveFor(alg));
        pkey.reset(EVP_EC_gen(curve->openssl));
        break;
    }
    case KeyType::RSA:
        pkey.reset(EVP_RSA_gen(2048));
        break;
    case KeyType::OKP:
        pkey.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
        break;
    case KeyType::Oct: {
        const int size = alg == Algorithm::HS256 ? 32 : alg == Algorithm::HS384 ? 48 : 64;
        QByteArray secret(size, Qt::Uninitialized);
        if (RAND_bytes(reinterpret_cast<unsigned char *>(secret.data()), size) != 1)
            return std::unexpected(
                Problem { Problem::Kind::CryptoFailure, Tr::tr("The system random generator failed.") });
        Key key;
        key.m_type = KeyType::Oct;
        key.m_secret = secret;
        key.m_hasPrivate = true;
        key.m_kid = kid;
        key.setAlg(alg);
        key.m_use = QStringLiteral("sig");
        return key;
    }
    case KeyType::Unknown:
        return std::unexpected(
            Problem { Problem::Kind::UnsupportedKey,
                      Tr::tr("No key can be generated for the algorithm \"%1\".").arg(algorithmName(alg)) });
    }
    if (!pkey)
        return std::unexpected(Problem { Problem::Kind::CryptoFailure,
                                         Tr::tr("OpenSSL could not generate a key for %1.").arg(algorithmName(alg)) });
    auto result = fromEvp(ossl::share(std::move(pkey)), true);
    if (!result)
        return result;
    Key key = std::move(result).value();
    key.m_kid = kid;
    key.setAlg(alg);
    key.m_use = QStringLiteral("sig");
    return key;
}

void Key::readMetadata(const QJsonObject &jwk)
{
    m_kid = jwk.value(QLatin1String("kid")).toString();
    m_algName = jwk.value(QLatin1String("alg")).toString();
    m_alg = algorithmFromName(m_algName.toLatin1());
    m_use = jwk.value(QLatin1String("use")).toString();
    for (const QJsonValue &op : jwk.value(QLatin1String("key_ops")).toArray())
        m_keyOps.append(op.toString());
}

Result<Key> Key::fromJwk(const QJsonObject &jwk)
{
    const ossl::ErrorQueueScope errors;
    const QJsonValue ktyValue = jwk.value(QLatin1String("kty"));
    if (!ktyValue.isString())
        return std::unexpected(Problem { Problem::Kind::InvalidKey, Tr::tr("The JWK has no \"kty\" (key type).") });
    const QString kty = ktyValue.toString();
    const KeyType type = keyTypeFromName(kty.toLatin1());
    QString error;
    Key key;

    if (type == KeyType::Oct) {
        const auto k = member(jwk, "k", &error);
        if (!k)
            return std::unexpected(Problem { Problem::Kind::InvalidKey, error });
        key.m_type = KeyType::Oct;
        key.m_secret = *k;
        key.m_hasPrivate = true;
        key.readMetadata(jwk);
        return key;
    }

    ossl::PKey pkey;
    bool hasPrivate = jwk.contains(QLatin1String("d"));
    if (type == KeyType::EC) {
        const QString crv = jwk.value(QLatin1String("crv")).toString();
        const Curve *curve = curveByJose(crv);
        if (!curve)
            return std::unexpected(
                Problem { Problem::Kind::UnsupportedKey,
                          Tr::tr("The EC JWK's curve \"%1\" is not supported (P-256, P-384, P-521).").arg(crv) });
        const auto x = member(jwk, "x", &error);
        const auto y = x ? member(jwk, "y", &error) : std::nullopt;
        if (!x || !y)
            return std::unexpected(Problem { Problem::Kind::InvalidKey, error });
        if (x->size() != curve->coordinateBytes || y->size() != curve->coordinateBytes)
            return std::unexpected(Problem { Problem::Kind::InvalidKey,
                                             Tr::tr("The EC JWK's coordinates must be %1 bytes each for %2.")
                                                 .arg(curve->coordinateBytes)
                                                 .arg(crv) });
        const auto d = hasPrivate ? member(jwk, "d", &error) : std::nullopt;
        if (hasPrivate && !d)
            return std::unexpected(Problem { Problem::Kind::InvalidKey, error });
        const QByteArray point = QByteArray(1, '\x04') + *x + *y;
        const ossl::ParamBld builder(OSSL_PARAM_BLD_new());
        std::vector<ossl::Bn> keep;
        OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, curve->openssl, 0);
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size()));
        if (d)
            pushBn(builder.get(), OSSL_PKEY_PARAM_PRIV_KEY, *d, keep);
        pkey = fromParams("EC", builder.get(), hasPrivate);
        if (!pkey)
            return std::unexpected(
                Problem { Problem::Kind::InvalidKey, Tr::tr("The EC JWK's point is not on the curve %1.").arg(crv) });
    } else if (type == KeyType::RSA) {
        const auto n = member(jwk, "n", &error);
        const auto e = n ? member(jwk, "e", &error) : std::nullopt;
        if (!n || !e)
            return std::unexpected(Problem { Problem::Kind::InvalidKey, error });
        // OpenSSL takes a zero modulus or exponent, but no signature verifies under such a key.
        if (isZero(*n) || isZero(*e))
            return std::unexpected(Problem { Problem::Kind::InvalidKey,
                                             Tr::tr("The RSA JWK's modulus \"n\" or exponent \"e\" is zero.") });
        const ossl::ParamBld builder(OSSL_PARAM_BLD_new());
        std::vector<ossl::Bn> keep;
        pushBn(builder.get(), OSSL_PKEY_PARAM_RSA_N, *n, keep);
        pushBn(builder.get(), OSSL_PKEY_PARAM_RSA_E, *e, keep);
        if (hasPrivate) {
            const auto d = member(jwk, "d", &error);
            if (!d)
                return std::unexpected(Problem { Problem::Kind::InvalidKey, error });
            pushBn(builder.get(), OSSL_PKEY_PARAM_RSA_D, *d, keep);
            const std::array<std::pair<const char *, const char *>, 5> crt = {
                std::pair { "p", OSSL_PKEY_PARAM_RSA_FACTOR1 },       std::pair { "q", OSSL_PKEY_PARAM_RSA_FACTOR2 },
                std::pair { "dp", OSSL_PKEY_PARAM_RSA_EXPONENT1 },    std::pair { "dq", OSSL_PKEY_PARAM_RSA_EXPONENT2 },
                std::pair { "qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1 },
            };
            bool allCrt = true;
            for (const auto &[jose, param] : crt)
                allCrt = allCrt && jwk.contains(QLatin1String(jose));
            if (allCrt) {
                for (const auto &[jose, param] : crt) {
                    const auto value = member(jwk, jose, &error);
                    if (!value)
                        return std::unexpected(Problem { Problem::Kind::InvalidKey, error });
                    pushBn(builder.get(), param, *value, keep);
                }
            }
        }
        pkey = fromParams("RSA", builder.get(), hasPrivate);
        if (!pkey)
            return std::unexpected(
                Problem { Problem::Kind::InvalidKey, Tr::tr("OpenSSL did not accept the RSA JWK's values.") });
    } else if (type == KeyType::OKP) {
        const QString crv = jwk.value(QLatin1String("crv")).toString();
        if (crv != QLatin1String("Ed25519"))
            return std::unexpected(
                Problem { Problem::Kind::UnsupportedKey,
                          Tr::tr("The OKP JWK's curve \"%1\" is not supported (Ed25519 is).").arg(crv) });
        const auto x = member(jwk, "x", &error);
        if (!x)
            return std::unexpected(Problem { Problem::Kind::InvalidKey, error });
        if (x->size() != 32)
            return std::unexpected(
                Problem { Problem::Kind::InvalidKey, Tr::tr("An Ed25519 public key (\"x\") must be 32 bytes.") });
        if (hasPrivate) {
            const auto d = member(jwk, "d", &error);
            if (!d)
                return std::unexpected(Problem { Problem::Kind::InvalidKey, error });
            if (d->size() != 32)
                return std::unexpected(
                    Problem { Problem::Kind::InvalidKey, Tr::tr("An Ed25519 private key (\"d\") must be 32 bytes.") });
            pkey.reset(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                                    reinterpret_cast<const unsigned char *>(d->constData()), 32));
        } else {
            pkey.reset(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                   reinterpret_cast<const unsigned char *>(x->constData()), 32));
        }
        if (!pkey)
            return std::unexpected(
                Problem { Problem::Kind::InvalidKey, Tr::tr("OpenSSL did not accept the Ed25519 JWK.") });
    } else {
        return std::unexpected(
            Problem { Problem::Kind::UnsupportedKey,
                      Tr::tr("The JWK key type \"%1\" is not supported (EC, RSA, OKP, oct are).").arg(kty) });
    }

    auto result = fromEvp(ossl::share(std::move(pkey)), hasPrivate);
    if (!result)
        return result;
    key = std::move(result).value();
    key.readMetadata(jwk);
    return key;
}

Result<Key> Key::fromJwkJson(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::unexpected(Problem { Problem::Kind::InvalidKey, Tr::tr("The key is not a JSON object (JWK).") });
    return fromJwk(document.object());
}

Result<Key> Key::fromPem(QByteArrayView pem)
{
    const ossl::ErrorQueueScope errors;
    const auto bio = [&] { return ossl::memoryBio(pem.data(), pem.size()); };
    if (pem.contains("PRIVATE KEY")) {
        ossl::Bio in = bio();
        ossl::PKey pkey(PEM_read_bio_PrivateKey(in.get(), nullptr, nullptr, nullptr));
        if (!pkey)
            return std::unexpected(
                Problem { Problem::Kind::InvalidKey,
                          Tr::tr("The PEM private key could not be read (encrypted keys are not supported).") });
        return fromEvp(ossl::share(std::move(pkey)), true);
    }
    if (pem.contains("CERTIFICATE")) {
        ossl::Bio in = bio();
        const ossl::X509Ptr certificate(PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr));
        ossl::PKey pkey(certificate ? X509_get_pubkey(certificate.get()) : nullptr);
        if (!pkey)
            return std::unexpected(
                Problem { Problem::Kind::InvalidKey, Tr::tr("The PEM certificate could not be read.") });
        return fromEvp(ossl::share(std::move(pkey)), false);
    }
    // A decoder rather than PEM_read_bio_PUBKEY: it also reads PKCS#1 "RSA PUBLIC KEY" blocks.
    EVP_PKEY *raw = nullptr;
    OSSL_DECODER_CTX *decoder
        = OSSL_DECODER_CTX_new_for_pkey(&raw, "PEM", nullptr, nullptr, EVP_PKEY_PUBLIC_KEY, nullptr, nullptr);
    if (decoder) {
        const auto *data = reinterpret_cast<const unsigned char *>(pem.data());
        size_t length = size_t(pem.size());
        OSSL_DECODER_from_data(decoder, &data, &length);
        OSSL_DECODER_CTX_free(decoder);
    }
    ossl::PKey pkey(raw);
    if (!pkey)
        return std::unexpected(Problem { Problem::Kind::InvalidKey,
                                         Tr::tr("The data is not a PEM public key, private key or certificate.") });
    return fromEvp(ossl::share(std::move(pkey)), false);
}

Result<Key> Key::fromSecret(QByteArrayView secret, SecretEncoding encoding, const QString &kid)
{
    QByteArray bytes;
    if (encoding == SecretEncoding::Base64) {
        QByteArray text = secret.toByteArray().trimmed();
        text.replace('-', '+').replace('_', '/');
        auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::unexpected(Problem { Problem::Kind::InvalidKey, Tr::tr("The secret is not valid base64.") });
        bytes = decoded.decoded;
    } else {
        bytes = secret.toByteArray();
    }
    if (bytes.isEmpty())
        return std::unexpected(Problem { Problem::Kind::InvalidKey, Tr::tr("The secret is empty.") });
    Key key;
    key.m_type = KeyType::Oct;
    key.m_secret = bytes;
    key.m_hasPrivate = true;
    key.m_kid = kid;
    return key;
}

int Key::bits() const
{
    if (m_type == KeyType::Oct)
        return int(m_secret.size() * 8);
    return m_pkey ? EVP_PKEY_get_bits(m_pkey.get()) : 0;
}

void Key::setAlg(Algorithm alg)
{
    m_alg = alg;
    m_algName = algorithmName(alg);
}

QJsonObject Key::toPublicJwk() const
{
    QJsonObject jwk;
    if (isNull())
        return jwk;
    jwk.insert(QLatin1String("kty"), keyTypeName(m_type));
    switch (m_type) {
    case KeyType::EC: {
        const int width = curveByJose(m_curve)->coordinateBytes;
        jwk.insert(QLatin1String("crv"), m_curve);
        jwk.insert(QLatin1String("x"), b64(bnParam(m_pkey.get(), OSSL_PKEY_PARAM_EC_PUB_X, width)));
        jwk.insert(QLatin1String("y"), b64(bnParam(m_pkey.get(), OSSL_PKEY_PARAM_EC_PUB_Y, width)));
        break;
    }
    case KeyType::RSA:
        jwk.insert(QLatin1String("n"), b64(bnParam(m_pkey.get(), OSSL_PKEY_PARAM_RSA_N)));
        jwk.insert(QLatin1String("e"), b64(bnParam(m_pkey.get(), OSSL_PKEY_PARAM_RSA_E)));
        break;
    case KeyType::OKP: {
        QByteArray x(32, Qt::Uninitialized);
        size_t length = 32;
        EVP_PKEY_get_raw_public_key(m_pkey.get(), reinterpret_cast<unsigned char *>(x.data()), &length);
        jwk.insert(QLatin1String("crv"), m_curve);
        jwk.insert(QLatin1String("x"), b64(x));
        break;
    }
    case KeyType::Oct:
        jwk.insert(QLatin1String("k"), b64(m_secret));
        break;
    case KeyType::Unknown:
        break;
    }
    if (!m_kid.isEmpty())
        jwk.insert(QLatin1String("kid"), m_kid);
    if (!m_algName.isEmpty())
        jwk.insert(QLatin1String("alg"), m_algName);
    if (!m_use.isEmpty())
        jwk.insert(QLatin1String("use"), m_use);
    return jwk;
}

QJsonObject Key::toPrivateJwk() const
{
    if (!m_hasPrivate)
        return {};
    QJsonObject jwk = toPublicJwk();
    switch (m_type) {
    case KeyType::EC:
        jwk.insert(QLatin1String("d"),
                   b64(bnParam(m_pkey.get(), OSSL_PKEY_PARAM_PRIV_KEY, curveByJose(m_curve)->coordinateBytes)));
        break;
    case KeyType::RSA:
        jwk.insert(QLatin1String("d"), b64(bnParam(m_pkey.get(), OSSL_PKEY_PARAM_RSA_D)));
        jwk.insert(QLatin1String("p"), b64(bnParam(m_pkey.get(), OSSL_PKEY_PARAM_RSA_FACTOR1)));
        jwk.insert(QLatin1String("q"), b64(bnParam(m_pkey.get(), OSSL_PKEY_PARAM_RSA_FACTOR2)));
        jwk.insert(QLatin1String("dp"), b64(bnParam(m_pkey.get(), OSSL_PKEY_PARAM_RSA_EXPONENT1)));
        jwk.insert(QLatin1String("dq"), b64(bnParam(m_pkey.get(), OSSL_PKEY_PARAM_RSA_EXPONENT2)));
        jwk.insert(QLatin1String("qi"), b64(bnParam(m_pkey.get(), OSSL_PKEY_PARAM_RSA_COEFFICIENT1)));
        break;
    case KeyType::OKP: {
        QByteArray d(32, Qt::Uninitialized);
        size_t length = 32;
        EVP_PKEY_get_raw_private_key(m_pkey.get(), reinterpret_cast<unsigned char *>(d.data()), &length);
        jwk.insert(QLatin1String("d"), b64(d));
        break;
    }
    case KeyType::Oct:
    case KeyType::Unknown:
        break;
    }
    return jwk;
}

QByteArray Key::publicKeyPem() const
{
    if (!m_pkey)
        return {};
    const ossl::Bio out(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PUBKEY(out.get(), m_pkey.get()) != 1)
        return {};
    return ossl::bioContents(out.get());
}

QByteArray Key::privateKeyPem() const
{
    if (!m_pkey || !m_hasPrivate)
        return {};
    const ossl::Bio out(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(out.get(), m_pkey.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return ossl::bioContents(out.get());
}

QString Key::thumbprint() const
{
    const QJsonObject jwk = toPublicJwk();
    const auto field = [&](const char *name) {
        return QStringLiteral("\"%1\":\"%2\"").arg(QLatin1String(name), jwk.value(QLatin1String(name)).toString());
    };
    QString canonical;
    switch (m_type) {
    case KeyType::EC:
        canonical = QLatin1Char('{') + field("crv") + QLatin1Char(',') + field("kty") + QLatin1Char(',') + field("x")
            + QLatin1Char(',') + field("y") + QLatin1Char('}');
        break;
    case KeyType::RSA:
        canonical = QLatin1Char('{') + field("e") + QLatin1Char(',') + field("kty") + QLatin1Char(',') + field("n")
            + QLatin1Char('}');
        break;
    case KeyType::OKP:
        canonical = QLatin1Char('{') + field("crv") + QLatin1Char(',') + field("kty") + QLatin1Char(',') + field("x")
            + QLatin1Char('}');
        break;
    case KeyType::Oct:
        canonical = QLatin1Char('{') + field("k") + QLatin1Char(',') + field("kty") + QLatin1Char('}');
        break;
    case KeyType::Unknown:
        return {};
    }
    return b64(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256));
}

bool Key::canVerify(Algorithm alg) const
{
    if (isNull() || m_type != keyTypeFor(alg))
        return false;
    if ((m_type == KeyType::EC || m_type == KeyType::OKP) && m_curve != curveFor(alg))
        return false;
    if (!m_algName.isEmpty() && m_alg != alg)
        return false;
    if (!m_use.isEmpty() && m_use != QLatin1String("sig"))
        return false;
    if (!m_keyOps.isEmpty() && !m_keyOps.contains(QLatin1String("verify")))
        return false;
    return true;
}

} // namespace vendo::jwt

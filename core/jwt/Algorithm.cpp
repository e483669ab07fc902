#include "jwt/Algorithm.h"

#include <array>
#include <utility>

namespace vendo::jwt {

namespace {

struct AlgorithmInfo
{
    Algorithm alg;
    const char *name;
    KeyType keyType;
    const char *curve;
};

constexpr std::array kAlgorithms = {
    AlgorithmInfo { Algorithm::HS256, "HS256", KeyType::Oct, "" },
    AlgorithmInfo { Algorithm::HS384, "HS384", KeyType::Oct, "" },
    AlgorithmInfo { Algorithm::HS512, "HS512", KeyType::Oct, "" },
    AlgorithmInfo { Algorithm::RS256, "RS256", KeyType::RSA, "" },
    AlgorithmInfo { Algorithm::RS384, "RS384", KeyType::RSA, "" },
    AlgorithmInfo { Algorithm::RS512, "RS512", KeyType::RSA, "" },
    AlgorithmInfo { Algorithm::PS256, "PS256", KeyType::RSA, "" },
    AlgorithmInfo { Algorithm::PS384, "PS384", KeyType::RSA, "" },
    AlgorithmInfo { Algorithm::PS512, "PS512", KeyType::RSA, "" },
    AlgorithmInfo { Algorithm::ES256, "ES256", KeyType::EC, "P-256" },
    AlgorithmInfo { Algorithm::ES384, "ES384", KeyType::EC, "P-384" },
    AlgorithmInfo { Algorithm::ES512, "ES512", KeyType::EC, "P-521" },
    AlgorithmInfo { Algorithm::EdDSA, "EdDSA", KeyType::OKP, "Ed25519" },
};

constexpr std::array kSigning
    = { Algorithm::HS256, Algorithm::HS384, Algorithm::HS512, Algorithm::RS256, Algorithm::RS384,
        Algorithm::RS512, Algorithm::PS256, Algorithm::PS384, Algorithm::PS512, Algorithm::ES256,
        Algorithm::ES384, Algorithm::ES512, Algorithm::EdDSA };

const AlgorithmInfo *infoFor(Algorithm alg)
{
    for (const AlgorithmInfo &info : kAlgorithms) {
        if (info.alg == alg)
            return &info;
    }
    return nullptr;
}

} // namespace

Algorithm algorithmFromName(QByteArrayView name)
{
    if (name == "none")
        return Algorithm::None;
    for (const AlgorithmInfo &info : kAlgorithms) {
        if (name == info.name)
            return info.alg;
    }
    return Algorithm::Unknown;
}

QString algorithmName(Algorithm alg)
{
    if (alg == Algorithm::None)
        return QStringLiteral("none");
    const AlgorithmInfo *info = infoFor(alg);
    return info ? QString::fromLatin1(info->name) : QString();
}

KeyType keyTypeFor(Algorithm alg)
{
    const AlgorithmInfo *info = infoFor(alg);
    return info ? info->keyType : KeyType::Unknown;
}

QString keyTypeName(KeyType type)
{
    switch (type) {
    case KeyType::EC:
        return QStringLiteral("EC");
    case KeyType::RSA:
        return QStringLiteral("RSA");
    case KeyType::OKP:
        return QStringLiteral("OKP");
    case KeyType::Oct:
        return QStringLiteral("oct");
    case KeyType::Unknown:
        break;
    }
    return {};
}

KeyType keyTypeFromName(QByteArrayView name)
{
    if (name == "EC")
        return KeyType::EC;
    if (name == "RSA")
        return KeyType::RSA;
    if (name == "OKP")
        return KeyType::OKP;
    if (name == "oct")
        return KeyType::Oct;
    return KeyType::Unknown;
}

QString curveFor(Algorithm alg)
{
    const AlgorithmInfo *info = infoFor(alg);
    return info ? QString::fromLatin1(info->curve) : QString();
}

bool isHmac(Algorithm alg)
{
    return alg == Algorithm::HS256 || alg == Algorithm::HS384 || alg == Algorithm::HS512;
}

int hashBits(Algorithm alg)
{
    switch (alg) {
    case Algorithm::HS256:
    case Algorithm::RS256:
    case Algorithm::PS256:
    case Algorithm::ES256:
        return 256;
    case Algorithm::HS384:
    case Algorithm::RS384:
    case Algorithm::PS384:
    case Algorithm::ES384:
        return 384;
    case Algorithm::HS512:
    case Algorithm::RS512:
    case Algorithm::PS512:
    case Algorithm::ES512:
        return 512;
    default:
        return 0;
    }
}

int ecCoordinateBytes(Algorithm alg)
{
    switch (alg) {
    case Algorithm::ES256:
        return 32;
    case Algorithm::ES384:
        return 48;
    case Algorithm::ES512:
        return 66;
    default:
        return 0;
    }
}

const Algorithm *signingAlgorithmsBegin()
{
    return kSigning.data();
}

const Algorithm *signingAlgorithmsEnd()
{
    return kSigning.data() + kSigning.size();
}

} // namespace vendo::jwt

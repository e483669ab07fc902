// Fuzz target: the JWK / JWKS / PEM key loaders (a file or a fetched JWKS), and what the verifier and
// the key display do with whatever loaded.
#include "FuzzTarget.h"
#include "jwt/JwkSet.h"
#include "jwt/JwtDecoder.h"
#include "jwt/SignatureVerifier.h"

namespace {

// One token per verification family, so that loaded keys are also used.
const QList<vendo::jwt::DecodedJwt> &tokens()
{
    static const QList<vendo::jwt::DecodedJwt> decoded = [] {
        QList<vendo::jwt::DecodedJwt> list;
        for (const char *header : { R"({"alg":"ES256","kid":"k1"})", R"({"alg":"RS256","kid":"k1"})",
                                    R"({"alg":"HS256","kid":"k1"})", R"({"alg":"EdDSA"})", R"({"alg":"PS512"})" }) {
            const QByteArray token
                = QByteArray(header).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                + ".eyJzdWIiOiJ1MSJ9." + QByteArray(64, 'A');
            list.append(vendo::jwt::JwtDecoder::decode(token));
        }
        return list;
    }();
    return decoded;
}

void exercise(const vendo::jwt::JwkSet &set)
{
    (void)set.toPublicJson();
    (void)set.containsKid(QStringLiteral("k1"));
    for (const vendo::jwt::Key &key : set.keys()) {
        (void)key.thumbprint();
        (void)key.toPublicJwk();
        (void)key.bits();
        (void)key.publicKeyPem();
    }
    for (const vendo::jwt::DecodedJwt &token : tokens())
        (void)vendo::jwt::SignatureVerifier::verify(token, set);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text = vendo::fuzz::input(data, size);
    if (const auto set = vendo::jwt::JwkSet::fromJson(text); set.ok())
        exercise(set.value());
    if (const auto any = vendo::jwt::JwkSet::fromAnyKeyData(text); any.ok())
        exercise(any.value());
    if (const auto key = vendo::jwt::Key::fromJwkJson(text); key.ok())
        exercise(vendo::jwt::JwkSet({ key.value() }));
    return 0;
}

// Fuzz target: the key loaders (jwt/JwkSet.h, jwt/Key.h): a fetched JWKS, and whatever a --key/--jwks
// file holds (JWK Set, single JWK, PEM key or certificate), and what the key display does with each
// key that loads. No signature is verified here (that is OpenSSL's arithmetic, not our parsing).
// Checks: a public JWK never carries private members, and it loads back as the same key.
#include "FuzzTarget.h"
#include "jwt/JwkSet.h"

#include <QJsonArray>
#include <QJsonObject>

#include <openssl/err.h>

namespace {

using namespace vendo::jwt;

void checkKey(const JwkSet &set, const Key &key)
{
    VENDO_FUZZ_CHECK(!key.isNull() && set.containsKid(key.kid()));
    const QJsonObject jwk = key.toPublicJwk();
    for (const char *privateMember : { "d", "p", "q", "dp", "dq", "qi" })
        VENDO_FUZZ_CHECK(!jwk.contains(QLatin1String(privateMember)));
    const QString thumbprint = key.thumbprint();
    VENDO_FUZZ_CHECK(!thumbprint.isEmpty());
    if (key.type() != KeyType::Oct) {
        const QByteArray pem = key.publicKeyPem();
        VENDO_FUZZ_CHECK(pem.startsWith("-----BEGIN PUBLIC KEY-----") && !pem.contains("PRIVATE"));
    }
    const auto reloaded = Key::fromJwk(jwk);
    VENDO_FUZZ_CHECK(reloaded.has_value());
    VENDO_FUZZ_CHECK(reloaded->type() == key.type() && reloaded->curve() == key.curve());
    VENDO_FUZZ_CHECK(reloaded->bits() == key.bits() && reloaded->thumbprint() == thumbprint);
    for (int alg = int(Algorithm::None); alg <= int(Algorithm::EdDSA); ++alg)
        VENDO_FUZZ_CHECK(!key.canVerify(Algorithm(alg)) || keyTypeFor(Algorithm(alg)) == key.type());
}

void checkSet(const Result<JwkSet> &set)
{
    if (!set) {
        VENDO_FUZZ_CHECK(!set.error().message.isEmpty());
        return;
    }
    VENDO_FUZZ_CHECK(!set->isEmpty());
    VENDO_FUZZ_CHECK(set->toPublicJson().value(QLatin1String("keys")).toArray().size() == set->keys().size());
    // The checks on the first kCheckedKeys keys: a key's place in the set changes nothing in its path,
    // and each check builds and exports the key with OpenSSL several times: a 64 KiB set of 153 RSA keys
    // took 111 ms of CPU an input, 27 ms with this (the long run had fallen to 1,277 executions/s).
    constexpr qsizetype kCheckedKeys = 8;
    for (const Key &key : set->keys().first(qMin(set->keys().size(), kCheckedKeys)))
        checkKey(set.value(), key);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text = vendo::fuzz::input(data, size);
    checkSet(JwkSet::fromAnyKeyData(text));
    // What a JWKS fetch does with a body (fromAnyKeyData already took this path for text starting "{").
    if (!text.trimmed().startsWith('{'))
        checkSet(JwkSet::fromJson(text));
    // Nothing is left in OpenSSL's per-thread error queue (jwt/OpenSslHandles.h, ErrorQueueScope): entries
    // there outlive the input (libFuzzer answered them with a leak scan of the whole heap, half of this
    // target's time) and could be taken by the thread's next OpenSSL user for its own.
    VENDO_FUZZ_CHECK(ERR_peek_error() == 0);
    return 0;
}

// Fuzz target: the tolerant JWT decoder and what a pasted token flows through to its verdict (claims,
// judge, JSON report, redaction), plus the parts of signature checking that are parsing rather than
// cryptography: key selection by kid and alg, and the JOSE-to-DER conversion of ECDSA signatures.
// No public-key operation runs per input (they cost milliseconds under ASan and test OpenSSL, not us);
// the one key is an HMAC secret, whose check is a hash.
#include "FuzzTarget.h"
#include "jwt/Claims.h"
#include "jwt/Clock.h"
#include "jwt/EcdsaDer.h"
#include "jwt/JwkSet.h"
#include "jwt/JwtDecoder.h"
#include "jwt/SignatureVerifier.h"
#include "jwt/TokenJudge.h"
#include "jwt/TokenReport.h"

#include <openssl/bn.h>
#include <openssl/ecdsa.h>

namespace {

using namespace vendo::jwt;

// A fixed "now" (2026-01-01), so a crash found at one time reproduces at any other.
// One HMAC key with the kid the seeds use: tokens naming it reach the alg-fit and refusal paths.
const JwkSet &keys()
{
    static const JwkSet set = [] {
        JwkSet result;
        if (auto key
            = Key::fromSecret("fuzz-secret-0123456789abcdef0123", Key::SecretEncoding::Text, QStringLiteral("k1"));
            key.has_value())
            result.add(key.value());
        return result;
    }();
    return set;
}

bool sameProblems(const QList<StructureProblem> &a, const QList<StructureProblem> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].segment != b[i].segment || a[i].error != b[i].error || a[i].tokenOffset != b[i].tokenOffset
            || a[i].decodedOffset != b[i].decodedOffset || a[i].message != b[i].message)
            return false;
    }
    return true;
}

// JwtDecoder.h: JsonObjects::Skip changes nothing but whether header/payload objects are built.
void checkSkipAgrees(const DecodedJwt &built, const DecodedJwt &skipped)
{
    VENDO_FUZZ_CHECK(built.token == skipped.token && built.segments == skipped.segments);
    VENDO_FUZZ_CHECK(built.headerJson == skipped.headerJson && built.payloadJson == skipped.payloadJson);
    VENDO_FUZZ_CHECK(built.signature == skipped.signature && built.isJwe == skipped.isJwe);
    VENDO_FUZZ_CHECK(built.headerIsObject == skipped.headerIsObject);
    VENDO_FUZZ_CHECK(built.payloadIsObject == skipped.payloadIsObject);
    VENDO_FUZZ_CHECK(built.alg() == skipped.alg() && built.kid() == skipped.kid() && built.typ() == skipped.typ());
    VENDO_FUZZ_CHECK(sameProblems(built.problems, skipped.problems));
    VENDO_FUZZ_CHECK(!skipped.header && !skipped.payload);
}

void checkOffsets(const DecodedJwt &token)
{
    for (const StructureProblem &problem : token.problems) {
        VENDO_FUZZ_CHECK(problem.tokenOffset >= -1 && problem.tokenOffset <= token.token.size());
        const qsizetype decodedSize = problem.segment == Segment::Header ? token.headerJson.size()
            : problem.segment == Segment::Payload                        ? token.payloadJson.size()
                                                                         : token.signature.size();
        VENDO_FUZZ_CHECK(problem.decodedOffset >= -1 && problem.decodedOffset <= decodedSize);
        VENDO_FUZZ_CHECK(!problem.message.isEmpty());
    }
}

// The DER that joseToDer builds must be what OpenSSL reads back as the same r and s.
void checkEcdsaDer(QByteArrayView signature)
{
    for (const Algorithm alg : { Algorithm::ES256, Algorithm::ES384, Algorithm::ES512 }) {
        EcdsaDer der;
        if (!joseToDer(alg, signature, der))
            continue;
        const auto *bytes = der.bytes.data();
        ECDSA_SIG *parsed = d2i_ECDSA_SIG(nullptr, &bytes, long(der.size));
        VENDO_FUZZ_CHECK(parsed != nullptr && bytes == der.bytes.data() + der.size);
        const int width = int(signature.size() / 2);
        const auto *jose = reinterpret_cast<const unsigned char *>(signature.data());
        BIGNUM *r = BN_bin2bn(jose, width, nullptr);
        BIGNUM *s = BN_bin2bn(jose + width, width, nullptr);
        VENDO_FUZZ_CHECK(BN_cmp(ECDSA_SIG_get0_r(parsed), r) == 0 && BN_cmp(ECDSA_SIG_get0_s(parsed), s) == 0);
        BN_free(r);
        BN_free(s);
        ECDSA_SIG_free(parsed);
    }
}

// Mutating base64url text scrambles the JSON under it, so the fuzzer would seldom reach the JSON
// semantics. An input with a NUL byte is therefore three NUL-separated fields, the header JSON, the
// payload JSON and the signature bytes, encoded into a compact token; any other input is the pasted
// text itself.
QByteArray tokenText(const QByteArray &input)
{
    if (!input.contains('\0'))
        return input;
    const QList<QByteArray> parts = vendo::fuzz::fields(input, '\0', 3);
    constexpr auto options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    return parts[0].toBase64(options) + '.' + parts[1].toBase64(options) + '.' + parts[2].toBase64(options);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const FixedClock clock(1'767'225'600);
    const QByteArray text = tokenText(vendo::fuzz::input(data, size));

    const DecodedJwt token = JwtDecoder::decode(text); // the paste path builds the JSON objects
    checkSkipAgrees(token, JwtDecoder::decode(text, JwtDecoder::JsonObjects::Skip)); // the audit path does not
    checkOffsets(token);
    // DecodedJwt.h: a header/payload object is built whenever the raw JSON is one.
    VENDO_FUZZ_CHECK(token.headerIsObject == token.header.has_value());
    VENDO_FUZZ_CHECK(token.payloadIsObject == token.payload.has_value());

    const QList<Claim> claims = Claims::fromToken(token);
    const SignatureCheck signature = SignatureVerifier::verify(token, keys());
    const Verdict verdict = TokenJudge::judge(token, claims, clock, {}, signature);
    VENDO_FUZZ_CHECK(verdict.structureOk == token.structureOk());
    (void)TokenReport::toJson(token, claims, verdict);

    // A JWT is a bearer secret: the redacted form never shows its signature.
    const QString redacted = token.redacted();
    if (token.segments.size() >= 3 && token.segments[2].size() >= 16
        && !token.signingInput().contains(token.segments[2]))
        VENDO_FUZZ_CHECK(!redacted.contains(QString::fromLatin1(token.segments[2])));

    checkEcdsaDer(token.signature);
    return 0;
}

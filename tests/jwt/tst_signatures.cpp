#include "jwt/Base64Url.h"
#include "jwt/EcdsaDer.h"
#include "jwt/JwkSet.h"
#include "jwt/JwsSigner.h"
#include "jwt/JwtDecoder.h"
#include "jwt/SignatureVerifier.h"

#include <QJsonDocument>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/ecdsa.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace vendo::jwt;

Q_DECLARE_METATYPE(vendo::jwt::Algorithm)
Q_DECLARE_METATYPE(vendo::jwt::SignatureStatus)

namespace {

const QJsonObject kClaims { { QLatin1String("sub"), QStringLiteral("8d0c2c1e-0a4b-4d0f-9a55-1f2e3d4c5b6a") },
                            { QLatin1String("exp"), 1'767'229'200 },
                            { QLatin1String("iat"), 1'767'225'600 },
                            { QLatin1String("role"), QStringLiteral("authenticated") } };

// Keys are expensive to generate (RSA): one per algorithm family for the whole run.
Key keyFor(Algorithm alg, const QString &kid)
{
    auto key = Key::generate(alg, kid);
    Q_ASSERT(key.has_value());
    return key.value();
}

QByteArray flipLastChar(QByteArray segment)
{
    // Changing the last base64url character can leave the decoded bytes unchanged (unused low bits);
    // changing the first never does.
    segment[0] = segment.at(0) == 'A' ? 'B' : 'A';
    return segment;
}

} // namespace

class TestSignatures : public QObject
{
    Q_OBJECT

private:
    QHash<Algorithm, Key> m_keys;
    QHash<Algorithm, Key> m_otherKeys;

    static QString kidFor(Algorithm alg) { return QStringLiteral("kid-") + algorithmName(alg); }

private slots:
    void initTestCase()
    {
        for (auto it = signingAlgorithmsBegin(); it != signingAlgorithmsEnd(); ++it) {
            m_keys.insert(*it, keyFor(*it, kidFor(*it)));
            m_otherKeys.insert(*it, keyFor(*it, kidFor(*it)));
        }
    }

    void everyAlgorithm_data()
    {
        QTest::addColumn<Algorithm>("alg");
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<SignatureStatus>("expected");
        for (auto it = signingAlgorithmsBegin(); it != signingAlgorithmsEnd(); ++it) {
            const QByteArray name = algorithmName(*it).toLatin1();
            QTest::newRow(QByteArray(name + " valid").constData())
                << *it << QStringLiteral("none") << SignatureStatus::Valid;
            QTest::newRow(QByteArray(name + " tampered payload").constData())
                << *it << QStringLiteral("payload") << SignatureStatus::Invalid;
            QTest::newRow(QByteArray(name + " tampered signature").constData())
                << *it << QStringLiteral("signature") << SignatureStatus::Invalid;
            QTest::newRow(QByteArray(name + " truncated signature").constData())
                << *it << QStringLiteral("short") << SignatureStatus::Invalid;
            QTest::newRow(QByteArray(name + " wrong key").constData())
                << *it << QStringLiteral("wrongkey") << SignatureStatus::Invalid;
            QTest::newRow(QByteArray(name + " wrong kid").constData())
                << *it << QStringLiteral("wrongkid") << SignatureStatus::KeyNotFound;
        }
    }

    void everyAlgorithm()
    {
        QFETCH(Algorithm, alg);
        QFETCH(QString, mutation);
        QFETCH(SignatureStatus, expected);
        const Key &key = m_keys[alg];
        auto token = JwsSigner::sign(alg, key, kClaims);
        QVERIFY2(token.has_value(), qPrintable(token ? QString() : token.error().message));
        QList<QByteArray> parts = token.value().split('.');
        QCOMPARE(parts.size(), 3);
        if (mutation == QLatin1String("payload")) {
            QJsonObject changed = kClaims;
            changed.insert(QLatin1String("role"), QStringLiteral("service_role"));
            parts[1] = base64UrlEncode(QJsonDocument(changed).toJson(QJsonDocument::Compact));
        } else if (mutation == QLatin1String("signature")) {
            parts[2] = flipLastChar(parts[2]);
        } else if (mutation == QLatin1String("short")) {
            parts[2].chop(4);
        }
        const DecodedJwt decoded = decode(parts.join('.'));
        QVERIFY(decoded.header.has_value());

        JwkSet keys;
        if (mutation == QLatin1String("wrongkey")) {
            keys.add(m_otherKeys[alg]);
        } else if (mutation == QLatin1String("wrongkid")) {
            Key renamed = m_keys[alg];
            renamed.setKid(QStringLiteral("someone-else"));
            keys.add(renamed);
        } else {
            // Verify against the public JWK only, as a verifier would get it.
            const QJsonObject jwk = alg == Algorithm::HS256 || alg == Algorithm::HS384 || alg == Algorithm::HS512
                ? key.toPrivateJwk()
                : key.toPublicJwk();
            auto publicKey = Key::fromJwk(jwk);
            QVERIFY2(publicKey.has_value(), qPrintable(publicKey ? QString() : publicKey.error().message));
            keys.add(publicKey.value());
        }
        const SignatureCheck check = SignatureVerifier::verify(decoded, keys);
        QVERIFY2(check.status == expected,
                 qPrintable(signatureStatusName(check.status) + QLatin1String(": ") + check.detail));
        if (expected == SignatureStatus::Valid)
            QCOMPARE(check.keyKid, kidFor(alg));
        if (expected == SignatureStatus::KeyNotFound)
            QCOMPARE(check.kid, kidFor(alg));
    }

    // The classic attack: an HS256 token whose "secret" is the public key everyone can download.
    void algorithmConfusion_data()
    {
        QTest::addColumn<Algorithm>("keyAlg");
        QTest::addColumn<QString>("form");
        QTest::newRow("RS256 public key as PEM secret") << Algorithm::RS256 << QStringLiteral("pem");
        QTest::newRow("ES256 public key as PEM secret") << Algorithm::ES256 << QStringLiteral("pem");
        QTest::newRow("RS256 public key as JWK secret") << Algorithm::RS256 << QStringLiteral("jwk");
        QTest::newRow("RS256 public key object") << Algorithm::RS256 << QStringLiteral("key");
        QTest::newRow("ES256 public key object") << Algorithm::ES256 << QStringLiteral("key");
    }

    void algorithmConfusion()
    {
        QFETCH(Algorithm, keyAlg);
        QFETCH(QString, form);
        const Key &real = m_keys[keyAlg];
        const QByteArray publicText = form == QLatin1String("jwk")
            ? QJsonDocument(real.toPublicJwk()).toJson(QJsonDocument::Compact)
            : real.publicKeyPem();
        const auto forgedKey = Key::fromSecret(publicText, Key::SecretEncoding::Text, real.kid());
        QVERIFY(forgedKey.has_value());
        const auto forged = JwsSigner::sign(Algorithm::HS256, forgedKey.value(), kClaims);
        QVERIFY(forged.has_value());
        const DecodedJwt decoded = decode(forged.value());
        const Key verifier
            = form == QLatin1String("key") ? Key::fromPem(real.publicKeyPem()).value() : forgedKey.value();
        const SignatureCheck check = SignatureVerifier::verify(decoded, verifier);
        QCOMPARE(signatureStatusName(check.status), QStringLiteral("invalid"));
    }

    void keyWhoseAlgOrCurveDiffersIsNotUsed_data()
    {
        QTest::addColumn<Algorithm>("tokenAlg");
        QTest::addColumn<Algorithm>("keyAlg");
        QTest::newRow("PS256 token, RS256 key") << Algorithm::PS256 << Algorithm::RS256;
        QTest::newRow("ES256 token, ES384 key") << Algorithm::ES256 << Algorithm::ES384;
        QTest::newRow("RS256 token, ES256 key") << Algorithm::RS256 << Algorithm::ES256;
        QTest::newRow("EdDSA token, ES256 key") << Algorithm::EdDSA << Algorithm::ES256;
    }

    void keyWhoseAlgOrCurveDiffersIsNotUsed()
    {
        QFETCH(Algorithm, tokenAlg);
        QFETCH(Algorithm, keyAlg);
        Key signer = m_keys[tokenAlg];
        signer.setKid(QStringLiteral("shared"));
        if (tokenAlg == Algorithm::PS256)
            signer.setAlg(Algorithm::PS256);
        const auto token = JwsSigner::sign(tokenAlg, signer, kClaims);
        QVERIFY(token.has_value());
        // Same key material but declared for another algorithm (PS/RS), or another key type entirely.
        Key candidate = tokenAlg == Algorithm::PS256 ? m_keys[tokenAlg] : m_keys[keyAlg];
        candidate.setKid(QStringLiteral("shared"));
        candidate.setAlg(keyAlg);
        const SignatureCheck check = SignatureVerifier::verify(decode(token.value()), candidate);
        QCOMPARE(signatureStatusName(check.status), QStringLiteral("invalid"));
        QVERIFY(check.detail.contains(QLatin1String("confusion")));
    }

    // Issue 16 item 13: a signature under an RSA key shorter than 2048 bits proves nothing (the
    // modulus is within reach of factoring); the key is refused with the reason, from a JWK or a PEM.
    void shortRsaKeysAreRefused_data()
    {
        QTest::addColumn<int>("bits");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("1024") << 1024 << false;
        QTest::newRow("2047") << 2047 << false;
        QTest::newRow("2048") << 2048 << true;
    }

    void shortRsaKeysAreRefused()
    {
        QFETCH(int, bits);
        QFETCH(bool, accepted);
        EVP_PKEY *raw = EVP_RSA_gen(unsigned(bits));
        QVERIFY(raw);
        BIO *out = BIO_new(BIO_s_mem());
        QVERIFY(PEM_write_bio_PrivateKey(out, raw, nullptr, nullptr, 0, nullptr, nullptr) == 1);
        char *data = nullptr;
        const long size = BIO_get_mem_data(out, &data);
        Key key = Key::fromPem(QByteArray(data, qsizetype(size))).value();
        BIO_free(out);
        EVP_PKEY_free(raw);
        QCOMPARE(key.bits(), bits);
        key.setKid(QStringLiteral("rsa-%1").arg(bits));
        const QByteArray token = JwsSigner::sign(Algorithm::RS256, key, kClaims).value();
        const DecodedJwt decoded = decode(token);
        QVERIFY(SignatureVerifier::verifyRaw(Algorithm::RS256, key, decoded.signingInput(), decoded.signature));

        const Key publicKey = Key::fromPem(key.publicKeyPem()).value();
        const Key publicJwk = Key::fromJwk(key.toPublicJwk()).value();
        for (const Key &verifier : { publicKey, publicJwk }) {
            const SignatureCheck check = SignatureVerifier::verify(decoded, verifier);
            QCOMPARE(check.status, accepted ? SignatureStatus::Valid : SignatureStatus::Invalid);
            if (!accepted)
                QVERIFY2(check.detail.contains(QStringLiteral("has %1 bits: keys under 2048 bits").arg(bits)),
                         qPrintable(check.detail));
        }
    }

    void unsignedAndUnsupported()
    {
        const QByteArray none = base64UrlEncode(R"({"alg":"none"})") + '.' + base64UrlEncode(R"({"sub":"x"})") + '.';
        QCOMPARE(SignatureVerifier::verify(decode(none), m_keys[Algorithm::ES256]).status, SignatureStatus::Unsigned);
        const QByteArray odd
            = base64UrlEncode(R"({"alg":"ES256K","kid":"k"})") + '.' + base64UrlEncode(R"({"sub":"x"})") + ".AAAA";
        QCOMPARE(SignatureVerifier::verify(decode(odd), m_keys[Algorithm::ES256]).status,
                 SignatureStatus::UnsupportedAlg);
    }

    // Every failure names its kind (jwt::Problem), so a front end can tell bad data from a key
    // this program does not handle and from a key that cannot do what was asked.
    void keyAndSigningProblemsAreClassified()
    {
        const auto expectProblem = [](const auto &result, Problem::Kind kind) {
            QVERIFY(!result.has_value());
            QCOMPARE(result.error().kind, kind);
            QVERIFY(!result.error().message.isEmpty());
        };
        expectProblem(Key::fromJwk(QJsonObject {}), Problem::Kind::InvalidKey);
        expectProblem(Key::fromJwkJson("[1, 2]"), Problem::Kind::InvalidKey);
        expectProblem(Key::fromSecret("", Key::SecretEncoding::Text), Problem::Kind::InvalidKey);
        expectProblem(Key::fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"),
                      Problem::Kind::InvalidKey);
        expectProblem(Key::fromJwk(QJsonObject { { QLatin1String("kty"), QStringLiteral("EC") },
                                                 { QLatin1String("crv"), QStringLiteral("secp256k1") } }),
                      Problem::Kind::UnsupportedKey);
        expectProblem(Key::fromJwk(QJsonObject { { QLatin1String("kty"), QStringLiteral("DSA") } }),
                      Problem::Kind::UnsupportedKey);
        expectProblem(JwsSigner::sign(m_keys[Algorithm::ES256], R"({"alg":"ES256K"})", "{}"),
                      Problem::Kind::UnsupportedKey);

        const Key publicOnly = Key::fromJwk(m_keys[Algorithm::ES256].toPublicJwk()).value();
        expectProblem(JwsSigner::signRaw(Algorithm::ES256, publicOnly, "x.y"), Problem::Kind::NotUsable);
        expectProblem(JwsSigner::signRaw(Algorithm::RS256, m_keys[Algorithm::ES256], "x.y"), Problem::Kind::NotUsable);
        expectProblem(JwsSigner::signRaw(Algorithm::None, m_keys[Algorithm::ES256], "x.y"), Problem::Kind::NotUsable);
        // A JWK Set with no usable key passes on why; one bad entry among good ones is skipped, not fatal.
        expectProblem(JwkSet::fromJson(R"({"keys":[{"kty":"DSA"}]})"), Problem::Kind::InvalidKey);
    }

    // A key that does not load or a signature that does not verify leaves nothing in OpenSSL's error
    // queue: the entries would outlive the call, and the next OpenSSL user on the thread (QtNetwork's
    // TLS) could take them for its own.
    void openSslErrorQueueIsLeftEmpty()
    {
        ERR_clear_error();
        const auto expectEmptyQueue = [](const char *what) {
            const unsigned long left = ERR_peek_error();
            QVERIFY2(left == 0,
                     qPrintable(QStringLiteral("%1 left %2 in the queue")
                                    .arg(QLatin1String(what), QString::fromLatin1(ERR_error_string(left, nullptr)))));
        };
        QVERIFY(!Key::fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"));
        expectEmptyQueue("a public PEM that is not a key");
        QVERIFY(!Key::fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"));
        expectEmptyQueue("a private PEM that is not a key");
        QVERIFY(!Key::fromPem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"));
        expectEmptyQueue("a certificate that is not one");
        // A P-256 point that is not on the curve.
        QVERIFY(!Key::fromJwk(
            QJsonObject { { QLatin1String("kty"), QStringLiteral("EC") },
                          { QLatin1String("crv"), QStringLiteral("P-256") },
                          { QLatin1String("x"), QStringLiteral("hpAHr_B2K-GlnVn5W0s8ZOKa-mQXMpQkVVvqKp8ZAYc") },
                          { QLatin1String("y"), QStringLiteral("u2JUFN_WT5Echo21hYPr3u84X7vWBnnhVE2I-koVA5U") } }));
        expectEmptyQueue("an EC point off the curve");
        for (const Algorithm alg : { Algorithm::RS256, Algorithm::PS256, Algorithm::ES256, Algorithm::EdDSA }) {
            const Key &key = m_keys[alg];
            const QByteArray signature = JwsSigner::signRaw(alg, key, "a.b").value();
            QVERIFY(!SignatureVerifier::verifyRaw(alg, key, "a.c", signature));
            QByteArray garbage(signature.size(), '\x5a');
            QVERIFY(!SignatureVerifier::verifyRaw(alg, key, "a.b", garbage));
            expectEmptyQueue(algorithmName(alg).toLatin1().constData());
        }
    }

    void ecdsaSignatureLengthsAreExact()
    {
        const Key &key = m_keys[Algorithm::ES256];
        const QByteArray input = "a.b";
        const auto signature = JwsSigner::signRaw(Algorithm::ES256, key, input);
        QVERIFY(signature.has_value());
        QCOMPARE(signature.value().size(), 64);
        QVERIFY(SignatureVerifier::verifyRaw(Algorithm::ES256, key, input, signature.value()));
        QVERIFY(!SignatureVerifier::verifyRaw(Algorithm::ES256, key, input,
                                              QByteArray(QByteArray(1, '\0') + signature.value())));
        QVERIFY(!SignatureVerifier::verifyRaw(Algorithm::ES256, key, input, signature.value().left(63)));
        QVERIFY(!SignatureVerifier::verifyRaw(Algorithm::ES256, key, input, QByteArray(64, '\0')));
    }

    // The hand-written JOSE -> DER encoding must give exactly what OpenSSL's own encoder gives,
    // at every edge X.690 has: leading zero bytes, a set top bit, zero, and P-521's long length form.
    void joseToDerMatchesOpenSsl_data()
    {
        QTest::addColumn<Algorithm>("alg");
        QTest::addColumn<QByteArray>("r");
        QTest::addColumn<QByteArray>("s");
        const auto bytes = [](int width, uchar first, int zeros = 0) {
            QByteArray value(width, char(0x5A));
            for (int i = 0; i < zeros; ++i)
                value[i] = '\0';
            if (zeros < width)
                value[zeros] = char(first);
            return value;
        };
        for (const auto &[alg, width] :
             { std::pair(Algorithm::ES256, 32), std::pair(Algorithm::ES384, 48), std::pair(Algorithm::ES512, 66) }) {
            const QByteArray name = algorithmName(alg).toLatin1();
            QTest::addRow("%s plain", name.constData()) << alg << bytes(width, 0x12) << bytes(width, 0x34);
            QTest::addRow("%s top bit set", name.constData()) << alg << bytes(width, 0x80) << bytes(width, 0xFF);
            QTest::addRow("%s one leading zero", name.constData())
                << alg << bytes(width, 0x7F, 1) << bytes(width, 0x01, 1);
            QTest::addRow("%s zero then top bit", name.constData())
                << alg << bytes(width, 0x80, 1) << bytes(width, 0x12);
            QTest::addRow("%s many leading zeros", name.constData())
                << alg << bytes(width, 0x01, width - 1) << bytes(width, 0x90, 5);
            QTest::addRow("%s zero", name.constData()) << alg << QByteArray(width, '\0') << QByteArray(width, '\0');
            QTest::addRow("%s all ones", name.constData())
                << alg << QByteArray(width, char(0xFF)) << QByteArray(width, char(0xFF));
        }
    }

    void joseToDerMatchesOpenSsl()
    {
        QFETCH(Algorithm, alg);
        QFETCH(QByteArray, r);
        QFETCH(QByteArray, s);
        const auto *rBytes = reinterpret_cast<const unsigned char *>(r.constData());
        const auto *sBytes = reinterpret_cast<const unsigned char *>(s.constData());
        ECDSA_SIG *sig = ECDSA_SIG_new();
        QVERIFY(sig);
        QVERIFY(
            ECDSA_SIG_set0(sig, BN_bin2bn(rBytes, int(r.size()), nullptr), BN_bin2bn(sBytes, int(s.size()), nullptr)));
        unsigned char *expected = nullptr;
        const int expectedLength = i2d_ECDSA_SIG(sig, &expected);
        const QByteArray reference(reinterpret_cast<const char *>(expected), expectedLength);
        OPENSSL_free(expected);
        ECDSA_SIG_free(sig);
        QVERIFY(expectedLength > 0);

        const QByteArray jose = r + s;
        EcdsaDer der;
        QVERIFY(joseToDer(alg, jose, der));
        QCOMPARE(der.view().toByteArray().toHex(), reference.toHex());
        // Any other length is refused, never encoded.
        QVERIFY(!joseToDer(alg, QByteArray(jose + '\0'), der));
        QVERIFY(!joseToDer(alg, jose.chopped(1), der));
        QVERIFY(!joseToDer(Algorithm::RS256, jose, der));
    }

    void keysSurviveJwkAndPemRoundTrips_data()
    {
        QTest::addColumn<Algorithm>("alg");
        for (auto it = signingAlgorithmsBegin(); it != signingAlgorithmsEnd(); ++it)
            QTest::newRow(algorithmName(*it).toLatin1().constData()) << *it;
    }

    void keysSurviveJwkAndPemRoundTrips()
    {
        QFETCH(Algorithm, alg);
        const Key &key = m_keys[alg];
        const auto fromPrivate = Key::fromJwk(key.toPrivateJwk());
        QVERIFY2(fromPrivate.has_value(), qPrintable(fromPrivate ? QString() : fromPrivate.error().message));
        QVERIFY(fromPrivate.value().hasPrivate());
        QCOMPARE(fromPrivate.value().toPublicJwk(), key.toPublicJwk());
        QCOMPARE(fromPrivate.value().thumbprint(), key.thumbprint());
        const QJsonObject publicJwk = key.toPublicJwk();
        QCOMPARE(publicJwk.value(QLatin1String("kid")).toString(), kidFor(alg));
        QCOMPARE(publicJwk.value(QLatin1String("alg")).toString(), algorithmName(alg));
        QCOMPARE(publicJwk.value(QLatin1String("use")).toString(), QStringLiteral("sig"));
        if (isHmac(alg))
            return;
        QVERIFY(!publicJwk.contains(QLatin1String("d")));
        const auto fromPem = Key::fromPem(key.publicKeyPem());
        QVERIFY2(fromPem.has_value(), qPrintable(fromPem ? QString() : fromPem.error().message));
        QVERIFY(!fromPem.value().hasPrivate());
        QCOMPARE(fromPem.value().thumbprint(), key.thumbprint());
        const auto fromPrivatePem = Key::fromPem(key.privateKeyPem());
        QVERIFY2(fromPrivatePem.has_value(), qPrintable(fromPrivatePem ? QString() : fromPrivatePem.error().message));
        QVERIFY(fromPrivatePem.value().hasPrivate());
        const auto signature = JwsSigner::signRaw(alg, fromPrivatePem.value(), "x.y");
        QVERIFY(signature.has_value());
        QVERIFY(SignatureVerifier::verifyRaw(alg, fromPem.value(), "x.y", signature.value()));
    }
};

QTEST_GUILESS_MAIN(TestSignatures)
#include "tst_signatures.moc"

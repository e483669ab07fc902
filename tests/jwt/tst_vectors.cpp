#include "jwt/JwkSet.h"
#include "jwt/JwsSigner.h"
#include "jwt/JwtDecoder.h"
#include "jwt/SignatureVerifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vendo::jwt;

// Independent, published signatures: they pass only if key import, ECDSA r||s handling, PSS
// parameters and HMAC keys are all exactly right.
class TestVectors : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_document;

private slots:
    void initTestCase()
    {
        QFile file(QFINDTESTDATA("data/published_vectors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_document = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(m_document.value(QLatin1String("vectors")).toArray().size() >= 9);
    }

    void publishedSignatureVerifies_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("keys");
        QTest::addColumn<bool>("deterministic");
        for (const QJsonValue &value : m_document.value(QLatin1String("vectors")).toArray()) {
            const QJsonObject vector = value.toObject();
            QTest::newRow(vector.value(QLatin1String("name")).toString().toUtf8().constData())
                << vector.value(QLatin1String("token")).toString().toLatin1()
                << QJsonDocument(vector.value(QLatin1String("keys")).toObject()).toJson()
                << vector.value(QLatin1String("deterministic")).toBool();
        }
    }

    void publishedSignatureVerifies()
    {
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, keys);
        QFETCH(bool, deterministic);
        const auto set = JwkSet::fromJson(keys);
        QVERIFY2(set.has_value(), qPrintable(set ? QString() : set.error().message));
        const DecodedJwt decoded = decode(token);
        const SignatureCheck check = SignatureVerifier::verify(decoded, set.value());
        QVERIFY2(check.status == SignatureStatus::Valid, qPrintable(check.detail));

        QList<QByteArray> parts = token.split('.');
        parts[1][0] = parts[1][0] == 'A' ? 'B' : 'A';
        const SignatureCheck tampered = SignatureVerifier::verify(decode(parts.join('.')), set.value());
        QCOMPARE(signatureStatusName(tampered.status), QStringLiteral("invalid"));

        if (deterministic) {
            // HMAC, RSASSA-PKCS1-v1_5 and Ed25519 are deterministic: our signer must reproduce the bytes.
            const Algorithm alg = algorithmFromName(decoded.alg().toLatin1());
            const auto signature = JwsSigner::signRaw(alg, set.value().keys().first(), decoded.signingInput());
            QVERIFY2(signature.has_value(), qPrintable(signature ? QString() : signature.error().message));
            QCOMPARE(signature.value(), decoded.signature);
        }
    }

    void rfc7638Thumbprint()
    {
        const QJsonObject vector = m_document.value(QLatin1String("thumbprint")).toObject();
        const auto key = Key::fromJwk(vector.value(QLatin1String("jwk")).toObject());
        QVERIFY2(key.has_value(), qPrintable(key ? QString() : key.error().message));
        QCOMPARE(key.value().thumbprint(), vector.value(QLatin1String("expected")).toString());
    }
};

QTEST_GUILESS_MAIN(TestVectors)
#include "tst_vectors.moc"

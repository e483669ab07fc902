// The verifier and its diagnosis against vectors made by Python's hmac (data/make_webhook_vectors.py):
// both timestamp forms, the ±300 s boundaries, every refusal reason and every likely cause.
#include "FakeClock.h"
#include "webhooks/Delivery.h"
#include "webhooks/WebhookDiagnosis.h"
#include "webhooks/WebhookVerifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace vendo;
using namespace vendo::webhooks;

class TestWebhookVectors : public QObject
{
    Q_OBJECT

private:
    QJsonArray m_vectors;

    static QByteArray headerValue(const QJsonValue &value)
    {
        return value.isNull() ? QByteArray() : value.toString().toUtf8();
    }

private slots:
    void initTestCase()
    {
        QFile file(QFINDTESTDATA("data/webhook_vectors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QLatin1String("tolerance_seconds")).toInt(), 300);
        m_vectors = root.value(QLatin1String("vectors")).toArray();
        QVERIFY(m_vectors.size() >= 50);
    }

    void vectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        for (const QJsonValue &value : std::as_const(m_vectors)) {
            const QJsonObject vector = value.toObject();
            QTest::newRow(qPrintable(vector.value(QLatin1String("name")).toString())) << vector;
        }
    }

    void vectors()
    {
        QFETCH(QJsonObject, vector);
        const test::FakeClock clock(vector.value(QLatin1String("now")).toInteger());
        const QByteArray secret = vector.value(QLatin1String("secret")).toString().toUtf8();
        const QByteArray signature = headerValue(vector.value(QLatin1String("signature")));
        const QByteArray timestamp = headerValue(vector.value(QLatin1String("timestamp")));
        const QByteArray body = vector.value(QLatin1String("body")).toString().toUtf8();

        const WebhookVerifier verifier(secret, &clock);
        const Verdict verdict = verifier.verify(signature, timestamp, body);
        QCOMPARE(verdict.valid, vector.value(QLatin1String("valid")).toBool());
        QCOMPARE(verdict.reasonCode(), vector.value(QLatin1String("reason")).toString());
        QCOMPARE(verdict.className(), verdict.valid ? QString() : QStringLiteral("ValidationError"));
        const QJsonValue drift = vector.value(QLatin1String("drift_seconds"));
        if (drift.isNull())
            QVERIFY(!verdict.driftSeconds.has_value());
        else
            QCOMPARE(verdict.driftSeconds.value_or(-999999), drift.toInteger());
        if (verdict.valid) {
            QCOMPARE(verdict.id, QStringLiteral("evt_01JG8Z4Q7R2M5N8P1S4T7V0X3Y"));
            QCOMPARE(verdict.type, QStringLiteral("connection.status_changed"));
            QCOMPARE(verdict.data.value(QLatin1String("status")).toString(), QStringLiteral("needs_reauth"));
        }

        // The diagnosis keeps the SDK's verdict and adds what an engineer needs.
        Delivery delivery;
        if (!signature.isNull())
            delivery.headers.append({ "vendo-signature", signature });
        if (!timestamp.isNull())
            delivery.headers.append({ "Vendo-Timestamp", timestamp });
        delivery.body = body;
        const Diagnosis diagnosis = diagnose(secret, delivery, &clock);
        QCOMPARE(diagnosis.verdict.valid, verdict.valid);
        QCOMPARE(diagnosis.verdict.reason, verdict.reason);
        QStringList causes;
        for (const LikelyCause cause : diagnosis.likelyCauses)
            causes << likelyCauseCode(cause);
        QStringList expectedCauses;
        for (const QJsonValue &cause : vector.value(QLatin1String("likely_causes")).toArray())
            expectedCauses << cause.toString();
        QCOMPARE(causes, expectedCauses);
        const QStringList lines = diagnosis.explanation();
        QVERIFY(!lines.isEmpty());
        for (const LikelyCause cause : diagnosis.likelyCauses) {
            QVERIFY(lines.contains(likelyCauseText(cause)));
            QVERIFY(likelyCauseText(cause).startsWith(QLatin1String("Likely cause:")));
        }
        QStringList missing;
        if (signature.trimmed().isEmpty())
            missing << QStringLiteral("Vendo-Signature");
        if (timestamp.trimmed().isEmpty())
            missing << QStringLiteral("Vendo-Timestamp");
        QCOMPARE(diagnosis.missingHeaders, missing);
        if (verdict.reason == Reason::TimestampDrift)
            QVERIFY(lines.join(QLatin1Char('\n')).contains(QString::number(*verdict.driftSeconds)));
        // No secret ever reaches the explanation.
        if (secret.trimmed().size() > 4)
            QVERIFY(!lines.join(QLatin1Char('\n')).contains(QString::fromUtf8(secret.trimmed())));
    }

    // Every reason and every likely cause is covered by at least one vector.
    void vectorsCoverEveryOutcome()
    {
        QSet<QString> reasons;
        QSet<QString> causes;
        for (const QJsonValue &value : std::as_const(m_vectors)) {
            reasons << value.toObject().value(QLatin1String("reason")).toString();
            for (const QJsonValue &cause : value.toObject().value(QLatin1String("likely_causes")).toArray())
                causes << cause.toString();
        }
        for (int reason = int(Reason::None); reason <= int(Reason::BodyNotJson); ++reason)
            QVERIFY2(reasons.contains(reasonCode(Reason(reason))), qPrintable(reasonCode(Reason(reason))));
        for (int cause = int(LikelyCause::TrailingNewlineAdded); cause <= int(LikelyCause::SecretIsBase64); ++cause)
            QVERIFY2(causes.contains(likelyCauseCode(LikelyCause(cause))),
                     qPrintable(likelyCauseCode(LikelyCause(cause))));
    }

    // A configurable tolerance moves the boundary.
    void configurableTolerance()
    {
        const test::FakeClock clock;
        const QByteArray ts = QByteArray::number(clock.nowSecsSinceEpoch() - 61);
        const WebhookVerifier strict("whsec_x", &clock, std::chrono::seconds(60));
        const WebhookVerifier lenient("whsec_x", &clock, std::chrono::seconds(61));
        const QByteArray body = R"({"id":"evt_1","type":"t","occurred_at":"","data":{}})";
        QCOMPARE(strict.verify(strict.sign(ts, body), ts, body).reason, Reason::TimestampDrift);
        QVERIFY(lenient.verify(lenient.sign(ts, body), ts, body).valid);
    }

    // A 1 MiB body signed by the receiver's key verifies; one changed byte anywhere does not.
    void largeBody()
    {
        const test::FakeClock clock;
        const QByteArray ts = QByteArray::number(clock.nowSecsSinceEpoch());
        QByteArray body
            = "{\"id\":\"evt_big\",\"data\":{\"blob\":\"" + QByteArray(Delivery::kMaxBodyBytes - 40, 'a') + "\"}}";
        const WebhookVerifier verifier("whsec_big", &clock);
        const QByteArray signature = verifier.sign(ts, body);
        QVERIFY(verifier.verify(signature, ts, body).valid);
        body[body.size() / 2] = 'b';
        QCOMPARE(verifier.verify(signature, ts, body).reason, Reason::SignatureMismatch);
    }
};

QTEST_GUILESS_MAIN(TestWebhookVectors)
#include "tst_webhook_vectors.moc"

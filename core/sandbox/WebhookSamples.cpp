#include "sandbox/WebhookSamples.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace vendo::sandbox {

namespace {

constexpr qint64 kStaleSeconds = 900; // three times the SDK's 300 s tolerance
const QByteArray kWrongSecret = QByteArrayLiteral("whsec_not_the_sandbox_secret_0000000000");

} // namespace

QByteArray WebhookSample::capture(const QString &path, const QByteArray &host) const
{
    QByteArray text = "POST " + path.toUtf8() + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &[field, value] : headers)
        text += field + ": " + value + "\r\n";
    return text + "\r\n" + body;
}

QStringList WebhookSamples::names()
{
    return { QStringLiteral("valid"), QStringLiteral("tampered_body"), QStringLiteral("stale_timestamp"),
             QStringLiteral("wrong_secret"), QStringLiteral("trailing_newline") };
}

QByteArray WebhookSamples::sign(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body)
{
    return QMessageAuthenticationCode::hash(timestamp + '.' + body, secret, QCryptographicHash::Sha256).toHex();
}

WebhookSample WebhookSamples::make(const QString &name, const QByteArray &secret, const QDateTime &now)
{
    if (!names().contains(name))
        return {};
    const auto bodyWith = [&](const QString &status) {
        return QJsonDocument(QJsonObject {
                                 { QStringLiteral("id"), QString(QStringLiteral("wh_sbx_") + name) },
                                 { QStringLiteral("type"), QStringLiteral("connection.status_changed") },
                                 { QStringLiteral("occurred_at"), now.toUTC().toString(Qt::ISODate) },
                                 { QStringLiteral("data"),
                                   QJsonObject { { QStringLiteral("slug"), QStringLiteral("google") },
                                                 { QStringLiteral("connection_id"), QStringLiteral("conn_sbx_google") },
                                                 { QStringLiteral("status"), status } } },
                             })
            .toJson(QJsonDocument::Compact);
    };
    WebhookSample sample;
    sample.name = name;
    const QByteArray signedBody = bodyWith(QStringLiteral("connected"));
    QByteArray timestamp = QByteArray::number(now.toSecsSinceEpoch());
    QByteArray key = secret;
    sample.body = signedBody;
    if (name == QLatin1String("tampered_body")) {
        sample.body = bodyWith(QStringLiteral("needs_reauth")); // changed after signing
        sample.expectedReason = QStringLiteral("signature_mismatch");
    } else if (name == QLatin1String("stale_timestamp")) {
        timestamp = QByteArray::number(now.toSecsSinceEpoch() - kStaleSeconds);
        sample.expectedReason = QStringLiteral("timestamp_drift");
    } else if (name == QLatin1String("wrong_secret")) {
        key = kWrongSecret;
        sample.expectedReason = QStringLiteral("signature_mismatch");
    } else if (name == QLatin1String("trailing_newline")) {
        sample.body = signedBody + '\n'; // a framework added a newline after the signature was made
        sample.expectedReason = QStringLiteral("signature_mismatch");
    }
    sample.headers = {
        { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
        { QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Vendo-Webhooks/1.0 (sandbox)") },
        { QByteArrayLiteral("Vendo-Timestamp"), timestamp },
        { QByteArrayLiteral("Vendo-Signature"), sign(key, timestamp, signedBody) },
    };
    return sample;
}

} // namespace vendo::sandbox

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace vendo::sandbox {

// Signed sample webhook deliveries (docs/service-contract.md "Webhooks", docs/sandbox.md "Webhooks"):
// one that the SDK accepts and the usual ways a delivery fails. HMAC-SHA256 over
// "<Vendo-Timestamp>.<raw body>" with the scenario's webhook secret, computed here with Qt's own
// QMessageAuthenticationCode (the sandbox does not share the inspector's verifier).
struct WebhookSample
{
    QString name; // valid, tampered_body, stale_timestamp, wrong_secret, trailing_newline
    QString expectedReason; // the SDK's reason code; empty: accepted
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Type, Vendo-Signature, Vendo-Timestamp, ...
    QByteArray body; // as delivered

    // The delivery as a receiver's log shows it: request line, headers, a blank line, the body.
    QByteArray capture(const QString &path = QStringLiteral("/webhooks/vendo"),
                       const QByteArray &host = "receiver.example") const;
};

class WebhookSamples
{
public:
    static QStringList names();
    // The named sample at `now`; an empty name when there is no such sample.
    static WebhookSample make(const QString &name, const QByteArray &secret, const QDateTime &now);
    static QByteArray sign(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body);
};

} // namespace vendo::sandbox

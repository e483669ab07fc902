#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace vendo::jwt {
class Clock;
}

namespace vendo::webhooks {

// Why the SDK's `webhooks.verify` refused a delivery (docs/service-contract.md "Webhooks"). Every
// refusal is a ValidationError; the order of the checks is the order of this list.
enum class Reason {
    None,
    SecretNotSet,
    SignatureHeaderMissing,
    TimestampHeaderMissing,
    TimestampNotParseable,
    TimestampDrift,
    SignatureNotHex,
    SignatureMismatch,
    BodyNotJson,
};

struct Verdict
{
    bool valid = false;
    Reason reason = Reason::None;
    std::optional<qint64> timestampMs; // the delivery's time, ms since the epoch, once parsed
    std::optional<qint64> driftSeconds; // now − timestamp: positive = in the past, negative = future
    // From a verified JSON object body: {id, type, occurred_at, data}.
    QString id;
    QString type;
    QString occurredAt;
    QJsonObject data;

    // "ValidationError" for a refusal, empty for a pass: the class the SDK raises.
    QString className() const;
    // Stable snake_case reason ("signature_mismatch", ...), empty for a pass.
    QString reasonCode() const;
    // One translated sentence.
    QString message() const;
};

QString reasonCode(Reason reason);

// The SDK's verifier. HMAC-SHA256 over "<Vendo-Timestamp value>.<raw body>" keyed with the webhook
// secret, compared in constant time. Keeps one keyed OpenSSL MAC context, so one verifier serves
// one thread at a time.
class WebhookVerifier
{
public:
    static constexpr std::chrono::seconds kDefaultTolerance { 300 };
    static constexpr qsizetype kSignatureBytes = 32;

    // `clock` nullptr: the system clock. It must outlive the verifier.
    explicit WebhookVerifier(const QByteArray &secret, const jwt::Clock *clock = nullptr,
                             std::chrono::seconds tolerance = kDefaultTolerance);
    ~WebhookVerifier();
    WebhookVerifier(const WebhookVerifier &) = delete;
    WebhookVerifier &operator=(const WebhookVerifier &) = delete;

    // A header that is absent is a null QByteArray; an empty or blank value counts as missing too.
    Verdict verify(const QByteArray &signatureHeader, const QByteArray &timestampHeader, QByteArrayView body) const;

    // The lowercase hex signature of `body` at `timestamp` with this verifier's secret.
    QByteArray sign(QByteArrayView timestamp, QByteArrayView body) const;
    // Raw 32-byte HMAC; false when OpenSSL failed.
    bool mac(QByteArrayView timestamp, QByteArrayView body, unsigned char *out) const;

    // Unix seconds (digits only) or RFC 3339 with an offset; ms since the epoch.
    static std::optional<qint64> parseTimestamp(QByteArrayView value);

    std::chrono::seconds tolerance() const { return m_tolerance; }

private:
    struct Mac;
    QByteArray m_secret;
    const jwt::Clock *m_clock;
    std::chrono::seconds m_tolerance;
    std::unique_ptr<Mac> m_mac;
};

} // namespace vendo::webhooks

#include "webhooks/WebhookVerifier.h"

#include "jwt/Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QTime>

#include <array>
#include <cstdlib>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

namespace vendo::webhooks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::webhooks::WebhookVerifier)
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Digits [from, from + count) of `text` as a number; -1 when one is not a digit.
int digits(QByteArrayView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (i >= text.size() || !isDigit(text[i]))
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

int hexNibble(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isBlank(const QByteArray &value)
{
    return value.trimmed().isEmpty();
}

} // namespace

QString reasonCode(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return {};
    case Reason::SecretNotSet:
        return QStringLiteral("secret_not_set");
    case Reason::SignatureHeaderMissing:
        return QStringLiteral("signature_header_missing");
    case Reason::TimestampHeaderMissing:
        return QStringLiteral("timestamp_header_missing");
    case Reason::TimestampNotParseable:
        return QStringLiteral("timestamp_not_parseable");
    case Reason::TimestampDrift:
        return QStringLiteral("timestamp_drift");
    case Reason::SignatureNotHex:
        return QStringLiteral("signature_not_hex");
    case Reason::SignatureMismatch:
        return QStringLiteral("signature_mismatch");
    case Reason::BodyNotJson:
        return QStringLiteral("body_not_json");
    }
    return {};
}

QString Verdict::className() const
{
    return valid ? QString() : QStringLiteral("ValidationError");
}

QString Verdict::reasonCode() const
{
    return webhooks::reasonCode(reason);
}

QString Verdict::message() const
{
    switch (reason) {
    case Reason::None:
        return Tr::tr("The signature is valid.");
    case Reason::SecretNotSet:
        return Tr::tr("No webhook secret is set (VENDO_WEBHOOK_SECRET).");
    case Reason::SignatureHeaderMissing:
        return Tr::tr("The Vendo-Signature header is missing.");
    case Reason::TimestampHeaderMissing:
        return Tr::tr("The Vendo-Timestamp header is missing.");
    case Reason::TimestampNotParseable:
        return Tr::tr("Vendo-Timestamp is neither Unix seconds nor an RFC 3339 date.");
    case Reason::TimestampDrift:
        return driftSeconds && *driftSeconds < 0
            ? Tr::tr("Vendo-Timestamp is %1 s in the future, beyond the allowed drift.").arg(-*driftSeconds)
            : Tr::tr("Vendo-Timestamp is %1 s old, beyond the allowed drift.").arg(driftSeconds.value_or(0));
    case Reason::SignatureNotHex:
        return Tr::tr("Vendo-Signature is not hexadecimal.");
    case Reason::SignatureMismatch:
        return Tr::tr("Vendo-Signature does not match the body and timestamp signed with this secret.");
    case Reason::BodyNotJson:
        return Tr::tr("The signature matches, but the body is not JSON.");
    }
    return {};
}

struct WebhookVerifier::Mac
{
    EVP_MAC *mac = nullptr;
    EVP_MAC_CTX *ctx = nullptr;
    bool keyed = false;

    ~Mac()
    {
        EVP_MAC_CTX_free(ctx);
        EVP_MAC_free(mac);
    }
};

WebhookVerifier::WebhookVerifier(const QByteArray &secret, const jwt::Clock *clock, std::chrono::seconds tolerance)
    : m_secret(secret)
    , m_clock(clock)
    , m_tolerance(tolerance)
    , m_mac(std::make_unique<Mac>())
{
    if (m_secret.isEmpty())
        return;
    m_mac->mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    m_mac->ctx = m_mac->mac ? EVP_MAC_CTX_new(m_mac->mac) : nullptr;
    if (!m_mac->ctx)
        return;
    char digest[] = "SHA256";
    const OSSL_PARAM params[]
        = { OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_construct_end() };
    // Keyed once here; each signature re-initialises the context with the same key (NULL key).
    m_mac->keyed = EVP_MAC_init(m_mac->ctx, reinterpret_cast<const unsigned char *>(m_secret.constData()),
                                size_t(m_secret.size()), params)
        == 1;
}

WebhookVerifier::~WebhookVerifier() = default;

bool WebhookVerifier::mac(QByteArrayView timestamp, QByteArrayView body, unsigned char *out) const
{
    if (!m_mac->keyed || EVP_MAC_init(m_mac->ctx, nullptr, 0, nullptr) != 1)
        return false;
    const auto update = [this](QByteArrayView part) {
        return EVP_MAC_update(m_mac->ctx, reinterpret_cast<const unsigned char *>(part.data()), size_t(part.size()))
            == 1;
    };
    size_t length = 0;
    return update(timestamp) && update(".") && update(body)
        && EVP_MAC_final(m_mac->ctx, out, &length, size_t(kSignatureBytes)) == 1 && length == size_t(kSignatureBytes);
}

QByteArray WebhookVerifier::sign(QByteArrayView timestamp, QByteArrayView body) const
{
    std::array<unsigned char, kSignatureBytes> raw {};
    if (!mac(timestamp, body, raw.data()))
        return {};
    return QByteArray(reinterpret_cast<const char *>(raw.data()), kSignatureBytes).toHex();
}

std::optional<qint64> WebhookVerifier::parseTimestamp(QByteArrayView value)
{
    if (value.isEmpty())
        return std::nullopt;
    // Unix seconds: digits only, at most 11 (year 5138).
    if (value.size() <= 11 && digits(value, 0, value.size()) >= 0) {
        qint64 seconds = 0;
        for (char c : value)
            seconds = seconds * 10 + (c - '0');
        return seconds * 1000;
    }
    // RFC 3339: YYYY-MM-DD(T|t| )hh:mm:ss[.fraction](Z|z|±hh:mm).
    if (value.size() < 20 || value.size() > 64 || value[4] != '-' || value[7] != '-' || value[13] != ':'
        || value[16] != ':' || (value[10] != 'T' && value[10] != 't' && value[10] != ' '))
        return std::nullopt;
    const QDate date(digits(value, 0, 4), digits(value, 5, 2), digits(value, 8, 2));
    const QTime time(digits(value, 11, 2), digits(value, 14, 2), digits(value, 17, 2));
    if (!date.isValid() || !time.isValid() || digits(value, 0, 4) < 0)
        return std::nullopt;
    qsizetype at = 19;
    int millis = 0;
    if (value[at] == '.') {
        const qsizetype first = ++at;
        while (at < value.size() && isDigit(value[at]))
            ++at;
        if (at == first)
            return std::nullopt;
        for (qsizetype i = first; i < first + 3; ++i) // beyond milliseconds the fraction is cut
            millis = millis * 10 + (i < at ? value[i] - '0' : 0);
    }
    qint64 offsetSeconds = 0;
    if (at < value.size() && (value[at] == 'Z' || value[at] == 'z') && at + 1 == value.size()) {
        offsetSeconds = 0;
    } else if (at + 6 == value.size() && (value[at] == '+' || value[at] == '-') && value[at + 3] == ':') {
        const int hours = digits(value, at + 1, 2);
        const int minutes = digits(value, at + 4, 2);
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (value[at] == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() + millis - offsetSeconds * 1000;
}

Verdict WebhookVerifier::verify(const QByteArray &signatureHeader, const QByteArray &timestampHeader,
                                QByteArrayView body) const
{
    Verdict verdict;
    const auto refuse = [&verdict](Reason reason) {
        verdict.reason = reason;
        return verdict;
    };
    if (m_secret.isEmpty())
        return refuse(Reason::SecretNotSet);
    if (isBlank(signatureHeader))
        return refuse(Reason::SignatureHeaderMissing);
    if (isBlank(timestampHeader))
        return refuse(Reason::TimestampHeaderMissing);

    const QByteArray timestamp = timestampHeader.trimmed();
    verdict.timestampMs = parseTimestamp(timestamp);
    if (!verdict.timestampMs)
        return refuse(Reason::TimestampNotParseable);
    const qint64 nowMs = m_clock ? m_clock->now().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    const qint64 driftMs = nowMs - *verdict.timestampMs;
    verdict.driftSeconds = driftMs / 1000;
    if (std::llabs(driftMs) > qint64(m_tolerance.count()) * 1000)
        return refuse(Reason::TimestampDrift);

    const QByteArray signature = signatureHeader.trimmed();
    std::array<unsigned char, kSignatureBytes> claimed {};
    if (signature.size() % 2 != 0)
        return refuse(Reason::SignatureNotHex);
    for (qsizetype i = 0; i < signature.size(); i += 2) {
        const int high = hexNibble(signature[i]);
        const int low = hexNibble(signature[i + 1]);
        if (high < 0 || low < 0)
            return refuse(Reason::SignatureNotHex);
        if (i / 2 < kSignatureBytes)
            claimed[size_t(i / 2)] = static_cast<unsigned char>(high << 4 | low);
    }
    std::array<unsigned char, kSignatureBytes> expected {};
    // The signed string holds the header's value as it came (only surrounding blanks dropped).
    if (signature.size() != kSignatureBytes * 2 || !mac(timestamp, body, expected.data())
        || CRYPTO_memcmp(claimed.data(), expected.data(), expected.size()) != 0)
        return refuse(Reason::SignatureMismatch);

    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(QByteArray::fromRawData(body.data(), body.size()), &error);
    if (error.error != QJsonParseError::NoError)
        return refuse(Reason::BodyNotJson);
    const QJsonObject object = json.object();
    verdict.id = object.value(QLatin1String("id")).toString();
    verdict.type = object.value(QLatin1String("type")).toString();
    verdict.occurredAt = object.value(QLatin1String("occurred_at")).toString();
    verdict.data = object.value(QLatin1String("data")).toObject();
    verdict.valid = true;
    return verdict;
}

} // namespace vendo::webhooks

#include "webhooks/WebhookDiagnosis.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <openssl/crypto.h>

namespace vendo::webhooks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::webhooks::WebhookDiagnosis)
};

bool sameSignature(const QByteArray &expectedHex, const QByteArray &claimedHex)
{
    return !expectedHex.isEmpty() && expectedHex.size() == claimedHex.size()
        && CRYPTO_memcmp(expectedHex.constData(), claimedHex.constData(), size_t(expectedHex.size())) == 0;
}

// The bodies the sender may have signed when the receiver holds `body`.
QList<QPair<LikelyCause, QByteArray>> signedBodyCandidates(const QByteArray &body)
{
    QList<QPair<LikelyCause, QByteArray>> candidates;
    if (body.endsWith("\r\n"))
        candidates.append({ LikelyCause::TrailingNewlineAdded, body.chopped(2) });
    else if (body.endsWith('\n'))
        candidates.append({ LikelyCause::TrailingNewlineAdded, body.chopped(1) });
    candidates.append({ LikelyCause::TrailingNewlineMissing, body + '\n' });
    if (body.contains("\r\n"))
        candidates.append({ LikelyCause::LineEndsChangedToCrlf, QByteArray(body).replace("\r\n", "\n") });
    if (body.contains('\n')) {
        QByteArray crlf = QByteArray(body).replace("\r\n", "\n").replace("\n", "\r\n");
        if (crlf != body)
            candidates.append({ LikelyCause::LineEndsChangedToLf, crlf });
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        candidates.append({ LikelyCause::JsonReserialisedCompact, json.toJson(QJsonDocument::Compact) });
        candidates.append({ LikelyCause::JsonReserialisedIndented, json.toJson(QJsonDocument::Indented) });
    }
    return candidates;
}

// The keys the sender may have meant when the receiver is configured with `secret`.
QList<QPair<LikelyCause, QByteArray>> secretCandidates(const QByteArray &secret)
{
    QList<QPair<LikelyCause, QByteArray>> candidates;
    const QByteArray trimmed = secret.trimmed();
    if (!trimmed.isEmpty() && trimmed != secret)
        candidates.append({ LikelyCause::SecretNeedsTrimming, trimmed });
    for (const auto encoding : { QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding }) {
        const auto decoded
            = QByteArray::fromBase64Encoding(trimmed, encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && !decoded.decoded.isEmpty() && decoded.decoded != trimmed) {
            candidates.append({ LikelyCause::SecretIsBase64, decoded.decoded });
            break;
        }
    }
    return candidates;
}

} // namespace

QString likelyCauseCode(LikelyCause cause)
{
    switch (cause) {
    case LikelyCause::TrailingNewlineAdded:
        return QStringLiteral("trailing_newline_added");
    case LikelyCause::TrailingNewlineMissing:
        return QStringLiteral("trailing_newline_missing");
    case LikelyCause::LineEndsChangedToCrlf:
        return QStringLiteral("line_ends_changed_to_crlf");
    case LikelyCause::LineEndsChangedToLf:
        return QStringLiteral("line_ends_changed_to_lf");
    case LikelyCause::JsonReserialisedCompact:
        return QStringLiteral("json_reserialised_compact");
    case LikelyCause::JsonReserialisedIndented:
        return QStringLiteral("json_reserialised_indented");
    case LikelyCause::SecretNeedsTrimming:
        return QStringLiteral("secret_needs_trimming");
    case LikelyCause::SecretIsBase64:
        return QStringLiteral("secret_is_base64");
    }
    return {};
}

QString likelyCauseText(LikelyCause cause)
{
    switch (cause) {
    case LikelyCause::TrailingNewlineAdded:
        return Tr::tr("Likely cause: a trailing newline was added to the body after it was signed; the signature "
                      "matches the body without it.");
    case LikelyCause::TrailingNewlineMissing:
        return Tr::tr("Likely cause: the body lost its trailing newline; the signature matches the body with it.");
    case LikelyCause::LineEndsChangedToCrlf:
        return Tr::tr("Likely cause: the body's line ends were changed to CRLF; the signature matches them as LF.");
    case LikelyCause::LineEndsChangedToLf:
        return Tr::tr("Likely cause: the body's line ends were changed to LF; the signature matches them as CRLF.");
    case LikelyCause::JsonReserialisedCompact:
        return Tr::tr("Likely cause: the JSON body was parsed and re-serialised before verifying; the signature "
                      "matches its compact form. Verify the raw bytes as received.");
    case LikelyCause::JsonReserialisedIndented:
        return Tr::tr("Likely cause: the JSON body was parsed and re-serialised before verifying; the signature "
                      "matches its indented form. Verify the raw bytes as received.");
    case LikelyCause::SecretNeedsTrimming:
        return Tr::tr("Likely cause: the webhook secret carries whitespace (a newline from a file?); the "
                      "signature matches the trimmed secret.");
    case LikelyCause::SecretIsBase64:
        return Tr::tr("Likely cause: the webhook secret was used base64-decoded; the signature matches the "
                      "decoded bytes as the key.");
    }
    return {};
}

Diagnosis diagnose(const QByteArray &secret, const Delivery &delivery, const jwt::Clock *clock,
                   std::chrono::seconds tolerance)
{
    Diagnosis diagnosis;
    diagnosis.toleranceSeconds = tolerance.count();
    const WebhookVerifier verifier(secret, clock, tolerance);
    const QByteArray signature = delivery.signature();
    const QByteArray timestamp = delivery.timestamp();
    diagnosis.verdict = verifier.verify(signature, timestamp, delivery.body);
    if (signature.trimmed().isEmpty())
        diagnosis.missingHeaders << QStringLiteral("Vendo-Signature");
    if (timestamp.trimmed().isEmpty())
        diagnosis.missingHeaders << QStringLiteral("Vendo-Timestamp");
    diagnosis.driftSeconds = diagnosis.verdict.driftSeconds;
    if (diagnosis.verdict.reason != Reason::SignatureMismatch)
        return diagnosis;

    const QByteArray claimed = signature.trimmed().toLower();
    const QByteArray signedTimestamp = timestamp.trimmed();
    for (const auto &[cause, body] : signedBodyCandidates(delivery.body)) {
        if (!diagnosis.likelyCauses.contains(cause) && sameSignature(verifier.sign(signedTimestamp, body), claimed))
            diagnosis.likelyCauses.append(cause);
    }
    for (const auto &[cause, key] : secretCandidates(secret)) {
        const WebhookVerifier other(key, clock, tolerance);
        if (sameSignature(other.sign(signedTimestamp, delivery.body), claimed))
            diagnosis.likelyCauses.append(cause);
    }
    return diagnosis;
}

QStringList Diagnosis::explanation() const
{
    QStringList lines;
    lines << (verdict.valid ? verdict.message() : Tr::tr("Refused (ValidationError): %1").arg(verdict.message()));
    if (!missingHeaders.isEmpty())
        lines << Tr::tr("Missing header(s): %1").arg(missingHeaders.join(QLatin1String(", ")));
    if (driftSeconds)
        lines << Tr::tr("Clock drift: %1 s (allowed: ±%2 s)").arg(*driftSeconds).arg(toleranceSeconds);
    for (const LikelyCause cause : likelyCauses)
        lines << likelyCauseText(cause);
    if (verdict.reason == Reason::SignatureMismatch && likelyCauses.isEmpty())
        lines << Tr::tr("No usual cause matches: check that the secret is this endpoint's webhook secret.");
    return lines;
}

} // namespace vendo::webhooks

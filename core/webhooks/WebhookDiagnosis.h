#pragma once

#include "webhooks/Delivery.h"
#include "webhooks/WebhookVerifier.h"

#include <QList>
#include <QStringList>

namespace vendo::webhooks {

// The usual reasons a signature made by Vendo does not match what a receiver verifies. Found by
// signing a changed body or secret: a hint for the engineer, never a pass.
enum class LikelyCause {
    TrailingNewlineAdded, // the receiver's body has a newline the signed body did not
    TrailingNewlineMissing, // the signed body ended in a newline the receiver's body lost
    LineEndsChangedToCrlf, // the receiver's body has CRLF where LF was signed
    LineEndsChangedToLf, // the receiver's body has LF where CRLF was signed
    JsonReserialisedCompact, // the receiver re-serialised the JSON (signed: compact)
    JsonReserialisedIndented, // the receiver re-serialised the JSON (signed: indented)
    SecretNeedsTrimming, // the configured secret carries surrounding whitespace
    SecretIsBase64, // the secret must be base64-decoded before use
};

QString likelyCauseCode(LikelyCause cause); // stable snake_case
QString likelyCauseText(LikelyCause cause); // translated, "Likely cause: ..."

struct Diagnosis
{
    Verdict verdict; // the SDK's verdict, unchanged by anything below
    QStringList missingHeaders; // "Vendo-Signature", "Vendo-Timestamp"
    std::optional<qint64> driftSeconds;
    qint64 toleranceSeconds = 300;
    QList<LikelyCause> likelyCauses; // only for a mismatch

    // Translated lines for a person: the verdict, then what was found.
    QStringList explanation() const;
};

// Verifies `delivery` like the SDK and, when refused, says why as precisely as it can.
Diagnosis diagnose(const QByteArray &secret, const Delivery &delivery, const jwt::Clock *clock = nullptr,
                   std::chrono::seconds tolerance = WebhookVerifier::kDefaultTolerance);

} // namespace vendo::webhooks

#pragma once

#include <QMetaType>
#include <QString>

#include <expected>

namespace vendo::secrets {

// What a secret-store operation came to. Every failure has its own row so that the operator is told
// what to do, and "not found" is never confused with "the keychain does not work".
enum class SecretStatus {
    Ok,
    NotFound, // the store works and holds no key for this profile
    NoService, // no keychain service reachable (no session bus, no Secret Service, no backend)
    LockedOrDenied, // the keychain is locked, or access was refused
    Timeout, // the keychain did not answer within the timeout
    InvalidKey, // write refused before storing: the key's format is wrong
    Other, // anything else; `detail` carries the backend's words
};

enum class SecretOperation { Read, Write, Remove };

// What is wrong with the text of a secret (typed, pasted or set in the environment), for a SecretError
// of status InvalidKey that a format check (ApiKey::check, WebhookSecret::check) returned.
enum class SecretFormat {
    Valid, // not a format problem
    Empty,
    MissingPrefix, // an API key without "vendo_sk_"
    InvalidCharacter, // `position` is the offending character's index in the trimmed text
    TooShort,
    TooLong,
};

// Why a secret-store operation failed: the secret store's error type (docs/architecture.md, "Errors").
// `status` is never Ok.
struct SecretError
{
    SecretStatus status = SecretStatus::Other;
    SecretOperation operation = SecretOperation::Read;
    QString message; // translated: what happened and what to do; never contains the key
    QString detail; // the backend's own error text (untranslated, never contains the key)
    SecretFormat format = SecretFormat::Valid; // status InvalidKey from a format check: what is wrong
    int position = -1; // format InvalidCharacter: the character's index in the trimmed text

    // A failure with the standard message for its status and operation.
    static SecretError make(SecretOperation operation, SecretStatus status, const QString &detail = QString());
    // A format check's failure: status InvalidKey (the secret is not stored or used), what is wrong, and
    // the check's own message.
    static SecretError badFormat(SecretFormat format, const QString &message, int position = -1);

    // Stable identifiers for JSON output and logs: ok, not_found, no_keychain_service,
    // locked_or_denied, timeout, invalid_key, other.
    static QString statusId(SecretStatus status);
    // The translated operator message for a status (what to do about it).
    static QString messageFor(SecretOperation operation, SecretStatus status);

    // Qt's meta-type system compares SecretResult values, so the error must be comparable.
    friend bool operator==(const SecretError &, const SecretError &) = default;
};

// What a secret-store operation came to: the key for a successful read (never log or print it; an
// empty string for a write or a remove), or the classified SecretError.
using SecretResult = std::expected<QString, SecretError>;

// A secret's text that passed its format check: the trimmed value to store or use (never log or print
// it), whether surrounding whitespace was removed, and then a translated note saying so.
struct CheckedSecret
{
    QString value;
    bool wasTrimmed = false;
    QString note;
};

// A format check's verdict: the checked secret, or a SecretError of status InvalidKey whose `format`
// says what is wrong and whose message says it in words (never repeating the secret).
using SecretCheck = std::expected<CheckedSecret, SecretError>;

// Ok, or the error's status: for code that tells "not found" apart from other failures.
inline SecretStatus statusOf(const SecretResult &result)
{
    return result ? SecretStatus::Ok : result.error().status;
}

} // namespace vendo::secrets

Q_DECLARE_METATYPE(vendo::secrets::SecretResult)

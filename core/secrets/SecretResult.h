#pragma once

#include <QMetaType>
#include <QString>

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

struct SecretResult
{
    SecretStatus status = SecretStatus::Other;
    SecretOperation operation = SecretOperation::Read;
    QString secret; // the key, for a successful read only; never log or print it
    QString message; // translated: what happened and what to do; never contains the key
    QString detail; // the backend's own error text (untranslated, never contains the key)

    bool ok() const { return status == SecretStatus::Ok; }

    static SecretResult success(SecretOperation operation, const QString &secret = QString());
    // A failure with the standard message for its status and operation.
    static SecretResult failure(SecretOperation operation, SecretStatus status, const QString &detail = QString());

    // Stable identifiers for JSON output and logs: ok, not_found, no_keychain_service,
    // locked_or_denied, timeout, invalid_key, other.
    static QString statusId(SecretStatus status);
    // The translated operator message for a status (what to do about it).
    static QString messageFor(SecretOperation operation, SecretStatus status);
};

} // namespace vendo::secrets

Q_DECLARE_METATYPE(vendo::secrets::SecretResult)

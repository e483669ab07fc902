#include "secrets/SecretResult.h"

#include <QCoreApplication>

namespace vendo::secrets {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::secrets::SecretResult)
};

} // namespace

SecretError SecretError::badFormat(SecretFormat format, const QString &message, int position)
{
    SecretError error = make(SecretOperation::Write, SecretStatus::InvalidKey);
    error.format = format;
    error.position = position;
    error.message = message;
    return error;
}

SecretError SecretError::make(SecretOperation operation, SecretStatus status, const QString &detail)
{
    return SecretError { status, operation, messageFor(operation, status), detail };
}

QString SecretError::statusId(SecretStatus status)
{
    switch (status) {
    case SecretStatus::Ok:
        return QStringLiteral("ok");
    case SecretStatus::NotFound:
        return QStringLiteral("not_found");
    case SecretStatus::NoService:
        return QStringLiteral("no_keychain_service");
    case SecretStatus::LockedOrDenied:
        return QStringLiteral("locked_or_denied");
    case SecretStatus::Timeout:
        return QStringLiteral("timeout");
    case SecretStatus::InvalidKey:
        return QStringLiteral("invalid_key");
    case SecretStatus::Other:
        break;
    }
    return QStringLiteral("other");
}

QString SecretError::messageFor(SecretOperation operation, SecretStatus status)
{
    switch (status) {
    case SecretStatus::Ok:
        return QString();
    case SecretStatus::NotFound:
        return operation == SecretOperation::Remove
            ? Tr::tr("No API key is stored for this profile; there was nothing to delete.")
            : Tr::tr("No API key is stored for this profile yet. Enter one to use it.");
    case SecretStatus::NoService:
#if defined(Q_OS_MACOS)
        return Tr::tr("The macOS Keychain could not be reached. Log in to a graphical session, or use a "
                      "session-only key.");
#elif defined(Q_OS_WIN)
        return Tr::tr("Windows Credential Manager could not be reached. Make sure the Credential Manager "
                      "service is running, or use a session-only key.");
#else
        return Tr::tr("No keychain service is reachable: this session has no D-Bus session bus or nothing on it "
                      "provides the Secret Service. Start gnome-keyring or KWallet (for example "
                      "\"gnome-keyring-daemon --start --components=secrets\" inside your desktop session), or "
                      "use a session-only key, or set VENDO_API_KEY for the command line.");
#endif
    case SecretStatus::LockedOrDenied:
#if defined(Q_OS_MACOS)
        return Tr::tr("The macOS Keychain refused access. Unlock the login keychain and allow "
                      "vendo-inspector in Keychain Access, then try again.");
#elif defined(Q_OS_WIN)
        return Tr::tr("Windows Credential Manager refused access. Check that you are logged in as the user "
                      "who stored the key, then try again.");
#else
        return Tr::tr("The keyring is locked or refused access. Unlock your login keyring (gnome-keyring: log "
                      "in again or open \"Passwords and Keys\"; KWallet: open the wallet), then try again.");
#endif
    case SecretStatus::Timeout:
        return Tr::tr("The keychain did not answer in time. It may be waiting on an unlock prompt or still "
                      "starting: unlock it and try again.");
    case SecretStatus::InvalidKey:
        return Tr::tr("The API key was not stored because its format is wrong.");
    case SecretStatus::Other:
        break;
    }
    switch (operation) {
    case SecretOperation::Read:
        return Tr::tr("The API key could not be read from the keychain. See the details, then try again.");
    case SecretOperation::Write:
        return Tr::tr("The API key could not be stored in the keychain; nothing was saved. See the details, "
                      "then try again.");
    case SecretOperation::Remove:
        break;
    }
    return Tr::tr("The API key could not be deleted from the keychain. See the details, then try again.");
}

} // namespace vendo::secrets

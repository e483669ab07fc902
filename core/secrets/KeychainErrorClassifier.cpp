#include "secrets/KeychainErrorClassifier.h"

#include <QLatin1StringView>

#include <array>

namespace vendo::secrets {

namespace {

bool containsAny(const QString &text, const auto &needles)
{
    for (const QLatin1StringView needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// No session bus, or a bus on which nothing provides org.freedesktop.secrets (or KWallet).
constexpr std::array kNoServiceTexts = {
    QLatin1StringView("Cannot autolaunch D-Bus"),
    QLatin1StringView("was not provided by any .service files"),
    QLatin1StringView("org.freedesktop.DBus.Error.ServiceUnknown"),
    QLatin1StringView("org.freedesktop.DBus.Error.NameHasNoOwner"),
    QLatin1StringView("Could not connect: "),
    QLatin1StringView("Unable to autolaunch a dbus-daemon"),
    QLatin1StringView("No D-Bus daemon running"),
    QLatin1StringView("DBus is not running"),
    QLatin1StringView("D-Bus is not running"),
};

// The default collection is missing or locked, a prompt was dismissed, or access was refused.
constexpr std::array kLockedTexts = {
    QLatin1StringView("Object does not exist at path"),
    QLatin1StringView("locked"),
    QLatin1StringView("prompt"),
    QLatin1StringView("dismissed"),
    QLatin1StringView("Access denied"),
    QLatin1StringView("not authorized"),
    QLatin1StringView("Could not open wallet"),
};

constexpr std::array kTimeoutTexts = {
    QLatin1StringView("Timeout was reached"),
    QLatin1StringView("Did not receive a reply"),
    QLatin1StringView("org.freedesktop.DBus.Error.NoReply"),
    QLatin1StringView("org.freedesktop.DBus.Error.Timeout"),
};

} // namespace

SecretStatus KeychainErrorClassifier::classify(SecretOperation operation, QKeychain::Error error,
                                               const QString &errorString)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStatus::Ok;
    case QKeychain::EntryNotFound:
        // A write that ends in "not found" did not store anything: never report it as "no key yet".
        return operation == SecretOperation::Write ? SecretStatus::Other : SecretStatus::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStatus::LockedOrDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStatus::NoService;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // Timeouts and locks first: their texts can also mention D-Bus.
    if (containsAny(errorString, kTimeoutTexts))
        return SecretStatus::Timeout;
    if (containsAny(errorString, kLockedTexts))
        return SecretStatus::LockedOrDenied;
    if (containsAny(errorString, kNoServiceTexts))
        return SecretStatus::NoService;
    return SecretStatus::Other;
}

} // namespace vendo::secrets

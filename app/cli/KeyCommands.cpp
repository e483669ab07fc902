#include "KeyCommands.h"

#include "CliCommon.h"
#include "ProfileCommands.h"
#include "client/ProfileStore.h"
#include "secrets/ApiKey.h"
#include "secrets/ApiKeyResolver.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/WebhookSecret.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSettings>

#include <cstdio>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace vendo::cli {

namespace {

using secrets::ApiKey;
using secrets::ApiKeyResolver;
using secrets::ApiKeySource;
using secrets::KeychainSecretStore;
using secrets::ResolvedApiKey;
using secrets::SecretError;
using secrets::SecretKind;
using secrets::SecretResult;
using secrets::SecretStatus;
using secrets::SecretStore;

// Far more than a key: a bigger input is a mistake (a file piped by accident), refused unread.
constexpr qint64 kInputLimit = 4096;

QString tr(const char *text)
{
    return QCoreApplication::translate("cli::key", text);
}

// What `key` manages: the API key, or with --webhook the webhook secret (same rules, its own entry).
struct SecretText
{
    SecretKind kind = SecretKind::ApiKey;
    QString noun; // "API key", "webhook secret"
    QString capitalNoun; // "API key", "Webhook secret"
    QString environmentVariable; // VENDO_API_KEY, VENDO_WEBHOOK_SECRET
    QString setOption; // "" or " --webhook", for the hints

    static SecretText of(SecretKind kind)
    {
        if (kind == SecretKind::WebhookSecret)
            return { kind, tr("webhook secret"), tr("Webhook secret"),
                     QString::fromLatin1(secrets::WebhookSecret::kEnvironmentVariable), QStringLiteral(" --webhook") };
        return { kind, tr("API key"), tr("API key"), QString::fromLatin1(ApiKeyResolver::kEnvironmentVariable),
                 QString() };
    }
    QString display(const QString &secret) const { return SecretStore::displayPrefix(kind, secret); }
};

bool stdinIsTerminal()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

// The terminal state to put back if the process is interrupted at the prompt (Ctrl+C, a hang-up):
// without it an interrupted `key set` would leave the operator's terminal with echo off.
#if defined(Q_OS_WIN)
HANDLE g_echoHandle = nullptr;
DWORD g_echoSavedMode = 0;

BOOL WINAPI restoreEchoOnControl(DWORD)
{
    SetConsoleMode(g_echoHandle, g_echoSavedMode);
    return FALSE; // let the default handler end the process
}
#else
termios g_echoSaved {};
constexpr int kInterruptSignals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };

void restoreEchoAndReraise(int signalNumber)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &g_echoSaved); // async-signal-safe
    signal(signalNumber, SIG_DFL);
    raise(signalNumber);
}
#endif

// Switches terminal echo off for its lifetime, so a typed key is never shown or left on screen.
class EchoOff
{
public:
    EchoOff()
    {
#if defined(Q_OS_WIN)
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_mode)) {
            g_echoHandle = m_handle;
            g_echoSavedMode = m_mode;
            SetConsoleCtrlHandler(restoreEchoOnControl, TRUE);
            m_changed = SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
        }
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            g_echoSaved = m_saved;
            struct sigaction action
            {
            };
            action.sa_handler = restoreEchoAndReraise;
            sigemptyset(&action.sa_mask);
            for (std::size_t i = 0; i < std::size(kInterruptSignals); ++i)
                sigaction(kInterruptSignals[i], &action, &m_previous[i]);
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= tcflag_t(ECHONL);
            m_changed = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0; // keep a key pasted early
        }
#endif
    }
    ~EchoOff()
    {
#if defined(Q_OS_WIN)
        if (m_changed) {
            SetConsoleMode(m_handle, m_mode);
            std::fputc('\n', stderr);
        }
        if (m_handle)
            SetConsoleCtrlHandler(restoreEchoOnControl, FALSE);
#else
        if (m_changed)
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
        for (std::size_t i = 0; i < std::size(kInterruptSignals); ++i)
            sigaction(kInterruptSignals[i], &m_previous[i], nullptr);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_changed = false;
#if defined(Q_OS_WIN)
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved {};
    struct sigaction m_previous[std::size(kInterruptSignals)] {};
#endif
};

// One line from the terminal with echo off, bounded like every other input.
Input promptForKey(const QString &profile, const SecretText &text)
{
    // Echo goes off before the prompt shows, so a key pasted the moment it appears is not echoed.
    EchoOff echoOff;
    err() << tr("%1 for profile \"%2\" (input hidden): ").arg(text.capitalNoun, profile) << Qt::flush;
    // Unbuffered: the typed key is kept in `data` only, not in the C library's buffer too.
    std::setvbuf(stdin, nullptr, _IONBF, 0);
    secrets::SecretBuffer data;
    data.reserve(kInputLimit);
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin)) {
        if (data.size() >= kInputLimit) {
            data.clear();
            return std::unexpected(InputError {
                InputError::Kind::TooLarge, tr("The input is larger than the limit of %1 bytes.").arg(kInputLimit) });
        }
        const char byte = char(c);
        data.append(QByteArrayView(&byte, 1));
    }
    return data;
}

// A piped key normally ends with one newline: that is not "surrounding whitespace" worth a note.
QString keyFromInput(secrets::SecretBuffer &data)
{
    if (data.endsWith('\n'))
        data.chop(1);
    if (data.endsWith('\r'))
        data.chop(1);
    QString key = QString::fromUtf8(data.view());
    data.clear();
    return key;
}

QJsonObject errorObject(SecretStatus status, const QString &message, const QString &detail)
{
    QJsonObject error { { QStringLiteral("class"), QStringLiteral("KeychainError") },
                        { QStringLiteral("code"), SecretError::statusId(status) },
                        { QStringLiteral("message"), message } };
    if (!detail.isEmpty())
        error.insert(QStringLiteral("detail"), detail);
    return error;
}

void printFailure(const QString &message, const QString &detail)
{
    err() << coloured(message, Colour::Red) << Qt::endl;
    if (!detail.isEmpty())
        err() << tr("Details: %1").arg(detail) << Qt::endl;
}

int setKey(KeychainSecretStore &store, const QString &profile, const SecretText &text)
{
    Input input = stdinIsTerminal() ? promptForKey(profile, text) : readStandardInput(kInputLimit);
    if (!input) {
        printFailure(input.error().message, QString());
        return LocalPrecondition;
    }
    QString key = keyFromInput(*input);
    secrets::SecretCheck check = SecretStore::check(text.kind, key);
    // The checked value may share key's storage (nothing trimmed): drop this reference, wipe the last one.
    if (!secrets::wipeInPlace(key))
        key.clear();
    const auto wipeKey = qScopeGuard([&check] {
        if (check)
            secrets::wipeInPlace(check->value);
    });
    if (!check) {
        printFailure(tr("Not stored: %1").arg(check.error().message), QString());
        return LocalPrecondition;
    }
    if (check->wasTrimmed)
        err() << check->note << Qt::endl;

    std::unique_ptr<secrets::SecretJob> written(store.write(profile, check->value));
    const SecretResult result = written->waitForFinished();
    if (!result) {
        printFailure(result.error().message, result.error().detail);
        return LocalPrecondition;
    }
    // Read it back: a keychain that accepts a write and keeps nothing must not go unnoticed.
    std::unique_ptr<secrets::SecretJob> readBack(store.read(profile));
    SecretResult check2 = readBack->waitForFinished();
    const auto wipeReadBack = qScopeGuard([&check2] {
        if (check2)
            secrets::wipeInPlace(*check2);
    });
    if (!check2 || *check2 != check->value) {
        printFailure(tr("The keychain accepted the %1 but does not return it: it was not stored reliably. %2")
                         .arg(text.noun, check2 ? QString() : check2.error().message),
                     check2 ? QString() : check2.error().detail);
        return LocalPrecondition;
    }
    out() << tr("Stored the %1 %2 for profile \"%3\" in %4.")
                 .arg(text.noun, text.display(check->value), profile, store.storageName())
          << Qt::endl;
    return Success;
}

// The secret's environment variable, checked like the API key's (ApiKeyResolver::fromEnvironment).
ResolvedApiKey secretFromEnvironment(KeychainSecretStore &store, const SecretText &text)
{
    if (text.kind == SecretKind::ApiKey)
        return ApiKeyResolver(store).fromEnvironment();
    const QByteArray name = text.environmentVariable.toLatin1();
    if (!qEnvironmentVariableIsSet(name.constData()))
        return std::unexpected(secrets::SecretError::make(secrets::SecretOperation::Read, SecretStatus::NotFound));
    const secrets::SecretCheck check = secrets::WebhookSecret::check(qEnvironmentVariable(name.constData()));
    if (!check) {
        secrets::SecretError error = check.error();
        error.operation = secrets::SecretOperation::Read;
        error.message = tr("%1 is set but unusable: %2").arg(text.environmentVariable, error.message);
        return std::unexpected(error);
    }
    return secrets::ApiKeyInEffect { check->value, ApiKeySource::Environment };
}

int showKey(KeychainSecretStore &store, const QString &profile, bool json, const SecretText &text)
{
    const ResolvedApiKey fromEnvironment = secretFromEnvironment(store, text);
    std::unique_ptr<secrets::SecretJob> job(store.read(profile));
    const SecretResult stored = job->waitForFinished();

    // The key in effect: the environment variable wins for this process, usable or not.
    const bool envInEffect = secrets::environmentIsSet(fromEnvironment);
    const QString storedKey = stored.value_or(QString());
    const SecretStatus storedStatus = secrets::statusOf(stored);
    const QString storedDetail = stored ? QString() : stored.error().detail;
    const QString effectiveKey = envInEffect ? fromEnvironment.value_or(secrets::ApiKeyInEffect {}).key : storedKey;
    const ApiKeySource source = envInEffect ? ApiKeySource::Environment
        : stored.has_value()                ? ApiKeySource::Keychain
                                            : ApiKeySource::None;
    const bool ok = envInEffect ? fromEnvironment.has_value() : stored.has_value();
    const QString notFound
        = tr("Profile \"%1\": no %2 stored in %3. Store one with "
             "\"vendo-inspector-cli key set%4 --profile %1\" or set %5.")
              .arg(profile, text.noun, store.storageName(), text.setOption, text.environmentVariable);
    const QString storedMessage = stored         ? QString()
        : storedStatus == SecretStatus::NotFound ? notFound
                                                 : stored.error().message;

    if (json) {
        QJsonObject keychain { { QStringLiteral("name"), store.storageName() },
                               { QStringLiteral("service"), store.service() },
                               { QStringLiteral("entry"), store.keychainEntry(profile) },
                               { QStringLiteral("status"), SecretError::statusId(storedStatus) } };
        if (stored)
            keychain.insert(QStringLiteral("prefix"), text.display(storedKey));
        else
            keychain.insert(QStringLiteral("message"), storedMessage);
        QJsonObject object { { QStringLiteral("profile"), profile },
                             { QStringLiteral("secret"),
                               text.kind == SecretKind::WebhookSecret ? QStringLiteral("webhook_secret")
                                                                      : QStringLiteral("api_key") },
                             { QStringLiteral("source"), secrets::apiKeySourceId(source) },
                             { QStringLiteral("prefix"), ok ? QJsonValue(text.display(effectiveKey)) : QJsonValue() },
                             { QStringLiteral("keychain"), keychain } };
        if (!ok) {
            object.insert(QStringLiteral("error"),
                          envInEffect
                              ? errorObject(fromEnvironment.error().status, fromEnvironment.error().message, QString())
                              : errorObject(storedStatus, storedMessage, storedDetail));
        }
        printJson(object);
        return ok ? Success : LocalPrecondition;
    }

    if (envInEffect) {
        if (fromEnvironment) {
            out() << tr("In effect for this process: %1 from %2 (it overrides the keychain).")
                         .arg(text.display(fromEnvironment->key),
                              text.kind == SecretKind::ApiKey ? secrets::apiKeySourceName(ApiKeySource::Environment)
                                                              : text.environmentVariable)
                  << Qt::endl;
        } else {
            printFailure(fromEnvironment.error().message, QString());
        }
    }
    if (stored) {
        out() << tr("Profile \"%1\": %2, stored in %3.").arg(profile, text.display(storedKey), store.storageName())
              << Qt::endl;
    } else if (storedStatus == SecretStatus::NotFound) {
        (envInEffect ? out() : err()) << notFound << Qt::endl;
    } else if (envInEffect) {
        out() << tr("Profile \"%1\": the keychain could not be read: %2").arg(profile, stored.error().message)
              << Qt::endl;
    } else {
        printFailure(stored.error().message, storedDetail);
    }
    return ok ? Success : LocalPrecondition;
}

int deleteKey(KeychainSecretStore &store, const QString &profile, const SecretText &text)
{
    // Read first: the Secret Service reports success for deleting an entry that does not exist, and
    // the operator should learn which key went.
    std::unique_ptr<secrets::SecretJob> readJob(store.read(profile));
    const SecretResult before = readJob->waitForFinished();
    if (!before && before.error().status != SecretStatus::NotFound) {
        printFailure(before.error().message, before.error().detail);
        return LocalPrecondition;
    }
    std::unique_ptr<secrets::SecretJob> job(store.remove(profile));
    const SecretResult result = job->waitForFinished();
    if (!result && result.error().status != SecretStatus::NotFound) {
        printFailure(result.error().message, result.error().detail);
        return LocalPrecondition;
    }
    if (before) {
        out() << tr("Deleted the %1 %2 of profile \"%3\" from %4.")
                     .arg(text.noun, text.display(*before), profile, store.storageName())
              << Qt::endl;
    } else {
        out() << tr("Profile \"%1\" has no %2 in %3; nothing to delete.").arg(profile, text.noun, store.storageName())
              << Qt::endl;
    }
    return Success;
}

} // namespace

int runKey(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage the profile's API key in the OS keychain. \"set\" reads the key from standard input or "
           "a hidden prompt, never from the command line. VENDO_API_KEY, when set, overrides the keychain "
           "for that process."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("set, show or delete"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("The profile (default: production)."),
                                           tr("NAME"), QStringLiteral("production"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON document (show)."));
    const QCommandLineOption webhookOption(
        QStringLiteral("webhook"),
        tr("Manage the profile's webhook secret (\"<profile>/webhook-secret\", VENDO_WEBHOOK_SECRET) instead of "
           "its API key."));
    parser.addOption(profileOption);
    parser.addOption(jsonOption);
    const QCommandLineOption removedOption(
        QStringLiteral("removed-profile"),
        tr("Delete the key of a profile that \"profile remove\" removed (delete only; the id is not checked "
           "against the known profiles)."));
    parser.addOption(webhookOption);
    parser.addOption(removedOption);
    if (const auto exit = parseArguments(parser, arguments))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1
        || (action != QLatin1String("set") && action != QLatin1String("show") && action != QLatin1String("delete"))) {
        // Never echo extra arguments back: someone may have typed the key itself on the command line.
        err() << tr("Usage: vendo-inspector-cli key set|show|delete [--profile NAME] [--webhook] [--json] "
                    "[--removed-profile]. The secret is read from standard input, never from the command line.")
              << Qt::endl;
        return UsageError;
    }
    const QString profile = parser.value(profileOption);
    if (!client::ProfileStore::isValidId(profile)) {
        err() << tr("\"--profile\" takes a profile id: letters, digits, \".\", \"_\" and \"-\", at most 64.")
              << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(removedOption) && action != QLatin1String("delete")) {
        err() << tr("--removed-profile belongs to \"key delete\".") << Qt::endl;
        return UsageError;
    }
    // A typo ("prodution") must not store a key nobody will ever use, nor report on one: the id must
    // name a known profile. Only the key of a removed profile may be deleted by its bare id.
    if (!parser.isSet(removedOption)) {
        const std::unique_ptr<QSettings> settings = openProfileSettings();
        if (!checkProfileKnown(client::ProfileStore(settings.get()), profile))
            return UsageError;
    }

    const SecretText text
        = SecretText::of(parser.isSet(webhookOption) ? SecretKind::WebhookSecret : SecretKind::ApiKey);
    KeychainSecretStore store;
    store.setKind(text.kind);
    if (action == QLatin1String("set"))
        return setKey(store, profile, text);
    if (action == QLatin1String("show"))
        return showKey(store, profile, parser.isSet(jsonOption), text);
    return deleteKey(store, profile, text);
}

} // namespace vendo::cli

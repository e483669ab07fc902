#include "WebhookCommands.h"

#include "CliCommon.h"
#include "jwt/Clock.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/WebhookSecret.h"
#include "webhooks/WebhookDiagnosis.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QScopeGuard>

#include <memory>

namespace vendo::cli {

namespace {

using namespace vendo::webhooks;

constexpr qint64 kSecretFileLimit = 1024 * 1024; // docs/service-contract.md "Limits"
constexpr qint64 kMaxAgeLimit = 366LL * 24 * 3600;

QString tr(const char *text)
{
    return QCoreApplication::translate("vendo::cli::WebhookCommands", text);
}

// --now: the verification's time, for a capture judged after the fact.
enum class SecretSource { None, File, Environment, Keychain };

QString secretSourceId(SecretSource source)
{
    switch (source) {
    case SecretSource::File:
        return QStringLiteral("file");
    case SecretSource::Environment:
        return QStringLiteral("environment");
    case SecretSource::Keychain:
        return QStringLiteral("keychain");
    case SecretSource::None:
        break;
    }
    return QStringLiteral("none");
}

QString sourceId(Delivery::Source source)
{
    switch (source) {
    case Delivery::Source::HeaderBlock:
        return QStringLiteral("header_block");
    case Delivery::Source::Curl:
        return QStringLiteral("curl");
    case Delivery::Source::Har:
        return QStringLiteral("har");
    case Delivery::Source::Separate:
        break;
    }
    return QStringLiteral("separate");
}

struct Secret
{
    secrets::SecretBuffer bytes; // wiped when dropped
    SecretSource source = SecretSource::None;
    QString problem; // translated: why the source given could not be used
};

// --secret-file, else VENDO_WEBHOOK_SECRET, else the keychain. The secret is used as given (a file's
// final line break aside): "the secret needs trimming" is one of the causes the diagnosis reports.
Secret resolveSecret(const QString &secretFile, const QString &profile)
{
    Secret secret;
    if (!secretFile.isEmpty()) {
        Input input = readFile(secretFile, kSecretFileLimit);
        if (!input) {
            secret.problem = input.error().message;
            return secret;
        }
        if (input->endsWith('\n'))
            input->chop(1);
        if (input->endsWith('\r'))
            input->chop(1);
        secret.bytes = std::move(*input);
        secret.source = SecretSource::File;
        return secret;
    }
    const char *variable = secrets::WebhookSecret::kEnvironmentVariable;
    if (qEnvironmentVariableIsSet(variable)) {
        QByteArray value = qgetenv(variable);
        secret.bytes = secrets::SecretBuffer::take(value);
        secret.source = SecretSource::Environment;
        return secret;
    }
    secrets::KeychainSecretStore store;
    store.setKind(secrets::SecretKind::WebhookSecret);
    std::unique_ptr<secrets::SecretJob> job(store.read(profile));
    secrets::SecretResult stored = job->waitForFinished();
    const auto wipe = qScopeGuard([&stored] {
        if (stored)
            secrets::wipeInPlace(*stored);
    });
    if (stored) {
        QByteArray value = stored->toUtf8();
        secret.bytes = secrets::SecretBuffer::take(value);
        secret.source = SecretSource::Keychain;
    } else if (stored.error().status != secrets::SecretStatus::NotFound) {
        secret.problem = stored.error().message;
    }
    return secret;
}

QJsonObject diagnosisJson(const Diagnosis &diagnosis, const Delivery &delivery, SecretSource secretSource)
{
    const Verdict &verdict = diagnosis.verdict;
    QJsonArray causes;
    for (const LikelyCause cause : diagnosis.likelyCauses)
        causes.append(QJsonObject { { QStringLiteral("code"), likelyCauseCode(cause) },
                                    { QStringLiteral("text"), likelyCauseText(cause) } });
    QJsonObject object {
        { QStringLiteral("valid"), verdict.valid },
        { QStringLiteral("class"), verdict.valid ? QJsonValue() : QJsonValue(verdict.className()) },
        { QStringLiteral("reason"), verdict.valid ? QJsonValue() : QJsonValue(verdict.reasonCode()) },
        { QStringLiteral("message"), verdict.message() },
        { QStringLiteral("missing_headers"), QJsonArray::fromStringList(diagnosis.missingHeaders) },
        { QStringLiteral("drift_seconds"),
          diagnosis.driftSeconds ? QJsonValue(double(*diagnosis.driftSeconds)) : QJsonValue() },
        { QStringLiteral("tolerance_seconds"), double(diagnosis.toleranceSeconds) },
        { QStringLiteral("likely_causes"), causes },
        { QStringLiteral("input"), sourceId(delivery.source) },
        { QStringLiteral("secret_source"), secretSourceId(secretSource) },
    };
    if (verdict.valid) {
        object.insert(QStringLiteral("event"),
                      QJsonObject { { QStringLiteral("id"), verdict.id },
                                    { QStringLiteral("type"), verdict.type },
                                    { QStringLiteral("occurred_at"), verdict.occurredAt },
                                    { QStringLiteral("data"), verdict.data } });
    }
    return object;
}

void printHuman(const Diagnosis &diagnosis)
{
    const Verdict &verdict = diagnosis.verdict;
    if (verdict.valid)
        out() << coloured(tr("ACCEPTED"), Colour::Green) << "  " << tr("The SDK's webhooks.verify would accept it.")
              << '\n';
    else
        out() << coloured(tr("REFUSED"), Colour::Red) << "  " << verdict.className() << " (" << verdict.reasonCode()
              << ")\n";
    for (const QString &line : diagnosis.explanation())
        out() << "  " << line << '\n';
    if (verdict.valid) {
        out() << "  " << tr("Event: %1 (%2), occurred at %3").arg(verdict.id, verdict.type, verdict.occurredAt) << '\n';
    }
    out() << Qt::flush;
}

} // namespace

int runWebhook(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Verify a captured webhook delivery like the SDK's webhooks.verify: a header block followed by the "
           "body, a curl command with --data, or a HAR entry. The secret comes from --secret-file, "
           "VENDO_WEBHOOK_SECRET or the profile's keychain entry (key set --webhook)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("verify"), tr("The action: verify."));
    parser.addPositionalArgument(QStringLiteral("input"), tr("The capture: a file, or - for standard input (default)."),
                                 QStringLiteral("[FILE|-]"));
    const QCommandLineOption secretFile(QStringLiteral("secret-file"), tr("Read the webhook secret from FILE."),
                                        tr("FILE"));
    const QCommandLineOption maxAge(QStringLiteral("max-age"),
                                    tr("Allowed distance of Vendo-Timestamp from now, in seconds (default 300)."),
                                    tr("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption now(QStringLiteral("now"), tr("Judge the timestamp as if it were this Unix time."),
                                 tr("EPOCH"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           tr("The profile whose keychain secret to use (default: production)."),
                                           tr("NAME"), QStringLiteral("production"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON document."));
    parser.addOptions({ secretFile, maxAge, now, profileOption, json });
    if (const auto exit = parseArguments(parser, arguments))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != QLatin1String("verify") || positional.size() > 2) {
        // Never echo the arguments: a secret may have been typed there by mistake.
        err() << tr("Usage: vendo-inspector-cli webhook verify [FILE|-] [--secret-file F] [--max-age S] [--now EPOCH] "
                    "[--json]. The secret is never taken from the command line.")
              << Qt::endl;
        return UsageError;
    }
    bool ok = false;
    const qint64 tolerance = parser.value(maxAge).toLongLong(&ok);
    if (!ok || tolerance < 0 || tolerance > kMaxAgeLimit) {
        err() << tr("--max-age takes seconds from 0 to %1.").arg(kMaxAgeLimit) << Qt::endl;
        return UsageError;
    }
    std::optional<jwt::FixedClock> fixedClock;
    if (parser.isSet(now)) {
        const qint64 epoch = parser.value(now).toLongLong(&ok);
        if (!ok || epoch < 0 || epoch > 253402300799LL) {
            err() << tr("--now takes a Unix time in seconds (0 to 253402300799).") << Qt::endl;
            return UsageError;
        }
        fixedClock.emplace(QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC));
    }

    const QString path = positional.value(1, QStringLiteral("-"));
    const Input input = path == QLatin1String("-") ? readStandardInput(Delivery::kMaxInputBytes)
                                                   : readFile(path, Delivery::kMaxInputBytes);
    const auto failLocally = [&](const QString &message) {
        if (parser.isSet(json))
            printJson(
                QJsonObject { { QStringLiteral("valid"), false },
                              { QStringLiteral("error"), QJsonObject { { QStringLiteral("message"), message } } } });
        else
            err() << coloured(message, Colour::Red) << Qt::endl;
        return int(LocalPrecondition);
    };
    if (!input)
        return failLocally(input.error().message);
    const DeliveryParse parsed = parseDelivery(input->rawBytes());
    if (!parsed.delivery)
        return failLocally(tr("Not a delivery: %1").arg(parsed.error));

    const Secret secret = resolveSecret(parser.value(secretFile), parser.value(profileOption));
    if (!secret.problem.isEmpty())
        return failLocally(tr("The webhook secret could not be read: %1").arg(secret.problem));
    // No secret is the SDK's own refusal (secret_not_set), reported like any other.
    const Diagnosis diagnosis = diagnose(secret.bytes.rawBytes(), *parsed.delivery, fixedClock ? &*fixedClock : nullptr,
                                         std::chrono::seconds(tolerance));
    if (parser.isSet(json))
        printJson(diagnosisJson(diagnosis, *parsed.delivery, secret.source));
    else
        printHuman(diagnosis);
    return diagnosis.verdict.valid ? int(Success) : int(LocalPrecondition);
}

} // namespace vendo::cli

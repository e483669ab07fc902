#include "JwtCommands.h"

#include "CliCommon.h"
#include "JwtHumanOutput.h"
#include "ProfileCommands.h"
#include "client/ProfileStore.h"
#include "jwt/AuditJson.h"
#include "jwt/JwksFetcher.h"
#include "jwt/JwtDecoder.h"
#include "jwt/TokenAuditor.h"
#include "jwt/TokenReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>

#include <atomic>
#include <cstdio>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <sys/stat.h>
#endif

namespace vendo::cli {

using namespace vendo::jwt;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vendo::cli::JwtCommands", text);
}

// `cat log | audit -`: a pipe holds 64 KiB by default, so the writer and the audit take turns every
// 64 KiB, and on a loaded machine each turn waits for a time slice. A pipe of 1 MiB (the unprivileged
// limit) lets a whole block through per turn. Best effort: the audit is correct without it.
void widenPipe([[maybe_unused]] int fd)
{
#if defined(Q_OS_LINUX) && defined(F_SETPIPE_SZ)
    struct stat status
    {
    };
    if (fstat(fd, &status) == 0 && S_ISFIFO(status.st_mode))
        fcntl(fd, F_SETPIPE_SZ, 1024 * 1024);
#endif
}

struct Failure
{
    int exitCode;
    QString code;
    QString message;
};

int fail(const Failure &failure, bool json)
{
    if (json)
        printJson(QJsonObject { { QLatin1String("error"),
                                  QJsonObject { { QLatin1String("class"), QStringLiteral("LocalError") },
                                                { QLatin1String("code"), failure.code },
                                                { QLatin1String("message"), failure.message } } } });
    else
        err() << failure.message << Qt::endl;
    return failure.exitCode;
}

struct Common
{
    QCommandLineParser parser;
    QCommandLineOption now { QStringLiteral("now"), tr("Judge time as of EPOCH (seconds) instead of now."),
                             QStringLiteral("EPOCH") };
    // The service enforces exp with no leeway (docs/service-contract.md): 0 unless the operator asks.
    QCommandLineOption leeway { QStringLiteral("leeway"),
                                tr("Local clock-skew leeway in seconds for exp and nbf (default 0, as the Vendo "
                                   "service; set one only for other issuers)."),
                                QStringLiteral("S"), QStringLiteral("0") };
    QCommandLineOption json { QStringLiteral("json"), tr("Machine-readable output (NDJSON for audit).") };
    QCommandLineOption expectIss { QStringLiteral("expect-iss"),
                                   tr("Warn when the issuer is not ISS (verify and audit: not accepted)."),
                                   QStringLiteral("ISS") };
    QCommandLineOption expectAud { QStringLiteral("expect-aud"),
                                   tr("Warn when the audience does not include AUD (verify and audit: not accepted)."),
                                   QStringLiteral("AUD") };
    QCommandLineOption jwks { QStringLiteral("jwks"), tr("Verify against a JWK Set file or https URL."),
                              QStringLiteral("FILE|URL") };
    QCommandLineOption key { QStringLiteral("key"), tr("Verify against a JWK or PEM public key file."),
                             QStringLiteral("FILE") };
    QCommandLineOption secretFile { QStringLiteral("secret-file"), tr("Verify HS* tokens with the secret in FILE."),
                                    QStringLiteral("FILE") };
    QCommandLineOption secretBase64 { QStringLiteral("secret-base64"), tr("The secret file holds base64, not text.") };
    QCommandLineOption threads { QStringLiteral("threads"), tr("Worker threads for audit (default: all cores)."),
                                 QStringLiteral("N"), QStringLiteral("0") };

    // verify: the key set of this profile's JWKS URL when no key is given (as the window checks signatures).
    QCommandLineOption profile { QStringLiteral("profile"),
                                 tr("Without --jwks, --key or --secret-file: verify against the key set (JWKS URL) "
                                    "of this profile (default production)."),
                                 tr("NAME"), QStringLiteral("production") };
    QUrl profileJwks;

    std::unique_ptr<FixedClock> fixedClock;
    VerdictOptions verdict;

    Common(const QString &description, bool withKeys, bool withThreads)
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        parser.addOptions({ now, leeway, json, expectIss, expectAud });
        if (withKeys)
            parser.addOptions({ jwks, key, secretFile, secretBase64 });
        if (withThreads)
            parser.addOption(threads);
    }

    // nullopt: parsed; otherwise the exit code (help printed, or a usage error reported).
    std::optional<int> parse(const QStringList &arguments)
    {
        if (const auto exit = parseArguments(parser, arguments))
            return *exit;
        bool ok = true;
        verdict.leewaySeconds = parser.value(leeway).toLongLong(&ok);
        if (!ok || verdict.leewaySeconds < 0) {
            err() << tr("--leeway needs a number of seconds, 0 or more.") << Qt::endl;
            return UsageError;
        }
        if (parser.isSet(now)) {
            const qint64 seconds = parser.value(now).toLongLong(&ok);
            if (!ok) {
                err() << tr("--now needs seconds since 1970 (e.g. 1767225600).") << Qt::endl;
                return UsageError;
            }
            fixedClock = std::make_unique<FixedClock>(seconds);
        }
        verdict.expectedIssuer = parser.value(expectIss);
        verdict.expectedAudience = parser.value(expectAud);
        return std::nullopt;
    }

    const Clock &clock() const { return fixedClock ? *fixedClock : SystemClock::instance(); }
    bool jsonOutput() const { return parser.isSet(json); }
    bool keysGiven() const { return parser.isSet(jwks) || parser.isSet(key) || parser.isSet(secretFile); }

    // The key material named on the command line. `kid` lets a JWKS URL refetch once for a rotated key.
    std::expected<JwkSet, Failure> loadKeys(const QString &kid)
    {
        const int sources = int(parser.isSet(jwks)) + int(parser.isSet(key)) + int(parser.isSet(secretFile));
        if (sources == 0 && profileJwks.isValid())
            return fetchJwks(profileJwks, kid);
        if (sources != 1)
            return std::unexpected(
                Failure { UsageError, QStringLiteral("usage"),
                          tr("Give exactly one of --jwks FILE|URL, --key FILE or --secret-file FILE.") });
        constexpr qint64 kKeyFileLimit = 1024 * 1024;
        if (parser.isSet(secretFile)) {
            const Input input = readFile(parser.value(secretFile), kKeyFileLimit);
            if (!input)
                return std::unexpected(
                    Failure { LocalPrecondition, QStringLiteral("key_unreadable"), input.error().message });
            secrets::SecretBuffer secret = *input;
            // Editors add a final newline; it is never part of a secret.
            while (secret.endsWith('\n') || secret.endsWith('\r'))
                secret.chop(1);
            auto parsed = Key::fromSecret(
                secret.view(), parser.isSet(secretBase64) ? Key::SecretEncoding::Base64 : Key::SecretEncoding::Text);
            if (!parsed)
                return std::unexpected(
                    Failure { LocalPrecondition, QStringLiteral("key_invalid"), parsed.error().message });
            return JwkSet({ parsed.value() });
        }
        const QString source = parser.isSet(jwks) ? parser.value(jwks) : parser.value(key);
        if (parser.isSet(jwks)
            && (source.startsWith(QLatin1String("https://")) || source.startsWith(QLatin1String("http://"))))
            return fetchJwks(QUrl(source), kid);
        const Input input = readFile(source, kKeyFileLimit);
        if (!input)
            return std::unexpected(
                Failure { LocalPrecondition, QStringLiteral("key_unreadable"), input.error().message });
        auto set = JwkSet::fromAnyKeyData(input->rawBytes());
        if (!set)
            return std::unexpected(Failure { LocalPrecondition, QStringLiteral("key_invalid"),
                                             tr("%1: %2").arg(source, set.error().message) });
        return set.value();
    }

    std::expected<JwkSet, Failure> fetchJwks(const QUrl &url, const QString &kid)
    {
        QNetworkAccessManager network;
        JwksFetcher fetcher(&network, url, clock());
        std::optional<JwksResult> result;
        QEventLoop loop;
        QObject::connect(&fetcher, &JwksFetcher::resolved, &loop, [&](const JwksResult &answer) {
            result = answer;
            loop.quit();
        });
        fetcher.resolve(kid);
        if (!result)
            loop.exec();
        if (result->ok())
            return result->keys;
        const bool usage = result->error == JwksResult::Error::InsecureUrl;
        const bool local
            = result->error == JwksResult::Error::Malformed || result->error == JwksResult::Error::TooLarge;
        return std::unexpected(Failure { usage       ? UsageError
                                             : local ? LocalPrecondition
                                                     : TransportFailure,
                                         QStringLiteral("jwks_failed"), result->message });
    }
};

// Exit 0 only for what a verifier configured as the service accepts: the one rule the audit's
// "problem" field states too (core/jwt/TokenAuditor.h, refusalOf). An issuer or audience other than
// the one asked for with --expect-iss/--expect-aud is refused, so a script must not read "accepted".
bool acceptable(const Verdict &verdict, bool needSignature)
{
    return !isRefused(verdict, needSignature);
}

// Whether an argument has the shape of a compact JWS (three base64url segments, the last may be empty),
// allowing a "Bearer " prefix; used only to say that an argument was taken as a token although it does
// not look like one (a misspelt file name, most likely).
bool looksLikeToken(const QString &argument)
{
    static const QRegularExpression shape(
        QStringLiteral("^(?:[Bb]earer +)?[A-Za-z0-9_=-]+\\.[A-Za-z0-9_=-]+\\.[A-Za-z0-9_=-]*$"));
    return shape.match(argument.trimmed()).hasMatch();
}

int judgeSingle(Common &common, const QStringList &positional, bool verifying)
{
    const bool json = common.jsonOutput();
    if (positional.size() > 1)
        return fail({ UsageError, QStringLiteral("usage"), tr("Give one token (or - for standard input).") }, json);
    // The decoder's own limit: larger input is refused while it is read, naming that limit.
    Input input;
    const QString argument = positional.value(0, QStringLiteral("-"));
    if (argument == QLatin1String("-")) {
        input = readStandardInput(kMaxTokenInputBytes);
    } else if (QFileInfo(argument).isFile()) {
        // "decode token.txt": the argument names a file, so the token is read from it (and never showed in ps).
        input = readFile(argument, kMaxTokenInputBytes);
    } else {
        warnSecretInArguments(QStringLiteral("standard input (- or no argument)"));
        if (!looksLikeToken(argument)) {
            const QString shown = argument.size() > 64 ? argument.left(64) + QStringLiteral("\u2026") : argument;
            err() << tr("No file \"%1\" exists, so the argument was taken as the token itself; it does not look "
                        "like one.")
                         .arg(shown)
                  << Qt::endl;
        }
        input = readArgumentOrStdin(argument, kMaxTokenInputBytes);
    }
    if (!input)
        return failInput(input.error(), json);

    AuditOptions options;
    options.verdict = common.verdict;
    if (verifying) {
        // The kid is only known after decoding; decoding is cheap, so do it twice rather than restructure.
        const QString kid = decode(input->rawBytes()).kid();
        auto keys = common.loadKeys(kid);
        if (!keys)
            return fail(keys.error(), json);
        options.keys = *keys;
    }
    const AuditRecord record = TokenAuditor::judgeOne(input->rawBytes(), 1, common.clock(), options);
    if (json)
        printJson(TokenReport::toJson(record.token, record.claims, record.verdict));
    else
        out() << JwtHumanOutput::report(record, verifying) << Qt::flush;

    if (!record.verdict.structureOk)
        return LocalPrecondition;
    if (verifying)
        return acceptable(record.verdict, true) ? Success : LocalPrecondition;
    return Success;
}

} // namespace

int runDecode(const QStringList &arguments)
{
    Common common(tr("Decode an identity token and judge its structure and lifetime. The token is read from "
                     "standard input when TOKEN is - or missing (preferred: arguments show in ps), or from the "
                     "file the argument names."),
                  false, false);
    common.parser.addPositionalArgument(QStringLiteral("TOKEN"),
                                        tr("The token, a file that holds it, or - for standard input."),
                                        QStringLiteral("[TOKEN|FILE|-]"));
    if (const auto exit = common.parse(arguments))
        return *exit;
    return judgeSingle(common, common.parser.positionalArguments(), false);
}

int runVerify(const QStringList &arguments)
{
    Common common(
        tr("Decode a token and verify its signature. Exit 0 only when the signature is valid and the "
           "token is within its lifetime; 3 when it would be refused; 4 when the JWKS cannot be fetched. Without a key "
           "option the profile's JWKS URL is used."),
        true, false);
    common.parser.addPositionalArgument(QStringLiteral("TOKEN"),
                                        tr("The token, a file that holds it, or - for standard input."),
                                        QStringLiteral("[TOKEN|FILE|-]"));
    common.parser.addOption(common.profile);
    if (const auto exit = common.parse(arguments))
        return *exit;
    if (!common.keysGiven()) {
        // The profile's key set, fetched like the window fetches it (JwksFetcher: https, or http on loopback).
        const QString profileId = common.parser.value(common.profile);
        const std::unique_ptr<QSettings> settings = openProfileSettings();
        const client::ProfileStore store(settings.get());
        if (!checkProfileKnown(store, profileId))
            return UsageError;
        const std::optional<client::Profile> profile = store.find(profileId);
        if (!profile || profile->jwksUrl.isEmpty())
            return fail({ UsageError, QStringLiteral("usage"),
                          tr("Profile \"%1\" names no JWKS URL: give --jwks FILE|URL, --key FILE or --secret-file "
                             "FILE.")
                              .arg(profileId) },
                        common.jsonOutput());
        common.profileJwks = profile->jwksUrl;
        // The profile's expected issuer and audience too, as the window judges against them, unless the
        // command line names others.
        if (!common.parser.isSet(common.expectIss))
            common.verdict.expectedIssuer = profile->expectedIssuer;
        if (!common.parser.isSet(common.expectAud))
            common.verdict.expectedAudience = profile->expectedAudience;
        if (!common.jsonOutput())
            err() << tr("Verifying against the key set of profile \"%1\": %2")
                         .arg(profileId, profile->jwksUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                  << Qt::endl;
    }
    return judgeSingle(common, common.parser.positionalArguments(), true);
}

int runAudit(const QStringList &arguments)
{
    Common common(tr("Judge every token in a file or log (one per line, or embedded in log lines), on all cores. "
                     "Exit 0 when every token would be accepted, 3 otherwise."),
                  true, true);
    common.parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file, or - for standard input."));
    if (const auto exit = common.parse(arguments))
        return *exit;
    const bool json = common.jsonOutput();
    const QStringList positional = common.parser.positionalArguments();
    if (positional.size() != 1)
        return fail({ UsageError, QStringLiteral("usage"), tr("audit needs one FILE (or - for standard input).") },
                    json);

    AuditOptions options;
    options.verdict = common.verdict;
    options.threads = common.parser.value(common.threads).toInt();
    const bool verifying = common.keysGiven();
    if (verifying) {
        auto keys = common.loadKeys({});
        if (!keys)
            return fail(keys.error(), json);
        options.keys = *keys;
    }
    // One moment for the whole run: the header line states it, every verdict refers to it.
    const FixedClock runClock(common.clock().nowSecsSinceEpoch());
    std::atomic<bool> allAcceptable = true;
    options.append = [json, verifying, &allAcceptable](const AuditRecord &record, QByteArray &out) {
        if (!acceptable(record.verdict, verifying))
            allAcceptable.store(false, std::memory_order_relaxed);
        if (json) {
            AuditJson::appendLine(out, record, verifying);
        } else {
            out += renderForTerminal(JwtHumanOutput::auditLine(record));
            out += '\n';
        }
    };

    QFile file;
    if (positional.first() == QLatin1String("-"))
        widenPipe(0);
    const bool opened = positional.first() == QLatin1String("-")
        // By descriptor, not FILE*: Qt reads lines of a FILE* with fgets(), which ends a line at a NUL
        // byte. Unbuffered: the audit reads blocks of a megabyte itself, one read() each, from a
        // pipe as from a file.
        ? file.open(0, QIODevice::ReadOnly | QIODevice::Unbuffered) // 0: standard input (POSIX and the MSVC CRT)
        : (file.setFileName(positional.first()), file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    if (!opened)
        return fail({ LocalPrecondition, QStringLiteral("input_unreadable"),
                      tr("Cannot read \"%1\": %2.").arg(positional.first(), file.errorString()) },
                    json);

    out() << Qt::flush;
    std::fflush(stdout);
    QFile output;
    output.open(1, QIODevice::WriteOnly | QIODevice::Unbuffered); // 1: standard output, written in blocks
    if (json)
        output.write(
            AuditJson::headerLine(runClock.now().toSecsSinceEpoch(), options.verdict.leewaySeconds, verifying));
    const AuditSummary summary = TokenAuditor::runBatches(file, runClock, options,
                                                          [&](const AuditBatch &batch) { output.write(batch.output); });
    output.close();
    if (json)
        printJsonLine(QJsonObject { { QLatin1String("summary"), summary.toJson() } });
    else
        out() << JwtHumanOutput::auditSummary(summary) << Qt::flush;
    return allAcceptable.load() ? Success : LocalPrecondition;
}

} // namespace vendo::cli

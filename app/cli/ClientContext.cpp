#include "ClientContext.h"

#include "CliCommon.h"
#include "ProfileCommands.h"
#include "client/HarReader.h"
#include "client/InputClassifier.h"
#include "client/ProfileStore.h"
#include "client/Redaction.h"
#include "jwt/JwtDecoder.h"
#include "jwt/UrlPolicy.h"
#include "secrets/ApiKeyResolver.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QSettings>

namespace vendo::cli {

using namespace vendo::client;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vendo::cli::ClientCommands", text, disambiguation, n);
}

constexpr qint64 kJwtFileLimit = 1024 * 1024;

// Scheme, host and port: what decides which server receives a request (docs/service-contract.md, secrets).
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const int defaultPort = a.scheme() == QLatin1String("http") ? 80 : 443;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultPort) == b.port(defaultPort);
}

bool sameOrigins(const Profile &a, const Profile &b)
{
    return sameOrigin(a.baseUrl, b.baseUrl) && sameOrigin(a.credentialsUrl, b.credentialsUrl);
}

// Whether the servers of `effective` are those `stored`'s key was kept for. The built-in sandbox profile
// has no URLs of its own, only a sandbox on this machine: its key goes to loopback hosts only.
bool keyBelongsThere(const Profile &stored, const Profile &effective)
{
    if (stored.kind == Profile::Kind::Sandbox)
        return jwt::isLoopbackHost(effective.baseUrl.host()) && jwt::isLoopbackHost(effective.credentialsUrl.host());
    return sameOrigins(stored, effective);
}

// The API key for `effective`. A key in the keychain was stored for its profile's servers: when a URL
// override (--base-url, --credentials-url, VENDO_BASE_URL, VENDO_CREDENTIALS_URL) points elsewhere, that
// key is not sent; VENDO_API_KEY is, or the key of a stored custom profile for exactly these origins.
secrets::ResolvedApiKey resolveKey(const Profile &stored, const Profile &effective, const ProfileStore &store,
                                   const QProcessEnvironment &environment)
{
    secrets::KeychainSecretStore keychain;
    const secrets::ApiKeyResolver resolver(keychain, environment);
    if (keyBelongsThere(stored, effective))
        return resolver.resolve(stored.id); // VENDO_API_KEY wins; the keychain is asked only without it
    secrets::ResolvedApiKey fromEnvironment = resolver.fromEnvironment();
    if (secrets::environmentIsSet(fromEnvironment))
        return fromEnvironment;
    const auto origin = [](const QUrl &url) {
        return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
            .toString();
    };
    QStringList elsewhere;
    const bool sandbox = stored.kind == Profile::Kind::Sandbox;
    if (sandbox || !sameOrigin(stored.baseUrl, effective.baseUrl))
        elsewhere << origin(effective.baseUrl);
    if (sandbox || !sameOrigin(stored.credentialsUrl, effective.credentialsUrl))
        elsewhere << origin(effective.credentialsUrl);
    elsewhere.removeDuplicates();
    const QString where = elsewhere.join(QStringLiteral(", "));
    for (const Profile &candidate : store.profiles()) {
        if (candidate.kind != Profile::Kind::Custom || !sameOrigins(candidate, effective))
            continue;
        err() << tr("The URLs given are not those of profile \"%1\"; using the API key of profile \"%2\", "
                    "which is for %3.")
                     .arg(stored.id, candidate.id, where)
              << Qt::endl;
        return resolver.resolve(candidate.id);
    }
    err() << tr("The URLs given point to %1, not to the servers of profile \"%2\": its stored API key is not sent "
                "there. Set VENDO_API_KEY, or store a custom profile for these URLs with its own key.")
                 .arg(where, stored.id)
          << Qt::endl;
    return fromEnvironment; // status NotFound: no key
}

} // namespace

std::expected<client::InputClassification, InputError> classifyInputFile(const QString &path)
{
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-"))
        opened = file.open(0, QIODevice::ReadOnly | QIODevice::Unbuffered); // by descriptor: no C buffer
    else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    if (!opened)
        return std::unexpected(InputError { InputError::Kind::Unreadable,
                                            path == QLatin1String("-")
                                                ? tr("Standard input cannot be read.")
                                                : tr("Cannot read \"%1\": %2.").arg(path, file.errorString()) });
    return InputClassifier::classify(file);
}

std::expected<RequestChoice, int> chooseRequest(const InputClassification &input, const QString &requested)
{
    RequestChoice choice;
    if (!requested.isEmpty()) {
        bool ok = false;
        const qlonglong number = requested.toLongLong(&ok);
        if (!ok || number < 1 || number > input.requestCount) {
            err() << tr("--request %1: there is no such request; the input holds %n request(s), numbered from 1.",
                        nullptr, int(qMin<qsizetype>(input.requestCount, INT_MAX)))
                         .arg(requested)
                  << Qt::endl;
            return std::unexpected(UsageError);
        }
        choice.listed = input.listedRequest(number - 1);
        if (choice.listed < 0) {
            err() << tr("--request %1: that request was counted but not kept (of a HAR, the first %2 requests "
                        "with an identity and the first %3 without one are kept); it carries no X-Vendo-User-JWT.")
                         .arg(requested)
                         .arg(HarReader::kMaxIdentityRequestsListed)
                         .arg(HarReader::kMaxOtherRequestsListed)
                  << Qt::endl;
            return std::unexpected(UsageError);
        }
        choice.why = tr("as asked");
        return choice;
    }
    const qsizetype preferred = input.preferredCandidate();
    const IdentityCandidate *candidate = preferred >= 0 ? &input.candidates.at(preferred) : nullptr;
    if (candidate && candidate->origin == IdentityCandidate::Origin::Request) {
        choice.listed = candidate->request;
        choice.why = candidate->token && candidate->token->validNow() ? tr("the most recent with a valid token")
            : candidate->identity.has_value() ? tr("none is valid now: the first with an identity")
                                              : tr("the first");
    } else {
        choice.listed = 0;
        choice.why = tr("the first");
    }
    return choice;
}

QStringList requestSummary(const InputClassification &input)
{
    QStringList lines;
    if (input.requestCount > 1 || input.identityRequestCount != 1) {
        QStringList numbers;
        for (const IdentityCandidate &candidate : input.candidates) {
            if (candidate.origin == IdentityCandidate::Origin::Request && candidate.identity.has_value()
                && numbers.size() < 20)
                numbers << QString::number(input.requests.at(candidate.request).index + 1);
        }
        QString line = tr("%n request(s) carry X-Vendo-User-JWT", nullptr, int(input.identityRequestCount));
        if (!numbers.isEmpty())
            line += QStringLiteral(": ") + numbers.join(QStringLiteral(", "))
                + (input.identityRequestCount > numbers.size() ? QStringLiteral(", …") : QString());
        lines << line + tr(" (of %n in the input).", nullptr, int(qMin<qsizetype>(input.requestCount, INT_MAX)));
    }
    if (input.bearerOnlyRequestCount > 0) {
        qsizetype first = -1;
        for (const IdentityCandidate &candidate : input.candidates) {
            if (candidate.bearerOnly) {
                first = input.requests.at(candidate.request).index + 1;
                break;
            }
        }
        lines << tr("Hint: %n request(s) send a JWT only as \"Authorization: Bearer\", not as X-Vendo-User-JWT%1. "
                    "forRequest reads X-Vendo-User-JWT only: the customer's backend must forward the user's token "
                    "in that header.",
                    nullptr, int(input.bearerOnlyRequestCount))
                     .arg(first > 0 ? tr(" (the first: request %1)").arg(first) : QString());
    }
    return lines;
}

ClientContext::ClientContext()
    : profile(QStringLiteral("profile"), tr("Profile: production, staging, sandbox or a stored custom one."),
              tr("NAME"), QStringLiteral("production"))
    , baseUrl(QStringLiteral("base-url"), tr("API origin (overrides the profile and VENDO_BASE_URL)."), tr("URL"))
    , credentialsUrl(QStringLiteral("credentials-url"),
                     tr("Credentials service URL (overrides the profile and VENDO_CREDENTIALS_URL)."), tr("URL"))
    , jwt(QStringLiteral("jwt"),
          tr("Scope to the user of this identity token (visible in the process list: prefer --jwt-file)."), tr("JWT"))
    , jwtFile(QStringLiteral("jwt-file"), tr("Scope to the user of the token in FILE (- = stdin)."), tr("FILE"))
    , headersFile(QStringLiteral("headers-file"),
                  tr("Scope as forRequest would, from a header block, curl command or HAR file (- = stdin)."),
                  tr("FILE"))
    , request(QStringLiteral("request"), tr("Which request of a multi-request input to use (1-based)."), tr("N"))
    , json(QStringLiteral("json"), tr("Print one JSON document."))
    , reveal(QStringLiteral("reveal"),
             tr("Print provider tokens and connect / set-up links (they carry the API key) in full; masked otherwise."))
    , timeout(QStringLiteral("timeout"), tr("Per-request timeout in seconds (default 30)."), tr("SECONDS"))
    , attempts(QStringLiteral("attempts"), tr("Attempts per request, retries included (default 3)."), tr("N"))
    , transport(QStringLiteral("identity-transport"),
                tr("How the user's identity travels: header (X-Vendo-User-JWT) or bearer."), tr("MODE"))
{
    parser.addHelpOption();
    for (const QCommandLineOption *option : { &profile, &baseUrl, &credentialsUrl, &jwt, &jwtFile, &headersFile,
                                              &request, &json, &reveal, &timeout, &attempts, &transport })
        parser.addOption(*option);
}

std::optional<int> ClientContext::parse(const QStringList &arguments, const QString &description)
{
    parser.setApplicationDescription(description);
    if (const auto exit = parseArguments(parser, arguments))
        return *exit;
    const int identitySources = int(parser.isSet(jwt)) + int(parser.isSet(jwtFile)) + int(parser.isSet(headersFile));
    if (identitySources > 1) {
        err() << tr("Give at most one of --jwt, --jwt-file and --headers-file.") << Qt::endl;
        return UsageError;
    }
    return std::nullopt;
}

int exitCodeFor(const VendoError &error)
{
    switch (error.category()) {
    case VendoError::Category::Service:
        return ServiceError;
    case VendoError::Category::Local:
        return LocalPrecondition;
    case VendoError::Category::Transport:
        break;
    }
    return TransportFailure;
}

void printHumanError(const VendoError &error, VendoError::UrlDisclosure disclosure)
{
    TerminalText line = coloured(error.className(), Colour::Red);
    if (!error.code.isEmpty())
        line += QStringLiteral(" (%1)").arg(error.code);
    if (error.httpStatus)
        line += QStringLiteral(" HTTP %1").arg(error.httpStatus);
    out() << line << ": " << error.summary() << '\n';
    if (error.sdkClass() != error.className())
        out() << "  " << tr("The official SDK would raise %1 (%2).").arg(error.sdkClass(), error.sdkCode()) << '\n';
    if (!error.detail.isEmpty() && error.detail != error.summary())
        out() << "  " << error.detail << '\n';
    if (error.retryAfter)
        out() << "  " << tr("Retry after %1 s.").arg(*error.retryAfter) << '\n';
    if (!error.suggestedFix.isEmpty())
        out() << "  " << tr("Service suggests: %1").arg(error.suggestedFix) << '\n';
    if (!error.connectUrl.isEmpty())
        out() << "  " << tr("Connect URL: %1").arg(error.shownConnectUrl(disclosure)) << '\n';
    out() << "  " << coloured(error.remediation(), Colour::Yellow) << Qt::endl;
}

VendoError::UrlDisclosure ClientContext::urlDisclosure() const
{
    return parser.isSet(reveal) ? VendoError::UrlDisclosure::Revealed : VendoError::UrlDisclosure::Masked;
}

int ClientContext::fail(const VendoError &error) const
{
    if (jsonOutput())
        printJson(QJsonObject { { QStringLiteral("error"), error.toJson(urlDisclosure()) } });
    else
        printHumanError(error, urlDisclosure());
    return exitCodeFor(error);
}

std::optional<int> ClientContext::buildClient()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString profileId = parser.value(profile);
    const std::unique_ptr<QSettings> settings = openProfileSettings();
    ProfileStore store(settings.get());
    if (!checkProfileKnown(store, profileId))
        return UsageError;
    Profile chosen;
    if (profileId == QLatin1String("sandbox"))
        chosen = Profile::sandbox({}, {});
    else
        chosen = *store.find(profileId);
    const auto urlFrom = [&](const QCommandLineOption &option, const char *variable, QUrl &target) {
        if (parser.isSet(option))
            target = QUrl(parser.value(option));
        else if (environment.contains(QLatin1String(variable)))
            target = QUrl(environment.value(QLatin1String(variable)));
    };
    const Profile stored = chosen;
    urlFrom(baseUrl, "VENDO_BASE_URL", chosen.baseUrl);
    urlFrom(credentialsUrl, "VENDO_CREDENTIALS_URL", chosen.credentialsUrl);
    if (chosen.kind == Profile::Kind::Sandbox && (chosen.baseUrl.isEmpty() || chosen.credentialsUrl.isEmpty())) {
        err() << tr("The sandbox profile needs its URLs: --base-url and --credentials-url, or VENDO_BASE_URL and "
                    "VENDO_CREDENTIALS_URL (vendo-sandbox --print-env prints them).")
              << Qt::endl;
        return UsageError;
    }
    if (const QString problem = chosen.validate(); !problem.isEmpty())
        return fail(VendoError::make(VendoError::Kind::InsecureUrl, problem));

    if (parser.isSet(transport)) {
        const QString mode = parser.value(transport);
        if (mode != QLatin1String("header") && mode != QLatin1String("bearer")) {
            err() << tr("--identity-transport takes \"header\" or \"bearer\".") << Qt::endl;
            return UsageError;
        }
        chosen.identityTransport
            = mode == QLatin1String("bearer") ? IdentityTransport::Bearer : IdentityTransport::Header;
    }

    const secrets::ResolvedApiKey key = resolveKey(stored, chosen, store, environment);
    if (!key && key.error().status != secrets::SecretStatus::NotFound)
        err() << tr("No usable API key: %1").arg(key.error().message) << Qt::endl;

    VendoClient client(&m_network, chosen, key ? key->key : QString());
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            err() << tr("--timeout takes seconds between 0 and 3600.") << Qt::endl;
            return UsageError;
        }
        client = client.withTimeout(std::chrono::milliseconds(qint64(seconds * 1000)));
    }
    if (parser.isSet(attempts)) {
        bool ok = false;
        const int n = parser.value(attempts).toInt(&ok);
        if (!ok || n < 1 || n > 10) {
            err() << tr("--attempts takes a number from 1 to 10.") << Qt::endl;
            return UsageError;
        }
        RetryPolicy policy;
        policy.maxAttempts = n;
        client = client.withRetryPolicy(policy);
    }

    Result<VendoClient> scoped = client;
    std::optional<QString> offered; // the identity given, scoped or not
    bool viaForRequest = false;
    if (parser.isSet(jwt)) {
        warnSecretInArguments(QStringLiteral("--jwt-file FILE or --jwt-file - (standard input)"));
        offered = parser.value(jwt);
        scoped = client.forUser(*offered);
    } else if (parser.isSet(jwtFile)) {
        const QString path = parser.value(jwtFile);
        const Input input
            = path == QLatin1String("-") ? readStandardInput(kJwtFileLimit) : readFile(path, kJwtFileLimit);
        if (!input)
            return failInput(input.error(), jsonOutput());
        // The file may hold the token alone, wrapped by a mail client, or inside a message or a log:
        // the classifier finds it (the same one the window uses).
        const InputClassification classified = InputClassifier::classify(input->rawBytes());
        const qsizetype preferred = classified.preferredCandidate();
        if (classified.noIdentityToken())
            return fail(VendoError::make(VendoError::Kind::InvalidInput,
                                         tr("No identity token in this text; nothing was sent.")));
        if (preferred >= 0 && classified.candidates.at(preferred).identity.has_value()) {
            const QString token = classified.candidates.at(preferred).identity->jwt;
            const jwt::DecodedJwt decoded = jwt::decode(token.toLatin1());
            if (!decoded.structureOk())
                return fail(VendoError::make(VendoError::Kind::InvalidInput,
                                             tr("The identity token is malformed, so it was not sent: %1")
                                                 .arg(decoded.problems.constFirst().message)));
            offered = token;
            scoped = client.forUser(token);
        } else {
            offered = QString::fromUtf8(input->view());
            scoped = client.forUser(*offered);
        }
    } else if (parser.isSet(headersFile)) {
        const std::expected<InputClassification, InputError> classified = classifyInputFile(parser.value(headersFile));
        if (!classified)
            return failInput(classified.error(), jsonOutput());
        if (classified->error)
            return fail(*classified->error);
        if (!classified->isRequestBlock())
            return fail(classified->notARequest.value_or(
                VendoError::make(VendoError::Kind::InvalidInput, tr("The input holds no request."))));
        const auto choice = chooseRequest(*classified, parser.isSet(request) ? parser.value(request) : QString());
        if (!choice)
            return choice.error();
        if (classified->requestCount > 1) {
            // Several requests (a HAR file): say which one, and how to pick another.
            const CapturedRequest &used = classified->requests.at(choice->listed);
            for (const QString &line : requestSummary(*classified))
                err() << line << Qt::endl;
            err() << tr("Using request %1 (%2): %3. Pick another with --request N.")
                         .arg(used.index + 1)
                         .arg(choice->why, Redaction::text(used.label()))
                  << Qt::endl;
        }
        // forRequest gives the errors the SDKs raise (no key first, then no identity); an identity found
        // is scoped to as forUser (the JWT joined again when a mail wrapped it).
        const Result<UserIdentity> identity = classified->requestIdentity(choice->listed);
        viaForRequest = true;
        if (identity.has_value())
            offered = identity->jwt;
        scoped = identity.has_value() ? client.forUser(identity->jwt)
                                      : client.forRequest(classified->requests.at(choice->listed).headers);
    }
    if (!scoped) {
        const VendoError::Kind kind = scoped.error().kind;
        if (!m_keepRefusedScoping
            || (kind != VendoError::Kind::VendoOnlyFeature && kind != VendoError::Kind::IdentityNotPresent))
            return fail(scoped.error());
        m_refused = RefusedScoping { scoped.error(), viaForRequest, offered };
        m_client = client;
        return std::nullopt;
    }
    m_client = scoped.value();
    return std::nullopt;
}

} // namespace vendo::cli

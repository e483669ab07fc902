#include "ClientContext.h"

#include "CliCommon.h"
#include "client/ProfileStore.h"
#include "secrets/ApiKeyResolver.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSettings>

namespace vendo::cli {

using namespace vendo::client;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vendo::cli::ClientCommands", text);
}

constexpr qint64 kJwtFileLimit = 1024 * 1024;

} // namespace

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
    QString line = coloured(error.className(), Colour::Red);
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
    QSettings settings;
    ProfileStore store(&settings);
    Profile chosen;
    if (profileId == QLatin1String("sandbox")) {
        chosen = Profile::sandbox({}, {});
    } else if (const auto found = store.find(profileId)) {
        chosen = *found;
    } else {
        err() << tr("Unknown profile \"%1\".").arg(profileId) << Qt::endl;
        return UsageError;
    }
    const auto urlFrom = [&](const QCommandLineOption &option, const char *variable, QUrl &target) {
        if (parser.isSet(option))
            target = QUrl(parser.value(option));
        else if (environment.contains(QLatin1String(variable)))
            target = QUrl(environment.value(QLatin1String(variable)));
    };
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

    // VENDO_API_KEY wins; the keychain is asked only without it.
    secrets::KeychainSecretStore keychain;
    const secrets::ResolvedApiKey key = secrets::ApiKeyResolver(keychain, environment).resolve(chosen.id);
    if (!key.ok() && key.status != secrets::SecretStatus::NotFound)
        err() << tr("No usable API key: %1").arg(key.message) << Qt::endl;

    VendoClient client(&m_network, chosen, key.ok() ? key.key : QString());
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
    if (parser.isSet(jwt)) {
        warnSecretInArguments(QStringLiteral("--jwt-file FILE or --jwt-file - (standard input)"));
        scoped = client.forUser(parser.value(jwt));
    } else if (parser.isSet(jwtFile)) {
        const QString path = parser.value(jwtFile);
        const Input input
            = path == QLatin1String("-") ? readStandardInput(kJwtFileLimit) : readFile(path, kJwtFileLimit);
        if (!input.ok())
            return fail(VendoError::make(VendoError::Kind::InvalidInput, input.error));
        scoped = client.forUser(QString::fromUtf8(input.data));
    } else if (parser.isSet(headersFile)) {
        const QString path = parser.value(headersFile);
        const Input input = path == QLatin1String("-") ? readStandardInput(HeaderBlock::kMaxInputBytes)
                                                       : readFile(path, HeaderBlock::kMaxInputBytes);
        if (!input.ok())
            return fail(VendoError::make(VendoError::Kind::InvalidInput, input.error));
        qsizetype index = 0;
        if (parser.isSet(request)) {
            index = parser.value(request).toLongLong() - 1;
        } else if (const auto block = HeaderBlock::parse(input.data); block && block->requests.size() > 1) {
            // Several requests (a HAR file): take the first that carries an identity.
            for (qsizetype i = 0; i < block->requests.size(); ++i) {
                if (identityFromHeaders(block->requests.at(i).headers)) {
                    index = i;
                    break;
                }
            }
            err() << tr("The input holds %1 requests; using request %2 (%3). Pick another with --request N.")
                         .arg(block->requests.size())
                         .arg(index + 1)
                         .arg(block->requests.at(index).label())
                  << Qt::endl;
        }
        scoped = client.forRequest(input.data, index);
    }
    if (!scoped)
        return fail(scoped.error());
    m_client = scoped.value();
    return std::nullopt;
}

} // namespace vendo::cli

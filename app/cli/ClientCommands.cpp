#include "ClientCommands.h"

#include "CliCommon.h"
#include "ClientContext.h"
#include "SdkCommands.h"
#include "client/ConnectionsJob.h"
#include "client/Explain.h"
#include "client/InputClassifier.h"
#include "client/Redaction.h"
#include "client/TokenJob.h"
#include "client/TokensJob.h"
#include "client/WhoamiJob.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

namespace vendo::cli {

using namespace vendo::client;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vendo::cli::ClientCommands", text);
}

QJsonValue expiryJson(const ProviderToken &token)
{
    return token.expiresAt ? QJsonValue(token.expiresAt->toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject tokenResultJson(const TokenResult &result, bool reveal)
{
    QJsonObject object {
        { QStringLiteral("slug"), result.slug },
        { QStringLiteral("ok"), result.ok() },
        { QStringLiteral("status"), result.meta.httpStatus },
        { QStringLiteral("attempts"), result.meta.attempts },
        { QStringLiteral("duration_ms"), result.meta.durationMs },
        { QStringLiteral("via_bulk"), result.viaBulk },
    };
    if (!result.meta.requestId.isEmpty())
        object.insert(QStringLiteral("request_id"), result.meta.requestId);
    if (result.ok()) {
        QJsonObject token { { QStringLiteral("masked"), Redaction::token(result.value->accessToken) },
                            { QStringLiteral("token_type"), result.value->tokenType },
                            { QStringLiteral("expires_at"), expiryJson(result.value.value()) } };
        if (reveal)
            token.insert(QStringLiteral("access_token"), result.value->accessToken);
        object.insert(QStringLiteral("token"), token);
    } else {
        object.insert(QStringLiteral("error"),
                      result.value.error().toJson(reveal ? VendoError::UrlDisclosure::Revealed
                                                         : VendoError::UrlDisclosure::Masked));
    }
    return object;
}

TerminalText metaLine(const ResponseMeta &meta)
{
    QString line = tr("HTTP %1, %2 attempt(s), %3 ms").arg(meta.httpStatus).arg(meta.attempts).arg(meta.durationMs);
    if (!meta.requestId.isEmpty())
        line += tr(", request id %1").arg(meta.requestId);
    return coloured(line, Colour::Dim);
}

void printTokenHuman(const TokenResult &result, bool reveal)
{
    if (result.ok()) {
        const ProviderToken &token = result.value.value();
        out() << coloured(result.slug, Colour::Bold) << "  " << coloured(tr("ok"), Colour::Green) << "  "
              << (reveal ? token.accessToken : Redaction::token(token.accessToken)) << "  "
              << (token.expiresAt ? tr("expires %1").arg(token.expiresAt->toString(Qt::ISODate))
                                  : tr("does not expire"))
              << "  " << metaLine(result.meta) << Qt::endl;
        return;
    }
    out() << coloured(result.slug, Colour::Bold) << "  " << metaLine(result.meta) << '\n' << "  ";
    printHumanError(result.value.error(),
                    reveal ? VendoError::UrlDisclosure::Revealed : VendoError::UrlDisclosure::Masked);
}

} // namespace

int runToken(const QStringList &arguments)
{
    ClientContext context;
    context.parser.addPositionalArgument(QStringLiteral("slug"), tr("Provider slugs."), tr("SLUG..."));
    const QCommandLineOption sdkChoice = sdkOption();
    context.parser.addOption(sdkChoice);
    if (const auto stop = context.parse(arguments,
                                        tr("Fetch provider tokens (several: one bulk request, then a "
                                           "single request per slug the bulk answer left empty).")))
        return *stop;
    sdk::Sdk asSdk = sdk::Sdk::Contract;
    if (const auto stop = parseSdk(context.parser, sdkChoice, asSdk))
        return *stop;
    QStringList slugs = context.parser.positionalArguments();
    slugs.removeDuplicates();
    if (slugs.isEmpty()) {
        err() << tr("Name at least one provider slug.") << Qt::endl;
        return UsageError;
    }
    if (const auto stop = buildClientFor(asSdk, context))
        return *stop;
    if (asSdk != sdk::Sdk::Contract)
        return runAsSdk(asSdk, slugs.size() == 1 ? sdk::Operation::Token : sdk::Operation::Tokens, context, slugs);
    const bool reveal = context.parser.isSet(context.reveal);

    QList<TokenResult> results;
    if (slugs.size() == 1)
        results << awaitJob<TokenResult>(context.vendoClient().token(slugs.constFirst()));
    else
        results = awaitJob<QList<TokenResult>>(context.vendoClient().tokens(slugs));

    int exitCode = Success;
    QJsonArray array;
    for (const TokenResult &result : std::as_const(results)) {
        if (!result.ok())
            exitCode = qMax(exitCode, exitCodeFor(result.value.error()));
        if (context.jsonOutput())
            array.append(tokenResultJson(result, reveal));
        else
            printTokenHuman(result, reveal);
    }
    if (context.jsonOutput())
        printJson(QJsonObject { { QStringLiteral("results"), array } });
    return exitCode;
}

int runConnections(const QStringList &arguments)
{
    ClientContext context;
    const QCommandLineOption sandbox(QStringLiteral("sandbox-connections"), tr("Ask with ?sandbox=1."));
    context.parser.addOption(sandbox);
    const QCommandLineOption sdkChoice = sdkOption();
    context.parser.addOption(sdkChoice);
    if (const auto stop = context.parse(arguments, tr("List the connections of the user (or of the app).")))
        return *stop;
    sdk::Sdk asSdk = sdk::Sdk::Contract;
    if (const auto stop = parseSdk(context.parser, sdkChoice, asSdk))
        return *stop;
    if (const auto stop = buildClientFor(asSdk, context))
        return *stop;
    if (asSdk != sdk::Sdk::Contract)
        return runAsSdk(asSdk, sdk::Operation::Connections, context);
    const ConnectionsResult result
        = awaitJob<ConnectionsResult>(context.vendoClient().connections(context.parser.isSet(sandbox)));
    if (!result.ok())
        return context.fail(result.value.error());
    if (context.jsonOutput()) {
        QJsonArray list;
        const bool reveal = context.parser.isSet(context.reveal);
        for (const Connection &c : result.value.value()) {
            QJsonObject entry = c.redacted; // secrets masked
            if (reveal && c.hasSetupUrl) // the one way to the whole link (it carries the key)
                entry.insert(QStringLiteral("setup_url"), c.setupUrl.toString(QUrl::FullyEncoded));
            list.append(entry);
        }
        printJson(QJsonObject { { QStringLiteral("connections"), list },
                                { QStringLiteral("status"), result.meta.httpStatus },
                                { QStringLiteral("attempts"), result.meta.attempts },
                                { QStringLiteral("duration_ms"), result.meta.durationMs } });
        return Success;
    }
    out() << metaLine(result.meta) << '\n';
    if (result.value->isEmpty())
        out() << tr("No connections.") << '\n';
    for (const Connection &c : result.value.value()) {
        const Colour colour = c.status == QLatin1String("connected") ? Colour::Green
            : c.status == QLatin1String("available")                 ? Colour::Dim
                                                                     : Colour::Red;
        // Every field is the server's: padded first, then escaped by the stream.
        out() << c.slug.leftJustified(16) << "  " << coloured(c.status.leftJustified(14), colour) << "  "
              << c.profile.leftJustified(20) << "  " << c.displayName;
        if (!c.errorMessage.isEmpty())
            out() << "  " << c.errorMessage;
        out() << '\n';
    }
    out() << Qt::flush;
    return Success;
}

int runWhoami(const QStringList &arguments)
{
    ClientContext context;
    const QCommandLineOption asUser(QStringLiteral("as-user"),
                                    tr("Send the user's identity token as the bearer: the service's own verdict."));
    context.parser.addOption(asUser);
    const QCommandLineOption sdkChoice = sdkOption();
    context.parser.addOption(sdkChoice);
    if (const auto stop = context.parse(arguments, tr("Ask the service which tenant the key (or user) belongs to.")))
        return *stop;
    sdk::Sdk asSdk = sdk::Sdk::Contract;
    if (const auto stop = parseSdk(context.parser, sdkChoice, asSdk))
        return *stop;
    const bool user = context.parser.isSet(asUser);
    if (user && asSdk != sdk::Sdk::Contract) {
        err() << tr("--as-user is the inspector's own check (the token as the bearer); no SDK sends it. Drop "
                    "--as-user to see the SDK's balance call.")
              << Qt::endl;
        return UsageError;
    }
    if (const auto stop = buildClientFor(asSdk, context))
        return *stop;
    if (asSdk != sdk::Sdk::Contract)
        return runAsSdk(asSdk, sdk::Operation::Whoami, context);
    const WhoamiResult result
        = awaitJob<WhoamiResult>(context.vendoClient().whoami(user ? Identity::As::User : Identity::As::App));
    if (!result.ok())
        return context.fail(result.value.error());
    const QString as = user ? QStringLiteral("user") : QStringLiteral("app");
    if (context.jsonOutput()) {
        printJson(QJsonObject { { QStringLiteral("tenant_id"), result.value->tenantId },
                                { QStringLiteral("balance_usd"), result.value->balanceUsd },
                                { QStringLiteral("as"), as },
                                { QStringLiteral("status"), result.meta.httpStatus },
                                { QStringLiteral("attempts"), result.meta.attempts },
                                { QStringLiteral("duration_ms"), result.meta.durationMs } });
        return Success;
    }
    out() << tr("Tenant %1, balance %2 USD (asked as the %3)")
                 .arg(result.value->tenantId)
                 .arg(result.value->balanceUsd, 0, 'f', 2)
                 .arg(user ? tr("user") : tr("app"))
          << "\n"
          << metaLine(result.meta) << Qt::endl;
    return Success;
}

int runHeaders(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Predict what forRequest makes of a header block, curl command or HAR file: "
                                        "whether X-Vendo-User-JWT is present, and the identity headers."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The input file; - or nothing reads stdin."),
                                 tr("[FILE|-]"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON document."));
    const QCommandLineOption request(QStringLiteral("request"), tr("Which request to judge (1-based)."), tr("N"));
    parser.addOption(json);
    parser.addOption(request);
    const QCommandLineOption sdkChoice = sdkOption();
    parser.addOption(sdkChoice);
    if (const auto exit = parseArguments(parser, arguments))
        return *exit;
    sdk::Sdk asSdk = sdk::Sdk::Contract;
    if (const auto stop = parseSdk(parser, sdkChoice, asSdk))
        return *stop;
    // With --sdk, what that SDK's forRequest() makes of the identity, beside the contract's answer.
    const auto withSdk = [asSdk](QJsonObject object, const std::optional<QString> &jwt) {
        if (asSdk != sdk::Sdk::Contract) {
            const QJsonObject fields = headersSdkJson(asSdk, jwt);
            for (auto it = fields.begin(); it != fields.end(); ++it)
                object.insert(it.key(), it.value());
        }
        return object;
    };
    const QString path = parser.positionalArguments().value(0, QStringLiteral("-"));
    const auto failWith = [&](const VendoError &error) {
        if (parser.isSet(json))
            printJson(QJsonObject { { QStringLiteral("identity_present"), false },
                                    { QStringLiteral("error"), error.toJson() } });
        else
            printHumanError(error);
        return exitCodeFor(error);
    };
    // A HAR is streamed from the file (or standard input), never held whole (docs/architecture.md).
    const std::expected<InputClassification, InputError> input = classifyInputFile(path);
    if (!input) {
        // A file error, not a service error: the message and exit code of every input error.
        if (!parser.isSet(json))
            return failInput(input.error(), false);
        printJson(QJsonObject { { QStringLiteral("identity_present"), false },
                                { QStringLiteral("error"), inputErrorJson(input.error()) } });
        return LocalPrecondition;
    }
    const InputClassification &classified = *input;
    if (classified.error)
        return failWith(*classified.error);
    if (!classified.isRequestBlock())
        return failWith(classified.notARequest.value_or(
            VendoError::make(VendoError::Kind::InvalidInput, tr("The input holds no request."))));
    const QList<CapturedRequest> &requestList = classified.requests;
    const QString format = HeaderBlock::formatName(classified.requestFormat);

    const auto choice = chooseRequest(classified, parser.isSet(request) ? parser.value(request) : QString());
    if (!choice)
        return choice.error();
    const qsizetype index = choice->listed;
    const CapturedRequest &chosen = requestList.at(index);
    const Result<UserIdentity> identity = classified.requestIdentity(index);
    // The requests kept (of a large HAR, those with an identity first; URLs redacted: they may carry a key).
    QJsonArray requests;
    for (qsizetype i = 0; i < requestList.size(); ++i) {
        const CapturedRequest &r = requestList.at(i);
        QJsonObject entry { { QStringLiteral("number"), r.index + 1 },
                            { QStringLiteral("label"), Redaction::text(r.label()) },
                            { QStringLiteral("identity_present"), classified.requestIdentity(i).has_value() } };
        if (r.status > 0)
            entry.insert(QStringLiteral("status"), r.status);
        if (!r.time.isEmpty())
            entry.insert(QStringLiteral("time"), r.time);
        requests.append(entry);
    }
    const QJsonObject counts { { QStringLiteral("requests"), classified.requestCount },
                               { QStringLiteral("identity_requests"), classified.identityRequestCount },
                               { QStringLiteral("bearer_only_requests"), classified.bearerOnlyRequestCount },
                               { QStringLiteral("listed"), requestList.size() } };
    const QStringList summary = requestSummary(classified);
    const QString chosenLine = tr("Input: %1, request %2 of %3: %4 (%5).")
                                   .arg(format)
                                   .arg(chosen.index + 1)
                                   .arg(classified.requestCount)
                                   .arg(Redaction::text(chosen.label()), choice->why);
    const auto printSummary = [&] {
        for (const QString &line : summary)
            out() << line << '\n';
        if (classified.requestCount > 1 && !parser.isSet(request))
            out() << tr("Choose another with --request N (N as numbered above, 1 to %1).").arg(classified.requestCount)
                  << '\n';
    };
    if (!identity) {
        if (parser.isSet(json)) {
            printJson(withSdk(QJsonObject { { QStringLiteral("identity_present"), false },
                                            { QStringLiteral("format"), format },
                                            { QStringLiteral("request"), chosen.index + 1 },
                                            { QStringLiteral("counts"), counts },
                                            { QStringLiteral("notes"), QJsonArray::fromStringList(summary) },
                                            { QStringLiteral("requests"), requests },
                                            { QStringLiteral("error"), identity.error().toJson() } },
                              std::nullopt));
            return exitCodeFor(identity.error());
        }
        out() << chosenLine << '\n';
        printSummary();
        printHumanError(identity.error());
        if (asSdk != sdk::Sdk::Contract)
            printHeadersSdk(asSdk, std::nullopt);
        return exitCodeFor(identity.error());
    }
    QJsonObject identityHeaders;
    for (auto it = identity->identityHeaders.begin(); it != identity->identityHeaders.end(); ++it)
        identityHeaders.insert(it.key(), it.value());
    if (parser.isSet(json)) {
        printJson(withSdk(QJsonObject { { QStringLiteral("identity_present"), true },
                                        { QStringLiteral("jwt"), Redaction::jwt(identity->jwt) },
                                        { QStringLiteral("identity_headers"), identityHeaders },
                                        { QStringLiteral("format"), format },
                                        { QStringLiteral("request"), chosen.index + 1 },
                                        { QStringLiteral("counts"), counts },
                                        { QStringLiteral("notes"), QJsonArray::fromStringList(summary) },
                                        { QStringLiteral("requests"), requests } },
                          identity->jwt));
        return Success;
    }
    out() << coloured(tr("forRequest would scope to this user."), Colour::Green) << '\n' << chosenLine << '\n';
    printSummary();
    out() << "X-Vendo-User-JWT: " << Redaction::jwt(identity->jwt) << '\n';
    for (auto it = identity->identityHeaders.begin(); it != identity->identityHeaders.end(); ++it)
        out() << it.key() << ": " << it.value() << '\n';
    out() << Qt::flush;
    if (asSdk != sdk::Sdk::Contract)
        printHeadersSdk(asSdk, identity->jwt);
    return Success;
}

int runExplain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Explain an error code (current or legacy spelling), an HTTP status or a pasted log line: the "
           "SDK class, what it means and what to do."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("text"), tr("A code, a status, a log line, or - for stdin."),
                                 tr("CODE|STATUS|LINE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON document."));
    parser.addOption(json);
    if (const auto exit = parseArguments(parser, arguments))
        return *exit;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        err() << tr("Give a code, an HTTP status or a log line (- reads stdin).") << Qt::endl;
        return UsageError;
    }
    QString text = words.join(QLatin1Char(' '));
    if (text == QLatin1String("-")) {
        const Input input = readStandardInput(64 * 1024);
        if (!input) {
            err() << input.error().message << Qt::endl;
            return LocalPrecondition;
        }
        text = QString::fromUtf8(input->view());
    }
    const Explanation e = explain(text);
    if (parser.isSet(json)) {
        QJsonObject object = e.toJson();
        if (const QJsonArray classes = explainSdkJson(e); !classes.isEmpty())
            object.insert(QStringLiteral("sdk_classes"), classes);
        printJson(object);
        return e.recognised() ? Success : LocalPrecondition;
    }
    if (!e.recognised()) {
        err() << e.meaning << '\n' << e.fix << Qt::endl;
        return LocalPrecondition;
    }
    out() << coloured(e.className, Colour::Bold);
    if (!e.code.isEmpty())
        out() << "  " << tr("code %1").arg(e.code);
    if (e.httpStatus)
        out() << "  " << tr("typically HTTP %1").arg(e.httpStatus);
    out() << '\n' << e.meaning << '\n' << coloured(e.fix, Colour::Yellow) << '\n';
    if (!e.note.isEmpty())
        out() << coloured(e.note, Colour::Dim) << '\n';
    out() << Qt::flush;
    printExplainSdk(e);
    return Success;
}

} // namespace vendo::cli

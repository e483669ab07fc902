#include "SdkCommands.h"

#include "CliCommon.h"
#include "ClientContext.h"
#include "client/ConnectionsJob.h"
#include "client/Redaction.h"
#include "client/TokenJob.h"
#include "client/TokensJob.h"
#include "client/WhoamiJob.h"
#include "sdk/SdkCase.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

namespace vendo::cli {

using namespace vendo::client;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vendo::cli::SdkCommands", text);
}

// One reproduced call: a slug's token, the connection list or the balance.
struct Reproduced
{
    QString subject; // the slug, or the operation's name
    ResponseMeta meta;
    sdk::Outcome outcome;
    std::optional<VendoError> error;
    QJsonObject value; // what came back, secrets masked
};

QJsonObject reproducedJson(const Reproduced &r)
{
    QJsonObject object { { QStringLiteral("subject"), r.subject },
                         { QStringLiteral("status"), r.meta.httpStatus },
                         { QStringLiteral("attempts"), r.meta.attempts },
                         { QStringLiteral("duration_ms"), r.meta.durationMs },
                         { QStringLiteral("sdk_outcome"), sdk::toJson(r.outcome) } };
    if (r.error)
        object.insert(QStringLiteral("error"), r.error->toJson());
    if (!r.value.isEmpty())
        object.insert(QStringLiteral("value"), r.value);
    return object;
}

QList<Reproduced> reproduceTokens(sdk::Sdk which, const VendoClient &client, const QStringList &slugs)
{
    QList<TokenResult> results;
    const bool bulk = slugs.size() > 1;
    if (bulk)
        results = awaitJob<QList<TokenResult>>(client.tokens(slugs));
    else
        results << awaitJob<TokenResult>(client.token(slugs.value(0)));
    QList<Reproduced> list;
    for (const TokenResult &result : std::as_const(results)) {
        Reproduced r { result.slug, result.meta, sdk::outcome(which, client.isScoped(), result, bulk), {}, {} };
        if (result.ok())
            r.value = { { QStringLiteral("masked"), Redaction::token(result.value->accessToken) },
                        { QStringLiteral("token_type"), result.value->tokenType } };
        else
            r.error = result.value.error();
        list << r;
    }
    return list;
}

Reproduced reproduceConnections(sdk::Sdk which, const VendoClient &client)
{
    const ConnectionsResult result = awaitJob<ConnectionsResult>(client.connections());
    const QString subject = sdk::operationName(sdk::Operation::Connections);
    Reproduced r { subject,
                   result.meta,
                   sdk::outcome(which, sdk::Operation::Connections, client.isScoped(), {},
                                result.ok() ? nullptr : &result.value.error()),
                   {},
                   {} };
    if (result.ok()) {
        QJsonArray slugs;
        for (const Connection &c : result.value.value())
            slugs.append(QJsonObject { { QStringLiteral("slug"), c.slug }, { QStringLiteral("status"), c.status } });
        r.value = { { QStringLiteral("connections"), slugs } };
    } else {
        r.error = result.value.error();
    }
    return r;
}

Reproduced reproduceWhoami(sdk::Sdk which, const VendoClient &client)
{
    const WhoamiResult result = awaitJob<WhoamiResult>(client.whoami(Identity::As::App));
    Reproduced r { sdk::operationName(sdk::Operation::Whoami),
                   result.meta,
                   sdk::outcome(which, sdk::Operation::Whoami, client.isScoped(), {},
                                result.ok() ? nullptr : &result.value.error()),
                   {},
                   {} };
    if (result.ok())
        r.value = { { QStringLiteral("tenant_id"), result.value->tenantId },
                    { QStringLiteral("balance_usd"), result.value->balanceUsd } };
    else
        r.error = result.value.error();
    return r;
}

void printSends(const sdk::Sends &sends)
{
    out() << coloured(tr("What %1 sends for %2:").arg(sdk::info(sends.sdk).name, sdk::operationName(sends.operation)),
                      Colour::Bold)
          << '\n';
    for (const QString &line : sdk::describe(sends))
        out() << "  " << line << '\n';
}

void printDifferences(sdk::Sdk which, const QList<sdk::Difference> &differences)
{
    if (differences.isEmpty()) {
        out() << tr("No difference from the contract is known for this operation.") << '\n';
        return;
    }
    out() << coloured(tr("Differences from the contract:"), Colour::Bold) << '\n';
    for (const sdk::Difference &d : differences) {
        out() << "  - " << coloured(sdk::differenceLine(which, d), Colour::Yellow) << '\n';
        if (!d.explanation.isEmpty())
            out() << "    " << d.explanation << '\n';
        out() << "    " << coloured(tr("Source: %1").arg(d.source), Colour::Dim) << '\n';
    }
}

} // namespace

QCommandLineOption sdkOption()
{
    return QCommandLineOption(
        QStringLiteral("sdk"),
        tr("Show and reproduce what this SDK does: %1 (default contract).").arg(sdk::sdkKeys().join(QLatin1Char('|'))),
        tr("SDK"), QStringLiteral("contract"));
}

std::optional<int> parseSdk(const QCommandLineParser &parser, const QCommandLineOption &option, sdk::Sdk &chosen)
{
    const QString name = parser.value(option);
    const auto found = sdk::sdkFromKey(name);
    if (!found) {
        err() << tr("Unknown SDK \"%1\"; --sdk takes one of: %2.").arg(name, sdk::sdkKeys().join(QStringLiteral(", ")))
              << Qt::endl;
        return UsageError;
    }
    chosen = *found;
    return std::nullopt;
}

std::optional<int> buildClientFor(sdk::Sdk chosen, ClientContext &context)
{
    if (chosen != sdk::Sdk::Contract)
        context.keepRefusedScoping();
    return context.buildClient();
}

int runAsSdk(sdk::Sdk which, sdk::Operation operation, ClientContext &context, const QStringList &slugs)
{
    const VendoClient &client = context.vendoClient();
    const sdk::SdkInfo &info = sdk::info(which);
    const auto &refused = context.refusedScoping();
    // A scoping the contract's client refused is the SDK's to judge: TypeScript 1.3.1 throws AuthError at
    // construction without a key where the contract raises VendoOnlyFeature.
    const sdk::Sends sends = refused
        ? sdk::sendsAfterScoping(which, operation,
                                 refused->viaForRequest ? sdk::Operation::ForRequest : sdk::Operation::ForUser,
                                 sdk::contextFor(client, slugs), refused->jwt)
        : sdk::sends(which, operation, sdk::contextFor(client, slugs));
    const QList<sdk::Difference> differences = sdk::differences(which, operation);

    QList<Reproduced> reproduced;
    QString whyNot;
    bool waitsForever = false;
    int exitCode = Success;
    if (!sends.sendsRequest) {
        whyNot = tr("%1 raises %2 in %3 before sending anything.")
                     .arg(info.name, sends.raised.className, sends.raised.raisedBy);
        exitCode = LocalPrecondition;
    } else if (refused) {
        whyNot = tr("the inspector cannot scope as asked: %1").arg(refused->error.message);
        exitCode = LocalPrecondition;
    } else if (const sdk::Reproduction reproduction = sdk::reproduce(which, operation, client); !reproduction.client) {
        whyNot = reproduction.whyNot;
    } else {
        waitsForever = reproduction.sdkWaitsForever;
        const VendoClient &as = *reproduction.client;
        if (operation == sdk::Operation::Token || operation == sdk::Operation::Tokens)
            reproduced = reproduceTokens(which, as, slugs);
        else if (operation == sdk::Operation::Connections)
            reproduced << reproduceConnections(which, as);
        else
            reproduced << reproduceWhoami(which, as);
        for (const Reproduced &r : std::as_const(reproduced)) {
            if (r.error)
                exitCode = qMax(exitCode, exitCodeFor(*r.error));
        }
    }

    if (context.jsonOutput()) {
        QJsonArray differenceList;
        for (const sdk::Difference &d : differences)
            differenceList.append(sdk::toJson(d));
        QJsonArray results;
        for (const Reproduced &r : std::as_const(reproduced))
            results.append(reproducedJson(r));
        QJsonObject reproduction { { QStringLiteral("label"), QStringLiteral("reproduction") },
                                   { QStringLiteral("as"), info.key },
                                   { QStringLiteral("ran"), !reproduced.isEmpty() },
                                   { QStringLiteral("sdk_sets_no_timeout"), waitsForever },
                                   { QStringLiteral("results"), results } };
        if (!whyNot.isEmpty())
            reproduction.insert(QStringLiteral("why_not"), whyNot);
        printJson(QJsonObject { { QStringLiteral("sdk"), sdk::sdkJson(which) },
                                { QStringLiteral("sends"), sdk::toJson(sends) },
                                { QStringLiteral("differences"), differenceList },
                                { QStringLiteral("reproduction"), reproduction } });
        return exitCode;
    }

    out() << coloured(tr("SDK: %1 (%2)").arg(info.name, sdk::basisText(which)), Colour::Bold) << '\n';
    printSends(sends);
    printDifferences(which, differences);
    out() << coloured(tr("Reproduction as %1:").arg(info.name), Colour::Bold) << '\n';
    if (!whyNot.isEmpty())
        out() << "  " << tr("Not run: %1").arg(whyNot) << '\n';
    if (waitsForever)
        out() << "  "
              << coloured(tr("%1 sets no timeout here; the reproduction keeps the inspector's, so that it ends.")
                              .arg(info.name),
                          Colour::Dim)
              << '\n';
    for (const Reproduced &r : std::as_const(reproduced)) {
        out() << "  " << coloured(r.subject, Colour::Bold) << "  "
              << coloured(tr("HTTP %1, %2 attempt(s), %3 ms")
                              .arg(r.meta.httpStatus)
                              .arg(r.meta.attempts)
                              .arg(r.meta.durationMs),
                          Colour::Dim)
              << '\n'
              << "    "
              << coloured(r.outcome.className.isEmpty()
                              ? tr("%1 %2 (reproduction)").arg(info.name, sdk::outcomeText(r.outcome))
                              : tr("%1 raises %2 (reproduction)").arg(info.name, sdk::outcomeText(r.outcome)),
                          r.error ? Colour::Red : Colour::Green)
              << '\n';
        if (!r.outcome.note.isEmpty())
            out() << "    " << r.outcome.note << '\n';
        if (r.error && !r.outcome.className.isEmpty()) // a null return has no remediation of its own
            out() << "    " << coloured(r.error->remediation(), Colour::Yellow) << '\n';
    }
    out() << Qt::flush;
    return exitCode;
}

QJsonObject headersSdkJson(sdk::Sdk which, const std::optional<QString> &headerValue)
{
    const sdk::ScopingPrediction p = sdk::predictScoping(which, sdk::Operation::ForRequest, true, headerValue);
    QJsonArray differenceList;
    for (const sdk::Difference &d : sdk::differences(which, sdk::Operation::ForRequest))
        differenceList.append(sdk::toJson(d));
    QJsonObject scoping { { QStringLiteral("scoped"), p.raised.className.isEmpty() },
                          { QStringLiteral("assumes_api_key"), true } };
    if (!p.raised.className.isEmpty())
        scoping.insert(
            QStringLiteral("raises"),
            QJsonObject { { QStringLiteral("class"), p.raised.className }, { QStringLiteral("code"), p.raised.code } });
    else
        scoping.insert(QStringLiteral("jwt"), Redaction::jwt(p.scopedJwt));
    return { { QStringLiteral("sdk"), sdk::sdkJson(which) },
             { QStringLiteral("scoping"), scoping },
             { QStringLiteral("differences"), differenceList } };
}

void printHeadersSdk(sdk::Sdk which, const std::optional<QString> &headerValue)
{
    const sdk::SdkInfo &info = sdk::info(which);
    const sdk::ScopingPrediction p = sdk::predictScoping(which, sdk::Operation::ForRequest, true, headerValue);
    out() << coloured(tr("SDK: %1 (%2)").arg(info.name, sdk::basisText(which)), Colour::Bold) << '\n';
    if (p.raised.className.isEmpty())
        out() << "  "
              << tr("%1 forRequest() scopes to %2 (assuming the customer's code has its API key).")
                     .arg(info.name, Redaction::jwt(p.scopedJwt))
              << '\n';
    else
        out() << "  " << tr("%1 forRequest() raises %2 (%3).").arg(info.name, p.raised.className, p.raised.code)
              << '\n';
    printDifferences(which, sdk::differences(which, sdk::Operation::ForRequest));
    out() << Qt::flush;
}

QJsonArray explainSdkJson(const Explanation &e)
{
    QJsonArray list;
    if (e.code.isEmpty())
        return list;
    const QString code = e.source == Explanation::Source::LegacyCode ? e.matched : e.code;
    for (const sdk::Sdk each : sdk::allSdks()) {
        const sdk::Raised raised = sdk::predictError(each, e.httpStatus ? e.httpStatus : 400, code.toUtf8(), {});
        list.append(QJsonObject { { QStringLiteral("sdk"), sdk::info(each).key },
                                  { QStringLiteral("class"), raised.className },
                                  { QStringLiteral("code"), raised.code },
                                  { QStringLiteral("from_documentation"), raised.assumedFromContract } });
    }
    return list;
}

void printExplainSdk(const Explanation &e)
{
    const QJsonArray list = explainSdkJson(e);
    if (list.isEmpty())
        return;
    out() << coloured(e.source == Explanation::Source::LegacyCode
                          ? tr("What each SDK raises for an answer that carries this older spelling:")
                          : tr("What each SDK raises for it:"),
                      Colour::Bold)
          << '\n';
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        const auto which = sdk::sdkFromKey(o.value(QLatin1String("sdk")).toString());
        out() << "  " << sdk::info(*which).name.leftJustified(20) << "  " << o.value(QLatin1String("class")).toString();
        if (o.value(QLatin1String("from_documentation")).toBool())
            out() << "  " << coloured(tr("(not documented: the contract's class)"), Colour::Dim);
        out() << '\n';
    }
    out() << Qt::flush;
}

} // namespace vendo::cli

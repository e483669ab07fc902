#include "sdk/SdkCase.h"

#include "client/Redaction.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace vendo::sdk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vendo::sdk", text);
}

QJsonValue valueJson(const Value &value)
{
    if (const bool *flag = std::get_if<bool>(&value))
        return *flag;
    if (const int *number = std::get_if<int>(&value))
        return *number;
    return std::get<QString>(value);
}

bool isTokenOperation(Operation operation)
{
    return operation == Operation::Token || operation == Operation::Tokens;
}

// The SDK leaves the user's identity off a scoped request it sends for `operation`.
bool dropsUserJwt(Sdk sdk, Operation operation)
{
    const auto row = find(sdk, operation, Aspect::SendsUserJwt);
    return row && !std::get<bool>(row->value);
}

} // namespace

RequestContext contextFor(const client::VendoClient &client, const QStringList &slugs)
{
    RequestContext context;
    context.apiBase = client.profile().baseUrl;
    context.credentialsBase = client.profile().credentialsUrl;
    const QStringList secrets = client.secrets(); // the key, then the identity token when scoped
    if (client.hasApiKey())
        context.apiKey = secrets.value(0);
    if (client.isScoped())
        context.userJwt = secrets.value(client.hasApiKey() ? 1 : 0);
    context.slugs = slugs;
    return context;
}

Sends sends(Sdk sdk, Operation operation, const RequestContext &context)
{
    Sends result;
    result.sdk = sdk;
    result.operation = operation;
    result.fromDocumentation = info(sdk).basis == Basis::Documentation;
    const Prediction prediction = predict(sdk, operation, context);
    result.raised = prediction.raised;
    if (!prediction.request)
        return result;
    const PredictedRequest &request = *prediction.request;
    result.sendsRequest = true;
    result.method = QString::fromLatin1(request.method);
    result.url = client::Redaction::text(request.url.toString());
    for (const auto &[name, value] : request.headers) {
        const QString n = QString::fromLatin1(name);
        result.headers.append({ n, client::Redaction::headerValue(n, QString::fromUtf8(value)) });
    }
    if (sdk != Sdk::Contract) {
        if (const auto contract = predict(Sdk::Contract, operation, context).request) {
            for (const auto &pair : contract->headers) {
                if (!request.hasHeader(pair.first))
                    result.absentVsContract << QString::fromLatin1(pair.first);
            }
        }
    }
    result.attempts = request.attempts;
    result.timeoutMs = request.timeoutMs;
    for (const Aspect aspect : request.assumedFromContract)
        result.assumedFromContract << aspectName(aspect);
    return result;
}

Sends sendsAfterScoping(Sdk sdk, Operation operation, Operation scoping, const RequestContext &context,
                        const std::optional<QString> &headerValue)
{
    const ScopingPrediction scoped = predictScoping(sdk, scoping, !context.apiKey.isEmpty(), headerValue);
    if (scoped.raised.className.isEmpty()) {
        RequestContext asScoped = context;
        asScoped.userJwt = scoped.scopedJwt;
        return sends(sdk, operation, asScoped);
    }
    Sends result;
    result.sdk = sdk;
    result.operation = operation;
    result.fromDocumentation = info(sdk).basis == Basis::Documentation;
    result.raised = scoped.raised;
    return result;
}

QJsonObject toJson(const Sends &sends)
{
    QJsonObject object { { QStringLiteral("operation"), operationName(sends.operation) },
                         { QStringLiteral("sends_request"), sends.sendsRequest },
                         { QStringLiteral("from_documentation"), sends.fromDocumentation } };
    if (!sends.sendsRequest) {
        object.insert(QStringLiteral("raises"),
                      QJsonObject { { QStringLiteral("class"), sends.raised.className },
                                    { QStringLiteral("code"), sends.raised.code },
                                    { QStringLiteral("raised_by"), sends.raised.raisedBy } });
        return object;
    }
    QJsonObject headers;
    for (const auto &[name, value] : sends.headers)
        headers.insert(name, value);
    object.insert(QStringLiteral("method"), sends.method);
    object.insert(QStringLiteral("url"), sends.url);
    object.insert(QStringLiteral("headers"), headers);
    object.insert(QStringLiteral("absent_vs_contract"), QJsonArray::fromStringList(sends.absentVsContract));
    object.insert(QStringLiteral("attempts"), sends.attempts);
    object.insert(QStringLiteral("timeout_ms"), sends.timeoutMs);
    object.insert(QStringLiteral("not_documented"), QJsonArray::fromStringList(sends.assumedFromContract));
    return object;
}

QStringList describe(const Sends &sends)
{
    QStringList lines;
    if (!sends.sendsRequest) {
        lines << tr("Raises %1 (%2) in %3: nothing is sent.")
                     .arg(sends.raised.className, sends.raised.code, sends.raised.raisedBy);
        return lines;
    }
    lines << sends.method + QLatin1Char(' ') + sends.url;
    for (const auto &[name, value] : sends.headers)
        lines << QStringLiteral("  %1: %2").arg(name, value);
    for (const QString &name : sends.absentVsContract)
        lines << tr("  (no %1: the contract sends it)").arg(name);
    const QString timeout
        = sends.timeoutMs > 0 ? tr("timeout %1 s per attempt").arg(sends.timeoutMs / 1000.0) : tr("no timeout");
    lines << tr("%1 attempt(s), %2").arg(sends.attempts).arg(timeout);
    if (!sends.assumedFromContract.isEmpty())
        lines << tr("Not documented (the contract's value is shown): %1")
                     .arg(sends.assumedFromContract.join(QStringLiteral(", ")));
    return lines;
}

QJsonObject toJson(const Difference &difference)
{
    QJsonObject object { { QStringLiteral("operation"), operationName(difference.operation) },
                         { QStringLiteral("aspect"), aspectName(difference.aspect) },
                         { QStringLiteral("contract"), valueJson(difference.contract) },
                         { QStringLiteral("explanation"), difference.explanation },
                         { QStringLiteral("source"), difference.source } };
    object.insert(QStringLiteral("sdk"), difference.sdk ? valueJson(*difference.sdk) : QJsonValue());
    object.insert(QStringLiteral("documented"), difference.sdk.has_value());
    return object;
}

QString differenceLine(Sdk sdk, const Difference &difference)
{
    return tr("%1 %2: contract %3, %4 %5")
        .arg(operationName(difference.operation), aspectName(difference.aspect), valueText(difference.contract),
             info(sdk).name, difference.sdk ? valueText(*difference.sdk) : tr("not documented"));
}

Outcome outcome(Sdk sdk, Operation operation, bool scoped, const QString &slug, const client::VendoError *error)
{
    using Kind = client::VendoError::Kind;
    Outcome result;
    result.fromDocumentation = info(sdk).basis == Basis::Documentation;
    QStringList notes;
    if (scoped && dropsUserJwt(sdk, operation) && isTokenOperation(operation))
        notes << tr("No X-Vendo-User-JWT was sent: the service answered with the app's own binding for %1, not "
                    "the user's.")
                     .arg(slug);
    if (!error) {
        result.returns = isTokenOperation(operation) ? tr("a token")
            : operation == Operation::Connections    ? tr("the connection list")
                                                     : tr("the balance");
    } else if (sdk == Sdk::TypeScript_1_3_1) {
        const bool protocol = error->kind == Kind::MalformedBody || error->kind == Kind::UnexpectedContentType;
        if (error->category() == client::VendoError::Category::Service) {
            const Raised raised = predictError(sdk, error->httpStatus, error->code.toUtf8(), {});
            result.className = raised.className;
            result.code = raised.code;
        } else if (protocol) {
            result.className = QStringLiteral("SyntaxError");
            notes << tr("A body that is not JSON reaches the caller as a raw SyntaxError, not a VendoError.");
        } else if (error->category() == client::VendoError::Category::Transport) {
            if (isTokenOperation(operation)) {
                result.className = QStringLiteral("TypeError");
                notes << tr("token() uses a plain fetch: a network failure reaches the caller as the raw "
                            "TypeError, not a VendoError.");
            } else {
                result.className = QStringLiteral("VendoError");
                result.code = QStringLiteral("upstream_error");
            }
        } else {
            result.className = error->sdkClass();
            result.code = error->sdkCode();
        }
        if (operation == Operation::Tokens && error->code == QLatin1String("null_in_bulk")) {
            // src/_client.ts:232-237: a null in a 200 bulk answer is returned as it is.
            notes << tr("tokens() returns null for this slug, without a reason: the bulk answer left it null.");
            result.className.clear();
            result.code.clear();
            result.returns = QStringLiteral("null");
        } else if (operation == Operation::Tokens) {
            // src/_client.ts:227-231: a bulk request that fails throws for the whole call.
            notes << tr("The bulk request failed: tokens() throws this for every slug at once.");
        }
    } else {
        result.className = error->sdkClass();
        result.code = error->sdkCode();
    }
    result.note = notes.join(QLatin1Char(' '));
    return result;
}

Outcome outcome(Sdk sdk, bool scoped, const client::TokenResult &result, bool bulk)
{
    const Operation operation = bulk ? Operation::Tokens : Operation::Token;
    if (bulk && sdk == Sdk::TypeScript_1_3_1 && !result.viaBulk) {
        // The inspector asked again singly for a slug the bulk answer left empty; the SDK does not.
        Outcome o = outcome(sdk, operation, scoped, result.slug, result.ok() ? nullptr : &result.value.error());
        o.className.clear();
        o.code.clear();
        o.returns = QStringLiteral("null");
        o.note = tr("The bulk answer left %1 empty: tokens() returns null and does not ask again.").arg(result.slug);
        return o;
    }
    return outcome(sdk, operation, scoped, result.slug, result.ok() ? nullptr : &result.value.error());
}

QJsonObject toJson(const Outcome &outcome)
{
    QJsonObject object { { QStringLiteral("class"), outcome.className.isEmpty() ? QJsonValue() : outcome.className },
                         { QStringLiteral("code"), outcome.code.isEmpty() ? QJsonValue() : outcome.code },
                         { QStringLiteral("text"), outcomeText(outcome) },
                         { QStringLiteral("from_documentation"), outcome.fromDocumentation } };
    if (!outcome.returns.isEmpty())
        object.insert(QStringLiteral("returns"), outcome.returns);
    if (!outcome.note.isEmpty())
        object.insert(QStringLiteral("note"), outcome.note);
    return object;
}

QString outcomeText(const Outcome &outcome)
{
    if (outcome.className.isEmpty())
        return tr("returns %1").arg(outcome.returns);
    return outcome.code.isEmpty() ? outcome.className : QStringLiteral("%1 (%2)").arg(outcome.className, outcome.code);
}

QString Run::label() const
{
    // Spelled out: inside a member, lupdate would file a bare tr() under the struct's own context.
    return isReproduction() ? QCoreApplication::translate("vendo::sdk", "Reproduction · %1").arg(info(sdk).name)
                            : QCoreApplication::translate("vendo::sdk", "Contract");
}

QJsonObject toJson(const Run &run)
{
    return { { QStringLiteral("label"),
               run.isReproduction() ? QStringLiteral("reproduction") : QStringLiteral("contract") },
             { QStringLiteral("sdk"), info(run.sdk).key },
             { QStringLiteral("operation"), operationName(run.operation) },
             { QStringLiteral("subject"), run.subject },
             { QStringLiteral("status"), run.httpStatus },
             { QStringLiteral("attempts"), run.attempts },
             { QStringLiteral("sdk_outcome"), toJson(run.outcome) } };
}

QString basisText(Sdk sdk)
{
    switch (info(sdk).basis) {
    case Basis::Contract:
        return tr("the documented contract");
    case Basis::SourceCode:
        return tr("from source: %1").arg(info(sdk).sourceNote);
    case Basis::Documentation:
        return tr("from documentation");
    }
    return {};
}

QJsonObject sdkJson(Sdk sdk)
{
    const SdkInfo &i = info(sdk);
    static const char *const bases[] = { "contract", "source", "documentation" };
    return { { QStringLiteral("key"), i.key },
             { QStringLiteral("name"), i.name },
             { QStringLiteral("basis"), QString::fromLatin1(bases[static_cast<int>(i.basis)]) },
             { QStringLiteral("source"), i.sourceNote } };
}

} // namespace vendo::sdk

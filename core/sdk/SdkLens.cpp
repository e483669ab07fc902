#include "sdk/SdkLens.h"

#include "client/ClientConfig.h"
#include "client/ErrorCatalog.h"
#include "client/ResponseDecoder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace vendo::sdk {

namespace {

// The row's value for the SDK, else the contract's (recorded as assumed), else nullopt.
struct Lookup
{
    Sdk sdk;
    Operation operation;
    QList<Aspect> *assumed = nullptr;

    std::optional<Value> operator()(Aspect aspect) const
    {
        if (const auto row = find(sdk, operation, aspect))
            return row->value;
        if (const auto row = find(Sdk::Contract, operation, aspect)) {
            if (assumed)
                assumed->append(aspect);
            return row->value;
        }
        return std::nullopt;
    }
    QString text(Aspect aspect) const
    {
        const auto value = (*this)(aspect);
        return value ? std::get<QString>(*value) : QString();
    }
    bool flag(Aspect aspect) const
    {
        const auto value = (*this)(aspect);
        return value && std::get<bool>(*value);
    }
    int number(Aspect aspect) const
    {
        const auto value = (*this)(aspect);
        return value ? std::get<int>(*value) : 0;
    }
};

QString joinedPath(const QUrl &base, const QString &path)
{
    QString root = base.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    return root + path;
}

QUrl expandPath(const QString &pattern, const RequestContext &context)
{
    QString path = pattern;
    QUrl base = context.apiBase;
    if (path.startsWith(QLatin1String("{credentials}"))) {
        base = context.credentialsBase;
        path.remove(0, int(qstrlen("{credentials}")));
    } else {
        path.remove(0, int(qstrlen("{api}")));
    }
    const QString slug = context.slugs.value(0);
    path.replace(QLatin1String("{slug}"), QString::fromLatin1(QUrl::toPercentEncoding(slug)));
    QStringList encoded;
    for (const QString &each : context.slugs)
        encoded << QString::fromLatin1(QUrl::toPercentEncoding(each));
    path.replace(QLatin1String("{slugs}"), encoded.join(QLatin1Char(',')));
    return QUrl(joinedPath(base, path));
}

Raised raisedFrom(const Lookup &lookup, const QString &raisedBy)
{
    return { lookup.text(Aspect::NoKeyClass), lookup.text(Aspect::NoKeyCode), raisedBy, false };
}

} // namespace

QByteArray PredictedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool PredictedRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Prediction predict(Sdk sdk, Operation operation, const RequestContext &context)
{
    Prediction prediction;
    if (context.apiKey.isEmpty()) {
        // No key: the contract raises at scoping or at the call; an SDK may fail earlier.
        const Lookup construction { sdk, Operation::ForUser };
        prediction.raised = raisedFrom(construction, construction.text(Aspect::NoKeyRaisedBy));
        prediction.raised.assumedFromContract = !find(sdk, Operation::ForUser, Aspect::NoKeyClass).has_value();
        return prediction;
    }

    PredictedRequest request;
    const Lookup value { sdk, operation, &request.assumedFromContract };
    if ((operation == Operation::Token || operation == Operation::Tokens)
        && value.text(Aspect::VendoModeFrom) == QLatin1String("env") && !context.apiKeyInEnvironment) {
        // Outside Vendo mode the SDK looks for a BYOK variable and, for a Vendo-only slug, finds none.
        prediction.raised
            = { QStringLiteral("NotConnected"), QStringLiteral("binding_missing"), operationName(operation) };
        return prediction;
    }

    request.url = expandPath(value.text(Aspect::Path), context);
    if (value.flag(Aspect::SendsAuthorization))
        request.headers.append({ "Authorization", "Bearer " + context.apiKey.toUtf8() });
    if (!context.userJwt.isEmpty() && value.flag(Aspect::SendsUserJwt))
        request.headers.append({ "X-Vendo-User-JWT", context.userJwt.toUtf8() });
    if (const QString version = value.text(Aspect::ApiVersion); !version.isEmpty())
        request.headers.append({ "Vendo-API-Version", version.toUtf8() });
    if (const QString accept = value.text(Aspect::Accept); !accept.isEmpty())
        request.headers.append({ "Accept", accept.toUtf8() });
    if (const QString agent = value.text(Aspect::UserAgent); !agent.isEmpty())
        request.headers.append({ "User-Agent", agent.toUtf8() });
    request.attempts = operation == Operation::Events ? 1 : qMax(1, value.number(Aspect::Attempts));
    request.timeoutMs = value.number(Aspect::TimeoutMs);
    prediction.request = request;
    return prediction;
}

ScopingPrediction predictScoping(Sdk sdk, Operation operation, bool hasApiKey,
                                 const std::optional<QString> &headerValue)
{
    Q_ASSERT(operation == Operation::ForUser || operation == Operation::ForRequest);
    ScopingPrediction prediction;
    const Lookup value { sdk, operation };
    if (!hasApiKey) {
        prediction.raised = raisedFrom(value, value.text(Aspect::NoKeyRaisedBy));
        prediction.raised.assumedFromContract = !find(sdk, operation, Aspect::NoKeyClass).has_value();
        return prediction;
    }
    const QString jwt = headerValue.value_or(QString());
    if (operation == Operation::ForRequest && jwt.trimmed().isEmpty()) {
        prediction.raised = { QStringLiteral("IdentityNotPresent"), QStringLiteral("identity_not_present"),
                              operationName(operation) };
        return prediction;
    }
    prediction.scopedJwt = value.flag(Aspect::TrimsJwt) ? jwt.trimmed() : jwt;
    return prediction;
}

Raised predictError(Sdk sdk, int httpStatus, const QByteArray &codeHeader, const QByteArray &body)
{
    Raised raised;
    raised.raisedBy = QCoreApplication::translate("vendo::sdk", "the answer");
    raised.assumedFromContract = sdk == Sdk::Python_1_2_0 || sdk == Sdk::Swift_1_0_0;
    if (sdk == Sdk::TypeScript_1_3_1) {
        // src/errors.ts:134-153: the header, else error.code when error is an object, else internal_error.
        QString code = QString::fromUtf8(codeHeader.trimmed());
        if (code.isEmpty()) {
            const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
            code = error.value(QLatin1String("code")).toString();
        }
        if (code.isEmpty())
            code = QStringLiteral("internal_error");
        const auto kind = client::ErrorCatalog::kindForCode(code);
        raised.className = kind ? client::ErrorCatalog::className(*kind) : QStringLiteral("VendoError");
        raised.code = code;
        return raised;
    }
    // The contract, as the inspector's own client decodes it; the other SDKs document nothing else.
    const client::VendoError error
        = client::ResponseDecoder::errorFromResponse(httpStatus, codeHeader, {}, body, QDateTime::currentDateTimeUtc());
    raised.className = client::ErrorCatalog::className(error.kind);
    raised.code = error.code;
    return raised;
}

std::optional<QDateTime> cachedUntil(Sdk sdk, const QDateTime &fetchedAt, const std::optional<QDateTime> &expiresAt)
{
    if (sdk == Sdk::Contract)
        return std::nullopt; // the contract states a freshness rule, not a client cache
    const auto margin = find(sdk, Operation::Token, Aspect::CacheFreshMarginS);
    const auto nullLifetime = find(sdk, Operation::Token, Aspect::CacheNullExpiryS);
    if (!margin || !nullLifetime)
        return std::nullopt;
    const QDateTime cacheExpiry = expiresAt ? *expiresAt : fetchedAt.addSecs(std::get<int>(nullLifetime->value));
    const QDateTime until = cacheExpiry.addSecs(-std::get<int>(margin->value));
    return until > fetchedAt ? std::optional(until) : std::nullopt;
}

QList<Difference> differences(Sdk sdk, std::optional<Operation> operation)
{
    QList<Difference> list;
    if (sdk == Sdk::Contract)
        return list;
    for (const Row &contractRow : table(Sdk::Contract)) {
        if (operation && contractRow.operation != *operation)
            continue;
        const auto sdkRow = find(sdk, contractRow.operation, contractRow.aspect);
        if (!sdkRow) {
            if (info(sdk).basis == Basis::Documentation) {
                list.append({ contractRow.operation, contractRow.aspect, contractRow.value, std::nullopt,
                              QCoreApplication::translate("vendo::sdk", "Not documented for %1.").arg(info(sdk).name),
                              QString::fromLatin1(contractRow.source) });
            }
            continue;
        }
        if (sdkRow->value == contractRow.value)
            continue;
        list.append({ contractRow.operation, contractRow.aspect, contractRow.value, sdkRow->value,
                      explanationText(*sdkRow), QString::fromLatin1(sdkRow->source) });
    }
    return list;
}

Reproduction reproduce(Sdk sdk, Operation operation, const client::VendoClient &client)
{
    Reproduction reproduction;
    const bool throughClient = operation == Operation::Token || operation == Operation::Tokens
        || operation == Operation::Connections || operation == Operation::Whoami;
    if (!throughClient) {
        reproduction.whyNot = QCoreApplication::translate("vendo::sdk", "%1 is not a request the probe makes.")
                                  .arg(operationName(operation));
        return reproduction;
    }
    const Lookup value { sdk, operation, &reproduction.assumedFromContract };
    if (value.text(Aspect::Path) != std::get<QString>(find(Sdk::Contract, operation, Aspect::Path)->value)) {
        reproduction.whyNot = QCoreApplication::translate("vendo::sdk",
                                                          "%1 calls %2 for this, not the endpoint the "
                                                          "inspector asks; there is nothing to compare.")
                                  .arg(info(sdk).name, value.text(Aspect::Path));
        return reproduction;
    }

    client::HeaderShape shape;
    shape.userJwt = value.flag(Aspect::SendsUserJwt);
    const QString version = value.text(Aspect::ApiVersion);
    shape.apiVersion = !version.isEmpty();
    shape.accept = !value.text(Aspect::Accept).isEmpty();

    client::RetryPolicy retry = client.retryPolicy();
    retry.maxAttempts = qMax(1, value.number(Aspect::Attempts));
    if (const int base = value.number(Aspect::BackoffBaseMs); base > 0)
        retry.baseDelayMs = base;
    if (const int cap = value.number(Aspect::BackoffCapMs); cap > 0)
        retry.maxDelayMs = cap;

    client::VendoClient reproduced = client.withHeaderShape(shape).withRetryPolicy(retry);
    if (!version.isEmpty())
        reproduced = reproduced.withApiVersion(version);
    if (const int timeout = value.number(Aspect::TimeoutMs); timeout > 0)
        reproduced = reproduced.withTimeout(std::chrono::milliseconds(timeout));
    else
        reproduction.sdkWaitsForever = true;
    if (operation == Operation::Tokens)
        reproduced = reproduced.withSinglyAfterBulk(value.flag(Aspect::AsksSinglyAfterBulk));
    reproduction.client = reproduced;
    return reproduction;
}

} // namespace vendo::sdk

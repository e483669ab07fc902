#include "sandbox/ScenarioParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace vendo::sandbox {

namespace {

constexpr int kMaxLatencyMs = 600000;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::sandbox::ScenarioParser)
};

const QStringList &profiles()
{
    static const QStringList list { QStringLiteral("vendo_managed_pool"), QStringLiteral("byok_static"),
                                    QStringLiteral("user_oauth"),         QStringLiteral("oauth_app_install"),
                                    QStringLiteral("webhook_inbound"),    QStringLiteral("composio_managed") };
    return list;
}

const QStringList &statuses()
{
    static const QStringList list { QStringLiteral("connected"), QStringLiteral("available"),
                                    QStringLiteral("needs_reauth"), QStringLiteral("error") };
    return list;
}

} // namespace

const QStringList &ScenarioParser::connectionStatuses()
{
    return statuses();
}

ScenarioParser::ScenarioParser(Scenario &scenario)
    : m_scenario(scenario)
{ }

ScenarioLoad ScenarioParser::parse(const QByteArray &json, const QString &source)
{
    const QString name = source.isEmpty() ? QStringLiteral("<scenario>") : source;
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return std::unexpected(SandboxError {
            name, QString(),
            Tr::tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()) });
    }
    if (!document.isObject())
        return std::unexpected(SandboxError { name, QString(), Tr::tr("the scenario must be a JSON object") });

    Scenario scenario;
    try {
        ScenarioParser parser(scenario);
        parser.parseRoot(document.object());
    } catch (const Failure &failure) {
        return std::unexpected(SandboxError { name, failure.path, failure.message });
    }
    return scenario;
}

void ScenarioParser::parseRoot(const QJsonObject &root)
{
    object(root, QString(),
           { QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("latency_ms"),
             QStringLiteral("signing_key"), QStringLiteral("tenants"), QStringLiteral("users"),
             QStringLiteral("api_keys"), QStringLiteral("providers"), QStringLiteral("connections"),
             QStringLiteral("faults"), QStringLiteral("events"), QStringLiteral("webhook_secret") });
    m_scenario.name = string(root, QStringLiteral("name"), QString(), false);
    string(root, QStringLiteral("description"), QString(), false);
    m_scenario.latencyMs = integer(root, QStringLiteral("latency_ms"), QString(), 0, kMaxLatencyMs, 0);
    if (root.contains(QStringLiteral("signing_key"))) {
        const QJsonObject key = object(root.value(QStringLiteral("signing_key")), QStringLiteral("signing_key"),
                                       { QStringLiteral("pem"), QStringLiteral("kid") });
        m_scenario.signingKeyPem = string(key, QStringLiteral("pem"), QStringLiteral("signing_key"), true).toUtf8();
        m_scenario.signingKeyId = string(key, QStringLiteral("kid"), QStringLiteral("signing_key"), false);
    }
    for (const QString &required : { QStringLiteral("tenants"), QStringLiteral("users"), QStringLiteral("api_keys") }) {
        if (!root.contains(required))
            fail(required, Tr::tr("required"));
    }
    parseTenants(root.value(QStringLiteral("tenants")));
    parseUsers(root.value(QStringLiteral("users")));
    parseApiKeys(root.value(QStringLiteral("api_keys")));
    if (root.contains(QStringLiteral("providers")))
        parseProviders(root.value(QStringLiteral("providers")));
    if (root.contains(QStringLiteral("connections")))
        parseConnections(root.value(QStringLiteral("connections")));
    if (root.contains(QStringLiteral("faults")))
        parseFaults(root.value(QStringLiteral("faults")));
    if (root.contains(QStringLiteral("webhook_secret"))) {
        static const QRegularExpression printable(QStringLiteral("^[!-~]{1,1024}$"));
        m_scenario.webhookSecret = string(root, QStringLiteral("webhook_secret"), QString(), true);
        if (!printable.match(m_scenario.webhookSecret).hasMatch())
            fail(QStringLiteral("webhook_secret"),
                 Tr::tr("expected 1 to 1024 printable ASCII characters without spaces"));
    }
    if (root.contains(QStringLiteral("events")))
        parseEvents(root.value(QStringLiteral("events")));
}

void ScenarioParser::parseTenants(const QJsonValue &value)
{
    const QString path = QStringLiteral("tenants");
    const QJsonArray list = array(value, path);
    if (list.isEmpty())
        fail(path, Tr::tr("at least one tenant is required"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = element(path, i);
        const QJsonObject entry
            = object(list.at(i), at, { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("balance_usd") });
        Tenant tenant;
        tenant.id = string(entry, QStringLiteral("id"), at, true);
        if (m_scenario.tenant(tenant.id))
            fail(member(at, QStringLiteral("id")), Tr::tr("duplicate tenant id \"%1\"").arg(tenant.id));
        tenant.name = string(entry, QStringLiteral("name"), at, false, tenant.id);
        const QJsonValue balance = entry.value(QStringLiteral("balance_usd"));
        if (!balance.isUndefined() && !balance.isDouble())
            fail(member(at, QStringLiteral("balance_usd")), Tr::tr("expected a number, got %1").arg(describe(balance)));
        tenant.balanceUsd = balance.toDouble(0);
        m_scenario.tenants.append(tenant);
    }
}

void ScenarioParser::parseUsers(const QJsonValue &value)
{
    const QString path = QStringLiteral("users");
    const QJsonArray list = array(value, path);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = element(path, i);
        const QJsonObject entry
            = object(list.at(i), at,
                     { QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("tenant"), QStringLiteral("name"),
                       QStringLiteral("role"), QStringLiteral("description") });
        SandboxUser user;
        user.id = string(entry, QStringLiteral("id"), at, true);
        if (m_scenario.user(user.id) || m_scenario.tenant(user.id))
            fail(member(at, QStringLiteral("id")),
                 Tr::tr("duplicate id \"%1\" (user and tenant ids share one namespace)").arg(user.id));
        user.email = string(entry, QStringLiteral("email"), at, true);
        if (!user.email.contains(QLatin1Char('@')))
            fail(member(at, QStringLiteral("email")), Tr::tr("\"%1\" is not an email address").arg(user.email));
        user.tenantId = string(entry, QStringLiteral("tenant"), at, true);
        if (!m_scenario.tenant(user.tenantId))
            fail(member(at, QStringLiteral("tenant")), Tr::tr("no tenant has the id \"%1\"").arg(user.tenantId));
        user.name = string(entry, QStringLiteral("name"), at, false, user.email);
        user.role = string(entry, QStringLiteral("role"), at, false, QStringLiteral("authenticated"));
        user.description = string(entry, QStringLiteral("description"), at, false);
        m_scenario.users.append(user);
    }
}

void ScenarioParser::parseApiKeys(const QJsonValue &value)
{
    static const QRegularExpression keyShape(QStringLiteral("^vendo_sk_[A-Za-z0-9_-]{32}$"));
    const QString path = QStringLiteral("api_keys");
    const QJsonArray list = array(value, path);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = element(path, i);
        const QJsonObject entry = object(
            list.at(i), at,
            { QStringLiteral("key"), QStringLiteral("tenant"), QStringLiteral("state"), QStringLiteral("label") });
        ScenarioApiKey key;
        key.key = string(entry, QStringLiteral("key"), at, true);
        if (!keyShape.match(key.key).hasMatch())
            fail(member(at, QStringLiteral("key")),
                 Tr::tr("must be \"vendo_sk_\" followed by 32 characters of [A-Za-z0-9_-]"));
        if (m_scenario.apiKey(key.key))
            fail(member(at, QStringLiteral("key")), Tr::tr("duplicate API key"));
        key.tenantId = string(entry, QStringLiteral("tenant"), at, true);
        if (!m_scenario.tenant(key.tenantId))
            fail(member(at, QStringLiteral("tenant")), Tr::tr("no tenant has the id \"%1\"").arg(key.tenantId));
        const QString state = oneOf(entry, QStringLiteral("state"), at,
                                    { QStringLiteral("active"), QStringLiteral("revoked"), QStringLiteral("expired") },
                                    QStringLiteral("active"));
        key.state = state == QLatin1String("revoked") ? ScenarioApiKey::State::Revoked
            : state == QLatin1String("expired")       ? ScenarioApiKey::State::Expired
                                                      : ScenarioApiKey::State::Active;
        key.label = string(entry, QStringLiteral("label"), at, false);
        m_scenario.apiKeys.append(key);
    }
    if (m_scenario.demoApiKey().isEmpty())
        fail(path, Tr::tr("at least one key with state \"active\" is required"));
}

void ScenarioParser::parseProviders(const QJsonValue &value)
{
    const QString path = QStringLiteral("providers");
    const QJsonArray list = array(value, path);
    const QStringList displayFields { QStringLiteral("display_name"), QStringLiteral("category"),
                                      QStringLiteral("base_url"),     QStringLiteral("logo_url"),
                                      QStringLiteral("brand_color"),  QStringLiteral("docs_url") };
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = element(path, i);
        const QJsonObject entry = object(list.at(i), at, QStringList { QStringLiteral("slug") } + displayFields);
        Provider provider;
        provider.slug = string(entry, QStringLiteral("slug"), at, true);
        if (m_scenario.provider(provider.slug))
            fail(member(at, QStringLiteral("slug")), Tr::tr("duplicate provider \"%1\"").arg(provider.slug));
        for (const QString &field : displayFields) {
            const QJsonValue fieldValue = entry.value(field);
            if (!fieldValue.isUndefined() && !fieldValue.isString() && !fieldValue.isNull())
                fail(member(at, field), Tr::tr("expected a string or null, got %1").arg(describe(fieldValue)));
            provider.fields.insert(field, fieldValue.isString() ? fieldValue : QJsonValue(QJsonValue::Null));
        }
        if (!entry.value(QStringLiteral("display_name")).isString())
            provider.fields.insert(QStringLiteral("display_name"), provider.slug);
        m_scenario.providers.append(provider);
    }
}

void ScenarioParser::parseConnections(const QJsonValue &value)
{
    const QString path = QStringLiteral("connections");
    const QJsonArray list = array(value, path);
    const QStringList nullableStrings { QStringLiteral("api_key"), QStringLiteral("setup_url"),
                                        QStringLiteral("error_message") };
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = element(path, i);
        const QJsonObject entry = object(
            list.at(i), at,
            QStringList { QStringLiteral("owner"), QStringLiteral("slug"), QStringLiteral("profile"),
                          QStringLiteral("status"), QStringLiteral("id"), QStringLiteral("metadata"),
                          QStringLiteral("context"), QStringLiteral("env_bootstrap"), QStringLiteral("exclusive"),
                          QStringLiteral("revoked"), QStringLiteral("token_lifetime_s") }
                + nullableStrings);
        ScenarioConnection connection;
        connection.owner = string(entry, QStringLiteral("owner"), at, true);
        if (!m_scenario.user(connection.owner) && !m_scenario.tenant(connection.owner))
            fail(member(at, QStringLiteral("owner")),
                 Tr::tr("\"%1\" is neither a user id nor a tenant id").arg(connection.owner));
        connection.slug = string(entry, QStringLiteral("slug"), at, true);
        if (!m_scenario.provider(connection.slug))
            fail(member(at, QStringLiteral("slug")), Tr::tr("\"%1\" is not listed in providers").arg(connection.slug));
        for (const ScenarioConnection &other : std::as_const(m_scenario.connections)) {
            if (other.owner == connection.owner && other.slug == connection.slug)
                fail(member(at, QStringLiteral("slug")),
                     Tr::tr("\"%1\" already has a connection for \"%2\"").arg(connection.owner, connection.slug));
        }
        QJsonObject &fields = connection.fields;
        fields.insert(QStringLiteral("profile"), oneOf(entry, QStringLiteral("profile"), at, profiles(), QString()));
        const QString status = oneOf(entry, QStringLiteral("status"), at, statuses(), QString());
        fields.insert(QStringLiteral("status"), status);

        const QJsonValue id = entry.value(QStringLiteral("id"));
        if (!id.isUndefined() && !id.isNull() && !id.isString())
            fail(member(at, QStringLiteral("id")), Tr::tr("expected a string or null, got %1").arg(describe(id)));
        fields.insert(QStringLiteral("id"),
                      !id.isUndefined()                          ? id
                          : status == QLatin1String("available") ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(QStringLiteral("conn_") + connection.owner
                                                                              + QLatin1Char('_') + connection.slug));
        for (const QString &field : nullableStrings) {
            const QJsonValue fieldValue = entry.value(field);
            if (!fieldValue.isUndefined() && !fieldValue.isNull() && !fieldValue.isString())
                fail(member(at, field), Tr::tr("expected a string or null, got %1").arg(describe(fieldValue)));
            fields.insert(field, fieldValue.isString() ? fieldValue : QJsonValue(QJsonValue::Null));
        }
        const QJsonValue metadata = entry.value(QStringLiteral("metadata"));
        if (!metadata.isUndefined() && !metadata.isObject())
            fail(member(at, QStringLiteral("metadata")), Tr::tr("expected an object, got %1").arg(describe(metadata)));
        fields.insert(QStringLiteral("metadata"), metadata.isObject() ? metadata : QJsonValue(QJsonObject()));
        const QJsonValue context = entry.value(QStringLiteral("context"));
        if (!context.isUndefined() && !context.isNull() && !context.isObject())
            fail(member(at, QStringLiteral("context")),
                 Tr::tr("expected an object or null, got %1").arg(describe(context)));
        fields.insert(QStringLiteral("context"), context.isObject() ? context : QJsonValue(QJsonValue::Null));
        const QJsonValue bootstrap = entry.value(QStringLiteral("env_bootstrap"));
        fields.insert(QStringLiteral("env_bootstrap"),
                      bootstrap.isUndefined() ? QJsonValue(QJsonValue::Null) : bootstrap);
        for (const QString &flag : { QStringLiteral("exclusive"), QStringLiteral("revoked") }) {
            const QJsonValue flagValue = entry.value(flag);
            if (!flagValue.isUndefined() && !flagValue.isBool())
                fail(member(at, flag), Tr::tr("expected true or false, got %1").arg(describe(flagValue)));
        }
        fields.insert(QStringLiteral("exclusive"), entry.value(QStringLiteral("exclusive")).toBool(false));
        connection.revoked = entry.value(QStringLiteral("revoked")).toBool(false);
        const QJsonValue lifetime = entry.value(QStringLiteral("token_lifetime_s"));
        if (lifetime.isNull())
            connection.tokenLifetimeSeconds = std::nullopt;
        else
            connection.tokenLifetimeSeconds
                = integer(entry, QStringLiteral("token_lifetime_s"), at, 1, 365 * 24 * 3600, 3600);
        m_scenario.connections.append(connection);
    }
}

void ScenarioParser::parseFaults(const QJsonValue &value)
{
    const QString path = QStringLiteral("faults");
    const QJsonArray list = array(value, path);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = element(path, i);
        const QJsonObject entry = object(
            list.at(i), at,
            { QStringLiteral("slug"), QStringLiteral("endpoint"), QStringLiteral("user"), QStringLiteral("latency_ms"),
              QStringLiteral("status"), QStringLiteral("code"), QStringLiteral("code_in"), QStringLiteral("shape"),
              QStringLiteral("message"), QStringLiteral("suggested_fix"), QStringLiteral("connect_url"),
              QStringLiteral("retry_after"), QStringLiteral("retry_after_format"), QStringLiteral("transport"),
              QStringLiteral("content_type"), QStringLiteral("fail_times"), QStringLiteral("comment") });
        m_scenario.faults.append(parseFault(entry, at));
    }
}

Fault ScenarioParser::parseFault(const QJsonObject &entry, const QString &at)
{
    Fault fault;
    fault.path = at;
    fault.slug = string(entry, QStringLiteral("slug"), at, false);
    string(entry, QStringLiteral("comment"), at, false);
    if (entry.contains(QStringLiteral("slug")) && fault.slug.trimmed().isEmpty())
        fail(member(at, QStringLiteral("slug")), Tr::tr("expected a non-empty string"));

    const QString endpoint = oneOf(entry, QStringLiteral("endpoint"), at,
                                   { QStringLiteral("any"), QStringLiteral("token"), QStringLiteral("bulk"),
                                     QStringLiteral("connections"), QStringLiteral("balance"), QStringLiteral("jwks") },
                                   fault.slug.isEmpty() ? QStringLiteral("any") : QStringLiteral("token"));
    static const QHash<QString, FaultEndpoint> endpoints {
        { QStringLiteral("any"), FaultEndpoint::Any },
        { QStringLiteral("token"), FaultEndpoint::Token },
        { QStringLiteral("bulk"), FaultEndpoint::Bulk },
        { QStringLiteral("connections"), FaultEndpoint::Connections },
        { QStringLiteral("balance"), FaultEndpoint::Balance },
        { QStringLiteral("jwks"), FaultEndpoint::Jwks },
    };
    fault.endpoint = endpoints.value(endpoint);
    if (!fault.slug.isEmpty() && fault.endpoint != FaultEndpoint::Token)
        fail(member(at, QStringLiteral("endpoint")),
             Tr::tr("a fault with a slug applies to the token endpoint (and that slug in bulk answers); "
                    "leave endpoint out or set it to \"token\""));

    fault.userId = string(entry, QStringLiteral("user"), at, false);
    if (entry.contains(QStringLiteral("user")) && !m_scenario.user(fault.userId))
        fail(member(at, QStringLiteral("user")), Tr::tr("no user has the id \"%1\"").arg(fault.userId));

    fault.latencyMs = integer(entry, QStringLiteral("latency_ms"), at, 0, kMaxLatencyMs, 0);
    fault.status = integer(entry, QStringLiteral("status"), at, 100, 599, 0);
    fault.code = string(entry, QStringLiteral("code"), at, false);
    if (!fault.code.isEmpty() && fault.status == 0)
        fail(member(at, QStringLiteral("code")), Tr::tr("a code needs a status"));

    const QString codeIn
        = oneOf(entry, QStringLiteral("code_in"), at,
                { QStringLiteral("header_and_body"), QStringLiteral("header"), QStringLiteral("body") },
                QStringLiteral("header_and_body"));
    fault.codePlacement = codeIn == QLatin1String("header") ? CodePlacement::Header
        : codeIn == QLatin1String("body")                   ? CodePlacement::Body
                                                            : CodePlacement::HeaderAndBody;
    const QString shape = oneOf(entry, QStringLiteral("shape"), at,
                                { QStringLiteral("error_object"), QStringLiteral("error_message"),
                                  QStringLiteral("message"), QStringLiteral("error_string"), QStringLiteral("empty") },
                                QStringLiteral("error_object"));
    static const QHash<QString, ErrorShape> shapes {
        { QStringLiteral("error_object"), ErrorShape::ErrorObject },
        { QStringLiteral("error_message"), ErrorShape::ErrorMessage },
        { QStringLiteral("message"), ErrorShape::Message },
        { QStringLiteral("error_string"), ErrorShape::ErrorString },
        { QStringLiteral("empty"), ErrorShape::Empty },
    };
    fault.shape = shapes.value(shape);
    fault.message = string(entry, QStringLiteral("message"), at, false, QStringLiteral("Sandbox fault"));
    fault.suggestedFix = string(entry, QStringLiteral("suggested_fix"), at, false);
    fault.connectUrl = string(entry, QStringLiteral("connect_url"), at, false);

    if (entry.contains(QStringLiteral("retry_after")))
        fault.retryAfterSeconds = integer(entry, QStringLiteral("retry_after"), at, 0, 7 * 24 * 3600, 0);
    const QString retryFormat
        = oneOf(entry, QStringLiteral("retry_after_format"), at,
                { QStringLiteral("seconds"), QStringLiteral("http_date") }, QStringLiteral("seconds"));
    fault.retryAfterFormat
        = retryFormat == QLatin1String("http_date") ? RetryAfterFormat::HttpDate : RetryAfterFormat::Seconds;
    if (entry.contains(QStringLiteral("retry_after_format")) && !fault.retryAfterSeconds)
        fail(member(at, QStringLiteral("retry_after_format")), Tr::tr("needs retry_after"));

    const QString transport
        = oneOf(entry, QStringLiteral("transport"), at,
                { QStringLiteral("none"), QStringLiteral("malformed_json"), QStringLiteral("wrong_content_type"),
                  QStringLiteral("oversized"), QStringLiteral("drop"), QStringLiteral("hang") },
                QStringLiteral("none"));
    static const QHash<QString, FaultTransport> transports {
        { QStringLiteral("none"), FaultTransport::None },
        { QStringLiteral("malformed_json"), FaultTransport::MalformedJson },
        { QStringLiteral("wrong_content_type"), FaultTransport::WrongContentType },
        { QStringLiteral("oversized"), FaultTransport::Oversized },
        { QStringLiteral("drop"), FaultTransport::Drop },
        { QStringLiteral("hang"), FaultTransport::Hang },
    };
    fault.transport = transports.value(transport);
    fault.contentType = string(entry, QStringLiteral("content_type"), at, false).toUtf8();
    if (!fault.contentType.isEmpty() && fault.transport != FaultTransport::WrongContentType)
        fail(member(at, QStringLiteral("content_type")),
             Tr::tr("only meaningful with transport \"wrong_content_type\""));

    fault.failTimes = integer(entry, QStringLiteral("fail_times"), at, 0, 1000000, 0);
    if (fault.status == 0 && fault.transport == FaultTransport::None && fault.latencyMs == 0)
        fail(at, Tr::tr("the fault does nothing: give it a status, a transport or a latency_ms"));
    return fault;
}

} // namespace vendo::sandbox

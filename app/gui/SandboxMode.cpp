#include "app/gui/SandboxMode.h"

#include "app/gui/NetworkServices.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/WebhookSamples.h"
#include "secrets/SessionSecretStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QNetworkAccessManager>

namespace vendo::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vendo::ui::SandboxMode", text);
}

// The seeded users the samples are minted for (core/sandbox/scenarios/default.json).
const QString kAlice = QStringLiteral("a11ce000-0000-4000-8000-000000000001");
const QString kBob = QStringLiteral("b0b00000-0000-4000-8000-000000000002");
const QString kDave = QStringLiteral("da7e0000-0000-4000-8000-000000000004");
} // namespace

SandboxMode::SandboxMode()
    : m_network(std::make_unique<QNetworkAccessManager>())
    , m_services(std::make_unique<NetworkServices>(m_network.get()))
    , m_server(std::make_unique<sandbox::SandboxServer>())
    , m_store(std::make_unique<secrets::SessionSecretStore>())
    , m_webhookStore(std::make_unique<secrets::SessionSecretStore>())
{
    m_webhookStore->setKind(secrets::SecretKind::WebhookSecret);
}

SandboxMode::~SandboxMode() = default;

sandbox::SandboxResult<void> SandboxMode::start()
{
    if (auto started = m_server->start(); !started)
        return started;
    // The session store answers in order: this write is done before the window's first read.
    m_store->write(profile().id, m_server->demoApiKey());
    m_webhookStore->write(profile().id, m_server->webhookSecret());
    return {};
}

client::Profile SandboxMode::profile() const
{
    client::Profile p;
    p.id = QStringLiteral("sandbox");
    p.displayName = tr("Sandbox (this computer)");
    p.kind = client::Profile::Kind::Sandbox;
    p.baseUrl = m_server->baseUrl();
    p.credentialsUrl = m_server->credentialsUrl();
    p.jwksUrl = m_server->jwksUrl();
    p.expectedIssuer = m_server->issuer().toString();
    return p;
}

InspectorContext SandboxMode::context() const
{
    InspectorContext context;
    context.services = m_services.get();
    context.secretStore = m_store.get();
    context.profiles = { profile() };
    context.samples = samples();
    context.webhookSecretStore = m_webhookStore.get();
    context.webhookSamples = webhookSamples();
    context.playSampleEvents = [server = m_server.get()] {
        // Bob re-authorises Google, his Gmail's error changes, Slack needs him; Alice's Notion is back.
        const auto status = [server](const QString &owner, const QString &slug, const QString &to) {
            sandbox::ConnectionChange change;
            change.status = to;
            server->changeConnection(owner, slug, change);
        };
        const auto revoke = [server](const QString &owner, const QString &slug, bool revoked) {
            sandbox::ConnectionChange change;
            change.revoked = revoked;
            server->changeConnection(owner, slug, change);
        };
        sandbox::ConnectionChange quota;
        quota.errorMessage = QJsonValue(QStringLiteral("Daily quota exceeded"));
        status(kBob, QStringLiteral("google"), QStringLiteral("connected"));
        status(kAlice, QStringLiteral("notion"), QStringLiteral("connected"));
        server->changeConnection(kBob, QStringLiteral("gmail"), quota);
        status(kBob, QStringLiteral("slack"), QStringLiteral("needs_reauth"));
        revoke(kBob, QStringLiteral("google"), true);
        revoke(kBob, QStringLiteral("google"), false);
    };
    context.storageNote = tr("sandbox demo key");
    return context;
}

QList<SampleIdentity> SandboxMode::samples() const
{
    sandbox::SandboxServer *server = m_server.get();
    const auto mint = [server](const QString &user, sandbox::MintOptions options) {
        return [server, user, options] { return server->mintToken(user, options).value_or(QString()); };
    };
    using Variant = sandbox::MintOptions::Variant;
    sandbox::MintOptions valid;
    sandbox::MintOptions expired;
    expired.variant = Variant::Expired;
    sandbox::MintOptions notYet;
    notYet.variant = Variant::NotYetValid;
    sandbox::MintOptions badSignature;
    badSignature.variant = Variant::WrongSignature;

    // A normal one-hour token issued 56 minutes ago: the countdown is already in its last 5 minutes.
    const auto expiringSoon = [server] {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        sandbox::MintOptions options;
        options.extraClaims.insert(QStringLiteral("iat"), now - 3360);
        options.extraClaims.insert(QStringLiteral("exp"), now + 240);
        return server->mintToken(kBob, options).value_or(QString());
    };
    return {
        { QStringLiteral("valid"), tr("Valid token (Alice)"),
          tr("A valid one-hour token for a user with one connection of every kind"), mint(kAlice, valid) },
        { QStringLiteral("expiring-soon"), tr("Expiring soon (Bob)"),
          tr("Valid for four more minutes; Bob's Google connection needs re-authorization"), expiringSoon },
        { QStringLiteral("expired"), tr("Expired token"), tr("Its exp passed five minutes ago"),
          mint(kAlice, expired) },
        { QStringLiteral("not-yet-valid"), tr("Not yet valid"), tr("Issued in the future (iat and nbf ahead)"),
          mint(kAlice, notYet) },
        { QStringLiteral("bad-signature"), tr("Bad signature"),
          tr("Signed by a key that is not in the sandbox's key set"), mint(kAlice, badSignature) },
        { QStringLiteral("no-connections"), tr("User without connections (Dave)"),
          tr("A valid token for a user who has connected nothing"), mint(kDave, valid) },
    };
}

QList<SampleDelivery> SandboxMode::webhookSamples() const
{
    const QHash<QString, QString> titles {
        { QStringLiteral("valid"), tr("Valid delivery") },
        { QStringLiteral("tampered_body"), tr("Tampered body") },
        { QStringLiteral("stale_timestamp"), tr("Stale timestamp (15 minutes old)") },
        { QStringLiteral("wrong_secret"), tr("Signed with another secret") },
        { QStringLiteral("trailing_newline"), tr("Trailing newline added on the way") },
    };
    QList<SampleDelivery> samples;
    sandbox::SandboxServer *server = m_server.get();
    for (const QString &name : sandbox::WebhookSamples::names()) {
        samples.append({ name, titles.value(name, name), [server, name] {
                            return sandbox::WebhookSamples::make(name, server->webhookSecret().toUtf8(),
                                                                 QDateTime::currentDateTimeUtc())
                                .capture();
                        } });
    }
    return samples;
}

} // namespace vendo::ui

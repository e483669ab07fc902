#include "ProfileCommands.h"

#include "CliCommon.h"
#include "client/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

namespace vendo::cli {

using client::Profile;
using client::ProfileStore;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli::profile", text);
}

QString urlText(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo);
}

QJsonObject profileJson(const Profile &profile)
{
    return { { QStringLiteral("id"), profile.id },
             { QStringLiteral("name"), profile.displayName },
             { QStringLiteral("kind"), Profile::kindName(profile.kind) },
             { QStringLiteral("base_url"), urlText(profile.baseUrl) },
             { QStringLiteral("credentials_url"), urlText(profile.credentialsUrl) },
             { QStringLiteral("jwks_url"), urlText(profile.jwksUrl) },
             { QStringLiteral("expected_iss"), profile.expectedIssuer },
             { QStringLiteral("expected_aud"), profile.expectedAudience } };
}

// Built-ins, the sandbox (its URLs come from a running server) and the custom profiles.
QList<Profile> listed(const ProfileStore &store)
{
    QList<Profile> profiles = store.profiles();
    profiles.insert(Profile::builtIns().size(), Profile::sandbox({}, {}));
    return profiles;
}

int listProfiles(const ProfileStore &store, bool json)
{
    const QList<Profile> profiles = listed(store);
    if (json) {
        QJsonArray array;
        for (const Profile &profile : profiles)
            array.append(profileJson(profile));
        printJson(QJsonObject { { QStringLiteral("profiles"), array } });
        return Success;
    }
    const auto orDash = [](const QString &text) { return text.isEmpty() ? QStringLiteral("-") : text; };
    for (const Profile &profile : profiles) {
        out() << coloured(profile.id, Colour::Bold) << "  " << profile.displayName << "  "
              << coloured(Profile::kindName(profile.kind), Colour::Dim) << '\n';
        if (profile.kind == Profile::Kind::Sandbox) {
            out() << "    "
                  << tr("URLs from a running vendo-sandbox: --base-url and --credentials-url, or "
                        "VENDO_BASE_URL and VENDO_CREDENTIALS_URL.")
                  << '\n';
            continue;
        }
        out() << "    " << tr("base URL:        %1").arg(orDash(urlText(profile.baseUrl))) << '\n'
              << "    " << tr("credentials URL: %1").arg(orDash(urlText(profile.credentialsUrl))) << '\n'
              << "    " << tr("JWKS URL:        %1").arg(orDash(urlText(profile.jwksUrl))) << '\n'
              << "    " << tr("expected iss:    %1").arg(orDash(profile.expectedIssuer)) << '\n'
              << "    " << tr("expected aud:    %1").arg(orDash(profile.expectedAudience)) << '\n';
    }
    out() << Qt::flush;
    return Success;
}

// A URL option as given: strict parsing, so "https://exa mple.com" is refused rather than repaired.
QUrl urlOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    return parser.isSet(option) ? QUrl(parser.value(option), QUrl::StrictMode) : QUrl();
}

} // namespace

std::unique_ptr<QSettings> openProfileSettings()
{
    std::unique_ptr<QSettings> settings = ProfileStore::openSharedSettings();
    const std::unique_ptr<QSettings> legacy = ProfileStore::openLegacyCliSettings();
    const QStringList moved = ProfileStore(settings.get()).adoptLegacyProfiles(legacy.get());
    if (!moved.isEmpty()) {
        err() << tr("Moved the custom profiles %1 from %2 to %3, which the window reads too.")
                     .arg(moved.join(QStringLiteral(", ")), legacy->fileName(), settings->fileName())
              << Qt::endl;
    }
    return settings;
}

bool checkProfileKnown(const ProfileStore &store, const QString &id)
{
    if (id == QLatin1String("sandbox") || store.find(id))
        return true;
    // An id is at most 64 characters: a longer argument is cut, not echoed whole.
    const QString shown = id.size() > 64 ? id.left(64) + QStringLiteral("…") : id;
    err() << coloured(tr("Unknown profile \"%1\".").arg(shown), Colour::Red) << ' '
          << tr("Known profiles: %1. Add one with \"vendo-inspector-cli profile add\".")
                 .arg(store.knownIds().join(QStringLiteral(", ")))
          << Qt::endl;
    return false;
}

int runProfile(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List, add or remove profiles: where the service lives and what its identity tokens look like. "
           "Custom profiles are kept in the settings file the window reads too; their API keys live in the "
           "keychain (\"key set --profile ID\")."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, add ID or remove ID"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON document (list)."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), tr("API origin (add; required)."), tr("URL"));
    const QCommandLineOption credentialsUrl(QStringLiteral("credentials-url"),
                                            tr("Credentials service URL (add; required)."), tr("URL"));
    const QCommandLineOption jwksUrl(QStringLiteral("jwks-url"), tr("Identity issuer key set URL (add)."), tr("URL"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Display name (add; default: the id)."), tr("NAME"));
    const QCommandLineOption issuer(QStringLiteral("expect-iss"), tr("Expected \"iss\" of identity tokens (add)."),
                                    tr("ISS"));
    const QCommandLineOption audience(QStringLiteral("expect-aud"),
                                      tr("Expected \"aud\" of identity tokens (add; default: authenticated)."),
                                      tr("AUD"));
    parser.addOptions({ json, baseUrl, credentialsUrl, jwksUrl, name, issuer, audience });
    if (const auto exit = parseArguments(parser, arguments))
        return *exit;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool list = action == QLatin1String("list") && positional.size() == 1;
    const bool add = action == QLatin1String("add") && positional.size() == 2;
    const bool remove = action == QLatin1String("remove") && positional.size() == 2;
    if (!list && !add && !remove) {
        err() << tr("Usage: vendo-inspector-cli profile list [--json] | add ID --base-url URL --credentials-url URL "
                    "[--jwks-url URL] [--name NAME] [--expect-iss ISS] [--expect-aud AUD] | remove ID")
              << Qt::endl;
        return UsageError;
    }
    const bool addOptions = parser.isSet(baseUrl) || parser.isSet(credentialsUrl) || parser.isSet(jwksUrl)
        || parser.isSet(name) || parser.isSet(issuer) || parser.isSet(audience);
    if (!add && addOptions) {
        err() << tr("--base-url, --credentials-url, --jwks-url, --name, --expect-iss and --expect-aud belong to "
                    "\"profile add\".")
              << Qt::endl;
        return UsageError;
    }

    const std::unique_ptr<QSettings> settings = openProfileSettings();
    ProfileStore store(settings.get());
    if (list)
        return listProfiles(store, parser.isSet(json));

    const QString id = positional.at(1);
    if (ProfileStore::isBuiltInId(id)) {
        err() << (add ? tr("\"%1\" is a built-in profile and cannot be redefined; choose another id.")
                      : tr("\"%1\" is a built-in profile and cannot be removed."))
                     .arg(id)
              << Qt::endl;
        return UsageError;
    }
    if (!ProfileStore::isValidId(id)) {
        err() << tr("A profile id takes letters, digits, \".\", \"_\" and \"-\" (at most 64), starting with a "
                    "letter or digit.")
              << Qt::endl;
        return UsageError;
    }

    if (remove) {
        if (!store.remove(id)) {
            checkProfileKnown(store, id);
            return UsageError;
        }
        settings->sync();
        if (settings->status() != QSettings::NoError) {
            err() << tr("The settings file %1 could not be written.").arg(settings->fileName()) << Qt::endl;
            return LocalPrecondition;
        }
        const secrets::KeychainSecretStore keychain;
        out() << tr("Removed profile \"%1\" from %2.").arg(id, settings->fileName()) << '\n'
              << tr("An API key stored for it, if any, stays in %1 (it was not read). Delete it with "
                    "\"vendo-inspector-cli key delete --profile %2 --removed-profile\".")
                     .arg(keychain.storageName(), id)
              << Qt::endl;
        return Success;
    }

    if (!parser.isSet(baseUrl) || !parser.isSet(credentialsUrl)) {
        err() << tr("\"profile add\" needs --base-url and --credentials-url.") << Qt::endl;
        return UsageError;
    }
    if (store.find(id)) {
        err() << tr("A profile \"%1\" exists already; remove it first with \"vendo-inspector-cli profile remove %1\".")
                     .arg(id)
              << Qt::endl;
        return UsageError;
    }
    Profile profile
        = Profile::custom(id, parser.value(name), urlOption(parser, baseUrl), urlOption(parser, credentialsUrl));
    profile.jwksUrl = urlOption(parser, jwksUrl);
    if (parser.isSet(issuer))
        profile.expectedIssuer = parser.value(issuer);
    if (parser.isSet(audience))
        profile.expectedAudience = parser.value(audience);
    if (const QString problem = store.save(profile); !problem.isEmpty()) {
        err() << coloured(tr("Not added: %1").arg(problem), Colour::Red) << Qt::endl;
        return UsageError;
    }
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        err() << tr("The settings file %1 could not be written.").arg(settings->fileName()) << Qt::endl;
        return LocalPrecondition;
    }
    out() << tr("Added profile \"%1\" (%2) to %3. Store its API key with "
                "\"vendo-inspector-cli key set --profile %1\".")
                 .arg(id, profile.displayName, settings->fileName())
          << Qt::endl;
    return Success;
}

} // namespace vendo::cli

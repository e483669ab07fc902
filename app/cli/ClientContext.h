#pragma once

#include "CliCommon.h"
#include "client/InputClassifier.h"
#include "client/VendoClient.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QNetworkAccessManager>

#include <optional>

namespace vendo::cli {

// The options token/connections/whoami share, and the scoped client they build from them.
class ClientContext
{
public:
    ClientContext();

    QCommandLineParser parser;
    QCommandLineOption profile;
    QCommandLineOption baseUrl;
    QCommandLineOption credentialsUrl;
    QCommandLineOption jwt;
    QCommandLineOption jwtFile;
    QCommandLineOption headersFile;
    QCommandLineOption request;
    QCommandLineOption json;
    QCommandLineOption reveal;
    QCommandLineOption timeout;
    QCommandLineOption attempts;
    QCommandLineOption transport;

    // Parses; on --help or a usage error returns the exit code to stop with.
    std::optional<int> parse(const QStringList &arguments, const QString &description);
    // The client for the options given (scoped when an identity was given); on failure prints the error
    // (as JSON with --json) and returns the exit code.
    std::optional<int> buildClient();

    // A scoping the client refuses (no API key; forRequest without an identity header) that the caller
    // judges itself: the SDK lens, whose SDKs raise other classes for it (TypeScript 1.3.1's constructor
    // throws AuthError without a key). The identity offered is kept so the lens can say what it would send.
    struct RefusedScoping
    {
        client::VendoError error;
        bool viaForRequest = false;
        std::optional<QString> jwt; // nullopt: no identity in the headers
    };
    // Call before buildClient(): such a refusal then leaves an unscoped client and refusedScoping() set.
    void keepRefusedScoping() { m_keepRefusedScoping = true; }
    const std::optional<RefusedScoping> &refusedScoping() const { return m_refused; }

    bool jsonOutput() const { return parser.isSet(json); }
    const client::VendoClient &vendoClient() const { return *m_client; }
    // Prints an error the docs/architecture.md way and returns its exit code.
    int fail(const client::VendoError &error) const;
    // --reveal: provider tokens and connect / set-up links (which carry the key) in full.
    client::VendoError::UrlDisclosure urlDisclosure() const;

private:
    QNetworkAccessManager m_network;
    std::optional<client::VendoClient> m_client;
    bool m_keepRefusedScoping = false;
    std::optional<RefusedScoping> m_refused;
};

int exitCodeFor(const client::VendoError &error);

// A header block, curl command or HAR file from FILE or standard input ("-"), classified as the window
// does; a HAR is streamed, never held whole. An unreadable file is an InvalidInput error.
std::expected<client::InputClassification, InputError> classifyInputFile(const QString &path);

// Which listed request of `input` to judge (an index into input.requests). `requested` is the --request
// value (1-based place in the input) or empty: then the preferred candidate's request. A number out of
// range (or past the listing cap) prints why on standard error and gives UsageError.
struct RequestChoice
{
    qsizetype listed = -1;
    QString why; // translated: "the most recent with a valid token", "as asked", ...
};
std::expected<RequestChoice, int> chooseRequest(const client::InputClassification &input, const QString &requested);
// "3 requests carry X-Vendo-User-JWT: 2, 7, 12" and the hint when JWTs travel only as bearers; for
// standard error or output.
QStringList requestSummary(const client::InputClassification &input);
void printHumanError(const client::VendoError &error,
                     client::VendoError::UrlDisclosure disclosure = client::VendoError::UrlDisclosure::Masked);

} // namespace vendo::cli

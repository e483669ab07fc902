#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

#include <chrono>

namespace vendo::test {

// What one run of the CLI (VENDO_CLI) printed and how it ended.
struct CliRun
{
    int exitCode = -1; // -1: it did not start, crashed, or was killed after its time
    QByteArray out;
    QByteArray err;

    QJsonObject json() const; // standard output as one JSON object
    QList<QJsonObject> jsonLines() const; // standard output as NDJSON
};

// The environment of a CLI child that touches nothing of the machine's: HOME and XDG_CONFIG_HOME
// under `home`, no D-Bus session (so no keychain to wait for), no display, no logging rules, and no
// VENDO_* variable unless the test sets one.
QProcessEnvironment isolatedCliEnvironment(const QString &home);

// Points the child at a service: base and credentials URLs, and the API key when one is given.
void setService(QProcessEnvironment &env, const QUrl &baseUrl, const QUrl &credentialsUrl,
                const QString &apiKey = QString());

// Runs VENDO_CLI with `arguments`, writes `input` to its standard input and closes it, and turns this
// thread's event loop until the child ends, so that servers living in the test process (the sandbox)
// answer it. A child still running after `timeout` is killed (exitCode -1).
CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input = {},
              std::chrono::milliseconds timeout = std::chrono::seconds(30));

} // namespace vendo::test

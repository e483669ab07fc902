#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace vendo::bench {

// The sandbox the GUI and sweep benches talk to, as its own `vendo-sandbox` process: the server's
// work and memory must not count as the measured program's. Its scenario gives one user
// `providerCount` connected providers and adds `latencyMs` to every answer.
class BenchSandbox
{
public:
    static constexpr auto kUserId = "be4c0000-0000-4000-8000-000000000100";
    // A sandbox-only key of the generated scenario; still kept out of every argv.
    static constexpr auto kApiKey = "vendo_sk_bench_00000000000000000000000000";

    BenchSandbox(QString sandboxExecutable, int providerCount, int latencyMs);
    ~BenchSandbox();

    // Starts the process and waits for its URLs; false with errorString() on failure.
    bool start();
    QString errorString() const { return m_error; }

    QUrl baseUrl() const { return m_baseUrl; }
    QUrl credentialsUrl() const { return m_credentialsUrl; }
    QUrl jwksUrl() const;
    QStringList slugs() const; // bench-001 ... in order
    QString apiKey() const { return QString::fromLatin1(kApiKey); }
    // A fresh one-hour identity token for the bench user, minted through the admin API.
    QString mintUserToken();
    // A private directory for scratch files (curl config, logs), removed with the sandbox.
    QString scratchPath(const QString &name) const { return m_dir.filePath(name); }

private:
    QByteArray scenarioJson() const;

    QString m_executable;
    int m_providerCount;
    int m_latencyMs;
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_baseUrl;
    QUrl m_credentialsUrl;
    QString m_error;
};

} // namespace vendo::bench

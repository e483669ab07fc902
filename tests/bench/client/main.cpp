// Sweep bench: 24 (or --providers N, e.g. 100) providers for one user against the sandbox (its own
// process) with 50 ms server latency. Prints each way of sweeping beside one request's latency and
// beside curl --parallel fetching the same URLs in the same run. Target, for 24 providers: the
// product's sweep (tokens(): one bulk request, singles only for null slugs) within 1.5x one request.
#include "BenchReport.h"
#include "BenchSandbox.h"
#include "CurlParallel.h"
#include "Stats.h"
#include "client/TokenJob.h"
#include "client/TokensJob.h"
#include "client/VendoClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QStandardPaths>

#include <memory>

using namespace vendo::client;
using namespace vendo::bench;

namespace {

constexpr int kDefaultProviders = 24;
constexpr int kConnectionsPerHost = 6; // QNetworkAccessManager's HTTP/1.1 pool per host
constexpr int kLatencyMs = 50;
constexpr int kRuns = 7;

// Wall time of `start` until `pending` reaches zero, in ms; false when any result failed.
template<typename Start> std::optional<double> timeUntilDone(Start start)
{
    QEventLoop loop;
    int pending = 0;
    bool allOk = true;
    QElapsedTimer timer;
    timer.start();
    const auto done = [&](bool ok) {
        allOk = allOk && ok;
        if (--pending == 0)
            loop.quit();
    };
    pending = start(done);
    if (pending > 0)
        loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return allOk ? std::optional<double>(ms) : std::nullopt;
}

int singleToken(const VendoClient &client, const QString &slug, const std::function<void(bool)> &done)
{
    TokenJob *job = client.token(slug);
    QObject::connect(job, &TokenJob::finished, job, [done](const TokenResult &r) { done(r.ok()); });
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"), QStringLiteral("vendo-sandbox executable"),
                                           QStringLiteral("PATH"));
    const QCommandLineOption providersOption(QStringLiteral("providers"), QStringLiteral("providers to sweep"),
                                             QStringLiteral("N"), QString::number(kDefaultProviders));
    parser.addOptions({ sandboxOption, providersOption });
    parser.process(app);
    const int providers = qBound(1, parser.value(providersOption).toInt(), 100); // the bulk endpoint's limit
    const QString count = QString::number(providers);
    const auto waves = [](int requests, int connections) { return (requests + connections - 1) / connections; };

    BenchReport report(QStringLiteral("bench_client_sweep_") + count);
    const QString section = QStringLiteral("Sweep");
    BenchSandbox sandbox(parser.value(sandboxOption), providers, kLatencyMs);
    if (!sandbox.start()) {
        report.missing(section, count + QStringLiteral("-provider sweep"), sandbox.errorString());
        return 1;
    }
    const QString jwt = sandbox.mintUserToken();
    const QStringList slugs = sandbox.slugs();
    const Profile profile = Profile::sandbox(sandbox.baseUrl(), sandbox.credentialsUrl());

    QNetworkAccessManager network;
    const VendoClient client = VendoClient(&network, profile, sandbox.apiKey()).forUser(jwt).value();
    // Four managers: each keeps its own pool of 6 HTTP/1.1 connections per host.
    std::array<std::unique_ptr<QNetworkAccessManager>, 4> pools;
    QList<VendoClient> pooledClients;
    for (auto &pool : pools) {
        pool = std::make_unique<QNetworkAccessManager>();
        pooledClients << VendoClient(pool.get(), profile, sandbox.apiKey()).forUser(jwt).value();
    }

    const auto measure = [&](const char *what, auto start) -> std::optional<QList<double>> {
        QList<double> times;
        for (int run = 0; run <= kRuns; ++run) { // run 0 warms the connections up and is not counted
            const auto ms = timeUntilDone(start);
            if (!ms) {
                report.missing(section, QString::fromLatin1(what), QStringLiteral("a request failed"));
                return std::nullopt;
            }
            if (run > 0)
                times << *ms;
        }
        return times;
    };

    const auto one = measure("one token() request", [&](auto done) { return singleToken(client, slugs.at(0), done); });
    const auto bulk = measure("tokens() sweep", [&](auto done) {
        TokensJob *job = client.tokens(slugs);
        QObject::connect(job, &TokensJob::finished, job, [done, n = slugs.size()](const QList<TokenResult> &results) {
            bool ok = results.size() == n;
            for (const TokenResult &r : results)
                ok = ok && r.ok();
            done(ok);
        });
        return 1;
    });
    const auto singlesOneManager = measure("parallel token()", [&](auto done) {
        for (const QString &slug : slugs)
            singleToken(client, slug, done);
        return int(slugs.size());
    });
    const auto singlesFourManagers = measure("parallel token() over 4 managers", [&](auto done) {
        for (int i = 0; i < slugs.size(); ++i)
            singleToken(pooledClients.at(i % pooledClients.size()), slugs.at(i), done);
        return int(slugs.size());
    });

    // curl: the same single-token URLs and headers; the headers travel in a 0600 config file.
    QList<double> curlTimes;
    QString curlProblem;
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        curlProblem = QStringLiteral("curl is not installed");
    } else {
        CurlParallel parallel(curl, sandbox.scratchPath(QString()));
        QList<QUrl> urls;
        for (const QString &slug : slugs) {
            QUrl url = profile.credentialsUrl;
            url.setPath(url.path() + QLatin1Char('/') + slug);
            urls << url;
        }
        const QList<QPair<QByteArray, QByteArray>> headers
            = { { "Authorization", "Bearer " + sandbox.apiKey().toLatin1() },
                { "X-Vendo-User-JWT", jwt.toLatin1() },
                { "Vendo-API-Version", client.apiVersion().toLatin1() },
                { "Accept", "application/json" } };
        for (int run = 0; run <= kRuns && curlProblem.isEmpty(); ++run) {
            const auto ms = parallel.fetch(urls, headers);
            if (!ms)
                curlProblem = parallel.errorString();
            else if (run > 0)
                curlTimes << *ms;
        }
    }

    if (!one || !bulk || !singlesOneManager || !singlesFourManagers)
        return 1;
    const double oneMs = median(*one);
    const QString baseline = QStringLiteral("one token() request (%1 ms server latency)").arg(kLatencyMs);
    const QString runs = QStringLiteral("median of %1 warm runs (min %2, max %3 ms)");
    const auto row = [&](const QString &measureText, const QList<double> &times, const QString &target,
                         std::optional<double> limit, const QString &note) {
        BenchRow r;
        r.section = section;
        r.measure = measureText;
        r.value = median(times);
        r.unit = QStringLiteral("ms");
        r.baseline = baseline;
        r.baselineValue = oneMs;
        r.ratio = r.value / oneMs;
        r.target = target;
        if (limit)
            r.met = *r.ratio <= *limit;
        r.note = runs.arg(times.size()).arg(minimum(times), 0, 'f', 1).arg(maximum(times), 0, 'f', 1)
            + (note.isEmpty() ? QString() : QStringLiteral("; ") + note);
        report.add(r);
    };
    row(QStringLiteral("one token() request"), *one, QString(), std::nullopt, QString());
    // The 1.5x target is the issue's, for 24 providers; other counts are reported without one.
    const bool targeted = providers == kDefaultProviders;
    row(QStringLiteral("tokens() sweep of %1 providers (the product path: one bulk request)").arg(count), *bulk,
        targeted ? QStringLiteral("≤ 1.5× one request") : QString(),
        targeted ? std::optional<double>(1.5) : std::nullopt,
        QStringLiteral("bulk answered every slug; no single fallback"));
    row(QStringLiteral("%1 parallel token() on one QNetworkAccessManager").arg(count), *singlesOneManager, QString(),
        std::nullopt,
        QStringLiteral("HTTP/1.1, %1 connections per host per manager: %2 waves")
            .arg(kConnectionsPerHost)
            .arg(waves(providers, kConnectionsPerHost)));
    row(QStringLiteral("%1 parallel token() over 4 QNetworkAccessManagers").arg(count), *singlesFourManagers, QString(),
        std::nullopt,
        QStringLiteral("4 x %1 connections: %2 wave(s)")
            .arg(kConnectionsPerHost)
            .arg(waves(providers, 4 * kConnectionsPerHost)));
    const QString curlMeasure = QStringLiteral("curl --parallel --parallel-max %1, same %1 URLs").arg(count);
    if (curlTimes.isEmpty())
        report.missing(section, curlMeasure, curlProblem);
    else
        row(curlMeasure, curlTimes, QString(), std::nullopt,
            QStringLiteral("a fresh curl process per run (process start and %1 TCP connects included)").arg(count));
    // A missed target is a row of the table, not a failed bench: the table is the result.
    return 0;
}

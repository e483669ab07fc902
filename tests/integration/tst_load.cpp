// Load (issue 10): 10,000 sequential and 1,000 concurrent provider-token fetches against a sandbox on
// loopback, one in fifty for a slug with an injected 429. Every fetch ends, only the injected faults
// fail, and the sandbox counts exactly one request per fetch. Run under ASan + LeakSanitizer by the
// `load_asan` test (run-sanitized.sh, in the clang sanitizer tree): any leak or memory error fails it.
#include "client/TokenJob.h"
#include "client/VendoClient.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace vendo;

namespace {

const QString kAlice = QStringLiteral("a11ce000-0000-4000-8000-000000000001");
const QString kFaultSlug = QStringLiteral("fault-rate-limited");
constexpr int kFaultEvery = 50;

int envCount(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

class TestLoad : public QObject
{
    Q_OBJECT

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::optional<client::VendoClient> m_client;

    QString slugFor(int i) const { return i % kFaultEvery == kFaultEvery - 1 ? kFaultSlug : QStringLiteral("openai"); }

    // Counts outcomes; returns a description of the first unexpected one.
    static QString check(const client::TokenResult &result, int &injected)
    {
        if (result.slug == kFaultSlug) {
            if (result.ok() || result.value.error().kind != client::VendoError::Kind::RateLimited)
                return QStringLiteral("the injected 429 came back as something else");
            ++injected;
            return {};
        }
        if (!result.ok())
            return QStringLiteral("%1: %2").arg(result.slug, result.value.error().summary());
        if (result.value->accessToken.isEmpty())
            return QStringLiteral("empty token");
        return {};
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<sandbox::SandboxServer>();
        const auto started = m_server->start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        m_network = std::make_unique<QNetworkAccessManager>();
        const client::VendoClient app(m_network.get(),
                                      client::Profile::sandbox(m_server->baseUrl(), m_server->credentialsUrl()),
                                      m_server->demoApiKey());
        const auto user
            = app.withRetryPolicy(client::RetryPolicy::immediate(3)).forUser(m_server->mintToken(kAlice).value());
        QVERIFY(user.has_value());
        m_client = user.value();
    }

    void init() { m_server->clearRequestLog(); }

    void sequential()
    {
        const int count = envCount("VENDO_LOAD_SEQUENTIAL", 10'000);
        const int before = m_server->totalRequests();
        int injected = 0;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < count; ++i) {
            client::TokenJob *job = m_client->token(slugFor(i));
            job->setAutoDelete(false);
            QSignalSpy done(job, &client::TokenJob::finished);
            QVERIFY2(done.wait(30'000), qPrintable(QStringLiteral("fetch %1 never finished").arg(i)));
            const QString problem = check(done.first().first().value<client::TokenResult>(), injected);
            delete job;
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("fetch %1: %2").arg(i).arg(problem)));
        }
        const qint64 ms = clock.elapsed();
        QCOMPARE(injected, count / kFaultEvery);
        QCOMPARE(m_server->totalRequests() - before, count);
        qInfo("load: %d sequential token fetches in %lld ms (%.3f ms each), %d injected 429s, no other error", count,
              ms, double(ms) / count, injected);
    }

    void concurrent()
    {
        const int count = envCount("VENDO_LOAD_CONCURRENT", 1'000);
        const int before = m_server->totalRequests();
        int finished = 0;
        int injected = 0;
        QStringList problems;
        QObject owner;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < count; ++i) {
            client::TokenJob *job = m_client->token(slugFor(i), &owner);
            connect(job, &client::TokenJob::finished, &owner, [&](const client::TokenResult &result) {
                ++finished;
                if (const QString problem = check(result, injected); !problem.isEmpty())
                    problems.append(problem);
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, count, 120'000);
        const qint64 ms = clock.elapsed();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(QLatin1Char('\n'))));
        QCOMPARE(injected, count / kFaultEvery);
        QCOMPARE(m_server->totalRequests() - before, count);
        qInfo("load: %d concurrent token fetches in %lld ms, %d injected 429s, no other error", count, ms, injected);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_network.reset();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestLoad)
#include "tst_load.moc"

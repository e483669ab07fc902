// Every fault the sandbox can inject × every client operation, over real loopback HTTP: the error kind
// the client reports, no hang past the configured timeout, and retries only where docs/service-contract.md allows
// them (500/502/503/504 and network errors, 3 attempts), counted by the sandbox itself.
#include "ClientOperation.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace vendo;
using namespace vendo::client;
using namespace vendo::hostile;
using Kind = VendoError::Kind;

Q_DECLARE_METATYPE(vendo::hostile::Operation)

namespace {

const QString kAlice = QStringLiteral("a11ce000-0000-4000-8000-000000000001");
constexpr std::chrono::milliseconds kTimeout { 1500 };
constexpr int kSdkAttempts = 3;

// What each of the default scenario's faults must do to any operation. nullopt: the operation succeeds
// (latency and "fail N times" faults). `attempts`: requests per logical request.
struct Expectation
{
    std::optional<Kind> kind;
    int attempts;
};

const QMap<QString, Expectation> &expectations()
{
    static const QMap<QString, Expectation> table {
        { QStringLiteral("fault-app-unknown"), { Kind::AuthError, 1 } },
        { QStringLiteral("fault-app-revoked"), { Kind::AuthError, 1 } },
        { QStringLiteral("fault-app-expired"), { Kind::AuthError, 1 } },
        { QStringLiteral("fault-binding-missing"), { Kind::NotConnected, 1 } },
        { QStringLiteral("fault-connection-revoked"), { Kind::NotConnected, 1 } },
        { QStringLiteral("fault-needs-reauth"), { Kind::NeedsReauth, 1 } },
        { QStringLiteral("fault-balance-exhausted"), { Kind::BalanceExhausted, 1 } },
        { QStringLiteral("fault-spend-cap-daily"), { Kind::SpendCapExceeded, 1 } },
        { QStringLiteral("fault-spend-cap-monthly"), { Kind::SpendCapExceeded, 1 } },
        { QStringLiteral("fault-rate-limited"), { Kind::RateLimited, 1 } },
        { QStringLiteral("fault-rate-limited-date"), { Kind::RateLimited, 1 } },
        { QStringLiteral("fault-upstream-error"), { Kind::UpstreamError, kSdkAttempts } }, // 502
        { QStringLiteral("fault-validation-failed"), { Kind::ValidationError, 1 } },
        { QStringLiteral("fault-idempotency-conflict"), { Kind::IdempotencyConflict, 1 } },
        { QStringLiteral("fault-provider-unknown"), { Kind::Base, 1 } },
        { QStringLiteral("fault-profile-unsupported"), { Kind::Base, kSdkAttempts } }, // 500
        { QStringLiteral("fault-unknown-code"), { Kind::Base, 1 } },
        { QStringLiteral("fault-no-code"), { Kind::Base, kSdkAttempts } }, // 500
        { QStringLiteral("fault-legacy-code"), { Kind::Base, 1 } }, // legacy spellings: only in pasted log lines
        { QStringLiteral("fault-code-in-body"), { Kind::NotConnected, 1 } },
        { QStringLiteral("fault-code-in-header"), { Kind::BalanceExhausted, 1 } },
        { QStringLiteral("fault-error-string"), { Kind::AuthError, 1 } },
        { QStringLiteral("fault-empty-body"), { Kind::Base, kSdkAttempts } }, // 503
        { QStringLiteral("fault-server-error"), { Kind::Base, kSdkAttempts } }, // 500
        { QStringLiteral("fault-flaky"), { std::nullopt, 3 } }, // 503, 503, 200
        { QStringLiteral("fault-flaky-drop"), { std::nullopt, 2 } }, // dropped, 200
        { QStringLiteral("fault-slow"), { std::nullopt, 1 } },
        { QStringLiteral("fault-malformed-json"), { Kind::MalformedBody, 1 } },
        { QStringLiteral("fault-wrong-content-type"), { Kind::UnexpectedContentType, 1 } },
        { QStringLiteral("fault-oversized"), { Kind::OversizedBody, 1 } },
        { QStringLiteral("fault-drop"), { Kind::ConnectionReset, kSdkAttempts } },
        { QStringLiteral("fault-hang"), { Kind::Timeout, kSdkAttempts } },
    };
    return table;
}

// The scenario's fault, unbound from its slug so that it applies to every endpoint and caller.
std::optional<sandbox::Fault> unboundFault(const QString &slug)
{
    for (sandbox::Fault fault : sandbox::Scenario::defaults().faults) {
        if (fault.slug == slug) {
            fault.slug.clear();
            fault.endpoint = sandbox::FaultEndpoint::Any;
            fault.userId.clear();
            return fault;
        }
    }
    return std::nullopt;
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

    int m_rows = 0;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<TokenResult>();
        qRegisterMetaType<QList<TokenResult>>();
        qRegisterMetaType<ConnectionsResult>();
        qRegisterMetaType<WhoamiResult>();
    }

    // The table must name every slug-bound fault of the scenario and every transport the sandbox has,
    // so that a fault added to the sandbox cannot escape the matrix.
    void tableCoversEveryFault()
    {
        QSet<sandbox::FaultTransport> transports;
        for (const sandbox::Fault &fault : sandbox::Scenario::defaults().faults) {
            if (fault.slug.isEmpty())
                continue;
            QVERIFY2(expectations().contains(fault.slug), qPrintable(fault.slug + QStringLiteral(" has no row")));
            transports.insert(fault.transport);
        }
        for (const auto transport : { sandbox::FaultTransport::None, sandbox::FaultTransport::MalformedJson,
                                      sandbox::FaultTransport::WrongContentType, sandbox::FaultTransport::Oversized,
                                      sandbox::FaultTransport::Drop, sandbox::FaultTransport::Hang })
            QVERIFY2(transports.contains(transport), "a transport fault is missing from the default scenario");
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("faultSlug");
        QTest::addColumn<Operation>("operation");
        for (auto it = expectations().begin(); it != expectations().end(); ++it) {
            for (const Operation operation : { Operation::Token, Operation::Tokens, Operation::Connections,
                                               Operation::WhoamiApp, Operation::WhoamiUser }) {
                QTest::addRow("%s × %s", qPrintable(it.key()), qPrintable(operationName(operation)))
                    << it.key() << operation;
            }
        }
    }

    void matrix()
    {
        QFETCH(QString, faultSlug);
        QFETCH(Operation, operation);
        const Expectation expected = expectations().value(faultSlug);
        const std::optional<sandbox::Fault> fault = unboundFault(faultSlug);
        QVERIFY2(fault, "fault not in the default scenario");

        sandbox::Scenario scenario = sandbox::Scenario::defaults();
        scenario.faults = { *fault };
        sandbox::SandboxServer server(scenario);
        const auto started = server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        const QString jwt = server.mintToken(kAlice).value();
        QVERIFY(!jwt.isEmpty());

        QNetworkAccessManager network;
        const VendoClient app
            = VendoClient(&network, Profile::sandbox(server.baseUrl(), server.credentialsUrl(), server.jwksUrl()),
                          server.demoApiKey())
                  .withTimeout(kTimeout)
                  .withRetryPolicy(RetryPolicy::immediate(kSdkAttempts));
        const Result<VendoClient> user = app.forUser(jwt);
        QVERIFY(user.has_value());

        // Logical requests: tokens asks the bulk endpoint, then the slug alone when bulk failed.
        const int requests = operation == Operation::Tokens && expected.kind ? 2 : 1;
        const std::chrono::milliseconds budget = kTimeout * (expected.attempts * requests) + std::chrono::seconds(5);
        const OperationOutcome outcome = runOperation(operation == Operation::WhoamiApp ? app : user.value(), operation,
                                                      { QStringLiteral("openai") }, budget);

        QVERIFY2(outcome.finished, "no answer: the client hangs past its timeout and retries");
        if (expected.kind) {
            QVERIFY2(!outcome.ok, "the fault did not surface");
            QCOMPARE(VendoError::kindCode(outcome.error.kind), VendoError::kindCode(*expected.kind));
            QVERIFY(!outcome.error.summary().isEmpty());
            if (fault->retryAfterSeconds)
                QVERIFY2(outcome.error.retryAfter.has_value(), "Retry-After was lost");
        } else {
            QVERIFY2(outcome.ok, qPrintable(outcome.error.summary()));
        }
        QCOMPARE(server.totalRequests(), expected.attempts * requests);
        QCOMPARE(outcome.attempts, expected.attempts * requests);
        ++m_rows;
    }

    void cleanupTestCase() { qInfo("fault matrix: %d faults × operations passed", m_rows); }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_fault_matrix.moc"

// Transport kinds, timeouts, the body cap, retries and backoff, cancellation and the https rule,
// over a fake QNetworkAccessManager (no sockets).
#include "ClientTestSupport.h"
#include "client/RequestLog.h"

#include <QSslCertificate>
#include <QTest>

using namespace vendo::client;
using namespace vendo::test;
using Kind = VendoError::Kind;
using NetworkError = QNetworkReply::NetworkError;

Q_DECLARE_METATYPE(vendo::client::VendoError::Kind)
Q_DECLARE_METATYPE(vendo::test::CannedResponse)

class TestTransport : public QObject
{
    Q_OBJECT

    VendoClient client(FakeNetworkAccessManager *network, RetryPolicy policy = RetryPolicy::immediate())
    {
        return VendoClient(network, loopbackProfile(), canaryApiKey()).withRetryPolicy(policy);
    }

private slots:
    void transportKinds_data()
    {
        QTest::addColumn<CannedResponse>("response");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("className");
        QTest::addColumn<int>("attempts");

        QTest::newRow("refused") << CannedResponse::failure(NetworkError::ConnectionRefusedError)
                                 << Kind::ConnectionRefused << "NetworkError" << 3;
        QTest::newRow("host not found") << CannedResponse::failure(NetworkError::HostNotFoundError)
                                        << Kind::HostNotFound << "NetworkError" << 3;
        QTest::newRow("socket timeout") << CannedResponse::failure(NetworkError::TimeoutError) << Kind::Timeout
                                        << "Timeout" << 3;
        QTest::newRow("remote closed") << CannedResponse::failure(NetworkError::RemoteHostClosedError)
                                       << Kind::ConnectionReset << "NetworkError" << 3;
        QTest::newRow("reset by peer") << CannedResponse::failure(NetworkError::UnknownNetworkError,
                                                                  QStringLiteral("Connection reset by peer"))
                                       << Kind::ConnectionReset << "NetworkError" << 3;
        QTest::newRow("other network error") << CannedResponse::failure(NetworkError::TemporaryNetworkFailureError)
                                             << Kind::Network << "NetworkError" << 3;
        QTest::newRow("transfer timeout elsewhere")
            << CannedResponse::failure(NetworkError::OperationCanceledError) << Kind::Timeout << "Timeout" << 3;
        CannedResponse cut = CannedResponse::json(200, "{\"access_token\": \"abc");
        cut.error = NetworkError::RemoteHostClosedError;
        cut.errorString = QStringLiteral("Connection closed");
        QTest::newRow("closed mid-body after a 200") << cut << Kind::ConnectionReset << "NetworkError" << 3;
        QTest::newRow("tls") << CannedResponse::failure(NetworkError::SslHandshakeFailedError) << Kind::Tls
                             << "TlsError" << 1;
        CannedResponse html = CannedResponse::json(200, "<html>login</html>");
        html.headers = { { "Content-Type", "text/html; charset=utf-8" } };
        QTest::newRow("unexpected content type") << html << Kind::UnexpectedContentType << "ProtocolError" << 1;
        CannedResponse noType = CannedResponse::json(200, "{}");
        noType.headers.clear();
        QTest::newRow("no content type") << noType << Kind::UnexpectedContentType << "ProtocolError" << 1;
        QTest::newRow("malformed json") << CannedResponse::json(200, "{\"access_token\": ") << Kind::MalformedBody
                                        << "ProtocolError" << 1;
        QTest::newRow("json array") << CannedResponse::json(200, "[]") << Kind::MalformedBody << "ProtocolError" << 1;
        QTest::newRow("json without access_token")
            << CannedResponse::json(200, "{\"token_type\":\"Bearer\"}") << Kind::MalformedBody << "ProtocolError" << 1;
        QTest::newRow("bad expires_at") << CannedResponse::json(
            200, "{\"access_token\":\"abc\",\"expires_at\":\"tomorrow\"}")
                                        << Kind::MalformedBody << "ProtocolError" << 1;
        QTest::newRow("oversized body") << CannedResponse::json(200, QByteArray(3 * 1024 * 1024, ' '))
                                        << Kind::OversizedBody << "ProtocolError" << 1;
        QTest::newRow("oversized by content-length")
            << CannedResponse::json(200, "{}", { { "Content-Length", "5000000" } }) << Kind::OversizedBody
            << "ProtocolError" << 1;
        CannedResponse problemJson = CannedResponse::json(200, "nope");
        problemJson.headers = { { "Content-Type", "application/problem+json" } };
        QTest::newRow("+json type accepted but malformed")
            << problemJson << Kind::MalformedBody << "ProtocolError" << 1;
    }

    void transportKinds()
    {
        QFETCH(CannedResponse, response);
        QFETCH(Kind, kind);
        QFETCH(QString, className);
        QFETCH(int, attempts);
        FakeNetworkAccessManager network;
        network.enqueue(response);
        const auto result = waitToken(client(&network).token(QStringLiteral("github")));
        QVERIFY(result);
        QVERIFY(!result->ok());
        const VendoError &error = result->value.error();
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.className(), className);
        QCOMPARE(error.sdkClass(), QStringLiteral("VendoError"));
        QCOMPARE(error.category(), VendoError::Category::Transport);
        QVERIFY(!error.remediation().isEmpty());
        QVERIFY(!error.summary().isEmpty());
        QCOMPARE(result->meta.attempts, attempts);
        QCOMPARE(network.requests().size(), attempts);
        if (ErrorCatalog_isTransport(kind))
            QCOMPARE(error.sdkCode(), QStringLiteral("upstream_error"));
    }

    void oversizedBodyIsAbandonedAsSoonAsTheCapIsCrossed()
    {
        FakeNetworkAccessManager network;
        CannedResponse big = CannedResponse::json(200, QByteArray(8 * 1024 * 1024, 'x'));
        big.chunkSize = 64 * 1024;
        network.enqueue(big);
        const auto result = waitToken(client(&network).token(QStringLiteral("github")));
        QVERIFY(result);
        QCOMPARE(result->value.error().kind, Kind::OversizedBody);
        // 1 MiB plus at most one chunk was delivered, not the 8 MiB on offer.
        QVERIFY2(network.bytesServed() <= 1024 * 1024 + 64 * 1024, qPrintable(QString::number(network.bytesServed())));
    }

    void tlsErrorNamesTheCertificateProblem()
    {
        FakeNetworkAccessManager network;
        CannedResponse tls = CannedResponse::failure(NetworkError::SslHandshakeFailedError);
        tls.sslErrors = { QSslError(QSslError::SelfSignedCertificate), QSslError(QSslError::HostNameMismatch) };
        network.enqueue(tls);
        const auto result = waitToken(client(&network).token(QStringLiteral("github")));
        QVERIFY(result);
        const VendoError &error = result->value.error();
        QCOMPARE(error.kind, Kind::Tls);
        QVERIFY2(error.detail.contains(QSslError(QSslError::SelfSignedCertificate).errorString()),
                 qPrintable(error.detail));
        QVERIFY(error.detail.contains(QSslError(QSslError::HostNameMismatch).errorString()));
        QVERIFY(error.message.contains(error.detail));
    }

    void timeoutUsesOwnTimer()
    {
        FakeNetworkAccessManager network;
        CannedResponse hang;
        hang.hang = true;
        network.enqueue(hang);
        const auto result = waitToken(client(&network, RetryPolicy::immediate(2))
                                          .withTimeout(std::chrono::milliseconds(20))
                                          .token(QStringLiteral("github")));
        QVERIFY(result);
        QCOMPARE(result->value.error().kind, Kind::Timeout);
        QCOMPARE(result->meta.attempts, 2); // a timeout is a network error: retried
        QCOMPARE(result->value.error().sdkCode(), QStringLiteral("upstream_error"));
    }

    void retryPerStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("attempts");
        for (int status : { 500, 502, 503, 504 })
            QTest::addRow("%d retried", status) << status << 3;
        for (int status : { 400, 401, 402, 403, 404, 409, 422, 429, 501, 505 })
            QTest::addRow("%d not retried", status) << status << 1;
    }

    void retryPerStatus()
    {
        QFETCH(int, status);
        QFETCH(int, attempts);
        FakeNetworkAccessManager network;
        network.enqueue(CannedResponse::json(status, "{\"error\":{\"message\":\"m\"}}"));
        RequestLog log;
        const auto result = waitToken(client(&network).withRequestLog(&log).token(QStringLiteral("github")));
        QVERIFY(result);
        QCOMPARE(result->meta.attempts, attempts);
        QCOMPARE(network.requests().size(), attempts);
        QCOMPARE(result->meta.httpStatus, status);
        QCOMPARE(log.entries().size(), attempts);
        for (int i = 0; i < attempts; ++i) {
            QCOMPARE(log.entries().at(i).attempt, i + 1);
            QCOMPARE(log.entries().at(i).willRetry, i + 1 < attempts);
        }
    }

    void retryThenSuccess()
    {
        FakeNetworkAccessManager network;
        network.enqueue(CannedResponse::json(503, "{}"));
        network.enqueue(CannedResponse::failure(NetworkError::RemoteHostClosedError));
        network.enqueue(CannedResponse::json(200, "{\"access_token\":\"tok_abcdef\",\"expires_at\":null}"));
        const auto result = waitToken(client(&network).token(QStringLiteral("github")));
        QVERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(result->meta.attempts, 3);
        QCOMPARE(result->value->accessToken, QStringLiteral("tok_abcdef"));
        QVERIFY(!result->value->expiresAt);
    }

    void configurableAttempts()
    {
        FakeNetworkAccessManager network;
        network.enqueue(CannedResponse::json(502, "{}"));
        const auto five = waitToken(client(&network, RetryPolicy::immediate(5)).token(QStringLiteral("a")));
        QCOMPARE(five->meta.attempts, 5);
        const auto one = waitToken(client(&network, RetryPolicy::noRetries()).token(QStringLiteral("a")));
        QCOMPARE(one->meta.attempts, 1);
    }

    void backoffSchedule_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<QList<qint64>>("delays"); // before attempts 2..7
        QTest::newRow("no jitter") << 0.0 << QList<qint64> { 500, 1000, 2000, 4000, 8000, 10000 };
        QTest::newRow("full jitter") << 1.0 << QList<qint64> { 625, 1250, 2500, 5000, 10000, 10000 };
        QTest::newRow("half jitter") << 0.5 << QList<qint64> { 562, 1125, 2250, 4500, 9000, 10000 };
    }

    void backoffSchedule()
    {
        QFETCH(double, random);
        QFETCH(QList<qint64>, delays);
        RetryPolicy policy;
        policy.random = [random] { return random; };
        for (int i = 0; i < delays.size(); ++i)
            QCOMPARE(policy.delayBeforeAttempt(i + 2), delays.at(i));
        QCOMPARE(policy.delayBeforeAttempt(1), 0);
        QCOMPARE(policy.delayBeforeAttempt(100), 10000);
    }

    void backoffIsUsedBetweenAttempts()
    {
        // A real (short) backoff: the policy is asked once per retry and the job still finishes.
        FakeNetworkAccessManager network;
        network.enqueue(CannedResponse::json(503, "{}"));
        RetryPolicy policy;
        policy.baseDelayMs = 5;
        auto draws = std::make_shared<int>(0);
        policy.random = [draws] {
            ++*draws;
            return 0.0;
        };
        const auto result = waitToken(client(&network, policy).token(QStringLiteral("a")));
        QVERIFY(result);
        QCOMPARE(result->meta.attempts, 3);
        QCOMPARE(*draws, 2);
    }

    void cancelAbortsInFlight()
    {
        FakeNetworkAccessManager network;
        CannedResponse hang;
        hang.hang = true;
        network.enqueue(hang);
        TokenJob *job = client(&network).token(QStringLiteral("github"));
        QSignalSpy started(job, &VendoJob::attemptStarted);
        QSignalSpy spy(job, &TokenJob::finished);
        QVERIFY(started.wait());
        job->cancel();
        QVERIFY(spy.count() == 1 || spy.wait());
        const auto result = spy.at(0).at(0).value<TokenResult>();
        QCOMPARE(result.value.error().kind, Kind::Cancelled);
        QCOMPARE(result.value.error().category(), VendoError::Category::Local);
    }

    void cancelDuringBackoff()
    {
        FakeNetworkAccessManager network;
        network.enqueue(CannedResponse::json(503, "{}"));
        RetryPolicy slow;
        slow.baseDelayMs = 60'000;
        RequestLog log;
        TokenJob *job = client(&network, slow).withRequestLog(&log).token(QStringLiteral("github"));
        QSignalSpy spy(job, &TokenJob::finished);
        QSignalSpy logged(&log, &RequestLog::entryAdded);
        QVERIFY(logged.wait()); // the first attempt failed and is now waiting to retry
        QVERIFY(log.entries().constFirst().willRetry);
        QCOMPARE(spy.count(), 0);
        job->cancel();
        QVERIFY(spy.count() == 1 || spy.wait());
        QCOMPARE(spy.at(0).at(0).value<TokenResult>().value.error().kind, Kind::Cancelled);
        QCOMPARE(network.requests().size(), 1);
    }

    void deletingARunningJobAbortsItsTransfer()
    {
        FakeNetworkAccessManager network;
        CannedResponse hang;
        hang.hang = true;
        network.enqueue(hang);
        QObject owner;
        TokenJob *job = client(&network).token(QStringLiteral("github"), &owner);
        QSignalSpy started(job, &VendoJob::attemptStarted);
        QVERIFY(started.wait());
        QCOMPARE(network.findChildren<QNetworkReply *>().size(), 1);
        QSignalSpy finished(job, &TokenJob::finished);
        delete job;
        QCOMPARE(finished.count(), 0); // a destroyed job reports nothing
        QTRY_COMPARE(network.findChildren<QNetworkReply *>().size(), 0); // the reply was aborted and released
    }

    void neverFinishesSynchronously()
    {
        FakeNetworkAccessManager network;
        network.enqueue(CannedResponse::json(200, "{\"access_token\":\"x1234567\"}"));
        VendoClient noKey(&network, loopbackProfile(), QString());
        TokenJob *job = noKey.token(QStringLiteral("a"));
        QSignalSpy spy(job, &TokenJob::finished);
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait());
        QCOMPARE(spy.at(0).at(0).value<TokenResult>().value.error().kind, Kind::VendoOnlyFeature);
        QCOMPARE(network.requests().size(), 0); // before any network call
    }

    void insecureUrlIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("credentials");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("remote http") << "http://vendo.example"
                                     << "http://cred.vendo.example" << false;
        QTest::newRow("remote https") << "https://vendo.example"
                                      << "https://cred.vendo.example" << true;
        QTest::newRow("loopback http") << "http://127.0.0.1:1"
                                       << "http://localhost:2" << true;
        QTest::newRow("loopback v6 http") << "http://[::1]:1"
                                          << "http://[::1]:2" << true;
    }

    void insecureUrlIsRefusedBeforeSending()
    {
        QFETCH(QString, base);
        QFETCH(QString, credentials);
        QFETCH(bool, allowed);
        FakeNetworkAccessManager network;
        network.enqueue(CannedResponse::json(200, "{\"access_token\":\"x1234567\"}"));
        const Profile profile = Profile::custom(QStringLiteral("p"), QString(), QUrl(base), QUrl(credentials));
        const auto result = waitToken(VendoClient(&network, profile, canaryApiKey()).token(QStringLiteral("a")));
        QVERIFY(result);
        QCOMPARE(result->ok(), allowed);
        if (!allowed) {
            QCOMPARE(result->value.error().kind, Kind::InsecureUrl);
            QCOMPARE(network.requests().size(), 0);
        }
    }

    void slugIsEncodedAndValidated()
    {
        FakeNetworkAccessManager network;
        network.enqueue(CannedResponse::json(200, "{\"access_token\":\"x1234567\"}"));
        const auto ok = waitToken(client(&network).token(QStringLiteral("a b/c?d")));
        QVERIFY(ok && ok->ok());
        QCOMPARE(network.requests().constLast().url().toString(QUrl::FullyEncoded),
                 QStringLiteral("http://127.0.0.1:9/credentials/a%20b%2Fc%3Fd"));
        const auto empty = waitToken(client(&network).token(QStringLiteral("  ")));
        QCOMPARE(empty->value.error().kind, Kind::InvalidInput);
        const auto huge = waitToken(client(&network).token(QString(5000, QLatin1Char('a'))));
        QCOMPARE(huge->value.error().kind, Kind::InvalidInput);
    }

private:
    static bool ErrorCatalog_isTransport(Kind kind) { return kind >= Kind::ConnectionRefused && kind <= Kind::Network; }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"

#include "CliProcess.h"
#include "jwt/Base64Url.h"
#include "jwt/JwkSet.h"
#include "jwt/JwsSigner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace vendo::jwt;

// decode / verify / audit as scripts use them: the real executable in a child process.
class TestCliJwt : public QObject
{
    Q_OBJECT

private:
    using Run = vendo::test::CliRun;

    QTemporaryDir m_dir;
    Key m_key;
    QByteArray m_valid; // ES256, kid k1, valid at kNow
    QByteArray m_expired;
    static constexpr qint64 kNow = 1'767'225'600;

    // Runs the CLI with an event loop spinning, so that in-process servers can answer it.
    static Run run(const QStringList &arguments, const QByteArray &input = {}, const QString &configHome = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!configHome.isEmpty())
            environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        return vendo::test::runCli(arguments, environment, input, std::chrono::seconds(60));
    }

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return file.fileName();
    }

    QByteArray mint(qint64 exp, const Key &key) const
    {
        const QJsonObject payload { { QLatin1String("sub"), QStringLiteral("8d0c2c1e") },
                                    { QLatin1String("iss"), QStringLiteral("https://auth.vendo.run/auth/v1") },
                                    { QLatin1String("aud"), QStringLiteral("authenticated") },
                                    { QLatin1String("iat"), exp - 3600 },
                                    { QLatin1String("exp"), exp } };
        return JwsSigner::sign(Algorithm::ES256, key, payload).value();
    }

    static QStringList at(const QStringList &arguments)
    {
        return arguments + QStringList { QStringLiteral("--now"), QString::number(kNow) };
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("VENDO_CLI").isEmpty(), "VENDO_CLI is not set");
        QVERIFY(m_dir.isValid());
        m_key = Key::generate(Algorithm::ES256, QStringLiteral("k1")).value();
        m_valid = mint(kNow + 1800, m_key);
        m_expired = mint(kNow - 7200, m_key);
    }

    void decodeReadsStdinAndNeverPrintsTheSignature()
    {
        const Run result = run(at({ QStringLiteral("decode") }), "Bearer " + m_valid + "\n");
        QCOMPARE(result.exitCode, 0);
        const QByteArray signature = m_valid.split('.').at(2);
        QVERIFY(!result.out.contains(signature));
        QVERIFY(result.out.contains(".<redacted>"));
        QVERIFY(result.out.contains("expires in 30 min"));
        QVERIFY(result.out.contains("Removed a \"Bearer \" prefix."));
        QVERIFY2(!result.out.contains("\x1b["), "colour on a pipe");
    }

    void decodeJsonHasTheStableFields()
    {
        const Run result
            = run(at({ QStringLiteral("decode"), QStringLiteral("-"), QStringLiteral("--json") }), m_expired);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(result.out).object();
        for (const char *field : { "input", "header", "payload", "verdict", "warnings", "errors" })
            QVERIFY2(object.contains(QLatin1String(field)), field);
        const QJsonObject verdict = object.value(QLatin1String("verdict")).toObject();
        QCOMPARE(verdict.value(QLatin1String("structure")).toString(), QStringLiteral("ok"));
        QCOMPARE(verdict.value(QLatin1String("time")).toString(), QStringLiteral("expired"));
        QCOMPARE(verdict.value(QLatin1String("signature")).toString(), QStringLiteral("not_checked"));
        QCOMPARE(object.value(QLatin1String("payload")).toObject().value(QLatin1String("sub")).toString(),
                 QStringLiteral("8d0c2c1e"));
        QVERIFY(!result.out.contains(m_expired.split('.').at(2)));
    }

    void malformedAndOversizedInputExit3()
    {
        Run result = run({ QStringLiteral("decode"), QStringLiteral("--json") }, "abc.def");
        QCOMPARE(result.exitCode, 3);
        const QJsonObject object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value(QLatin1String("verdict")).toObject().value(QLatin1String("structure")).toString(),
                 QStringLiteral("malformed"));
        QVERIFY(!object.value(QLatin1String("errors")).toArray().isEmpty());

        result = run({ QStringLiteral("decode") }, QByteArray(200 * 1024, 'A'));
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains("65536"));
    }

    void verify_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("signature");
        QTest::newRow("valid, JWK") << "--key"
                                    << "public.jwk"
                                    << "valid" << 0 << "valid";
        QTest::newRow("valid, PEM") << "--key"
                                    << "public.pem"
                                    << "valid" << 0 << "valid";
        QTest::newRow("valid, JWKS file") << "--jwks"
                                          << "jwks.json"
                                          << "valid" << 0 << "valid";
        QTest::newRow("expired") << "--jwks"
                                 << "jwks.json"
                                 << "expired" << 3 << "valid";
        QTest::newRow("tampered") << "--jwks"
                                  << "jwks.json"
                                  << "tampered" << 3 << "invalid";
        QTest::newRow("wrong key") << "--jwks"
                                   << "other.json"
                                   << "valid" << 3 << "key_not_found";
        QTest::newRow("HS256 forged with the public PEM") << "--secret-file"
                                                          << "public.pem"
                                                          << "forged" << 3 << "invalid";
    }

    void verify()
    {
        QFETCH(QString, option);
        QFETCH(QString, keyFile);
        QFETCH(QString, token);
        QFETCH(int, exitCode);
        QFETCH(QString, signature);
        write(QStringLiteral("public.jwk"), QJsonDocument(m_key.toPublicJwk()).toJson());
        write(QStringLiteral("public.pem"), m_key.publicKeyPem());
        write(QStringLiteral("jwks.json"), QJsonDocument(JwkSet({ m_key }).toPublicJson()).toJson());
        write(QStringLiteral("other.json"),
              QJsonDocument(JwkSet({ Key::generate(Algorithm::ES256, QStringLiteral("k2")).value() }).toPublicJson())
                  .toJson());
        QByteArray input = token == QLatin1String("expired") ? m_expired : m_valid;
        if (token == QLatin1String("tampered")) {
            QList<QByteArray> parts = input.split('.');
            parts[1] = base64UrlEncode(R"({"sub":"admin","exp":1767229200})");
            input = parts.join('.');
        } else if (token == QLatin1String("forged")) {
            const Key secret
                = Key::fromSecret(m_key.publicKeyPem(), Key::SecretEncoding::Text, QStringLiteral("k1")).value();
            input = JwsSigner::sign(Algorithm::HS256, secret,
                                    QJsonObject { { QLatin1String("sub"), QStringLiteral("admin") },
                                                  { QLatin1String("exp"), kNow + 600 } })
                        .value();
        }
        const Run result
            = run(at({ QStringLiteral("verify"), QStringLiteral("--json"), option, m_dir.filePath(keyFile) }), input);
        QCOMPARE(result.exitCode, exitCode);
        const QJsonObject verdict
            = QJsonDocument::fromJson(result.out).object().value(QLatin1String("verdict")).toObject();
        QCOMPARE(verdict.value(QLatin1String("signature")).toString(), signature);
    }

    // Issue 16 item 13: what a verifier must refuse makes verify exit 3, with the reason in its
    // output: a "crit" extension this tool does not implement (RFC 7515 section 4.1.11), an RSA key
    // under 2048 bits, an issuer or audience other than the one expected.
    void verifyRefusesWhatAVerifierMust_data()
    {
        QTest::addColumn<QString>("token"); // "valid", "crit", "b64", "rsa1024"
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason"); // in the --json output
        const QString iss = QStringLiteral("https://auth.vendo.run/auth/v1");
        const QString expectIss = QStringLiteral("--expect-iss");
        const QString expectAud = QStringLiteral("--expect-aud");
        QTest::newRow("crit") << "crit" << QStringList() << 3 << "unsupported_critical";
        QTest::newRow("b64 false") << "b64" << QStringList() << 3 << "RFC 7797";
        QTest::newRow("RSA 1024") << "rsa1024" << QStringList() << 3 << "has 1024 bits: keys under 2048 bits";
        QTest::newRow("expected issuer") << "valid" << QStringList { expectIss, iss } << 0 << "";
        QTest::newRow("other issuer") << "valid" << QStringList { expectIss, QStringLiteral("https://evil.example") }
                                      << 3 << "iss_mismatch";
        QTest::newRow("expected audience")
            << "valid" << QStringList { expectAud, QStringLiteral("authenticated") } << 0 << "";
        QTest::newRow("other audience") << "valid" << QStringList { expectAud, QStringLiteral("service_role") } << 3
                                        << "aud_mismatch";
    }

    void verifyRefusesWhatAVerifierMust()
    {
        QFETCH(QString, token);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        const QByteArray payload = R"({"sub":"8d0c2c1e","iss":"https://auth.vendo.run/auth/v1","aud":"authenticated",)"
                                   R"("iat":)"
            + QByteArray::number(kNow - 1800) + R"(,"exp":)" + QByteArray::number(kNow + 1800) + '}';
        QByteArray input = m_valid;
        QString keyFile = write(QStringLiteral("public.pem"), m_key.publicKeyPem());
        if (token == QLatin1String("crit"))
            input = JwsSigner::sign(m_key, R"({"alg":"ES256","kid":"k1","crit":["exp"],"exp":1})", payload).value();
        else if (token == QLatin1String("b64"))
            input = JwsSigner::sign(m_key, R"({"alg":"ES256","kid":"k1","b64":false,"crit":["b64"]})", payload).value();
        if (token == QLatin1String("rsa1024")) {
            EVP_PKEY *raw = EVP_RSA_gen(1024);
            QVERIFY(raw);
            BIO *out = BIO_new(BIO_s_mem());
            QVERIFY(PEM_write_bio_PrivateKey(out, raw, nullptr, nullptr, 0, nullptr, nullptr) == 1);
            char *data = nullptr;
            const long size = BIO_get_mem_data(out, &data);
            const Key weak = Key::fromPem(QByteArray(data, qsizetype(size))).value();
            BIO_free(out);
            EVP_PKEY_free(raw);
            input = JwsSigner::sign(weak, R"({"alg":"RS256"})", payload).value();
            keyFile = write(QStringLiteral("weak.pem"), weak.publicKeyPem());
        }
        const Run result = run(
            at({ QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--key"), keyFile }) + options,
            input);
        QCOMPARE(result.exitCode, exitCode);
        if (!reason.isEmpty())
            QVERIFY2(result.out.contains(reason.toUtf8()), result.out.constData());
        // The human output gives the same reason.
        const Run human = run(at({ QStringLiteral("verify"), QStringLiteral("--key"), keyFile }) + options, input);
        QCOMPARE(human.exitCode, exitCode);
    }

    // A JWKS URL that publishes private key members or a shared secret: the signature is still
    // checked, and the verdict warns, in --json and for people.
    void verifyWarnsWhenAJwksUrlExposesSecrets()
    {
        QJsonArray keys { m_key.toPrivateJwk(),
                          Key::generate(Algorithm::HS256, QStringLiteral("shared")).value().toPublicJwk() };
        const QByteArray body
            = QJsonDocument(QJsonObject { { QLatin1String("keys"), keys } }).toJson(QJsonDocument::Compact);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                if (socket->readAll().contains("\r\n\r\n"))
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            });
        });
        const QString url = QStringLiteral("http://127.0.0.1:%1/jwks.json").arg(server.serverPort());
        const Run json
            = run(at({ QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--jwks"), url }), m_valid);
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(report.value(QLatin1String("verdict")).toObject().value(QLatin1String("signature")).toString(),
                 QStringLiteral("valid"));
        QStringList codes;
        for (const QJsonValue &warning : report.value(QLatin1String("warnings")).toArray())
            codes << warning.toObject().value(QLatin1String("code")).toString();
        QCOMPARE(codes.count(QStringLiteral("jwks_exposes_secrets")), 2); // the private EC key, the oct key
        const Run human = run(at({ QStringLiteral("verify"), QStringLiteral("--jwks"), url }), m_valid);
        QVERIFY2(human.out.contains("publishes private key members (d)"), human.out.constData());
        QVERIFY(human.out.contains("symmetric (oct) key(s) \"shared\""));
        // Never the secrets themselves.
        QVERIFY(!human.out.contains(m_key.toPrivateJwk().value(QLatin1String("d")).toString().toLatin1()));

        // The same set from a file is the operator's own business: no warning.
        const QString file = write(QStringLiteral("private-jwks.json"), body);
        const Run local
            = run(at({ QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--jwks"), file }), m_valid);
        QCOMPARE(local.exitCode, 0);
        QVERIFY(!local.out.contains("jwks_exposes_secrets"));
    }

    void verifyUsageErrors()
    {
        const QString config = m_dir.filePath(QStringLiteral("usage-config"));
        // Without a key option verify uses the profile's key set: an unknown profile, or one without a
        // JWKS URL (the sandbox's URLs come from a running server), is a usage error.
        const Run unknown = run({ QStringLiteral("verify"), QStringLiteral("--profile"), QStringLiteral("prodution") },
                                m_valid, config);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("Unknown profile \"prodution\""));
        const Run sandbox = run({ QStringLiteral("verify"), QStringLiteral("--profile"), QStringLiteral("sandbox") },
                                m_valid, config);
        QCOMPARE(sandbox.exitCode, 2);
        QVERIFY2(sandbox.err.contains("names no JWKS URL"), sandbox.err.constData());
        QCOMPARE(
            run({ QStringLiteral("decode"), QStringLiteral("--leeway"), QStringLiteral("soon") }, m_valid).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("verify"), QStringLiteral("--jwks"), QStringLiteral("http://example.com/jwks") },
                     m_valid)
                     .exitCode,
                 2);
    }

    void verifyAgainstAJwksUrlOnLoopback()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QByteArray body = QJsonDocument(JwkSet({ m_key }).toPublicJson()).toJson(QJsonDocument::Compact);
        int requests = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                ++requests;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            });
        });
        const QString url = QStringLiteral("http://127.0.0.1:%1/jwks.json").arg(server.serverPort());
        const Run result = run(at({ QStringLiteral("verify"), QStringLiteral("--jwks"), url }), m_valid);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(requests, 1);

        server.close();
        const Run refused = run(at({ QStringLiteral("verify"), QStringLiteral("--jwks"), url }), m_valid);
        QCOMPARE(refused.exitCode, 4);
        QVERIFY(!refused.err.isEmpty());
    }

    // Issue 19 item 16: verify with no key option checks against the profile's JWKS URL, fetched like the
    // window fetches it; here a custom profile whose key set is served on loopback.
    void verifyUsesTheProfilesJwksWhenNoKeyIsGiven()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QByteArray body = QJsonDocument(JwkSet({ m_key }).toPublicJson()).toJson(QJsonDocument::Compact);
        QByteArrayList paths;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                const QByteArray request = socket->readAll();
                if (!request.contains("\r\n\r\n"))
                    return;
                paths << request.split(' ').value(1);
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            });
        });
        const QString config = m_dir.filePath(QStringLiteral("profile-config"));
        const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        const Run added = run({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("loopback"),
                                QStringLiteral("--base-url"), origin, QStringLiteral("--credentials-url"), origin,
                                QStringLiteral("--jwks-url"), origin + QStringLiteral("/keys/jwks.json") },
                              {}, config);
        QVERIFY2(added.exitCode == 0, added.err.constData());

        const Run valid = run(at({ QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--profile"),
                                   QStringLiteral("loopback") }),
                              m_valid, config);
        QVERIFY2(valid.exitCode == 0, valid.err.constData());
        QCOMPARE(QJsonDocument::fromJson(valid.out)
                     .object()
                     .value(QLatin1String("verdict"))
                     .toObject()
                     .value(QLatin1String("signature"))
                     .toString(),
                 QStringLiteral("valid"));
        QCOMPARE(paths, QByteArrayList { "/keys/jwks.json" });

        // A token signed by another key is refused against the same set; people are told which set it was.
        const Key other = Key::generate(Algorithm::ES256, QStringLiteral("k1")).value();
        const Run forged
            = run(at({ QStringLiteral("verify"), QStringLiteral("--profile"), QStringLiteral("loopback") }),
                  mint(kNow + 1800, other), config);
        QCOMPARE(forged.exitCode, 3);
        QVERIFY2(forged.err.contains("key set of profile \"loopback\""), forged.err.constData());

        // The profile's expected issuer applies as in the window (a profile for another issuer refuses
        // the token); --expect-iss on the command line has the last word.
        const Run added2 = run({ QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("other-issuer"),
                                 QStringLiteral("--base-url"), origin, QStringLiteral("--credentials-url"), origin,
                                 QStringLiteral("--jwks-url"), origin + QStringLiteral("/keys/jwks.json"),
                                 QStringLiteral("--expect-iss"), QStringLiteral("https://auth.example/other") },
                               {}, config);
        QVERIFY2(added2.exitCode == 0, added2.err.constData());
        const Run mismatch = run(at({ QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--profile"),
                                      QStringLiteral("other-issuer") }),
                                 m_valid, config);
        QCOMPARE(mismatch.exitCode, 3);
        QVERIFY2(mismatch.out.contains("iss_mismatch"), mismatch.out.constData());
        const Run overridden
            = run(at({ QStringLiteral("verify"), QStringLiteral("--profile"), QStringLiteral("other-issuer"),
                       QStringLiteral("--expect-iss"), QStringLiteral("https://auth.vendo.run/auth/v1") }),
                  m_valid, config);
        QCOMPARE(overridden.exitCode, 0);
    }

    void auditStreamsNdjsonAndASummary()
    {
        QByteArray log = "2026-01-01 INFO jwt=" + m_valid + " ok\n" + "no token here\n" + m_expired + "\n";
        const QString file = write(QStringLiteral("audit.log"), log);
        write(QStringLiteral("jwks.json"), QJsonDocument(JwkSet({ m_key }).toPublicJson()).toJson());
        const Run result = run(at({ QStringLiteral("audit"), file, QStringLiteral("--json"), QStringLiteral("--jwks"),
                                    m_dir.filePath(QStringLiteral("jwks.json")) }));
        QCOMPARE(result.exitCode, 3); // one token is expired
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4); // header, two tokens, summary

        const QJsonObject header = QJsonDocument::fromJson(lines[0]).object().value(QLatin1String("audit")).toObject();
        QCOMPARE(header.value(QLatin1String("format")).toInt(), 1);
        QCOMPARE(header.value(QLatin1String("evaluated_at")).toInteger(), kNow);
        QCOMPARE(header.value(QLatin1String("leeway_s")).toInteger(), 0);
        QCOMPARE(header.value(QLatin1String("signatures")).toString(), QStringLiteral("checked"));

        const QJsonObject first = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(first.keys(),
                 QStringLiteral("alg,aud,exp,iat,iss,kid,line,sub,verdict").split(u',')); // sorted
        QCOMPARE(first.value(QLatin1String("line")).toInt(), 1);
        const QJsonObject verdict = first.value(QLatin1String("verdict")).toObject();
        QCOMPARE(verdict.value(QLatin1String("structure")).toString(), QStringLiteral("ok"));
        QCOMPARE(verdict.value(QLatin1String("time")).toString(), QStringLiteral("valid"));
        QCOMPARE(verdict.value(QLatin1String("signature")).toString(), QStringLiteral("valid"));
        QCOMPARE(verdict.value(QLatin1String("expires_in_s")).toInteger(), 1800);
        QCOMPARE(first.value(QLatin1String("sub")).toString(), QStringLiteral("8d0c2c1e"));
        QCOMPARE(first.value(QLatin1String("iss")).toString(), QStringLiteral("https://auth.vendo.run/auth/v1"));
        QCOMPARE(first.value(QLatin1String("aud")).toString(), QStringLiteral("authenticated"));
        QCOMPARE(first.value(QLatin1String("kid")).toString(), QStringLiteral("k1"));
        QCOMPARE(first.value(QLatin1String("alg")).toString(), QStringLiteral("ES256"));
        QCOMPARE(first.value(QLatin1String("exp")).toInteger(), kNow + 1800);
        QCOMPARE(first.value(QLatin1String("iat")).toInteger(), kNow + 1800 - 3600);

        const QJsonObject second = QJsonDocument::fromJson(lines[2]).object();
        QCOMPARE(second.value(QLatin1String("line")).toInt(), 3);
        const QJsonObject problem = second.value(QLatin1String("problem")).toObject();
        QCOMPARE(problem.value(QLatin1String("axis")).toString(), QStringLiteral("time"));
        QCOMPARE(problem.value(QLatin1String("code")).toString(), QStringLiteral("expired"));
        QCOMPARE(problem.value(QLatin1String("message")).toString(), QStringLiteral("expired 2 h ago"));

        const QJsonObject summary
            = QJsonDocument::fromJson(lines[3]).object().value(QLatin1String("summary")).toObject();
        QCOMPARE(summary.value(QLatin1String("lines")).toInt(), 3);
        QCOMPARE(summary.value(QLatin1String("tokens")).toInt(), 2);
        QCOMPARE(summary.value(QLatin1String("time")).toObject().value(QLatin1String("expired")).toInt(), 1);
        QVERIFY(!result.out.contains(m_valid.split('.').at(2)));
        QVERIFY(!result.out.contains(m_expired.split('.').at(2)));

        const Run human = run(at({ QStringLiteral("audit"), QStringLiteral("-") }), m_valid + "\n");
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.startsWith("line 1"));
        QVERIFY(human.out.contains("sub=8d0c2c1e"));
        QVERIFY(human.out.contains("Summary"));
        QVERIFY(!human.out.contains(m_valid.split('.').at(2)));
    }

    // Issue 20: claim descriptions once per run, not on every line.
    void auditDescribesTheFieldsOnce()
    {
        QByteArray log;
        for (int i = 0; i < 50; ++i)
            log += "INFO jwt=" + m_valid + "\n";
        const Run result = run(at({ QStringLiteral("audit"), QStringLiteral("-"), QStringLiteral("--json") }), log);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.count('\n'), 52);
        QCOMPARE(result.out.count("Subject: the user id"), 1);
        QCOMPARE(result.out.count("Expiration time"), 1);
        QCOMPARE(result.out.count("\"line\":"), 51); // 50 tokens and the header's description of "line"
        QVERIFY(result.out.startsWith("{\"audit\":"));
        const QJsonObject header = QJsonDocument::fromJson(result.out.split('\n').first()).object();
        QCOMPARE(header.value(QLatin1String("audit")).toObject().value(QLatin1String("signatures")).toString(),
                 QStringLiteral("not_checked"));
    }

    // Issue 20: `audit -` from a pipe reads in blocks and gives byte for byte what the file gives, on
    // one thread or all; a log of a few MiB with tokens, prose, blank lines and an overlong line.
    void auditFromAPipeEqualsTheFile()
    {
        const Key other = Key::generate(Algorithm::ES256, QStringLiteral("k2")).value();
        QList<QByteArray> tokens;
        for (int i = 0; i < 64; ++i)
            tokens.append(mint(kNow + (i % 4 == 0 ? -600 : 600) + i, i % 9 == 0 ? other : m_key));
        constexpr int kTokenLines = 9000;
        QByteArray log;
        qint64 lines = 0;
        qint64 overlongLine = 0;
        qint64 overlongRecord = 0;
        int keyNotFound = 0;
        for (int i = 0; i < kTokenLines; ++i) {
            log += "2026-01-01T00:00:00." + QByteArray::number(i) + "Z INFO request id=" + QByteArray::number(i * 7919)
                + " path=/v1/connections \"X-Vendo-User-JWT: " + tokens[i % tokens.size()] + "\" status=200\n";
            ++lines;
            keyNotFound += (i % tokens.size()) % 9 == 0;
            if (i % 100 == 0) {
                log += "\n# a comment without any token\n";
                lines += 2;
            }
            if (i == 3000) {
                log += QByteArray(200 * 1024, 'z') + '\n';
                overlongLine = ++lines;
                overlongRecord = i + 2;
            }
        }
        log += "abc.def"; // no final newline
        ++lines;
        QVERIFY(log.size() > 3 * 1024 * 1024);
        const QString file = write(QStringLiteral("pipe.log"), log);
        write(QStringLiteral("jwks.json"), QJsonDocument(JwkSet({ m_key }).toPublicJson()).toJson());
        const QStringList options { QStringLiteral("--json"), QStringLiteral("--jwks"),
                                    m_dir.filePath(QStringLiteral("jwks.json")) };
        const Run fromFile = run(at(QStringList { QStringLiteral("audit"), file } + options));
        QCOMPARE(fromFile.exitCode, 3);
        QVERIFY2(fromFile.err.isEmpty(), fromFile.err.constData());
        const Run fromPipe = run(at(QStringList { QStringLiteral("audit"), QStringLiteral("-") } + options), log);
        QCOMPARE(fromPipe.exitCode, 3);
        QCOMPARE(fromPipe.out.size(), fromFile.out.size());
        QVERIFY(fromPipe.out == fromFile.out);
        const Run oneThread = run(at(QStringList { QStringLiteral("audit"), QStringLiteral("-"),
                                                   QStringLiteral("--threads"), QStringLiteral("1") }
                                     + options),
                                  log);
        QVERIFY(oneThread.out == fromFile.out);

        const QList<QByteArray> out = fromFile.out.trimmed().split('\n');
        const QJsonObject summary
            = QJsonDocument::fromJson(out.last()).object().value(QLatin1String("summary")).toObject();
        QCOMPARE(summary.value(QLatin1String("lines")).toInteger(), lines);
        QCOMPARE(summary.value(QLatin1String("tokens")).toInteger(), kTokenLines + 2);
        QCOMPARE(out.size(), 1 + kTokenLines + 2 + 1);
        QCOMPARE(summary.value(QLatin1String("signature")).toObject().value(QLatin1String("key_not_found")).toInteger(),
                 keyNotFound);
        // The overlong line is one record refused by size, at its line number.
        const QJsonObject overlong = QJsonDocument::fromJson(out.at(overlongRecord)).object();
        QCOMPARE(overlong.value(QLatin1String("line")).toInteger(), overlongLine);
        QCOMPARE(overlong.value(QLatin1String("problem")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("input_too_large"));
        for (const QByteArray &token : tokens)
            QVERIFY(!fromFile.out.contains(token.split('.').at(2)));
    }

    // Bad input of any size: a clear result quickly, never a hang.
    void auditOfJunkEndsQuickly_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("lines");
        QTest::newRow("2 MiB line, no newline") << QByteArray(2 * 1024 * 1024, 'A') << 1;
        QByteArray junk(1024 * 1024, Qt::Uninitialized);
        QRandomGenerator random(20);
        for (char &c : junk)
            c = char(random.bounded(256));
        for (qsizetype i = 0; i < junk.size(); i += 97) // short lines, so that some are one word
            junk[i] = '\n';
        junk[5] = '\0';
        QTest::newRow("binary junk") << junk << int(junk.count('\n') + (junk.endsWith('\n') ? 0 : 1));
    }

    void auditOfJunkEndsQuickly()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, lines);
        QElapsedTimer timer;
        timer.start();
        const Run result = run(at({ QStringLiteral("audit"), QStringLiteral("-"), QStringLiteral("--json") }), input);
        QVERIFY2(timer.elapsed() < 30'000, "audit of junk took too long");
        QCOMPARE(result.exitCode, 3);
        const QList<QByteArray> out = result.out.trimmed().split('\n');
        const QJsonObject summary
            = QJsonDocument::fromJson(out.last()).object().value(QLatin1String("summary")).toObject();
        QCOMPARE(summary.value(QLatin1String("lines")).toInt(), lines);
        QCOMPARE(summary.value(QLatin1String("tokens")).toInt(), out.size() - 2);
        QVERIFY(summary.value(QLatin1String("tokens")).toInt() >= 1);
        QCOMPARE(summary.value(QLatin1String("structure")).toObject().value(QLatin1String("ok")).toInt(), 0);
        for (qsizetype i = 1; i + 1 < out.size(); ++i) { // every token line is JSON with its problem
            const QJsonObject line = QJsonDocument::fromJson(out.at(i)).object();
            QCOMPARE(line.value(QLatin1String("problem")).toObject().value(QLatin1String("axis")).toString(),
                     QStringLiteral("structure"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliJwt)
#include "tst_cli_jwt.moc"

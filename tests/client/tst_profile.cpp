#include "client/Profile.h"

#include <QTest>

using vendo::client::Profile;

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void builtInsAreValidAndUseServiceDefaults()
    {
        const auto production = Profile::production();
        QCOMPARE(production.baseUrl, QUrl(QStringLiteral("https://vendo.run")));
        QCOMPARE(production.credentialsUrl, QUrl(QStringLiteral("https://credentials.vendo.run")));
        QCOMPARE(production.jwksUrl, QUrl(QStringLiteral("https://auth.vendo.run/auth/v1/.well-known/jwks.json")));
        QCOMPARE(production.apiVersion, QStringLiteral("2026-05-07"));
        for (const Profile &profile : Profile::builtIns())
            QVERIFY2(profile.validate().isEmpty(), qPrintable(profile.validate()));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("credentials");
        QTest::addColumn<bool>("ok");

        QTest::newRow("https") << "https://example.com"
                               << "https://cred.example.com" << true;
        QTest::newRow("loopback http v4") << "http://127.0.0.1:8080"
                                          << "http://127.0.0.1:8080/credentials" << true;
        QTest::newRow("loopback http name") << "http://localhost:1"
                                            << "http://LOCALHOST:2" << true;
        QTest::newRow("loopback http v6") << "http://[::1]:9"
                                          << "http://[::1]:9/c" << true;
        QTest::newRow("remote http") << "http://example.com"
                                     << "https://cred.example.com" << false;
        QTest::newRow("remote http credentials") << "https://example.com"
                                                 << "http://cred.example.com" << false;
        QTest::newRow("private range http") << "http://192.168.1.2"
                                            << "https://cred.example.com" << false;
        QTest::newRow("base with /api") << "https://example.com/api"
                                        << "https://cred.example.com" << false;
        QTest::newRow("ftp") << "ftp://example.com"
                             << "https://cred.example.com" << false;
        QTest::newRow("relative") << "example.com"
                                  << "https://cred.example.com" << false;
    }

    void validate()
    {
        QFETCH(QString, base);
        QFETCH(QString, credentials);
        QFETCH(bool, ok);
        Profile profile;
        profile.id = QStringLiteral("custom");
        profile.baseUrl = QUrl(base);
        profile.credentialsUrl = QUrl(credentials);
        const QString problem = profile.validate();
        QCOMPARE(problem.isEmpty(), ok);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"

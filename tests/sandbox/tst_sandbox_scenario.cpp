#include "sandbox/Scenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using vendo::sandbox::SandboxError;
using vendo::sandbox::Scenario;

namespace {

// The smallest valid scenario; rows below break one member at a time.
QJsonObject minimal()
{
    return QJsonDocument::fromJson(R"({
        "tenants": [{"id": "tn_a", "name": "A", "balance_usd": 1}],
        "users": [{"id": "u1", "email": "u1@a.example", "tenant": "tn_a"}],
        "api_keys": [{"key": "vendo_sk_abcdefghijklmnopqrstuvwxyz012345", "tenant": "tn_a"}],
        "providers": [{"slug": "openai"}],
        "connections": [{"owner": "u1", "slug": "openai", "profile": "byok_static", "status": "connected"}],
        "faults": [{"slug": "fault-x", "status": 429, "code": "upstream_rate_limited"}]
    })")
        .object();
}

QByteArray withChange(const char *pointer, const QJsonValue &value)
{
    // pointer: "member" or "member/index/field"
    QJsonObject root = minimal();
    const QStringList parts = QString::fromLatin1(pointer).split(QLatin1Char('/'));
    if (parts.size() == 1) {
        if (value.isUndefined())
            root.remove(parts.at(0));
        else
            root.insert(parts.at(0), value);
    } else {
        QJsonArray list = root.value(parts.at(0)).toArray();
        const int index = parts.at(1).toInt();
        QJsonObject entry = index < list.size() ? list.at(index).toObject() : QJsonObject();
        if (parts.size() == 3) {
            if (value.isUndefined())
                entry.remove(parts.at(2));
            else
                entry.insert(parts.at(2), value);
        }
        if (index < list.size())
            list[index] = entry;
        else
            list.append(parts.size() == 3 ? QJsonValue(entry) : value);
        root.insert(parts.at(0), list);
    }
    return QJsonDocument(root).toJson();
}

} // namespace

class TestSandboxScenario : public QObject
{
    Q_OBJECT

private slots:
    void defaultScenarioIsValidAndRich()
    {
        const Scenario scenario = Scenario::defaults();
        QVERIFY(scenario.tenants.size() >= 2);
        QVERIFY(scenario.users.size() >= 5);
        QSet<QString> statuses;
        QSet<QString> profiles;
        QSet<QString> owners;
        bool revoked = false;
        for (const auto &connection : scenario.connections) {
            statuses.insert(connection.status());
            profiles.insert(connection.profile());
            owners.insert(connection.owner);
            revoked = revoked || connection.revoked;
        }
        QCOMPARE(statuses,
                 (QSet<QString> { QStringLiteral("connected"), QStringLiteral("available"),
                                  QStringLiteral("needs_reauth"), QStringLiteral("error") }));
        QCOMPARE(profiles,
                 (QSet<QString> { QStringLiteral("vendo_managed_pool"), QStringLiteral("byok_static"),
                                  QStringLiteral("user_oauth"), QStringLiteral("oauth_app_install"),
                                  QStringLiteral("webhook_inbound"), QStringLiteral("composio_managed") }));
        QVERIFY(revoked);
        const bool someoneHasNone = std::any_of(scenario.users.begin(), scenario.users.end(),
                                                [&](const auto &user) { return !owners.contains(user.id); });
        QVERIFY(someoneHasNone);
        QVERIFY(scenario.demoApiKey().startsWith(QLatin1String("vendo_sk_")));
    }

    void defaultScenarioHasAFaultSlugPerServiceErrorCode_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : { "app_unknown", "app_revoked", "app_expired", "binding_missing", "connection_revoked",
                                  "connection_needs_reauth", "balance_exhausted", "spend_cap_daily",
                                  "spend_cap_monthly", "upstream_rate_limited", "upstream_error", "validation_failed",
                                  "idempotency_conflict", "provider_unknown", "profile_unsupported" })
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    void defaultScenarioHasAFaultSlugPerServiceErrorCode()
    {
        QFETCH(QString, code);
        const Scenario scenario = Scenario::defaults();
        const bool found = std::any_of(scenario.faults.begin(), scenario.faults.end(), [&](const auto &fault) {
            return fault.code == code && fault.slug.startsWith(QLatin1String("fault-"));
        });
        QVERIFY2(found, qPrintable(code));
    }

    void minimalScenarioLoads()
    {
        const auto load = Scenario::fromJson(QJsonDocument(minimal()).toJson(), QStringLiteral("mini.json"));
        if (!load)
            QFAIL(qPrintable(load.error().toString()));
    }

    void badScenariosNameTheBadField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("not json") << QByteArray("{\"tenants\": [") << QString() << QStringLiteral("not valid JSON");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QString() << QStringLiteral("JSON object");
        QTest::newRow("unknown root member")
            << withChange("tenant", QJsonArray()) << QStringLiteral("tenant") << QStringLiteral("unknown member");
        QTest::newRow("no tenants") << withChange("tenants", QJsonValue(QJsonValue::Undefined))
                                    << QStringLiteral("tenants") << QStringLiteral("required");
        QTest::newRow("tenants not array") << withChange("tenants", QStringLiteral("x")) << QStringLiteral("tenants")
                                           << QStringLiteral("expected an array");
        QTest::newRow("balance as string")
            << withChange("tenants/0/balance_usd", QStringLiteral("12")) << QStringLiteral("tenants[0].balance_usd")
            << QStringLiteral("expected a number");
        QTest::newRow("user of unknown tenant") << withChange("users/0/tenant", QStringLiteral("tn_zzz"))
                                                << QStringLiteral("users[0].tenant") << QStringLiteral("tn_zzz");
        QTest::newRow("email without at") << withChange("users/0/email", QStringLiteral("alice"))
                                          << QStringLiteral("users[0].email") << QStringLiteral("not an email");
        QTest::newRow("short api key") << withChange("api_keys/0/key", QStringLiteral("vendo_sk_short"))
                                       << QStringLiteral("api_keys[0].key") << QStringLiteral("32 characters");
        QTest::newRow("bad key state") << withChange("api_keys/0/state", QStringLiteral("paused"))
                                       << QStringLiteral("api_keys[0].state") << QStringLiteral("expected one of");
        QTest::newRow("only revoked keys") << withChange("api_keys/0/state", QStringLiteral("revoked"))
                                           << QStringLiteral("api_keys") << QStringLiteral("active");
        QTest::newRow("bad profile") << withChange("connections/0/profile", QStringLiteral("oauth"))
                                     << QStringLiteral("connections[0].profile") << QStringLiteral("user_oauth");
        QTest::newRow("bad status") << withChange("connections/0/status", QStringLiteral("ok"))
                                    << QStringLiteral("connections[0].status") << QStringLiteral("needs_reauth");
        QTest::newRow("unknown owner") << withChange("connections/0/owner", QStringLiteral("nobody"))
                                       << QStringLiteral("connections[0].owner") << QStringLiteral("nobody");
        QTest::newRow("slug not a provider") << withChange("connections/0/slug", QStringLiteral("mystery"))
                                             << QStringLiteral("connections[0].slug") << QStringLiteral("providers");
        QTest::newRow("typo in connection")
            << withChange("connections/0/stauts", QStringLiteral("connected"))
            << QStringLiteral("connections[0].stauts") << QStringLiteral("unknown member");
        QTest::newRow("lifetime zero") << withChange("connections/0/token_lifetime_s", 0)
                                       << QStringLiteral("connections[0].token_lifetime_s")
                                       << QStringLiteral("integer from 1");
        QTest::newRow("status out of range") << withChange("faults/0/status", 99) << QStringLiteral("faults[0].status")
                                             << QStringLiteral("from 100 to 599");
        QTest::newRow("status as string") << withChange("faults/0/status", QStringLiteral("429"))
                                          << QStringLiteral("faults[0].status") << QStringLiteral("\"429\"");
        QTest::newRow("fractional latency") << withChange("faults/0/latency_ms", 1.5)
                                            << QStringLiteral("faults[0].latency_ms") << QStringLiteral("integer");
        QTest::newRow("bad transport") << withChange("faults/0/transport", QStringLiteral("explode"))
                                       << QStringLiteral("faults[0].transport") << QStringLiteral("hang");
        QTest::newRow("bad shape") << withChange("faults/0/shape", QStringLiteral("xml"))
                                   << QStringLiteral("faults[0].shape") << QStringLiteral("error_object");
        QTest::newRow("negative fail_times") << withChange("faults/0/fail_times", -1)
                                             << QStringLiteral("faults[0].fail_times") << QStringLiteral("integer");
        QTest::newRow("retry format without value")
            << withChange("faults/0/retry_after_format", QStringLiteral("http_date"))
            << QStringLiteral("faults[0].retry_after_format") << QStringLiteral("retry_after");
        QTest::newRow("fault that does nothing")
            << withChange("faults/1", QJsonObject { { QStringLiteral("slug"), QStringLiteral("fault-y") } })
            << QStringLiteral("faults[1]") << QStringLiteral("does nothing");
        QTest::newRow("fault for unknown user") << withChange(
            "faults/1",
            QJsonObject { { QStringLiteral("user"), QStringLiteral("ghost") }, { QStringLiteral("status"), 500 } })
                                                << QStringLiteral("faults[1].user") << QStringLiteral("ghost");
        QTest::newRow("slug fault on connections") << withChange("faults/0/endpoint", QStringLiteral("connections"))
                                                   << QStringLiteral("faults[0].endpoint") << QStringLiteral("token");
        QTest::newRow("code without status") << withChange("faults/0/status", QJsonValue(QJsonValue::Undefined))
                                             << QStringLiteral("faults[0].code") << QStringLiteral("status");
        const auto events
            = [](const char *json) { return withChange("events", QJsonDocument::fromJson(json).object()); };
        QTest::newRow("events: unknown member") << events(R"({"ping_every": 5})") << QStringLiteral("events.ping_every")
                                                << QStringLiteral("unknown member");
        QTest::newRow("events: ping too fast") << events(R"({"ping_interval_ms": 1})")
                                               << QStringLiteral("events.ping_interval_ms") << QStringLiteral("10");
        QTest::newRow("timeline: unknown connection")
            << events(R"({"timeline": [{"after_ms": 5, "owner": "u1", "slug": "slack", "status": "connected"}]})")
            << QStringLiteral("events.timeline[0]") << QStringLiteral("no connection");
        QTest::newRow("timeline: no after_ms")
            << events(R"({"timeline": [{"owner": "u1", "slug": "openai", "status": "connected"}]})")
            << QStringLiteral("events.timeline[0].after_ms") << QStringLiteral("required");
        QTest::newRow("timeline: bad status")
            << events(R"({"timeline": [{"after_ms": 5, "owner": "u1", "slug": "openai", "status": "asleep"}]})")
            << QStringLiteral("events.timeline[0].status") << QStringLiteral("connected");
        QTest::newRow("timeline: no change")
            << events(R"({"timeline": [{"after_ms": 5, "owner": "u1", "slug": "openai"}]})")
            << QStringLiteral("events.timeline[0]") << QStringLiteral("does nothing");
        QTest::newRow("stream fault: nothing")
            << events(R"({"stream_faults": [{"fail_times": 2}]})") << QStringLiteral("events.stream_faults[0]")
            << QStringLiteral("does nothing");
        QTest::newRow("stream fault: drop and stall")
            << events(R"({"stream_faults": [{"drop_after_events": 2, "stall_after_events": 1}]})")
            << QStringLiteral("events.stream_faults[0]") << QStringLiteral("not both");
        QTest::newRow("signing key without pem")
            << withChange("signing_key", QJsonObject { { QStringLiteral("kid"), QStringLiteral("k1") } })
            << QStringLiteral("signing_key.pem") << QStringLiteral("required");
    }
    void badScenariosNameTheBadField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, messagePart);
        const auto load = Scenario::fromJson(json, QStringLiteral("bad.json"));
        QVERIFY(!load);
        const SandboxError &error = load.error();
        QCOMPARE(error.kind, SandboxError::Kind::Scenario);
        QCOMPARE(error.path, path);
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
        QVERIFY(error.toString().startsWith(QLatin1String("bad.json: ")));
    }

    void eventsMemberLoads()
    {
        const QByteArray json = withChange("events",
                                           QJsonDocument::fromJson(R"({
            "ping_interval_ms": 500,
            "timeline": [{"after_ms": 20000, "owner": "u1", "slug": "openai", "status": "needs_reauth",
                          "comment": "the grant expires"},
                         {"after_ms": 30000, "owner": "u1", "slug": "openai", "action": "reconnect"}],
            "stream_faults": [{"drop_after_events": 3, "fail_times": 2}, {"stall_after_events": 0}]
        })")
                                               .object());
        const auto load = Scenario::fromJson(json);
        if (!load)
            QFAIL(qPrintable(load.error().toString()));
        const Scenario &scenario = *load;
        QCOMPARE(scenario.events.pingIntervalMs, 500);
        QCOMPARE(scenario.events.timeline.size(), 2);
        QCOMPARE(scenario.events.timeline.at(0).afterMs, 20000);
        QCOMPARE(scenario.events.timeline.at(0).change.status, std::optional<QString>(QStringLiteral("needs_reauth")));
        QVERIFY(!scenario.events.timeline.at(0).change.revoked);
        QCOMPARE(scenario.events.timeline.at(1).change.revoked, std::optional<bool>(false));
        QCOMPARE(scenario.events.timeline.at(1).change.status, std::optional<QString>(QStringLiteral("connected")));
        QCOMPARE(scenario.events.streamFaults.size(), 2);
        QCOMPARE(scenario.events.streamFaults.at(0).dropAfterEvents, 3);
        QCOMPARE(scenario.events.streamFaults.at(0).failTimes, 2);
        QCOMPARE(scenario.events.streamFaults.at(1).stallAfterEvents, 0);
        QCOMPARE(Scenario::defaults().events.pingIntervalMs, 25000); // docs/service-contract.md: every 25 s
    }

    void missingFileIsAnError()
    {
        QTemporaryDir dir;
        const auto load = Scenario::fromFile(dir.filePath(QStringLiteral("absent.json")));
        QVERIFY(!load);
        QVERIFY(load.error().toString().contains(QLatin1String("absent.json")));
    }

    void sameJsonGivesTheSameScenario()
    {
        const QByteArray json = QJsonDocument(minimal()).toJson();
        const auto a = Scenario::fromJson(json).value();
        const auto b = Scenario::fromJson(json).value();
        QCOMPARE(a.connections.size(), b.connections.size());
        QCOMPARE(a.connections.first().fields, b.connections.first().fields);
        QCOMPARE(a.connections.first().fields.value(QStringLiteral("id")).toString(), QStringLiteral("conn_u1_openai"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxScenario)
#include "tst_sandbox_scenario.moc"

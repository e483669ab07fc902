// Every item model of the window under QAbstractItemModelTester, driven through the changes the window
// makes: filled, refilled with more and fewer rows, emptied, and (probe) rows running, answered,
// revealed, hidden and ticking. The tester aborts the test on the first broken model contract
// (wrong rowCount for a child, a dataChanged outside the model, an insert not announced, ...).

#include "FakeClock.h"
#include "client/RequestLog.h"
#include "client/Responses.h"
#include "jwt/Claims.h"
#include "ui/models/AuditModel.h"
#include "ui/models/ClaimsModel.h"
#include "ui/models/ConnectionsModel.h"
#include "ui/models/EventsModel.h"
#include "ui/models/ProbeModel.h"
#include "ui/models/RequestLogModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace vendo;
using vendo::test::FakeClock;

namespace {

QList<client::Connection> connections(int count)
{
    QList<client::Connection> list;
    for (int i = 0; i < count; ++i) {
        client::Connection connection;
        connection.id = QStringLiteral("conn_%1").arg(i);
        connection.slug = QStringLiteral("provider-%1").arg(i);
        connection.displayName = QStringLiteral("Provider %1").arg(i);
        connection.profile = QStringLiteral("user_oauth");
        connection.status = i % 3 == 0 ? QStringLiteral("needs_reauth") : QStringLiteral("connected");
        list.append(connection);
    }
    return list;
}

std::vector<ui::AuditRow> auditRows(int count, qint64 firstLine)
{
    std::vector<ui::AuditRow> rows;
    rows.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        ui::AuditRow row;
        row.line = firstLine + i;
        row.sub = QStringLiteral("user-%1").arg(firstLine + i);
        row.tenant = QStringLiteral("tenant-acme");
        row.kid = QStringLiteral("sandbox-es256");
        row.issuedAt = 1'767'225'600;
        row.expiresAt = 1'767'229'200;
        row.structureOk = i % 7 != 0;
        row.problem = row.structureOk ? QString() : QStringLiteral("The signature is not base64url");
        row.time = i % 2 ? jwt::TimeStatus::Expired : jwt::TimeStatus::Valid;
        row.signature = i % 3 ? jwt::SignatureStatus::Valid : jwt::SignatureStatus::KeyNotFound;
        rows.push_back(row);
    }
    return rows;
}

client::RequestLog::RawAttempt attempt(int status)
{
    client::RequestLog::RawAttempt raw;
    raw.startedAt = QDateTime::fromSecsSinceEpoch(1'767'225'600, Qt::UTC);
    raw.method = "GET";
    raw.url = QUrl(QStringLiteral("http://127.0.0.1:9/credentials/openai"));
    raw.identityTransport = QStringLiteral("header");
    raw.httpStatus = status;
    raw.durationMs = 12;
    raw.responseBody = R"({"access_token":"sbx_fake_at","expires_at":null,"token_type":"Bearer"})";
    raw.outcome = status == 200 ? QStringLiteral("ok") : QStringLiteral("upstream_error");
    return raw;
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void claimsModel()
    {
        FakeClock clock;
        ui::ClaimsModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setClaims(jwt::Claims::fromPayloadJson(
            R"({"sub":"a11ce000","email":"alice@acme.example","exp":1767229200,"iat":1767225600,"aud":"authenticated"})"));
        QCOMPARE(model.rowCount(), 5);
        clock.advance(120);
        model.refreshTimes();
        model.setClaims(jwt::Claims::fromPayloadJson(R"({"sub":"b0b00000","exp":1767229200})"));
        QCOMPARE(model.rowCount(), 2);
        model.setClaims({});
        QCOMPARE(model.rowCount(), 0);
    }

    void connectionsModel()
    {
        ui::ConnectionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setConnections(connections(9));
        QCOMPARE(model.rowCount(), 9);
        model.setConnections(connections(40));
        QCOMPARE(model.rowCount(), 40);
        model.setConnections(connections(3));
        QCOMPARE(model.rowCount(), 3);
        model.setConnections({});
        QCOMPARE(model.rowCount(), 0);
    }

    void probeModel()
    {
        FakeClock clock;
        ui::ProbeModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSlugs({ QStringLiteral("openai"), QStringLiteral("google"), QStringLiteral("slack") });
        QCOMPARE(model.rowCount(), 3);

        model.markRunning(0, 1);
        client::ProviderToken token;
        token.slug = QStringLiteral("openai");
        token.accessToken = QStringLiteral("sbx_fake_at_openai_0123456789");
        token.tokenType = QStringLiteral("Bearer");
        token.expiresAt = clock.now().addSecs(3600);
        client::TokenResult ok;
        ok.slug = token.slug;
        ok.value = token;
        model.setResult(0, ok);

        model.markRunning(1, 2);
        client::TokenResult failed;
        failed.slug = QStringLiteral("google");
        failed.value = std::unexpected(
            client::VendoError::make(client::VendoError::Kind::NeedsReauth, QStringLiteral("re-authorise")));
        model.setResult(1, failed);

        model.reveal(0);
        clock.advance(30);
        model.hide(0);
        model.resetRow(1);
        model.setSlugs({ QStringLiteral("openai") });
        QCOMPARE(model.rowCount(), 1);
        model.setSlugs({});
        QCOMPARE(model.rowCount(), 0);
    }

    void eventsModel()
    {
        ui::EventsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto event = [](int n, const QString &user) {
            events::SseMessage message;
            message.lastEventId = QStringLiteral("evt_%1").arg(n);
            message.type = QStringLiteral("connection.status_changed");
            message.data
                = QStringLiteral(
                      R"({"id":"evt_%1","at":"2026-12-06T07:00:00.000Z","kind":"connection.status_changed",)"
                      R"("slug":"google","connection_id":"conn_%2","status":"needs_reauth","tenant_id":"tn","user_id":"%2"})")
                      .arg(n)
                      .arg(user);
            return events::StreamEvent::fromSse(message);
        };
        model.setScope({ QStringLiteral("bob"), {} });
        QList<events::StreamEvent> batch;
        for (int i = 0; i < 1500; ++i)
            batch << event(i, i % 3 == 0 ? QStringLiteral("bob") : QStringLiteral("alice"));
        model.append(batch);
        QCOMPARE(model.rowCount(), 1500);
        QCOMPARE(model.index(0, ui::EventsModel::Status).data().toString(), QStringLiteral("Needs re-auth"));
        QCOMPARE(model.index(0, ui::EventsModel::Who).data().toString(), QStringLiteral("tn · this user"));
        QCOMPARE(model.index(1, 0).data(ui::EventsModel::kMineRole).toString(), QStringLiteral("false"));
        // Bounded: the oldest go, counted; the newest stay in order.
        model.append(batch);
        QCOMPARE(model.rowCount(), ui::EventsModel::kMaxRows);
        QCOMPARE(model.droppedRows(), 3000 - ui::EventsModel::kMaxRows);
        QVERIFY(model.index(ui::EventsModel::kMaxRows - 1, ui::EventsModel::Details)
                    .data()
                    .toString()
                    .contains(QStringLiteral("conn_alice")));
        // A batch larger than the bound keeps only its newest rows.
        QList<events::StreamEvent> huge;
        for (int i = 0; i < ui::EventsModel::kMaxRows + 10; ++i)
            huge << event(10'000 + i, QStringLiteral("carol"));
        model.append(huge);
        QCOMPARE(model.rowCount(), ui::EventsModel::kMaxRows);
        QVERIFY(model.index(0, ui::EventsModel::Time)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("evt_10010")));
        // The scope names the user by a connection id as well.
        model.setScope({ QString(), { QStringLiteral("conn_carol") } });
        QCOMPARE(model.index(5, 0).data(ui::EventsModel::kMineRole).toString(), QStringLiteral("true"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.droppedRows(), 0);
    }

    void auditModel()
    {
        ui::AuditModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // Batches as the audit posts them, then up to the cap: the rows past it are not taken.
        QCOMPARE(model.append(auditRows(3, 1)), 3);
        QCOMPARE(model.append(auditRows(40, 4)), 40);
        QCOMPARE(model.rowCount(), 43);
        QCOMPARE(model.index(42, ui::AuditModel::User).data().toString(), QStringLiteral("user-43"));
        QCOMPARE(model.append({}), 0);
        QCOMPARE(model.append(auditRows(int(ui::AuditModel::kMaxRows), 44)), ui::AuditModel::kMaxRows - 43);
        QCOMPARE(model.rowCount(), ui::AuditModel::kMaxRows);
        QCOMPARE(model.append(auditRows(5, 200'000)), 0);
        QCOMPARE(model.rowCount(), ui::AuditModel::kMaxRows);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.append(auditRows(2, 1)), 2);
    }

    void requestLogModel()
    {
        client::RequestLog log;
        ui::RequestLogModel model(&log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        for (int i = 0; i < 25; ++i)
            log.record(attempt(i % 5 == 0 ? 502 : 200), {});
        QCOMPARE(model.rowCount(), 25);
        log.clear();
        QCOMPARE(model.rowCount(), 0);
        log.record(attempt(200), {});
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_item_models.moc"

// The GUI half of the secret-leak audit (issue 10; the CLI half is tst_leak_audit): the window as
// the operator uses it, offscreen, with the API key in the real Secret Service (a private one, from
// run-with-secret-service.sh, with a throwaway HOME and XDG directories) and its settings in HOME —
// paste a token, ask the server, list connections, probe every provider, copy a token, export the
// report in both formats, close the window. Then no file under HOME, TMPDIR or the XDG directories
// holds the canary key, the token's signature, any provider token or any of Alice's connection
// credentials, in any encoding. As in production, the sandbox's connect / set-up links carry the key
// and Alice's connections list is larger than 16 KiB with credentials throughout.
#include "CanaryScan.h"
#include "SeededCredentials.h"
#include "app/gui/NetworkServices.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/WebhookSamples.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJob.h"
#include "ui/models/ProbeModel.h"
#include "ui/panels/ConnectionsPanel.h"
#include "ui/panels/DecodedView.h"
#include "ui/panels/EventsPanel.h"
#include "ui/panels/TokenProbePanel.h"
#include "ui/panels/WebhookPanel.h"
#include "ui/window/InspectorSession.h"
#include "ui/window/MainWindow.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace vendo;
using vendo::test::CanaryScan;

namespace {

const QString kAlice = QStringLiteral("a11ce000-0000-4000-8000-000000000001");
const QString kCanaryKey = QStringLiteral("vendo_sk_CANARYguiLeakAudit_0123456789-Zq");
const QString kCanaryWebhookSecret = QStringLiteral("whsec_CANARYguiLeakAudit_webhook_5e7a1c");

} // namespace

class TestLeakAuditGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("VENDO_THROWAWAY_HOME"),
                 "run me through tests/secrets/run-with-secret-service.sh: I write to HOME");
        QCoreApplication::setOrganizationName(QStringLiteral("Vendo"));
        QCoreApplication::setApplicationName(QStringLiteral("vendo-inspector"));
    }

    void auditedSession()
    {
        sandbox::Scenario scenario = sandbox::Scenario::defaults();
        scenario.apiKeys.first().key = kCanaryKey;
        scenario.webhookSecret = kCanaryWebhookSecret;
        sandbox::SandboxServer server(scenario);
        const auto started = server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        const QString jwt = server.mintToken(kAlice).value();
        QVERIFY(!jwt.isEmpty());

        secrets::KeychainSecretStore keychain;
        {
            secrets::SecretJob *job = keychain.write(QStringLiteral("sandbox"), kCanaryKey);
            QSignalSpy written(job, &secrets::SecretJob::finished);
            QVERIFY(written.wait(20'000));
        }

        secrets::KeychainSecretStore webhookKeychain;
        webhookKeychain.setKind(secrets::SecretKind::WebhookSecret);
        {
            secrets::SecretJob *job = webhookKeychain.write(QStringLiteral("sandbox"), kCanaryWebhookSecret);
            QSignalSpy written(job, &secrets::SecretJob::finished);
            QVERIFY(written.wait(20'000));
        }

        QNetworkAccessManager network;
        ui::NetworkServices services(&network);
        QSettings settings; // in XDG_CONFIG_HOME: scanned like every other file
        ui::InspectorContext context;
        context.services = &services;
        context.secretStore = &keychain;
        context.webhookSecretStore = &webhookKeychain;
        context.profiles = { client::Profile::sandbox(server.baseUrl(), server.credentialsUrl(), server.jwksUrl()) };
        context.initialProfileId = QStringLiteral("sandbox");
        context.settings = &settings;
        // Alice's connection credentials, as seeded: canaries like the key.
        const QStringList credentials = seededCredentials(scenario, kAlice);
        QVERIFY(credentials.size() >= 10);
        qsizetype connectionsBytes = 0;
        {
            const QByteArray list = servedConnections(network, server.baseUrl(), kCanaryKey, jwt);
            connectionsBytes = list.size();
            QVERIFY2(connectionsBytes > 16 * 1024, qPrintable(QString::number(connectionsBytes)));
            QVERIFY(list.contains(QByteArray("app_key=" + kCanaryKey.toUtf8()))); // the key inside the links, as served
        }
        QStringList providerTokens;
        {
            ui::MainWindow window(context);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_COMPARE_WITH_TIMEOUT(int(window.session()->keyStatus().state), int(ui::KeyStatus::State::Stored),
                                      20'000);

            QGuiApplication::clipboard()->setText(jwt);
            window.pasteFromClipboard();
            QTRY_COMPARE(QString::fromLatin1(window.decodedView()->decoded().token), jwt);
            QTRY_VERIFY(window.connectionsPanel()->lastResult().has_value());
            QVERIFY(window.connectionsPanel()->lastResult()->ok());
            emit window.decodedView()->askServerRequested();
            QTRY_VERIFY(window.decodedView()->serverVerdict().has_value());
            QVERIFY(window.decodedView()->serverVerdict()->ok());

            ui::TokenProbePanel *probe = window.probePanel();
            probe->probeAll();
            QTRY_VERIFY_WITH_TIMEOUT(!probe->isRunning(), 30'000);
            int copyRow = -1;
            for (int row = 0; row < probe->model()->rows().size(); ++row) {
                const auto &result = probe->model()->rows().at(row).result;
                if (result && result->ok()) {
                    providerTokens.append(result->value->accessToken);
                    if (copyRow < 0)
                        copyRow = row;
                }
            }
            QVERIFY2(providerTokens.size() >= 3, "the probe fetched too few tokens to audit");
            probe->view()->selectionModel()->setCurrentIndex(
                probe->model()->index(copyRow, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            probe->copyCurrent();
            QCOMPARE(QGuiApplication::clipboard()->text(), providerTokens.first()); // copied (to memory only)

            // A delivery signed with the canary secret, verified with the keychain's copy.
            window.showPanel(ui::MainWindow::Dock::Webhook);
            ui::WebhookPanel *webhook = window.webhookPanel();
            QTRY_VERIFY_WITH_TIMEOUT(webhook->hasSecret(), 20'000);
            webhook->setDelivery(sandbox::WebhookSamples::make(QStringLiteral("valid"), kCanaryWebhookSecret.toUtf8(),
                                                               QDateTime::currentDateTimeUtc())
                                     .capture());
            QVERIFY(webhook->diagnosis() && webhook->diagnosis()->verdict.valid);
            // The app's live events: one about Alice's connection.
            window.showPanel(ui::MainWindow::Dock::Events);
            QTRY_COMPARE(window.eventsPanel()->status().state, events::StreamState::Connected);
            sandbox::ConnectionChange change;
            change.status = QStringLiteral("needs_reauth");
            QVERIFY(server.changeConnection(kAlice, QStringLiteral("gmail"), change));
            QTRY_VERIFY(window.eventsPanel()->model()->rowCount() > 0);

            const QString documents = QDir::homePath() + QStringLiteral("/Documents");
            QVERIFY(QDir().mkpath(documents));
            QVERIFY(window.exportReport(documents + QStringLiteral("/vendo-report.md")));
            QVERIFY(window.exportReport(documents + QStringLiteral("/vendo-report.json")));
            QVERIFY(QFile::exists(documents + QStringLiteral("/vendo-report.json")));
            window.close();
        }
        settings.sync();

        const QStringList canaries = QStringList { kCanaryKey, kCanaryWebhookSecret, jwt.section(QLatin1Char('.'), 2) }
            + providerTokens + credentials;
        int hits = 0;
        for (const QString &canary : canaries) {
            const QStringList files = CanaryScan::filesContaining(canary);
            for (const QString &file : files)
                qWarning("a canary (%s...) in %s", qPrintable(canary.left(12)), qPrintable(file));
            hits += int(files.size());
        }
        qInfo("GUI leak audit: %d canaries in every form, connections body %lld bytes, %d hits in %d directories",
              int(canaries.size()), qint64(connectionsBytes), hits, int(CanaryScan::writableRoots().size()));
        QCOMPARE(hits, 0);
    }
};

QTEST_MAIN(TestLeakAuditGui)
#include "tst_leak_audit_gui.moc"

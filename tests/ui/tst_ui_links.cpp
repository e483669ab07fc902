#include "client/Profile.h"
#include "client/VendoClient.h"
#include "sandbox/SandboxServer.h"
#include "ui/models/ConnectionsModel.h"
#include "ui/panels/ConnectionsPanel.h"
#include "ui/widgets/MessageBar.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace vendo;

namespace {

constexpr auto kAlice = "a11ce000-0000-4000-8000-000000000001";
constexpr auto kKeyQuery = "?app_key=sbx_fake_appkey_acme_0001&user=alice";

// Stands in for the browser: records what QDesktopServices would have opened.
class OpenedUrls : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

} // namespace

// The set-up / re-auth links of the connections table against a sandbox whose connections carry
// hostile links: only the one on the service's own origin is ever handed to the desktop.
class TestUiLinks : public QObject
{
    Q_OBJECT

private slots:
    void onlyServiceLinksReachTheBrowser()
    {
        const QString key = QLatin1String(kKeyQuery);
        // slug -> setup_url; "{origin}" is the sandbox's own http://127.0.0.1:PORT.
        QMap<QString, QString> links;
        sandbox::Scenario scenario = sandbox::Scenario::defaults();
        const QStringList hostile = {
            QStringLiteral("https://evil.example/connect") + key,
            QStringLiteral("javascript:alert(document.cookie)"),
            QStringLiteral("file:///etc/passwd"),
            QStringLiteral("http://evil.example/connect") + key,
            QStringLiteral("https://vendo.run@evil.example/connect") + key,
            QStringLiteral("{origin}@evil.example/connect") + key,
            QStringLiteral("http://127.0.0.1:1/sandbox/connect") + key,
            QStringLiteral("https://vendo.run.evil.example/connect") + key,
        };
        QString goodSlug;
        int next = 0;
        for (sandbox::ScenarioConnection &connection : scenario.connections) {
            if (connection.owner != QLatin1String(kAlice))
                continue;
            const QString link = goodSlug.isEmpty()
                ? QStringLiteral("{origin}/sandbox/connect/") + connection.slug + key
                : hostile.value(next++);
            if (goodSlug.isEmpty())
                goodSlug = connection.slug;
            if (link.isEmpty())
                continue;
            connection.fields.insert(QStringLiteral("setup_url"), link);
            links.insert(connection.slug, link);
        }
        QCOMPARE(next, int(hostile.size())); // Alice has a connection for every hostile link

        sandbox::SandboxServer server(scenario);
        QVERIFY(server.start());
        const QString origin = server.baseUrl().toString(QUrl::RemovePath);
        QNetworkAccessManager network;
        const client::Profile profile = client::Profile::sandbox(server.baseUrl(), server.credentialsUrl());
        const client::VendoClient app(&network, profile, server.demoApiKey());
        const auto scoped = app.forUser(server.mintToken(QLatin1String(kAlice)).value());
        QVERIFY(scoped.has_value());

        OpenedUrls browser;
        for (const char *scheme : { "http", "https", "javascript", "file" })
            QDesktopServices::setUrlHandler(QLatin1String(scheme), &browser, "open");

        ui::ConnectionsPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setClient(*scoped);
        QSignalSpy loaded(&panel, &ui::ConnectionsPanel::loaded);
        panel.refresh();
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(panel.lastResult()->ok());

        int refused = 0;
        for (int row = 0; row < panel.proxy()->rowCount(); ++row) {
            const QString slug = panel.proxy()->index(row, 0).data(ui::ConnectionsModel::kSlugRole).toString();
            if (!links.contains(slug))
                continue;
            const QString link = QString(links.value(slug)).replace(QLatin1String("{origin}"), origin);
            panel.messageBar()->clearMessage();
            panel.requestOpenLink(row);
            const QString shown = panel.messageBar()->text();
            QVERIFY2(!shown.contains(QLatin1String("sbx_fake_appkey")), qPrintable(shown)); // the key stays hidden
            QPushButton *open = panel.messageBar()->actionButton();
            if (slug == goodSlug) {
                // The confirmation names scheme and host, and says what the link carries.
                QVERIFY2(shown.contains(origin) && shown.contains(QLatin1String("API key")), qPrintable(shown));
                QVERIFY(open && open->isVisible());
                open->click();
                QCOMPARE(browser.urls, QList<QUrl> { QUrl(link) });
                browser.urls.clear();
            } else {
                ++refused;
                QVERIFY2(shown.contains(QLatin1String("not opened")), qPrintable(link + QLatin1String(": ") + shown));
                QVERIFY2(!open || !open->isVisible(), qPrintable(link));
                if (open)
                    open->click();
                QVERIFY2(browser.urls.isEmpty(), qPrintable(link));
            }
        }
        QCOMPARE(refused, int(hostile.size()));
        for (const char *scheme : { "http", "https", "javascript", "file" })
            QDesktopServices::unsetUrlHandler(QLatin1String(scheme));
    }
};

QTEST_MAIN(TestUiLinks)
#include "tst_ui_links.moc"

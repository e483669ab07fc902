#include "SandboxWindow.h"
#include "ui/models/ProbeModel.h"
#include "ui/panels/ConnectionsPanel.h"
#include "ui/panels/DecodedView.h"
#include "ui/panels/TokenProbePanel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace vendo;

class TestUiReport : public QObject
{
    Q_OBJECT

private:
    test::SandboxWindow m_sandbox;
    QString m_token;
    QStringList m_secrets; // every secret the window saw: none may reach the report

    void collectScenarioSecrets()
    {
        // Connection secrets seeded in the scenario (api_key, setup_url, metadata.credential.*).
        for (const sandbox::ScenarioConnection &c : m_sandbox.server()->scenario().connections) {
            for (const QString &field : { QStringLiteral("api_key"), QStringLiteral("setup_url") }) {
                // As served: set-up links carry the caller's key (docs/service-contract.md).
                const QString value = c.fields.value(field)
                                          .toString()
                                          .replace(QLatin1String("{origin}"), m_sandbox.server()->baseUrl().toString())
                                          .replace(QLatin1String("{app_key}"), m_sandbox.demoKey());
                if (value.size() >= 8)
                    m_secrets << value;
            }
            const QJsonObject credential
                = c.fields.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("credential")).toObject();
            for (auto it = credential.begin(); it != credential.end(); ++it) {
                if (it.value().isString() && it.value().toString().size() >= 8)
                    m_secrets << it.value().toString();
            }
        }
    }
    void verifyNoSecret(const QByteArray &text, const char *what)
    {
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(
                !text.contains(secret.toUtf8()),
                qPrintable(QStringLiteral("%1 leaks a secret starting %2").arg(QLatin1String(what), secret.left(12))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        QTRY_VERIFY(m_sandbox.keyReady());
        m_token = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kAlice));
        m_sandbox.paste(m_token);
        ui::MainWindow *w = m_sandbox.window();
        QTRY_COMPARE(QString::fromLatin1(w->decodedView()->decoded().token), m_token);
        QTRY_VERIFY(w->connectionsPanel()->lastResult().has_value());
        emit w->decodedView()->askServerRequested();
        QTRY_VERIFY(w->decodedView()->serverVerdict().has_value());
        w->probePanel()->probe({ QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gmail"),
                                 QStringLiteral("fault-binding-missing"), QStringLiteral("fault-needs-reauth") });
        QTRY_VERIFY(!w->probePanel()->isRunning());

        // The canaries: the API key, the whole token, its signature, and every provider token fetched.
        m_secrets << m_sandbox.demoKey() << m_token << m_token.section(QLatin1Char('.'), 2);
        for (const ui::ProbeModel::Row &row : w->probePanel()->model()->rows()) {
            if (row.result && row.result->ok())
                m_secrets << row.result->value->accessToken;
        }
        QCOMPARE(m_secrets.size(), 6);
        collectScenarioSecrets();
    }

    void markdownHoldsTheDiagnosisAndNoSecret()
    {
        const QString markdown = m_sandbox.window()->report().toMarkdown();
        verifyNoSecret(markdown.toUtf8(), "Markdown report");
        for (const char *expected :
             { "Sandbox", "Structure: ok", "Signature: valid", "tn_acme", "notion", "needs_reauth", "NotConnected",
               "binding_missing", "NeedsReauth", "<signature redacted>", "## Request log" })
            QVERIFY2(markdown.contains(QLatin1String(expected)), expected);
    }

    void jsonHoldsTheDiagnosisAndNoSecret()
    {
        const QByteArray bytes = m_sandbox.window()->report().toJsonBytes();
        verifyNoSecret(bytes, "JSON report");
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(report.value(QStringLiteral("profile")).toObject().value(QStringLiteral("api_key")).toString(),
                 QStringLiteral("session_only"));
        QCOMPARE(report.value(QStringLiteral("identity"))
                     .toObject()
                     .value(QStringLiteral("verdict"))
                     .toObject()
                     .value(QStringLiteral("signature"))
                     .toString(),
                 QStringLiteral("valid"));
        QCOMPARE(report.value(QStringLiteral("token_probe")).toArray().size(), 5);
        // Connections, who-am-I, one bulk request for the five probed slugs and a single request for
        // each of the two it could not resolve.
        QVERIFY(report.value(QStringLiteral("request_log")).toArray().size() >= 5);
        QCOMPARE(report.value(QStringLiteral("connections"))
                     .toObject()
                     .value(QStringLiteral("connections"))
                     .toArray()
                     .size(),
                 9);
    }

    void exportWritesBothFormats()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &name : { QStringLiteral("report.md"), QStringLiteral("report.json") }) {
            const QString path = dir.filePath(name);
            QVERIFY(m_sandbox.window()->exportReport(path));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.size() > 1000);
            verifyNoSecret(bytes, "exported report");
            QCOMPARE(bytes.startsWith('{'), name.endsWith(QLatin1String(".json")));
        }
    }

    // One list holds every secret the window saw (client::LiveSecrets), and both exporters scrub with
    // it: claims that repeat the API key, a connection's credential and a keyed link leave neither.
    void theLastScrubKnowsEverySecret()
    {
        const QString alice = QString::fromLatin1(test::SandboxWindow::kAlice);
        QString credential;
        for (const sandbox::ScenarioConnection &c : m_sandbox.server()->scenario().connections) {
            if (c.owner == alice && c.slug == QLatin1String("anthropic"))
                credential = c.fields.value(QStringLiteral("api_key")).toString();
        }
        QVERIFY(credential.size() >= 16);
        const QString link = m_sandbox.server()->baseUrl().toString()
            + QStringLiteral("/connections/connect/notion?app_key=") + m_sandbox.demoKey();
        sandbox::MintOptions options;
        options.extraClaims = { { QStringLiteral("note"), QString(QStringLiteral("key ") + m_sandbox.demoKey()) },
                                { QStringLiteral("backup"), credential },
                                { QStringLiteral("link"), link } };
        const QString token = m_sandbox.mint(alice, options);
        m_sandbox.paste(token);
        ui::MainWindow *w = m_sandbox.window();
        QTRY_COMPARE(QString::fromLatin1(w->decodedView()->decoded().token), token);
        QTRY_VERIFY(w->connectionsPanel()->lastResult().has_value() && w->connectionsPanel()->lastResult()->ok());
        const QString markdown = w->report().toMarkdown();
        const QByteArray json = w->report().toJsonBytes();
        for (const QString &secret : { m_sandbox.demoKey(), credential, link, token.section(QLatin1Char('.'), 2) }) {
            QVERIFY2(!markdown.contains(secret), qPrintable(secret.left(16)));
            QVERIFY2(!json.contains(secret.toUtf8()), qPrintable(secret.left(16)));
        }
        QVERIFY(markdown.contains(QStringLiteral("key ") + m_sandbox.demoKey().left(12) + QChar(0x2026)));
    }

    // Markdown shows what a token or the server says literally: a fence nothing inside can close, and no
    // link, image, heading or HTML made of it (checked with Qt's own GitHub-dialect Markdown reader).
    void markdownShowsHostileTextLiterally()
    {
        const QByteArray header = "{\"alg\":\"ES256\",\"typ\":\"JWT\"}\n```\n# injected heading\n"
                                  "![pixel](https://evil.example/p.png)\n````";
        const QJsonObject claims {
            { QStringLiteral("sub"), QStringLiteral("[click me](https://evil.example/phish)") },
            { QStringLiteral("email"), QStringLiteral("https://evil.example/autolink") },
            { QStringLiteral("name"), QStringLiteral("<a href=\"https://evil.example\">x</a> `code` ``more``") },
            { QStringLiteral("pic"),
              QStringLiteral("![pixel](https://evil.example/p2.png) | <https://evil.example/a>") },
            { QStringLiteral("exp"), qint64(4102444800) },
        };
        const auto base64url = [](const QByteArray &bytes) {
            return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QByteArray tokenBytes = base64url(header) + '.'
            + base64url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + ".c2lnbmF0dXJlLW5vdC1jaGVja2Vk";
        const QString token = QString::fromLatin1(tokenBytes);
        m_sandbox.paste(token);
        ui::MainWindow *w = m_sandbox.window();
        QTRY_COMPARE(QString::fromLatin1(w->decodedView()->decoded().token), token);
        const QString markdown = w->report().toMarkdown();

        QTextDocument document;
        document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
        int links = 0;
        int images = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            QVERIFY2(!(block.blockFormat().headingLevel() > 0 && block.text().contains(QLatin1String("injected"))),
                     qPrintable(block.text()));
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                links += format.isAnchor() ? 1 : 0;
                images += format.isImageFormat() ? 1 : 0;
            }
        }
        QCOMPARE(links, 0);
        QCOMPARE(images, 0);
        const QString shown = document.toPlainText();
        for (const char *literal : { "[click me](https://evil.example/phish)", "https://evil.example/autolink", "x</a>",
                                     "# injected heading", "![pixel](https://evil.example/p.png)" })
            QVERIFY2(shown.contains(QString::fromUtf8(literal)), literal);
    }

    // The SDK lens's part: the SDK chosen, the differences that applied (explanation and source) and the
    // runs, reproductions labelled as such; a slug from the service stays literal.
    void sdkSectionNamesTheSdkAndItsDifferences()
    {
        ui::DiagnosticReport::Inputs in;
        in.generatedAt = QDateTime::currentDateTimeUtc();
        const ui::DiagnosticReport contract(in);
        QCOMPARE(contract.toJson().value(QStringLiteral("sdk")).toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("contract"));
        QVERIFY(contract.toMarkdown().contains(QStringLiteral("Differences from the contract: none applied.")));

        in.sdk = sdk::Sdk::TypeScript_1_3_1;
        in.sdkDifferences = sdk::differences(sdk::Sdk::TypeScript_1_3_1, sdk::Operation::Token);
        QVERIFY(!in.sdkDifferences.isEmpty());
        client::VendoError notConnected = client::VendoError::make(client::VendoError::Kind::NotConnected);
        notConnected.code = QStringLiteral("binding_missing");
        notConnected.httpStatus = 403;
        const QString hostile = QStringLiteral("[x](https://evil.example)");
        sdk::Run reproduction { sdk::Sdk::TypeScript_1_3_1,
                                sdk::Operation::Token,
                                hostile,
                                403,
                                1,
                                sdk::outcome(sdk::Sdk::TypeScript_1_3_1, sdk::Operation::Token, true, hostile,
                                             &notConnected) };
        in.sdkRuns = { reproduction };
        const ui::DiagnosticReport report(in);
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("sdk")).toObject().value(QStringLiteral("basis")).toString(),
                 QStringLiteral("source"));
        const QJsonArray differences = json.value(QStringLiteral("sdk_differences")).toArray();
        QCOMPARE(differences.size(), in.sdkDifferences.size());
        bool jwt = false;
        for (const QJsonValue &d : differences)
            jwt |= d.toObject().value(QStringLiteral("source")).toString() == QLatin1String("src/_client.ts:169-172")
                && !d.toObject().value(QStringLiteral("explanation")).toString().isEmpty();
        QVERIFY(jwt);
        const QJsonObject run = json.value(QStringLiteral("sdk_runs")).toArray().at(0).toObject();
        QCOMPARE(run.value(QStringLiteral("label")).toString(), QStringLiteral("reproduction"));
        QCOMPARE(run.value(QStringLiteral("sdk_outcome")).toObject().value(QStringLiteral("class")).toString(),
                 QStringLiteral("NotConnected"));

        const QString markdown = report.toMarkdown();
        QVERIFY(markdown.contains(QStringLiteral("## SDK lens")));
        QVERIFY(markdown.contains(
            QStringLiteral("- SDK: TypeScript 1.3.1 (from source: runvendo/vendo-sdk-js at 5810e45)")));
        QVERIFY(markdown.contains(QStringLiteral("`src/_client.ts:169-172`")));
        QVERIFY(markdown.contains(QStringLiteral("Reproduction · TypeScript 1.3.1")));
        QTextDocument document;
        document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it)
                QVERIFY(!it.fragment().charFormat().isAnchor());
        }
    }
};

QTEST_MAIN(TestUiReport)
#include "tst_ui_report.moc"

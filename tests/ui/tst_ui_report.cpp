#include "SandboxWindow.h"
#include "ui/models/ProbeModel.h"
#include "ui/panels/ConnectionsPanel.h"
#include "ui/panels/DecodedView.h"
#include "ui/panels/SummaryCard.h"
#include "ui/panels/TokenProbePanel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

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
               "binding_missing", "NeedsReauth", "## Request log" })
            QVERIFY2(markdown.contains(QLatin1String(expected)), expected);
        // The token as header.payload with its signature cut; the requests' redacted headers are in the JSON.
        QVERIFY(markdown.contains(m_token.section(QLatin1Char('.'), 0, 1) + QStringLiteral(".<redacted>")));
    }

    void jsonHoldsTheDiagnosisAndNoSecret()
    {
        const QByteArray bytes = m_sandbox.window()->report().toJsonBytes();
        verifyNoSecret(bytes, "JSON report");
        QVERIFY(bytes.contains(".<signature redacted>")); // the identity header of each request, redacted
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

    // Issue 19 item 12: the Markdown opens with what a person pastes into a ticket: who, the tenant, the
    // verdicts with absolute times (UTC and local), the failing connections with class and fix.
    void markdownOpensWithATicketSummary()
    {
        const QString markdown = m_sandbox.window()->report().toMarkdown();
        const qsizetype summary = markdown.indexOf(QLatin1String("## Summary"));
        QVERIFY(summary > 0);
        QVERIFY(summary < markdown.indexOf(QLatin1String("## Profile")));
        const QString head = markdown.mid(summary, markdown.indexOf(QLatin1String("## Profile")) - summary);
        for (const char *expected :
             { "- Who: `Alice Nguyen <alice@acme.example> (sub a11ce000-0000-4000-8000-000000000001)`",
               "- Tenant: `tn_acme` (the service's answer)", "- Token: `valid until ", " UTC (", " local)",
               "- Signature: valid", "- Server: `accepted the token at ",
               "Failing connections:", "| `fault-binding-missing` | NotConnected | `binding_missing` | 403 |",
               "| `fault-needs-reauth` | NeedsReauth | `connection_needs_reauth` | 401 |",
               "The customer re-authorizes the provider in your app", "This report covers one case" })
            QVERIFY2(head.contains(QLatin1String(expected)), qPrintable(QLatin1String(expected) + u'\n' + head));
        // The raw request log (headers, bodies) is for the JSON file: the Markdown lists the requests.
        QVERIFY(!markdown.contains(QLatin1String("\"request_headers\"")));
        QVERIFY(markdown.contains(QLatin1String("| Time (UTC) | Request | HTTP |")));
        QVERIFY(m_sandbox.window()->report().toJsonBytes().contains("\"request_headers\""));
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

    // Issue 19 item 12: a report covers one case. After a second customer, Dave, the report holds his
    // requests only: nothing of Alice (her name, email, token payload, tenant) unless the operator opts in,
    // in the save dialog, and the Markdown says how many were left out.
    void reportCoversOneCaseUnlessTheOperatorIncludesOthers()
    {
        ui::MainWindow *w = m_sandbox.window();
        const QString aliceToken = m_token;
        const QString dave = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kDave));
        m_sandbox.paste(dave);
        QTRY_COMPARE(QString::fromLatin1(w->decodedView()->decoded().token), dave);
        QTRY_VERIFY(w->connectionsPanel()->lastResult().has_value());
        emit w->decodedView()->askServerRequested();
        QTRY_VERIFY(w->decodedView()->serverVerdict().has_value());
        w->probePanel()->probe({ QStringLiteral("openai") });
        QTRY_VERIFY(!w->probePanel()->isRunning());

        const QString daveId = w->session()->identityFingerprint();
        QVERIFY(!daveId.isEmpty());
        const int others = w->otherIdentityEntries();
        QVERIFY(others >= 6); // Alice's: two tokens so far
        const QString alicePayload = aliceToken.section(QLatin1Char('.'), 1, 1);
        const QStringList alice { QStringLiteral("alice@acme.example"), QStringLiteral("Alice Nguyen"),
                                  QStringLiteral("tn_acme"), alicePayload };

        const ui::DiagnosticReport scoped = w->report();
        const QString markdown = scoped.toMarkdown();
        const QByteArray json = scoped.toJsonBytes();
        for (const QString &trace : alice) {
            QVERIFY2(!markdown.contains(trace), qPrintable(trace.left(24)));
            QVERIFY2(!json.contains(trace.toUtf8()), qPrintable(trace.left(24)));
        }
        QVERIFY(markdown.contains(QLatin1String("dave@globex.example")));
        QVERIFY2(
            markdown.contains(
                QStringLiteral("%1 request(s) made for other identities (or as the app) are left out.").arg(others)),
            qPrintable(markdown));
        const QJsonObject report = QJsonDocument::fromJson(json).object();
        const QJsonArray log = report.value(QStringLiteral("request_log")).toArray();
        QVERIFY(log.size() >= 3); // connections, whoami as the user, the probe
        for (const QJsonValue &entry : log)
            QCOMPARE(entry.toObject().value(QStringLiteral("identity")).toString(), daveId);
        const QJsonObject scope = report.value(QStringLiteral("scope")).toObject();
        QCOMPARE(scope.value(QStringLiteral("identity")).toString(), daveId);
        QCOMPARE(scope.value(QStringLiteral("other_identity_entries")).toInt(), others);
        QCOMPARE(scope.value(QStringLiteral("includes_other_identities")).toBool(), false);

        // The operator's choice, in the save dialog: "Include other identities (n entries)".
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto saveThroughTheDialog = [&](const QString &name, bool includeOthers) -> QByteArray {
            w->findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
            QFileDialog *dialog = nullptr;
            [&] { QTRY_VERIFY((dialog = w->findChild<QFileDialog *>()) && dialog->isVisible()); }();
            if (!dialog)
                return {};
            auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("includeOtherIdentities"));
            if (!check || !check->isVisible() || check->isChecked()
                || check->text() != QStringLiteral("Include other identities (%1 entries)").arg(others)) {
                qWarning() << "check box:" << (check ? check->text() : QStringLiteral("missing"));
                dialog->reject();
                return {};
            }
            if (includeOthers)
                QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
            const QString path = dir.filePath(name);
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Save button does
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return {};
            return file.readAll();
        };
        const QByteArray alone = saveThroughTheDialog(QStringLiteral("case.md"), false);
        QVERIFY(alone.contains("dave@globex.example"));
        for (const QString &trace : alice)
            QVERIFY2(!alone.contains(trace.toUtf8()), qPrintable(trace.left(24)));
        const QByteArray all = saveThroughTheDialog(QStringLiteral("all.json"), true);
        QVERIFY(!all.isEmpty());
        const QJsonObject allReport = QJsonDocument::fromJson(all).object();
        QCOMPARE(allReport.value(QStringLiteral("request_log")).toArray().size(), log.size() + others);
        QVERIFY(allReport.value(QStringLiteral("scope"))
                    .toObject()
                    .value(QStringLiteral("includes_other_identities"))
                    .toBool());
        QVERIFY(all.contains(alicePayload.toUtf8())); // Alice's redacted token in her requests' headers
        verifyNoSecret(all, "report with every identity");
    }

    // Issue 19 item 14: the summary card below the identity shows who, tenant, token state and failing
    // connections, fits a 1024 px window, and Ctrl+Shift+S (or its button) copies it as plain text.
    void summaryCardShowsAndCopiesTheCase()
    {
        ui::MainWindow *w = m_sandbox.window();
        const QString dave = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kDave));
        m_sandbox.paste(dave);
        QTRY_COMPARE(QString::fromLatin1(w->decodedView()->decoded().token), dave);
        QTRY_VERIFY(w->connectionsPanel()->lastResult().has_value());
        w->probePanel()->probe({ QStringLiteral("openai"), QStringLiteral("fault-rate-limited") });
        QTRY_VERIFY(!w->probePanel()->isRunning());

        ui::SummaryCard *card = w->summaryCard();
        QTRY_VERIFY(card->isVisible());
        QTRY_VERIFY2(card->failingText().contains(QLatin1String("fault-rate-limited: RateLimited, Retry-After 30 s")),
                     qPrintable(card->failingText()));
        QVERIFY2(card->failingText().contains(QLatin1String("openai: NotConnected")), qPrintable(card->failingText()));
        QCOMPARE(card->whoText(), QStringLiteral("Dave Kim <dave@globex.example>"));
        QVERIFY(card->findChild<QLabel *>(QStringLiteral("summaryWho"))
                    ->toolTip()
                    .contains(QString::fromLatin1(test::SandboxWindow::kDave)));
        QVERIFY2(card->tenantText().startsWith(QLatin1String("tn_globex")), qPrintable(card->tenantText()));
        QVERIFY2(card->tokenText().startsWith(QLatin1String("valid until ")), qPrintable(card->tokenText()));
        // Accessible names on its controls.
        QVERIFY(!card->copyButton()->accessibleName().isEmpty());
        for (QLabel *label : card->findChildren<QLabel *>()) {
            if (label->objectName().startsWith(QLatin1String("summary")))
                QVERIFY2(!label->accessibleName().isEmpty(), qPrintable(label->objectName()));
        }

        // It fits at 1024 px: the window keeps that width, the card and its button lie inside the window.
        w->resize(1024, 700);
        QTRY_COMPARE(w->width(), 1024);
        QTRY_VERIFY(card->copyButton()->isVisible());
        const QRect button(card->copyButton()->mapTo(w, QPoint(0, 0)), card->copyButton()->size());
        QVERIFY2(w->rect().contains(button),
                 qPrintable(QStringLiteral("%1,%2").arg(button.right()).arg(button.bottom())));
        QVERIFY(card->width() >= card->minimumSizeHint().width());
        // The status bar's URLs may be cut on a narrow window: its tool tip holds them whole.
        auto *endpoint = w->findChild<QLabel *>(QStringLiteral("endpoint"));
        QVERIFY(endpoint);
        QVERIFY2(endpoint->toolTip().contains(m_sandbox.server()->credentialsUrl().toString()),
                 qPrintable(endpoint->toolTip()));

        // One action copies it: the shortcut, from the claims table's focus.
        QGuiApplication::clipboard()->clear();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTest::keyClick(w, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!QGuiApplication::clipboard()->text().isEmpty());
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, w->report().summary().toPlainText());
        for (const char *expected : { "Who: Dave Kim <dave@globex.example>", "Tenant: tn_globex", "Token: valid until ",
                                      "- fault-rate-limited: RateLimited, upstream_rate_limited, HTTP 429; "
                                      "Retry-After 30 s (until ",
                                      "- openai: NotConnected", "  Fix: " })
            QVERIFY2(copied.contains(QLatin1String(expected)), qPrintable(QLatin1String(expected) + u'\n' + copied));
        QVERIFY(!copied.contains(QLatin1Char('`')));
        verifyNoSecret(copied.toUtf8(), "copied summary");
        QVERIFY(!copied.contains(dave.section(QLatin1Char('.'), 2)));
        // And the button does the same.
        QGuiApplication::clipboard()->clear();
        card->copyButton()->click();
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), copied);
        w->resize(1280, 800);
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
            // OSC 52 (a clipboard write) and a right-to-left override: inert and visible in both formats.
            { QStringLiteral("note"), QStringLiteral("\x1b]52;c;cHduZWQ=\x07 \u202egnp.exe") },
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

        // Nothing a terminal acts on, in either format: a report is printed with cat, or shown in a ticket.
        const QString escaped = QStringLiteral("\\u001b]52;c;cHduZWQ=\\u0007 \\u202egnp.exe");
        QVERIFY2(markdown.contains(escaped), qPrintable(markdown));
        const QByteArray json = w->report().toJsonBytes();
        for (const QByteArray &raw : { QByteArray(markdown.toUtf8()), json }) {
            QVERIFY(!raw.contains('\x1b') && !raw.contains('\x07'));
            QVERIFY(!raw.contains("\u202e"));
        }
        QVERIFY2(json.contains("\\u001b]52;c;cHduZWQ=\\u0007 \\u202egnp.exe"), json.constData());
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

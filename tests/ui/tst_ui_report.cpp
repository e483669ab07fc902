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
                const QString value = c.fields.value(field).toString();
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
};

QTEST_MAIN(TestUiReport)
#include "tst_ui_report.moc"

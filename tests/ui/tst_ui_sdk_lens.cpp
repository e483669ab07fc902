// The SDK lens in the real window against a real SandboxServer: choose TypeScript 1.3.1, paste Bob's
// identity, reproduce token(google) as that SDK and probe it as the contract, side by side.
#include "SandboxWindow.h"
#include "ui/panels/SdkLensPanel.h"
#include "ui/window/SdkChooser.h"

#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vendo;

namespace {

const QString kBob = QStringLiteral("b0b00000-0000-4000-8000-000000000002");

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

// The token requests among what the sandbox served (the window also loads connections and key sets).
QList<sandbox::RecordedRequest> tokenRequests(const QSignalSpy &served)
{
    QList<sandbox::RecordedRequest> list;
    for (const QList<QVariant> &arguments : served) {
        const auto recorded = arguments.at(0).value<sandbox::RecordedRequest>();
        if (recorded.path.startsWith(QLatin1String("/credentials/")))
            list << recorded;
    }
    return list;
}

void choose(ui::SdkChooser *chooser, const QString &key)
{
    QComboBox *combo = chooser->combo();
    const int index = combo->findData(key);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

class TestUiSdkLens : public QObject
{
    Q_OBJECT

    test::SandboxWindow m_sandbox;

    ui::SdkLensPanel *lensForBob()
    {
        m_sandbox.paste(m_sandbox.mint(kBob));
        ui::MainWindow *w = m_sandbox.window();
        if (!QTest::qWaitFor([w] { return w->session()->scopedClient().has_value(); }, 10'000))
            return nullptr;
        w->raiseDock(ui::MainWindow::Dock::SdkLens);
        return w->sdkLensPanel();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        QTRY_VERIFY(m_sandbox.keyReady());
    }

    void lazilyBuilt()
    {
        // Hidden behind the Connections tab at start: not built until shown.
        QVERIFY(!m_sandbox.window()->dock(ui::MainWindow::Dock::SdkLens)->widget());
    }

    void typeScriptReproductionBesideTheContract()
    {
        ui::MainWindow *w = m_sandbox.window();
        choose(w->sdkChooser(), QStringLiteral("ts-1.3.1"));
        QCOMPARE(w->session()->currentSdk(), sdk::Sdk::TypeScript_1_3_1);
        ui::SdkLensPanel *lens = lensForBob();
        QVERIFY(lens);
        QCOMPARE(lens->currentSdk(), sdk::Sdk::TypeScript_1_3_1);
        lens->setOperation(sdk::Operation::Token, QStringLiteral("google"));

        // What the SDK sends, redacted, beside the contract's request.
        const QString sends = lens->sendsText();
        QVERIFY2(sends.contains(QLatin1String("TypeScript 1.3.1 sends:")), qPrintable(sends));
        QVERIFY(sends.contains(QLatin1String("(no X-Vendo-User-JWT: the contract sends it)")));
        QVERIFY(sends.contains(QLatin1String("The contract sends:")));
        QVERIFY(!sends.contains(m_sandbox.demoKey()));
        QVERIFY(lens->basisText().contains(QLatin1String("from source")));
        // The differences, highlighted, with their explanation and source.
        const QTableWidget *differences = lens->differencesView();
        int jwtRow = -1;
        for (int row = 0; row < differences->rowCount(); ++row) {
            if (cellText(differences, row, 1) == QLatin1String("sends X-Vendo-User-JWT"))
                jwtRow = row;
        }
        QVERIFY(jwtRow >= 0);
        QCOMPARE(cellText(differences, jwtRow, 4), QStringLiteral("src/_client.ts:169-172"));
        QVERIFY(cellText(differences, jwtRow, 5).contains(QLatin1String("app's own connection")));
        QVERIFY(differences->item(jwtRow, 0)->background().style() != Qt::NoBrush);

        // "Reproduce as TypeScript 1.3.1": the request goes out as that SDK sends it.
        QCOMPARE(lens->reproduceButton()->text(), QStringLiteral("Reproduce as TypeScript 1.3.1"));
        QVERIFY(lens->reproduceButton()->isEnabled());
        QSignalSpy finished(lens, &ui::SdkLensPanel::runFinished);
        QSignalSpy served(m_sandbox.server(), &sandbox::SandboxServer::requestServed);
        QTest::mouseClick(lens->reproduceButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(tokenRequests(served).size(), 1);
        const auto asTs = tokenRequests(served).at(0);
        QCOMPARE(asTs.path, QStringLiteral("/credentials/google"));
        QVERIFY(!asTs.hasHeader("X-Vendo-User-JWT"));
        QVERIFY(!asTs.hasHeader("Vendo-API-Version"));

        // "Probe as contract", side by side.
        QTest::mouseClick(lens->contractButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(tokenRequests(served).size(), 2);
        QVERIFY(tokenRequests(served).at(1).hasHeader("X-Vendo-User-JWT"));

        const QTableWidget *runs = lens->runsView();
        QCOMPARE(runs->rowCount(), 2);
        QCOMPARE(cellText(runs, 0, 0), QStringLiteral("Reproduction · TypeScript 1.3.1"));
        QCOMPARE(cellText(runs, 0, 1), QStringLiteral("token(google)"));
        // Without Bob's identity the app's own binding answered: the app has no Google connection.
        QCOMPARE(cellText(runs, 0, 2), QStringLiteral("NotConnected (binding_missing)"));
        QVERIFY(cellText(runs, 0, 5).contains(QLatin1String("app's own binding for google")));
        QCOMPARE(cellText(runs, 0, 4), QStringLiteral("1"));
        QCOMPARE(cellText(runs, 1, 0), QStringLiteral("Contract"));
        QCOMPARE(cellText(runs, 1, 2), QStringLiteral("NeedsReauth (connection_needs_reauth)"));

        // The report carries the SDK and the differences that applied.
        const QJsonObject report = w->report().toJson();
        QCOMPARE(report.value(QLatin1String("sdk")).toObject().value(QLatin1String("key")).toString(),
                 QStringLiteral("ts-1.3.1"));
        QVERIFY(!report.value(QLatin1String("sdk_differences")).toArray().isEmpty());
        QCOMPARE(report.value(QLatin1String("sdk_runs")).toArray().size(), 2);
        QVERIFY(w->report().toMarkdown().contains(QLatin1String("## SDK lens")));
    }

    void cacheExplained()
    {
        ui::MainWindow *w = m_sandbox.window();
        choose(w->sdkChooser(), QStringLiteral("ts-1.3.1"));
        ui::SdkLensPanel *lens = w->sdkLensPanel();
        QVERIFY(lens->cacheText().contains(QLatin1String("more than 60 s away")));
        // The app's own openai binding answers TypeScript (one hour); it is cached until a minute before.
        lens->setOperation(sdk::Operation::Token, QStringLiteral("openai"));
        QSignalSpy finished(lens, &ui::SdkLensPanel::runFinished);
        lens->reproduce();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(lens->runs().constLast().outcome.returns, QStringLiteral("a token"));
        const QString cache = lens->cacheText();
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("would serve openai from its cache until (\\d\\d:\\d\\d:\\d\\d)"))
                  .match(cache);
        QVERIFY2(match.hasMatch(), qPrintable(cache));
        const QTime until = QTime::fromString(match.captured(1), QStringLiteral("HH:mm:ss"));
        const QTime expected = QDateTime::currentDateTime().addSecs(3600 - 60).time();
        QVERIFY2(qAbs(until.secsTo(expected)) <= 5 || qAbs(until.secsTo(expected)) >= 86'395, qPrintable(cache));
    }

    void documentationOnlySdkSaysSo()
    {
        ui::MainWindow *w = m_sandbox.window();
        choose(w->sdkChooser(), QStringLiteral("python-1.2"));
        ui::SdkLensPanel *lens = w->sdkLensPanel();
        QVERIFY(lens->basisText().contains(QLatin1String("from documentation")));
        lens->setOperation(sdk::Operation::Token, QStringLiteral("google"));
        QVERIFY(lens->cacheText().contains(QLatin1String("not documented")));
        QSignalSpy finished(lens, &ui::SdkLensPanel::runFinished);
        lens->reproduce();
        QVERIFY(finished.wait(10'000));
        const QTableWidget *runs = lens->runsView();
        const int row = runs->rowCount() - 1;
        QCOMPARE(cellText(runs, row, 0), QStringLiteral("Reproduction · Python 1.2.0"));
        QCOMPARE(cellText(runs, row, 2), QStringLiteral("NeedsReauth (connection_needs_reauth) (from documentation)"));
        bool notDocumented = false;
        for (int r = 0; r < lens->differencesView()->rowCount(); ++r)
            notDocumented |= cellText(lens->differencesView(), r, 3) == QLatin1String("not documented");
        QVERIFY(notDocumented);
    }

    void runsBelongToTheirIdentity()
    {
        ui::MainWindow *w = m_sandbox.window();
        ui::SdkLensPanel *lens = w->sdkLensPanel();
        QVERIFY(!lens->runs().isEmpty());
        m_sandbox.paste(m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kAlice)));
        QTRY_VERIFY(lens->runs().isEmpty());
        QCOMPARE(lens->runsView()->rowCount(), 0);
    }

    void choiceIsRemembered()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ui::InspectorContext context = m_sandbox.window()->session()->context();
        context.settings = &settings;
        {
            ui::MainWindow first(context);
            QCOMPARE(first.sdkChooser()->currentSdk(), sdk::Sdk::Contract);
            choose(first.sdkChooser(), QStringLiteral("swift-1.0"));
        }
        ui::MainWindow second(context);
        QCOMPARE(second.sdkChooser()->currentSdk(), sdk::Sdk::Swift_1_0_0);
        QCOMPARE(second.session()->currentSdk(), sdk::Sdk::Swift_1_0_0);
    }
};

QTEST_MAIN(TestUiSdkLens)
#include "tst_ui_sdk_lens.moc"

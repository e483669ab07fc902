#include "SandboxWindow.h"
#include "client/Profile.h"
#include "client/VendoClient.h"
#include "sandbox/SandboxServer.h"
#include "ui/models/ClaimsModel.h"
#include "ui/models/ConnectionsModel.h"
#include "ui/panels/ConnectionsPanel.h"
#include "ui/panels/DecodedView.h"
#include "ui/widgets/Badge.h"

#include <QApplication>
#include <QHelpEvent>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>

using namespace vendo;

namespace {

// Markup as a hostile token or service could send it: an image that would be fetched and a link.
const QString kMarkup = QStringLiteral("<img src=x><a href='https://evil.example/?steal=1'>click</a> <b>bold</b>");

// What the tool tip Qt shows for `text` reads as: QToolTip's label decides rich or plain the way
// every auto-format QLabel does (Qt::mightBeRichText); a rich one reads as its document's text.
QString shownToolTipText()
{
    const auto labels = QApplication::topLevelWidgets();
    for (QWidget *widget : labels) {
        auto *label = qobject_cast<QLabel *>(widget);
        if (!label || widget->objectName() != QLatin1String("qtooltip_label") || !label->isVisible())
            continue;
        const bool rich = label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        if (!rich)
            return label->text();
        QTextDocument document;
        document.setHtml(label->text());
        return document.toPlainText();
    }
    return QStringLiteral("<no tool tip shown>");
}

// Hovers the view's cell as the operator does (the view asks its model and shows QToolTip).
QString hoverToolTip(QTableView *view, const QModelIndex &index)
{
    QToolTip::hideText();
    view->scrollTo(index);
    const QPoint pos = view->visualRect(index).center();
    QHelpEvent event(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view->viewport(), &event);
    return shownToolTipText();
}

QString hoverToolTip(QWidget *widget)
{
    QToolTip::hideText();
    const QPoint pos = widget->rect().center();
    QHelpEvent event(QEvent::ToolTip, pos, widget->mapToGlobal(pos));
    QApplication::sendEvent(widget, &event);
    return shownToolTipText();
}

} // namespace

class TestUiPlainText : public QObject
{
    Q_OBJECT

private slots:
    // A service that answers with markup in a connection's name, category and error message.
    void serviceTextInToolTipsIsLiteral()
    {
        sandbox::Scenario scenario = sandbox::Scenario::defaults();
        QString slug;
        for (sandbox::ScenarioConnection &connection : scenario.connections) {
            if (connection.owner != QLatin1String(test::SandboxWindow::kAlice))
                continue;
            slug = connection.slug;
            connection.fields.insert(QStringLiteral("category"), kMarkup);
            connection.fields.insert(QStringLiteral("error_message"), kMarkup);
            break;
        }
        QVERIFY(!slug.isEmpty());
        sandbox::SandboxServer server(scenario);
        QVERIFY(server.start());
        QNetworkAccessManager network;
        const client::VendoClient app(&network, client::Profile::sandbox(server.baseUrl(), server.credentialsUrl()),
                                      server.demoApiKey());
        const auto scoped = app.forUser(server.mintToken(QLatin1String(test::SandboxWindow::kAlice)).value());
        QVERIFY(scoped.has_value());

        ui::ConnectionsPanel panel;
        panel.resize(1200, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setClient(*scoped);
        QSignalSpy loaded(&panel, &ui::ConnectionsPanel::loaded);
        panel.refresh();
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(panel.lastResult()->ok());

        panel.filterEdit()->setText(slug);
        QSortFilterProxyModel *rows = panel.proxy();
        int row = -1;
        for (int r = 0; r < rows->rowCount(); ++r) {
            if (rows->index(r, 0).data(ui::ConnectionsModel::kSlugRole).toString() == slug)
                row = r;
        }
        QVERIFY(row >= 0);
        const QString error = hoverToolTip(panel.view(), rows->index(row, ui::ConnectionsModel::Error));
        QCOMPARE(error, kMarkup);
        const QString provider = hoverToolTip(panel.view(), rows->index(row, ui::ConnectionsModel::Provider));
        QVERIFY2(provider.contains(QStringLiteral("Category: ") + kMarkup), qPrintable(provider));
        QVERIFY2(provider.contains(QLatin1Char('\n')), qPrintable(provider)); // its lines stay lines
        QToolTip::hideText();
    }

    // A token whose claim holds markup: the claims table and the verdict badges show it as written.
    void tokenTextInToolTipsIsLiteral()
    {
        test::SandboxWindow sandbox;
        QVERIFY(sandbox.start());
        sandbox::MintOptions options;
        options.extraClaims.insert(QStringLiteral("note"), kMarkup);
        const QString token = sandbox.mint(QString::fromLatin1(test::SandboxWindow::kAlice), options);
        sandbox.paste(token);
        ui::DecodedView *decoded = sandbox.window()->decodedView();
        QTRY_COMPARE(QString::fromLatin1(decoded->decoded().token), token);

        ui::ClaimsModel *claims = decoded->claimsModel();
        QTableView *view = nullptr;
        for (QTableView *candidate : decoded->findChildren<QTableView *>()) {
            if (candidate->model() == claims)
                view = candidate;
        }
        QVERIFY(view);
        int row = -1;
        for (int r = 0; r < claims->rowCount(); ++r) {
            if (claims->index(r, ui::ClaimsModel::Name).data().toString() == QLatin1String("note"))
                row = r;
        }
        QVERIFY(row >= 0);
        decoded->window()->raise();
        const QString value = hoverToolTip(view, claims->index(row, ui::ClaimsModel::Value));
        QVERIFY2(value.contains(kMarkup), qPrintable(value)); // the raw JSON value, quotes escaped or not
        QVERIFY(!value.contains(QChar::ObjectReplacementCharacter)); // no image was laid out

        // A badge's tool tip (the verdict's reason) with markup in it.
        ui::Badge *badge = decoded->structureBadge();
        badge->setBadge(badge->text(), ui::Tone::Neutral, kMarkup);
        QCOMPARE(hoverToolTip(badge), kMarkup);
        QToolTip::hideText();
    }
};

QTEST_MAIN(TestUiPlainText)
#include "tst_ui_plain_text.moc"

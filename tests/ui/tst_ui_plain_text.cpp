#include "SandboxWindow.h"
#include "client/Profile.h"
#include "client/VendoClient.h"
#include "jwt/TerminalSafe.h"
#include "sandbox/SandboxServer.h"
#include "ui/models/AuditJob.h"
#include "ui/models/ClaimsModel.h"
#include "ui/models/ConnectionsModel.h"
#include "ui/models/EventsModel.h"
#include "ui/models/ProbeModel.h"
#include "ui/panels/AuditView.h"
#include "ui/panels/ConnectionsPanel.h"
#include "ui/panels/DecodedView.h"
#include "ui/panels/ErrorDecoderPanel.h"
#include "ui/panels/EventsPanel.h"
#include "ui/panels/IdentityPanel.h"
#include "ui/panels/SummaryCard.h"
#include "ui/panels/TokenProbePanel.h"
#include "ui/panels/WebhookPanel.h"
#include "ui/widgets/Badge.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
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

// Text as a hostile token, HAR or service sends it: markup, a right-to-left override that would make
// "gnp.exe" read as "exe.png", an isolate, and a terminal's clipboard-writing OSC 52 sequence.
const QString kHostile = QStringLiteral("<img src=x><b>hostile</b> \u202egnp.exe\u2066 \x1b]52;c;YQ==\x07");

// One text the window shows, with where it is and what a person reads: a label or tool tip that Qt
// would take for rich text is read as its document's text; an item view draws its cells as plain text.
struct Shown
{
    QString where;
    QString text;
};

QString rendered(const QString &text, Qt::TextFormat format)
{
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text)))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

QString where(const QObject *object)
{
    QStringList path;
    for (const QObject *o = object; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName());
    return path.join(QLatin1Char('/'));
}

// Every text under `root` a person can see or hover: labels, tool tips, combo box items, and the cells
// (display, tool tip, accessible text) of every item view, hidden panels included.
QList<Shown> everythingShown(QWidget *root)
{
    QList<Shown> shown;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->toolTip().isEmpty())
            shown.append({ where(widget) + QStringLiteral(" (tool tip)"), rendered(widget->toolTip(), Qt::AutoText) });
        if (auto *label = qobject_cast<QLabel *>(widget))
            shown.append({ where(label), rendered(label->text(), label->textFormat()) });
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i) {
                shown.append({ where(combo), combo->itemText(i) });
                shown.append({ where(combo) + QStringLiteral(" (item tool tip)"),
                               rendered(combo->itemData(i, Qt::ToolTipRole).toString(), Qt::AutoText) });
            }
        }
        // A read-only text view (the verdict's JSON, what was found in the input); what a person types stays theirs.
        if (auto *edit = qobject_cast<QPlainTextEdit *>(widget); edit && edit->isReadOnly())
            shown.append({ where(edit), edit->toPlainText() });
        auto *view = qobject_cast<QAbstractItemView *>(widget);
        // A header view is its table's model again, as its columns' titles.
        if (!view || !view->model() || qobject_cast<QHeaderView *>(view))
            continue;
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < qMin(model->rowCount(), 500); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QString cell = where(view) + QStringLiteral(" [%1,%2]").arg(row).arg(column);
                shown.append({ cell, index.data(Qt::DisplayRole).toString() });
                shown.append({ cell + QStringLiteral(" (accessible)"), index.data(Qt::AccessibleTextRole).toString() });
                shown.append({ cell + QStringLiteral(" (tool tip)"),
                               rendered(index.data(Qt::ToolTipRole).toString(), Qt::AutoText) });
            }
        }
    }
    return shown;
}

// The characters kHostile carries that reorder a line or act on a terminal; a line break is layout.
bool holdsUnsafeCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c != QLatin1Char('\n') && c != QChar::LineSeparator && vendo::jwt::isTerminalUnsafe(c.unicode());
    });
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

    // The whole window after a support call's worth of hostile text: a HAR whose request line and token
    // carry it, a connection whose error message is it, an event stream that sends it as a kind, a
    // status and a provider, and a log whose tokens name it as their issuer. Everywhere it is shown
    // (labels, tool tips, cells, the picker, the case summary, the copied summary) the markup is read
    // as written and the override, isolate and escape sequence are visible \u escapes.
    void hostileTextIsShownEscapedEverywhere()
    {
        test::SandboxWindow sandbox;
        QVERIFY(sandbox.start());
        QTRY_VERIFY(sandbox.keyReady());
        ui::MainWindow *window = sandbox.window();
        sandbox::SandboxServer *server = sandbox.server();
        const QString alice = QString::fromLatin1(test::SandboxWindow::kAlice);
        QString tenant;
        for (const sandbox::SandboxUser &user : server->users()) {
            if (user.id == alice)
                tenant = user.tenantId;
        }
        QString slug;
        for (const sandbox::ScenarioConnection &connection : server->scenario().connections) {
            if (connection.owner == alice && slug.isEmpty())
                slug = connection.slug;
        }
        QVERIFY(!tenant.isEmpty() && !slug.isEmpty());

        // The sandbox's admin API, over loopback, as the service would change a connection or send an event.
        QNetworkAccessManager network;
        const auto post = [&](const QString &path, const QJsonObject &body) {
            QNetworkRequest request(server->baseUrl().resolved(QUrl(path)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            std::unique_ptr<QNetworkReply> reply(network.post(request, QJsonDocument(body).toJson()));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            return done.wait(5000) && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        };
        QVERIFY(post(QStringLiteral("/sandbox/connections/%1/%2").arg(alice, slug),
                     { { QStringLiteral("status"), QStringLiteral("needs_reauth") },
                       { QStringLiteral("error_message"), kHostile } }));

        // A log whose tokens name the text as their issuer, in the audit view.
        sandbox::MintOptions issuer;
        issuer.extraClaims.insert(QStringLiteral("iss"), kHostile);
        const QByteArray log = "jwt=" + sandbox.mint(alice, issuer).toLatin1()
            + "\njwt=" + sandbox.mint(QString::fromLatin1(test::SandboxWindow::kDave), issuer).toLatin1() + '\n';
        window->auditLog({ QStringLiteral("customer.log"), {}, log });
        ui::AuditView *audit = window->auditView();
        QTRY_VERIFY(audit->job() && !audit->isRunning());
        QTRY_COMPARE(audit->model()->rowCount(), 2);

        // A HAR with two of Alice's requests: the text in the URL and in the token's name claim.
        sandbox::MintOptions named;
        named.extraClaims.insert(QStringLiteral("name"), kHostile);
        const QString token = sandbox.mint(alice, named);
        QJsonArray entries;
        for (int i = 0; i < 2; ++i) {
            const QJsonObject header { { QStringLiteral("name"), QStringLiteral("X-Vendo-User-JWT") },
                                       { QStringLiteral("value"), token } };
            entries.append(
                QJsonObject { { QStringLiteral("startedDateTime"), QStringLiteral("2026-12-01T09:1%1:00.000Z").arg(i) },
                              { QStringLiteral("request"),
                                QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") },
                                              { QStringLiteral("url"),
                                                QStringLiteral("https://app.example/%1/%2").arg(i).arg(kHostile) },
                                              { QStringLiteral("headers"), QJsonArray { header } } } } });
        }
        QSignalSpy loaded(window->connectionsPanel(), &ui::ConnectionsPanel::loaded);
        sandbox.paste(QString::fromUtf8(
            QJsonDocument(
                QJsonObject { { QStringLiteral("log"), QJsonObject { { QStringLiteral("entries"), entries } } } })
                .toJson()));
        QTRY_COMPARE(QString::fromLatin1(window->decodedView()->decoded().token), token);
        QCOMPARE(window->identityPanel()->candidateCount(), 2);
        QTRY_VERIFY(loaded.count() > 0);

        // An event stream that sends the text as an event's kind, status and provider.
        window->showPanel(ui::MainWindow::Dock::Events);
        ui::EventsPanel *events = window->eventsPanel();
        QTRY_COMPARE(events->status().state, events::StreamState::Connected);
        QVERIFY(post(QStringLiteral("/sandbox/events"),
                     { { QStringLiteral("tenant"), tenant },
                       { QStringLiteral("kind"), kHostile },
                       { QStringLiteral("fields"),
                         QJsonObject { { QStringLiteral("status"), kHostile },
                                       { QStringLiteral("provider"), kHostile },
                                       { QStringLiteral("slug"), slug } } } }));
        QTRY_VERIFY(events->model()->rowCount() > 0);

        auto *card = window->findChild<ui::SummaryCard *>();
        QVERIFY(card);
        QTRY_VERIFY(card->isVisible() && card->failingText().contains(slug));
        window->copySummary();
        const QString copied = QGuiApplication::clipboard()->text();

        // The probe of that connection, its row chosen: the service's answer in the cells and the details
        // (the sandbox's own message, read for control characters like the rest).
        window->showPanel(ui::MainWindow::Dock::Probe);
        ui::TokenProbePanel *probe = window->probePanel();
        QTRY_VERIFY(probe->model()->rowOf(slug) >= 0);
        QSignalSpy probed(probe, &ui::TokenProbePanel::probeFinished);
        probe->probe({ slug });
        QVERIFY(probed.wait(5000));
        probe->view()->selectRow(probe->model()->rowOf(slug));

        // A customer's error pasted into the error decoder, and a webhook delivery whose body carries the
        // text (its signature does not match: the body is still shown, as unverified).
        window->showPanel(ui::MainWindow::Dock::ErrorDecoder);
        window->errorDecoder()->decode(QStringLiteral("VendoError connection_needs_reauth: ") + kHostile);
        window->showPanel(ui::MainWindow::Dock::Webhook);
        ui::WebhookPanel *webhook = window->webhookPanel();
        QTRY_VERIFY(webhook->hasSecret());
        const QJsonObject delivery { { QStringLiteral("id"), kHostile },
                                     { QStringLiteral("type"), kHostile },
                                     { QStringLiteral("data"), QJsonObject { { QStringLiteral("note"), kHostile } } } };
        webhook->setDelivery("Vendo-Timestamp: " + QByteArray::number(QDateTime::currentSecsSinceEpoch())
                                 + "\nVendo-Signature: v1=" + QByteArray(64, '0') + '\n',
                             QJsonDocument(delivery).toJson(QJsonDocument::Compact));
        webhook->verify();

        const QString escaped = QStringLiteral("\\u202egnp.exe\\u2066 \\u001b]52;c;YQ==\\u0007");
        QStringList places;
        QStringList wrong;
        for (const Shown &shown : everythingShown(window)) {
            const QString line = shown.where + QStringLiteral(": ") + shown.text;
            if (holdsUnsafeCharacter(shown.text))
                wrong << line;
            if (!shown.text.contains(QStringLiteral("hostile")))
                continue;
            // The markup is read as written (no image, no bold), and the escapes are visible.
            if (!shown.text.contains(QStringLiteral("<img src=x><b>hostile</b>")) || !shown.text.contains(escaped))
                wrong << line;
            places << shown.where;
        }
        for (const QString &line : std::as_const(wrong))
            qWarning("shown unsafely: %s", qPrintable(line));
        QVERIFY2(wrong.isEmpty(), "hostile text shown unsafely (listed above)");
        // It reached every part that shows it, so the checks above read something in each.
        const QString all = places.join(QLatin1Char('\n'));
        for (const char *part : { "claimsView", "payloadJson", "connectionsView", "eventsView", "auditTable",
                                  "auditCharts", "identityPicker", "identityDetails", "webhookEvent" })
            QVERIFY2(all.contains(QLatin1String(part)),
                     qPrintable(QLatin1String(part) + QStringLiteral(" not in:\n") + all));
        QVERIFY2(!holdsUnsafeCharacter(copied), qPrintable(copied));
        QVERIFY2(copied.contains(QStringLiteral("<img src=x><b>hostile</b> ") + escaped), qPrintable(copied));
    }
};

QTEST_MAIN(TestUiPlainText)
#include "tst_ui_plain_text.moc"

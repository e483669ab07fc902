#include "SandboxWindow.h"
#include "client/HarReader.h"
#include "jwt/DecodedJwt.h"
#include "ui/models/ClaimsModel.h"
#include "ui/panels/DecodedView.h"
#include "ui/panels/IdentityPanel.h"
#include "ui/widgets/Badge.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace vendo;
using vendo::sandbox::MintOptions;

class TestUiIdentity : public QObject
{
    Q_OBJECT

private:
    test::SandboxWindow m_sandbox;

    ui::DecodedView *decoded() const { return m_sandbox.window()->decodedView(); }
    ui::IdentityPanel *identity() const { return m_sandbox.window()->identityPanel(); }
    QStringList claimNames() const
    {
        QStringList names;
        for (const jwt::Claim &claim : decoded()->claims())
            names << QString::fromUtf8(claim.name);
        return names;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        QTRY_VERIFY(m_sandbox.keyReady());
    }

    void pastedTokenShowsClaimsAndVerdicts_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("signature");
        QTest::newRow("valid") << int(MintOptions::Variant::Valid) << "Time: valid"
                               << "Signature: valid";
        QTest::newRow("expired") << int(MintOptions::Variant::Expired) << "Time: expired"
                                 << "Signature: valid";
        QTest::newRow("not yet valid") << int(MintOptions::Variant::NotYetValid) << "Time: not yet valid"
                                       << "Signature: valid";
        QTest::newRow("wrong signature") << int(MintOptions::Variant::WrongSignature) << "Time: valid"
                                         << "Signature: invalid";
        QTest::newRow("unknown kid") << int(MintOptions::Variant::UnknownKid) << "Time: valid"
                                     << "Signature: key not found";
    }
    void pastedTokenShowsClaimsAndVerdicts()
    {
        QFETCH(int, variant);
        QFETCH(QString, time);
        QFETCH(QString, signature);
        MintOptions options;
        options.variant = MintOptions::Variant(variant);
        const QString token = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kAlice), options);
        QVERIFY(!token.isEmpty());

        m_sandbox.paste(token);
        QTRY_COMPARE(QString::fromLatin1(decoded()->decoded().token), token);
        QCOMPARE(identity()->outcomeTitle(), QStringLiteral("Token"));
        QCOMPARE(decoded()->structureBadge()->text(), QStringLiteral("Structure: OK"));
        QCOMPARE(decoded()->timeBadge()->text(), time);
        // The key set comes over loopback from the sandbox's JWKS URL.
        QTRY_COMPARE(decoded()->signatureBadge()->text(), signature);
        // The claims table lists the payload in the issuer's order, with descriptions.
        const QStringList names = claimNames();
        QVERIFY2(names.contains(QStringLiteral("sub")) && names.contains(QStringLiteral("exp"))
                     && names.contains(QStringLiteral("email")),
                 qPrintable(names.join(u',')));
        const ui::ClaimsModel *model = decoded()->claimsModel();
        const int expRow = int(names.indexOf(QStringLiteral("exp")));
        QVERIFY(model->index(expRow, ui::ClaimsModel::Time).data().toString().contains(QStringLiteral("UTC")));
        QVERIFY(!model->index(expRow, ui::ClaimsModel::Meaning).data().toString().isEmpty());
        QVERIFY(!decoded()->countdown()->text().isEmpty());
    }

    void askTheServerShowsTenant()
    {
        const QString token = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kAlice));
        m_sandbox.paste(token);
        QTRY_COMPARE(QString::fromLatin1(decoded()->decoded().token), token);
        QTRY_VERIFY(m_sandbox.window()->session()->scopedClient().has_value());
        emit decoded()->askServerRequested();
        QTRY_VERIFY(decoded()->serverVerdict().has_value());
        QVERIFY(decoded()->serverVerdict()->ok());
        QCOMPARE(decoded()->serverVerdict()->value->tenantId, QStringLiteral("tn_acme"));
    }

    // Issue 19, item 6: the headline follows the service's rules (no leeway for exp), the server's
    // answer leads once it is there, and a local leeway is an explicit, visible choice.
    void expiredSecondsAgoIsExpiredAsTheServerSays()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        MintOptions options;
        options.extraClaims = { { QStringLiteral("iat"), now - 3607 }, { QStringLiteral("exp"), now - 7 } };
        const QString token = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kAlice), options);
        m_sandbox.paste(token);
        QTRY_COMPARE(QString::fromLatin1(decoded()->decoded().token), token);
        QCOMPARE(decoded()->timeBadge()->text(), QStringLiteral("Time: expired"));
        QVERIFY2(decoded()->countdown()->text().startsWith(QStringLiteral("expired")),
                 qPrintable(decoded()->countdown()->text()));
        QVERIFY(decoded()->detailsText().contains(QStringLiteral("no leeway, as the service")));

        QTRY_VERIFY(m_sandbox.window()->session()->scopedClient().has_value());
        emit decoded()->askServerRequested();
        QTRY_VERIFY(decoded()->serverVerdict().has_value());
        QVERIFY(!decoded()->serverVerdict()->ok());
        QCOMPARE(decoded()->serverVerdict()->value.error().className(), QStringLiteral("AuthError"));
        auto *server = decoded()->findChild<ui::Badge *>(QStringLiteral("serverBadge"));
        QVERIFY(server && server->isVisible());
        QCOMPARE(server->text(), QStringLiteral("Server: AuthError"));
        QVERIFY2(server->x() < decoded()->structureBadge()->x(), "the server's verdict leads the row");

        auto *leeway = decoded()->findChild<QSpinBox *>(QStringLiteral("localLeeway"));
        QVERIFY(leeway && leeway->isVisible());
        QCOMPARE(leeway->value(), 0);
        leeway->setValue(60);
        QCOMPARE(decoded()->timeBadge()->text(), QStringLiteral("Time: valid"));
        QVERIFY(decoded()->detailsText().contains(QStringLiteral("local leeway 60 s")));
        QVERIFY(decoded()->verdict().hasWarning(jwt::WarningKind::ExpiredWithinLeeway));
        leeway->setValue(0);
        QCOMPARE(decoded()->timeBadge()->text(), QStringLiteral("Time: expired"));
    }

    void notYetValidSaysWhenItBecomesValid()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        MintOptions options;
        options.extraClaims = { { QStringLiteral("iat"), now + 555 },
                                { QStringLiteral("nbf"), now + 555 },
                                { QStringLiteral("exp"), now + 555 + 3600 } };
        const QString token = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kAlice), options);
        m_sandbox.paste(token);
        QTRY_COMPARE(QString::fromLatin1(decoded()->decoded().token), token);
        QCOMPARE(decoded()->timeBadge()->text(), QStringLiteral("Time: not yet valid"));
        QCOMPARE(decoded()->countdown()->text(), QStringLiteral("valid in 9 min"));
    }

    void headerBlockWithoutIdentityExplainsIdentityNotPresent()
    {
        m_sandbox.paste(QStringLiteral("GET /api/reply HTTP/1.1\nHost: api.customer.example\n"
                                       "Authorization: Bearer abc.def.ghi\nAccept: application/json\n"));
        QTRY_VERIFY(!identity()->isBusy());
        QCOMPARE(identity()->outcomeTitle(), QStringLiteral("IdentityNotPresent"));
        QVERIFY(identity()->outcomeText().contains(QStringLiteral("X-Vendo-User-JWT")));
        QVERIFY(identity()->outcomeText().contains(QStringLiteral("Authorization")));
        QVERIFY(!decoded()->hasToken());
        QVERIFY(!m_sandbox.window()->session()->scopedClient().has_value());
    }

    // Issue 19, item 16: "Bearer <token>" is inspected as the token, and the panel says the prefix went.
    void bearerPrefixRemovalIsSaid()
    {
        const QString token = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kAlice));
        m_sandbox.paste(QStringLiteral("Bearer ") + token);
        QTRY_COMPARE(QString::fromLatin1(decoded()->decoded().token), token);
        QVERIFY(identity()->removedBearerPrefix());
        QVERIFY2(identity()->outcomeText().contains(QLatin1String("Removed a \"Bearer \" prefix")),
                 qPrintable(identity()->outcomeText()));
        // A bare token says nothing of the kind.
        const QString bare = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kDave));
        m_sandbox.paste(bare);
        QTRY_COMPARE(QString::fromLatin1(decoded()->decoded().token), bare);
        QVERIFY(!identity()->removedBearerPrefix());
        QVERIFY(!identity()->outcomeText().contains(QLatin1String("Bearer")));
    }

    void headerBlockWithIdentityScopesToTheUser()
    {
        const QString token = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kAlice));
        // Header names are matched case-insensitively, as the SDKs do.
        m_sandbox.paste(QStringLiteral("curl https://api.customer.example/reply -H 'x-vendo-user-jwt:  %1 '"
                                       " -H 'Accept: application/json'")
                            .arg(token));
        QTRY_COMPARE(QString::fromLatin1(decoded()->decoded().token), token);
        QCOMPARE(identity()->outcomeTitle(), QStringLiteral("Identity found"));
        QTRY_VERIFY(m_sandbox.window()->session()->scopedClient().has_value());
    }

    void severalRequestsLetTheOperatorPick()
    {
        const QString token = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kDave));
        const QString har
            = QStringLiteral(
                  R"({"log":{"entries":[)"
                  R"({"request":{"method":"GET","url":"https://a.example/one","headers":[{"name":"Accept","value":"*/*"}]}},)"
                  R"({"request":{"method":"POST","url":"https://a.example/two","headers":[{"name":"X-Vendo-User-JWT","value":"%1"}]}})"
                  R"(]}})")
                  .arg(token);
        m_sandbox.paste(har);
        QTRY_VERIFY(!identity()->isBusy());
        // The request that carries an identity is the one offered; the other is counted.
        QCOMPARE(identity()->candidateCount(), 1);
        QCOMPARE(identity()->currentCandidate(), 0);
        QCOMPARE(QString::fromLatin1(decoded()->decoded().token), token);
        QVERIFY2(identity()->summaryText().contains(QStringLiteral("2 request(s), of which 1 carry")),
                 qPrintable(identity()->summaryText()));
    }

    // Issue 19, item 4: a HAR with several identities, opened as a file (streamed) and pasted. Each
    // row says the request (method, redacted URL, status, time) and the token's state (valid or
    // expired, sub, tenant); the default is the most recent valid one, not the first.
    void multiIdentityHarShowsEachRequestAndTokenState()
    {
        MintOptions expired;
        expired.variant = MintOptions::Variant::Expired;
        const QString alice = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kAlice));
        const QString dave = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kDave));
        const QString stale = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kAlice), expired);
        // A body of 300 kB in each entry: dropped while streaming.
        const auto entry
            = [](int minute, const QString &method, const QString &header, const QString &value, int status) {
                  return QStringLiteral(
                             R"({"startedDateTime":"2026-12-01T09:%1:00.000Z","request":{"method":"%2",)"
                             R"("url":"https://app.example/api/%1?app_key=vendo_sk_0123456789abcdefghijklmnopqrstuv",)"
                             R"("headers":[{"name":"%3","value":"%4"}]},"response":{"status":%5,)"
                             R"("content":{"text":"%6"}}})")
                      .arg(minute)
                      .arg(method, header, value)
                      .arg(status)
                      .arg(QString(300'000, QLatin1Char('b')));
              };
        const QString jwt = QStringLiteral("X-Vendo-User-JWT");
        const QString accept = QStringLiteral("Accept");
        const QString any = QStringLiteral("*/*");
        const QString har = QStringLiteral(R"({"log":{"entries":[%1,%2,%3,%4,%5]}})")
                                .arg(entry(10, QStringLiteral("GET"), jwt, alice, 200),
                                     entry(11, QStringLiteral("GET"), accept, any, 200),
                                     entry(12, QStringLiteral("POST"), jwt, dave, 201),
                                     entry(13, QStringLiteral("GET"), jwt, stale, 401),
                                     entry(14, QStringLiteral("GET"), accept, any, 200));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("support-call.har"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(har.toUtf8());
        file.close();

        for (const bool opened : { true, false }) {
            if (opened)
                m_sandbox.window()->openFile(path);
            else
                m_sandbox.paste(har);
            QTRY_VERIFY(!identity()->isBusy());
            QCOMPARE(identity()->candidateCount(), 3);
            const QList<ui::IdentityPanel::Candidate> &rows = identity()->candidates();
            QVERIFY2(rows.at(0).label.startsWith(QStringLiteral("GET https://app.example/api/10?app_key=")),
                     qPrintable(rows.at(0).label));
            for (const ui::IdentityPanel::Candidate &row : rows)
                QVERIFY2(!row.label.contains(QStringLiteral("vendo_sk_0123456789abcdefghijklmnopqrstuv")),
                         "the URL's key is redacted");
            QVERIFY(rows.at(1).label.contains(QStringLiteral("POST https://app.example/api/12")));
            QVERIFY(rows.at(1).label.contains(QStringLiteral("HTTP 201")));
            QVERIFY(rows.at(1).label.contains(QStringLiteral("2026-12-01 09:12:00 UTC")));
            QVERIFY2(rows.at(1).tokenState.startsWith(QStringLiteral("valid")), qPrintable(rows.at(1).tokenState));
            QVERIFY(rows.at(1).tokenState.contains(QStringLiteral("sub da7e0000-0000")));
            QVERIFY(rows.at(1).tokenState.contains(QStringLiteral("tenant ")));
            QVERIFY2(rows.at(2).tokenState.startsWith(QStringLiteral("expired")), qPrintable(rows.at(2).tokenState));
            QVERIFY(rows.at(2).label.contains(rows.at(2).tokenState));
            // The most recent valid one (Dave at 09:12), not the first (Alice) nor the latest (expired).
            QCOMPARE(identity()->currentCandidate(), 1);
            QTRY_COMPARE(QString::fromLatin1(decoded()->decoded().token), dave);
            auto *picker = identity()->findChild<QComboBox *>(QStringLiteral("identityPicker"));
            QVERIFY(picker && picker->isVisible());
            QCOMPARE(picker->count(), 3);
            QCOMPARE(picker->currentIndex(), 1);
            QCOMPARE(picker->itemText(2), rows.at(2).label);
            QVERIFY2(identity()->summaryText().contains(QStringLiteral("5 request(s), of which 3 carry")),
                     qPrintable(identity()->summaryText()));
            QVERIFY2(picker->toolTip().contains(QStringLiteral("2 other request(s)")), qPrintable(picker->toolTip()));
            identity()->chooseCandidate(0);
            QTRY_COMPARE(QString::fromLatin1(decoded()->decoded().token), alice);
        }
    }

    void pickerSaysWhenTheListIsCapped()
    {
        // 1,200 requests, none with an identity: the first 1,000 are listed (HarReader's cap for
        // requests without one), and the picker says so.
        QString entries;
        for (int i = 0; i < 1'200; ++i)
            entries += QStringLiteral("%1{\"request\":{\"method\":\"GET\",\"url\":\"https://a.example/%2\","
                                      "\"headers\":[{\"name\":\"Accept\",\"value\":\"text/html\"}]}}")
                           .arg(i ? QStringLiteral(",") : QString())
                           .arg(i);
        m_sandbox.paste(QStringLiteral("{\"log\":{\"entries\":[%1]}}").arg(entries));
        QTRY_VERIFY(!identity()->isBusy());
        QCOMPARE(identity()->candidateCount(), int(client::HarReader::kMaxOtherRequestsListed));
        QCOMPARE(identity()->outcomeTitle(), QStringLiteral("IdentityNotPresent"));
        QVERIFY2(identity()->pickerLabelText().contains(QStringLiteral("the first 1,000 of 1,200 requests")),
                 qPrintable(identity()->pickerLabelText()));
    }

    void hugePasteIsRejectedWithoutFreezing()
    {
        // 1 MiB of token-ish garbage: refused with a specific message, while the event loop keeps
        // running (the QTRY loop below only advances if the GUI thread is free).
        const QString huge(1024 * 1024, QLatin1Char('A'));
        m_sandbox.paste(huge);
        QTRY_VERIFY(!identity()->isBusy());
        QCOMPARE(identity()->outcomeTitle(), QStringLiteral("Rejected"));
        QVERIFY(!identity()->inputError().isEmpty());
        QVERIFY(!decoded()->hasToken());
    }

    void headerBlockWithThousandsOfHeadersKeepsTheDetailsShort()
    {
        // A 10,000-line log can read as one header block. The details name a few headers and count
        // the rest: a megabyte in the text view would take the GUI thread ~100 ms to lay out.
        QString block = QStringLiteral("GET /api/reply HTTP/1.1\n");
        for (int i = 0; i < 10'000; ++i)
            block += QStringLiteral("X-Trace-%1: step %1 of the request\n").arg(i);
        m_sandbox.paste(block);
        QTRY_VERIFY(!identity()->isBusy());
        QCOMPARE(identity()->outcomeTitle(), QStringLiteral("IdentityNotPresent"));
        const auto *details = identity()->findChild<QPlainTextEdit *>(QStringLiteral("identityDetails"));
        QVERIFY(details);
        const QString text = details->toPlainText();
        QVERIFY2(text.size() < 2'000, qPrintable(QString::number(text.size())));
        QVERIFY(text.contains(QStringLiteral("X-Trace-0, ")));
        QVERIFY2(text.contains(QStringLiteral("and 9980 more")), qPrintable(text.right(80)));
    }

    void logWithTokensOffersThemAfterTheRequest()
    {
        // A service log reads as header lines ("2026-11-24T10:00:01Z: ..."): forRequest's answer for it
        // (IdentityNotPresent) comes first, and every token in it is offered for inspection.
        const QString alice = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kAlice));
        const QString dave = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kDave));
        // 200 lines, under 64 KiB: a larger log goes to the audit view (tst_ui_audit).
        QString log;
        for (int i = 0; i < 200; ++i) {
            const QString &token = (i / 10) % 2 ? dave : alice;
            log += QStringLiteral("2026-11-24T10:%1:%2Z: GET /api/deployments/me/connections user_jwt=%3 status=200\n")
                       .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                       .arg(i % 60, 2, 10, QLatin1Char('0'))
                       .arg(i % 10 == 0 ? token : QStringLiteral("-"));
        }
        QVERIFY(log.size() <= jwt::kMaxTokenInputBytes);
        m_sandbox.paste(log);
        QTRY_VERIFY(!identity()->isBusy());
        QCOMPARE(identity()->outcomeTitle(), QStringLiteral("IdentityNotPresent"));
        QVERIFY2(identity()->outcomeText().contains(QStringLiteral("Tokens found in the text: 2")),
                 qPrintable(identity()->outcomeText()));
        const auto &candidates = identity()->candidates();
        QCOMPARE(candidates.size(), 3);
        QVERIFY(candidates.at(0).fromRequest && !candidates.at(0).identity.has_value());
        QCOMPARE(candidates.at(1).identity->jwt, alice);
        QCOMPARE(candidates.at(2).identity->jwt, dave);
        QVERIFY(!decoded()->hasToken());

        identity()->chooseCandidate(2);
        QTRY_COMPARE(QString::fromLatin1(decoded()->decoded().token), dave);
        QCOMPARE(identity()->outcomeTitle(), QStringLiteral("Token"));
    }

    // Issue 19 items 1-3, as a person does it: paste what customers send into the real window.

    void pastedMailWithAWrappedTokenDecodesTheWholeToken()
    {
        const QString token = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kAlice));
        // A reply quoting the customer's mail: the token hard-wrapped at 72 columns, "> " included.
        QString mail = QStringLiteral("On Tue, 1 Dec 2026 at 09:12, Bob <bob@customer.example> wrote:\n"
                                      "> Hi, our Google integration stopped working. The token was:\n>\n");
        for (qsizetype i = 0; i < token.size(); i += 70)
            mail += QStringLiteral("> ") + token.mid(i, 70) + QLatin1Char('\n');
        mail += QStringLiteral(">\n> Thanks, Bob\n");
        m_sandbox.paste(mail);
        QTRY_COMPARE(QString::fromLatin1(decoded()->decoded().token), token);
        QCOMPARE(identity()->candidateCount(), 1);
        QCOMPARE(identity()->outcomeTitle(), QStringLiteral("Token"));
        QCOMPARE(decoded()->structureBadge()->text(), QStringLiteral("Structure: OK"));
        QTRY_COMPARE(decoded()->signatureBadge()->text(), QStringLiteral("Signature: valid"));
        QTRY_VERIFY(m_sandbox.window()->session()->scopedClient().has_value());
    }

    void pastedDevToolsListPicksTheIdentityNotAuthority()
    {
        const QString token = m_sandbox.mint(QString::fromLatin1(test::SandboxWindow::kDave));
        m_sandbox.paste(QStringLiteral(":authority\napp.acme.example\n:method\nGET\n:path\n/api/agent/run\n:scheme\n"
                                       "https\naccept\napplication/json\nx-vendo-user-jwt\n%1\nx-vendo-user-email\n"
                                       "dave@acme.example\n")
                            .arg(token));
        QTRY_COMPARE(QString::fromLatin1(decoded()->decoded().token), token);
        QCOMPARE(identity()->candidateCount(), 1);
        QCOMPARE(identity()->outcomeTitle(), QStringLiteral("Identity found"));
    }

    void pastedProseSaysNoTokenAndSendsNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("decodes"); // a malformed token is still shown, never sent
        QTest::newRow("prose") << QStringLiteral("hello, my google thing is broken!! 12345")
                               << QStringLiteral("No identity token") << false;
        QTest::newRow("chat with a colon") << QStringLiteral("Subject: help\n\nit says error since monday.\nthanks!")
                                           << QStringLiteral("No identity token") << false;
        QTest::newRow("malformed token") << QStringLiteral("eyJhbGciOiJFUzI1NiJ9.bm90IGpzb24.c2lnbmF0dXJl")
                                         << QStringLiteral("Malformed token") << true;
    }
    void pastedProseSaysNoTokenAndSendsNothing()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(bool, decodes);
        // A window of its own, so that nothing another test started is still on its way.
        test::SandboxWindow sandbox;
        QVERIFY(sandbox.start());
        QTRY_VERIFY(sandbox.keyReady());
        // Scoped to a user first: the paste must undo that, not leave the old identity in place.
        sandbox.paste(sandbox.mint(QString::fromLatin1(test::SandboxWindow::kAlice)));
        QTRY_VERIFY(sandbox.window()->session()->scopedClient().has_value());
        QTRY_VERIFY(!sandbox.server()->requestLog().isEmpty()); // the connections, asked as the user
        QTest::qWait(300);
        const qsizetype before = sandbox.server()->requestLog().size();

        sandbox.paste(text);
        ui::IdentityPanel *panel = sandbox.window()->identityPanel();
        ui::DecodedView *view = sandbox.window()->decodedView();
        QTRY_VERIFY(!panel->isBusy());
        QCOMPARE(panel->outcomeTitle(), title);
        QVERIFY(!sandbox.window()->session()->scopedClient().has_value());
        QVERIFY(!sandbox.window()->session()->hasIdentity());
        const auto *ask = view->findChild<QWidget *>(QStringLiteral("askServer"));
        if (decodes) {
            QVERIFY(view->hasToken());
            QCOMPARE(view->structureBadge()->text(), QStringLiteral("Structure: malformed"));
            // The badges agree: a token too malformed to check is not "Signature: invalid".
            QCOMPARE(view->signatureBadge()->text(), QStringLiteral("Signature: not checked"));
            QVERIFY(ask && !ask->isEnabled());
        } else {
            QVERIFY(panel->outcomeText().startsWith(QStringLiteral("No identity token in this text")));
            QCOMPARE(panel->candidateCount(), 0);
            QVERIFY(!view->hasToken());
        }
        const auto *probeAll = sandbox.window()->findChild<QWidget *>(QStringLiteral("probeAll"));
        QVERIFY(!probeAll || !probeAll->isEnabled());
        // Nothing reached the service: not the text as a token, not a request as the old user.
        QTest::qWait(500);
        QCOMPARE(sandbox.server()->requestLog().size(), before);
    }
};

QTEST_MAIN(TestUiIdentity)
#include "tst_ui_identity.moc"

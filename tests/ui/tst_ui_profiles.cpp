#include "FakeSecretStore.h"
#include "app/gui/NetworkServices.h"
#include "client/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "ui/dialogs/ApiKeyDialog.h"
#include "ui/dialogs/ProfileDialog.h"
#include "ui/panels/DecodedView.h"
#include "ui/widgets/Badge.h"
#include "ui/widgets/MessageBar.h"
#include "ui/window/InspectorSession.h"
#include "ui/window/MainWindow.h"
#include "ui/window/ProfileSwitcher.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace vendo;
using secrets::SecretOperation;
using secrets::SecretStatus;
using ui::KeyStatus;

namespace {
const QString kKey = QStringLiteral("vendo_sk_AbCdEfGhIjKlMnOpQrStUvWxYz012345");
}

class TestUiProfiles : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    ui::NetworkServices m_services { &m_network };
    std::unique_ptr<test::FakeSecretStore> m_store;
    std::unique_ptr<ui::MainWindow> m_window;

    void open(QSettings *settings = nullptr, client::ProfileStore *profiles = nullptr)
    {
        ui::InspectorContext context;
        context.services = &m_services;
        context.secretStore = m_store.get();
        context.settings = settings;
        context.profileStore = profiles;
        if (profiles)
            context.profiles = profiles->profiles();
        m_window = std::make_unique<ui::MainWindow>(context);
        m_window->show();
    }
    KeyStatus::State keyState() const { return m_window->session()->keyStatus().state; }

private slots:
    void init() { m_store = std::make_unique<test::FakeSecretStore>(); }
    void cleanup()
    {
        m_window.reset();
        m_store.reset();
    }

    void productionIsUnmistakable()
    {
        m_store->setStoredKey(QStringLiteral("production"), kKey);
        open();
        QCOMPARE(m_window->profileSwitcher()->currentProfile().kind, client::Profile::Kind::Production);
        QCOMPARE(m_window->profileSwitcher()->environmentBadge()->text(), QStringLiteral("PRODUCTION"));
        QCOMPARE(m_window->profileSwitcher()->environmentBadge()->tone(), ui::Tone::Production);
        QTRY_COMPARE(keyState(), KeyStatus::State::Stored);
        const QString status = m_window->profileSwitcher()->keyStatusText();
        QVERIFY2(status.contains(QStringLiteral("vendo_sk_AbC")) && status.contains(QStringLiteral("Fake keychain")),
                 qPrintable(status));
        QVERIFY(!status.contains(kKey));
        // Staging is marked differently.
        m_window->profileSwitcher()->setCurrentProfile(QStringLiteral("staging"));
        QCOMPARE(m_window->profileSwitcher()->environmentBadge()->tone(), ui::Tone::Warning);
        QTRY_COMPARE(keyState(), KeyStatus::State::Missing);
    }

    void missingKeyOffersTheDialog()
    {
        open();
        QTRY_COMPARE(keyState(), KeyStatus::State::Missing);
        QCOMPARE(m_window->messageBar()->level(), ui::MessageBar::Level::Warning);
        QVERIFY(m_window->messageBar()->actionButton()->isVisible());
        m_window->messageBar()->actionButton()->click();
        auto *dialog = m_window->findChild<ui::ApiKeyDialog *>();
        QVERIFY(dialog);
        // A malformed key cannot be saved; a good one goes to the store and the status follows.
        dialog->keyEdit()->setText(QStringLiteral("vendo_sk_short"));
        QVERIFY(!dialog->saveButton()->isEnabled());
        dialog->save();
        QCOMPARE(m_store->callCount(SecretOperation::Write), 0);
        dialog->keyEdit()->setText(QStringLiteral("  ") + kKey + QStringLiteral("\n"));
        QVERIFY(dialog->saveButton()->isEnabled());
        dialog->save();
        QTRY_COMPARE(keyState(), KeyStatus::State::Stored);
        QCOMPARE(m_store->storedKey(QStringLiteral("production")), kKey);
    }

    // Issue 19, item 8: a banner mirrors the current state. The "VendoOnlyFeature: no API key" banner a
    // pasted identity raised goes as soon as a key is stored (it stayed before).
    void scopeBannerGoesWhenAKeyIsStored()
    {
        open();
        QTRY_COMPARE(keyState(), KeyStatus::State::Missing);
        constexpr auto options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
        const QByteArray token = QByteArray(R"({"alg":"ES256","kid":"k1"})").toBase64(options) + '.'
            + QByteArray(R"({"sub":"user_1","exp":4102444800})").toBase64(options) + '.'
            + QByteArray(64, 's').toBase64(options);
        m_window->loadInput(token, QStringLiteral("test"));
        QTRY_VERIFY2(m_window->messageBar()->text().contains(QStringLiteral("VendoOnlyFeature")),
                     qPrintable(m_window->messageBar()->text()));
        QVERIFY(m_window->messageBar()->isVisible());
        // The key is set from the profile bar, as an operator does who did not use the banner's button.
        emit m_window->profileSwitcher()->apiKeyRequested();
        auto *dialog = m_window->findChild<ui::ApiKeyDialog *>();
        QVERIFY(dialog);
        QVERIFY(m_window->messageBar()->isVisible());
        dialog->keyEdit()->setText(kKey);
        dialog->save();
        QTRY_COMPARE(keyState(), KeyStatus::State::Stored);
        QTRY_VERIFY2(!m_window->messageBar()->isVisible(), qPrintable(m_window->messageBar()->text()));
    }

    void keychainUnavailableSaysWhy()
    {
        m_store->failWith(SecretOperation::Read, SecretStatus::NoService,
                          QStringLiteral("The name org.freedesktop.secrets was not provided"));
        open();
        QTRY_COMPARE(keyState(), KeyStatus::State::Unavailable);
        const QString reason = m_window->session()->keyStatus().reason;
        QVERIFY(!reason.isEmpty());
        QVERIFY(m_window->profileSwitcher()->keyStatusText().contains(reason));
        QCOMPARE(m_window->messageBar()->level(), ui::MessageBar::Level::Error);
        QVERIFY(m_window->messageBar()->text().contains(reason));
        // The operator may choose a session-only key: never a silent fallback, and a banner says so.
        m_window->messageBar()->actionButton()->click();
        auto *dialog = m_window->findChild<ui::ApiKeyDialog *>();
        QVERIFY(dialog);
        dialog->keyEdit()->setText(kKey);
        dialog->save();
        QTRY_COMPARE(keyState(), KeyStatus::State::SessionOnly);
        QCOMPARE(m_window->messageBar()->level(), ui::MessageBar::Level::Warning);
        QVERIFY(m_window->messageBar()->text().contains(reason));
        QVERIFY(!m_store->contains(QStringLiteral("production")));
    }

    void failedWriteIsShownInTheDialog()
    {
        m_store->failWith(SecretOperation::Write, SecretStatus::LockedOrDenied);
        open();
        QTRY_COMPARE(keyState(), KeyStatus::State::Missing);
        ui::ApiKeyDialog dialog(m_store.get(), QStringLiteral("production"), QStringLiteral("Production"));
        dialog.keyEdit()->setText(kKey);
        dialog.save();
        QTRY_COMPARE(dialog.messageBar()->level(), ui::MessageBar::Level::Error);
        QVERIFY(!dialog.messageBar()->text().isEmpty());
        QVERIFY(!m_store->contains(QStringLiteral("production")));
    }

    // Issue 19, item 15: a custom profile made in the editor points the window at a standalone sandbox.
    void profileEditorPointsAtASandbox()
    {
        sandbox::SandboxServer server;
        {
            const auto started = server.start();
            QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        }
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        client::ProfileStore profiles(&settings);
        open(&settings, &profiles);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        // Reachable from the switcher's menu button and from the Service menu; built-ins are not editable.
        QToolButton *button = m_window->profileSwitcher()->profileMenuButton();
        QVERIFY(button && button->isVisible());
        QAction *create = m_window->findChild<QAction *>(QStringLiteral("newProfileAction"));
        QAction *edit = m_window->findChild<QAction *>(QStringLiteral("editProfileAction"));
        QAction *remove = m_window->findChild<QAction *>(QStringLiteral("removeProfileAction"));
        QVERIFY(create && edit && remove);
        QVERIFY(button->menu()->actions().contains(create));
        bool inServiceMenu = false;
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(create))
                inServiceMenu = menu->text() == QStringLiteral("&Service");
        }
        QVERIFY(inServiceMenu);
        QCOMPARE(m_window->profileSwitcher()->currentProfile().id, QStringLiteral("production"));
        QVERIFY(!edit->isEnabled());
        QVERIFY(!remove->isEnabled());

        create->trigger();
        auto *dialog = m_window->findChild<ui::ProfileDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Local Sandbox"));
        QCOMPARE(dialog->idEdit()->text(), QStringLiteral("local-sandbox")); // derived from the name
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY(dialog->problemLabel()->isVisible());

        // Plain http to a public host: refused, and the reason is on screen.
        QTest::keyClicks(dialog->baseUrlEdit(), QStringLiteral("http://vendo.example.com"));
        QTest::keyClicks(dialog->credentialsUrlEdit(), server.credentialsUrl().toString());
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY(dialog->problemLabel()->isVisible());
        QVERIFY2(dialog->problemLabel()->text().contains(QStringLiteral("must use https")),
                 qPrintable(dialog->problemLabel()->text()));

        // The standalone sandbox on loopback: http is fine there.
        dialog->baseUrlEdit()->clear();
        QTest::keyClicks(dialog->baseUrlEdit(), server.baseUrl().toString());
        QTest::keyClicks(dialog->jwksUrlEdit(), server.jwksUrl().toString());
        QTest::keyClicks(dialog->issuerEdit(), server.issuer().toString());
        QVERIFY2(dialog->saveButton()->isEnabled(), qPrintable(dialog->problemLabel()->text()));
        QVERIFY(!dialog->problemLabel()->isVisible());
        // Its key, as the operator would store it with "API key…" (the fake keychain holds it).
        m_store->setStoredKey(QStringLiteral("local-sandbox"), server.demoApiKey());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<ui::ProfileDialog *>());

        // Saved, in the switcher at once, and current.
        QVERIFY(profiles.find(QStringLiteral("local-sandbox")));
        auto *combo = m_window->profileSwitcher()->findChild<QComboBox *>(QStringLiteral("profileCombo"));
        QVERIFY(combo->findData(QStringLiteral("local-sandbox")) >= 0);
        QCOMPARE(m_window->profileSwitcher()->currentProfile().id, QStringLiteral("local-sandbox"));
        QCOMPARE(m_window->session()->profile().baseUrl, server.baseUrl());
        QVERIFY(edit->isEnabled() && remove->isEnabled());
        QTRY_COMPARE(keyState(), KeyStatus::State::Stored);

        // Asking the server works through it.
        const QString token
            = server.mintToken(QStringLiteral("a11ce000-0000-4000-8000-000000000001")).value_or(QString());
        QVERIFY(!token.isEmpty());
        m_window->loadInput(token.toLatin1(), QStringLiteral("test"));
        QTRY_VERIFY(m_window->session()->scopedClient().has_value());
        emit m_window->decodedView()->askServerRequested();
        QTRY_VERIFY(m_window->decodedView()->serverVerdict().has_value());
        QVERIFY(m_window->decodedView()->serverVerdict()->ok());
        QCOMPARE(m_window->decodedView()->serverVerdict()->value->tenantId, QStringLiteral("tn_acme"));
        QVERIFY(server.totalRequests() > 0); // the verdict came from this sandbox, over loopback

        // Editing keeps the id; the built-in stays read-only.
        edit->trigger();
        dialog = m_window->findChild<ui::ProfileDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->idEdit()->isReadOnly());
        QCOMPARE(dialog->baseUrlEdit()->text(), server.baseUrl().toString());
        dialog->reject();
        QTRY_VERIFY(!m_window->findChild<ui::ProfileDialog *>());

        // Removal asks first: Cancel keeps it, Remove removes it.
        remove->trigger();
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("removeProfileConfirmation"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("removeProfileConfirmation")));
        QVERIFY(profiles.find(QStringLiteral("local-sandbox")));
        remove->trigger();
        box = m_window->findChild<QMessageBox *>(QStringLiteral("removeProfileConfirmation"));
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("confirmRemoveProfile"))->click();
        QTRY_VERIFY(!profiles.find(QStringLiteral("local-sandbox")));
        QCOMPARE(combo->findData(QStringLiteral("local-sandbox")), -1);
        QCOMPARE(m_window->profileSwitcher()->currentProfile().id, QStringLiteral("production"));
    }

    void profileDialogRefusesBuiltInAndTakenIds()
    {
        const QStringList taken { QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("sandbox"),
                                  QStringLiteral("mine") };
        ui::ProfileDialog dialog(ui::ProfileDialog::Mode::Create, client::Profile::custom({}, {}, {}, {}), taken);
        dialog.baseUrlEdit()->setText(QStringLiteral("https://vendo.example.com"));
        dialog.credentialsUrlEdit()->setText(QStringLiteral("https://credentials.example.com"));
        dialog.nameEdit()->setText(QStringLiteral("Mine"));
        dialog.idEdit()->setText(QStringLiteral("mine"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("exists already")));
        dialog.idEdit()->setText(QStringLiteral("staging"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("built-in")));
        dialog.idEdit()->setText(QStringLiteral("a/b"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        dialog.idEdit()->setText(QStringLiteral("mine-2"));
        QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.problemLabel()->text()));
        dialog.jwksUrlEdit()->setText(QStringLiteral("http://keys.example.com/jwks.json"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("JWKS")));
        QCOMPARE(ui::ProfileDialog::idFromName(QStringLiteral("  Staging EU #2 ")), QStringLiteral("staging-eu-2"));
    }

    // The profile menu button is new width in the toolbar (28 px): the German window with it still fits
    // 1024 px, the button is on screen, and the German dialog says why Save is off.
    void germanEditorFits()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/vendo-inspector_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&german));
        const auto removeTranslator = qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        client::ProfileStore profiles(&settings);
        open(nullptr, &profiles);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->profileSwitcher()->profileMenuButton()->isVisible());
        QVERIFY2(m_window->minimumSizeHint().width() <= 1024,
                 qPrintable(QString::number(m_window->minimumSizeHint().width())));
        m_window->resize(1024, 700);
        auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolbar);
        QTRY_COMPARE(keyState(), KeyStatus::State::Missing); // the longest key status
        // The button sits beside the combo, on screen (not in the toolbar's overflow menu).
        QToolButton *button = m_window->profileSwitcher()->profileMenuButton();
        QVERIFY(button->isVisible());
        const QRect onWindow(button->mapTo(m_window.get(), QPoint(0, 0)), button->size());
        QVERIFY2(m_window->rect().contains(onWindow), qPrintable(QString::number(onWindow.right())));

        m_window->findChild<QAction *>(QStringLiteral("newProfileAction"))->trigger();
        auto *dialog = m_window->findChild<ui::ProfileDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Neues Profil"));
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Test"));
        dialog->baseUrlEdit()->setText(QStringLiteral("http://vendo.example.com"));
        dialog->credentialsUrlEdit()->setText(QStringLiteral("https://credentials.example.com"));
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY2(dialog->problemLabel()->text().contains(QStringLiteral("https")),
                 qPrintable(dialog->problemLabel()->text()));
        dialog->reject();
    }

    void geometryIsRestoredAndNoSecretIsSaved()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        m_store->setStoredKey(QStringLiteral("production"), kKey);
        {
            QSettings settings(file, QSettings::IniFormat);
            open(&settings);
            QTRY_COMPARE(keyState(), KeyStatus::State::Stored);
            m_window->resize(1111, 777);
            m_window->close();
            m_window.reset();
        }
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray contents = saved.readAll();
        QVERIFY(contents.contains("geometry"));
        QVERIFY(!contents.contains(kKey.toUtf8()));
        QSettings settings(file, QSettings::IniFormat);
        open(&settings);
        QCOMPARE(m_window->size(), QSize(1111, 777));
    }
};

QTEST_MAIN(TestUiProfiles)
#include "tst_ui_profiles.moc"

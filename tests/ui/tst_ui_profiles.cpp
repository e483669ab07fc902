#include "FakeSecretStore.h"
#include "app/gui/NetworkServices.h"
#include "ui/dialogs/ApiKeyDialog.h"
#include "ui/widgets/Badge.h"
#include "ui/widgets/MessageBar.h"
#include "ui/window/InspectorSession.h"
#include "ui/window/MainWindow.h"
#include "ui/window/ProfileSwitcher.h"

#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

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

    void open(QSettings *settings = nullptr)
    {
        ui::InspectorContext context;
        context.services = &m_services;
        context.secretStore = m_store.get();
        context.settings = settings;
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

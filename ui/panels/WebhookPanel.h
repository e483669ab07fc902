#pragma once

#include "ui/window/InspectorContext.h"
#include "webhooks/WebhookDiagnosis.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace vendo::jwt {
class Clock;
}
namespace vendo::secrets {
class SecretJob;
class SecretStore;
} // namespace vendo::secrets

namespace vendo::ui {

class Badge;
class MessageBar;

// Verifies a captured webhook delivery as the SDK's webhooks.verify does (docs/service-contract.md
// "Webhooks"): paste or drop a header block with the body, a curl command, a HAR entry, or the headers
// and the body apart; the panel shows the verdict, its reason, the likely cause of a mismatch and the
// event decoded. The secret is the profile's webhook secret from the secret store, shown by its prefix
// only; it is held in memory while the panel lives.
class WebhookPanel : public QWidget
{
    Q_OBJECT

public:
    WebhookPanel(secrets::SecretStore *secrets, const QList<SampleDelivery> &samples, const jwt::Clock &clock,
                 QWidget *parent = nullptr);
    ~WebhookPanel() override;

    // Reads the profile's webhook secret (asynchronously) and verifies again.
    void setProfile(const QString &profileId, const QString &displayName);
    bool hasSecret() const { return !m_secret.isEmpty(); }
    bool isReadingSecret() const { return m_job != nullptr; }

    // The whole capture; or, with `body`, the header lines and the body apart.
    void setDelivery(const QByteArray &capture);
    void setDelivery(const QByteArray &headerLines, const QByteArray &body);
    void loadSample(const QString &id);
    void verify(); // at once (typing verifies after a short pause)

    // The last verification; nullopt before one or when the input was not a delivery.
    const std::optional<webhooks::Diagnosis> &diagnosis() const { return m_diagnosis; }
    Badge *verdictBadge() const { return m_badge; }
    QLabel *reasonLabel() const { return m_reason; }
    QLabel *explanationLabel() const { return m_explanation; }
    QLabel *secretLabel() const { return m_secretLabel; }
    QPlainTextEdit *input() const { return m_input; }
    QPlainTextEdit *bodyInput() const { return m_body; }
    QPlainTextEdit *eventView() const { return m_event; }
    QToolButton *samplesButton() const { return m_samples; }
    MessageBar *messageBar() const { return m_messages; }
    QPushButton *setSecretButton() const { return m_setSecret; }

    // Reads the profile's webhook secret from its store again (after it was set or removed).
    void readSecret();

signals:
    void verified();
    // "Set secret…": the window opens the secret dialog for the current profile.
    void secretEditRequested();

private:
    void showSecretState(const QString &text);
    void showDecoded(const QByteArray &body, bool verifiedBody);
    // Bytes as they came (a paste, a drop, a file or a sample): a text editor would turn CRLF into LF,
    // and the signature is over the exact bytes. Dropped when the operator edits the text.
    bool takeRaw(const QByteArray &bytes, QPlainTextEdit *into);

    secrets::SecretStore *m_store;
    QList<SampleDelivery> m_sampleDeliveries;
    const jwt::Clock &m_clock;
    QString m_profileId;
    QString m_profileName;
    QByteArray m_secret; // memory only; shown by its prefix
    QByteArray m_rawInput; // what m_input shows, byte for byte, until it is edited
    QByteArray m_rawBody;
    bool m_settingText = false;
    QPointer<secrets::SecretJob> m_job;
    std::optional<webhooks::Diagnosis> m_diagnosis;
    QTimer m_verifyTimer;
    MessageBar *m_messages;
    QLabel *m_secretLabel;
    QPushButton *m_reloadSecret;
    QPushButton *m_setSecret;
    QToolButton *m_samples;
    QSpinBox *m_tolerance;
    QCheckBox *m_apart;
    QPushButton *m_verify;
    QPushButton *m_clear;
    QPlainTextEdit *m_input;
    QPlainTextEdit *m_body;
    Badge *m_badge;
    QLabel *m_reason;
    QLabel *m_explanation;
    QPlainTextEdit *m_event;
};

} // namespace vendo::ui

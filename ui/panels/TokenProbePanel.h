#pragma once

#include "client/TokenJob.h"
#include "client/VendoClient.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;

namespace vendo::jwt {
class Clock;
}

namespace vendo::ui {

class MessageBar;
class ProbeModel;
class SecretClipboard;

// Fetches provider tokens for the user: one, several or all providers, in parallel, each row with
// its own progress and outcome. Tokens stay masked unless revealed (briefly) or copied (the
// clipboard is cleared afterwards).
class TokenProbePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TokenProbePanel(const jwt::Clock &clock, QWidget *parent = nullptr);
    ~TokenProbePanel() override;

    void setClient(const std::optional<client::VendoClient> &client);
    void setProviders(const QStringList &slugs);

    void probe(const QStringList &slugs);
    void probeSelected();
    void probeAll();
    // Probes the provider again when its row already shows an outcome (a live event changed its
    // connection); rows never probed, and probes in flight, are left as they are.
    void refreshSlug(const QString &slug);
    void cancel();
    bool isRunning() const { return !m_jobs.isEmpty(); }

    void revealCurrent();
    void copyCurrent();

    ProbeModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    SecretClipboard *clipboard() const { return m_clipboard; }
    MessageBar *messageBar() const { return m_messages; }

signals:
    void probeFinished();

private:
    void onTokenFinished(const client::TokenResult &result);
    void updateControls();
    void updateDetails();
    int currentRow() const;

    const jwt::Clock &m_clock;
    std::optional<client::VendoClient> m_client;
    // The bulk endpoint's batch limit (the sandbox refuses more than 100 slugs).
    static constexpr qsizetype kBulkBatch = 100;
    QHash<QString, QPointer<client::VendoJob>> m_jobs; // slug -> its TokenJob or the TokensJob of its batch
    int m_total = 0;
    ProbeModel *m_model;
    SecretClipboard *m_clipboard;
    MessageBar *m_messages;
    QLineEdit *m_addSlug;
    QPushButton *m_probeSelected;
    QPushButton *m_probeAll;
    QPushButton *m_cancel;
    QToolButton *m_reveal;
    QToolButton *m_copy;
    QProgressBar *m_progress;
    QTableView *m_view;
    QLabel *m_details;
};

} // namespace vendo::ui

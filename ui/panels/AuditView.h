#pragma once

#include "ui/models/AuditJob.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <functional>

class QGridLayout;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace vendo::ui {

class AuditModel;

// The audit of a log in the window: progress with counts and Cancel while it runs, then the tokens
// (line, user, tenant, kid, issued, expires, time and signature verdicts) beside bar charts of the
// counts by verdict, issuer, kid and expiry. Enter or a double-click on a row (or "Inspect") loads
// that identity into the inspector; the table exports as CSV or NDJSON, claims only.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditView(QWidget *parent = nullptr);
    ~AuditView() override;

    // Starts auditing `source` (the previous audit, if still running, is cancelled). The view owns the job.
    void start(AuditJob *job);
    void cancel();

    AuditJob *job() const { return m_job; }
    AuditModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool isRunning() const;
    QString statusText() const;
    // Loads the identity of `row` into the inspector (identityRequested), or says why it cannot.
    void inspectRow(int row);
    // Writes the listed rows to `fileName`: NDJSON for ".ndjson"/".jsonl"/".json", CSV otherwise.
    // Claims only, and every secret the window knows is scrubbed as a last line of defence. Returns
    // the error, empty on success.
    QString exportTo(const QString &fileName);
    // The window's live secrets (client::LiveSecrets::values), asked at each export.
    void setSecretsProvider(std::function<QStringList()> secrets) { m_secrets = std::move(secrets); }

signals:
    void identityRequested(const QByteArray &token, const QString &source);
    void message(const QString &text);

private:
    class Bars;
    void onProgress(const AuditProgress &progress);
    void chooseExportFile();

    QPointer<AuditJob> m_job;
    AuditModel *m_model;
    QLabel *m_title;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_capNote;
    QPushButton *m_cancel;
    QPushButton *m_inspect;
    QPushButton *m_export;
    QTableView *m_table;
    Bars *m_verdicts;
    Bars *m_issuers;
    Bars *m_kids;
    Bars *m_expiry;
    std::function<QStringList()> m_secrets;
    QElapsedTimer m_chartClock; // since the charts were last updated
};

} // namespace vendo::ui

#pragma once

#include "client/HeaderBlock.h"
#include "client/InputClassifier.h"
#include "ui/widgets/Palette.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QMimeData;
class QPlainTextEdit;
class QVBoxLayout;
class QToolButton;

namespace vendo::client {
struct InputClassification;
}

namespace vendo::ui {

class Badge;

// Where the end user's identity comes in: a token, a header block, a curl command or a HAR file,
// pasted, opened or dropped. Finds what forRequest would find and lets the operator pick one of
// several requests or tokens. Parsing runs off the GUI thread: a huge paste never freezes the window.
class IdentityPanel : public QWidget
{
    Q_OBJECT

public:
    // One thing the operator can choose: a request from a block, or a token found in text.
    struct Candidate
    {
        QString label;
        bool fromRequest = false; // a captured request (forRequest) rather than a bare token (forUser)
        client::Result<client::UserIdentity> identity = std::unexpected(client::VendoError {});
        QStringList headerNames; // of the request, to explain what was there instead
        // The token's state before anything is sent ("valid, expires in 42 min", "expired 3 h ago",
        // "malformed") and whose it is (sub, tenant): also part of `label`.
        QString tokenState;
        bool validNow = false;
        bool bearerOnly = false; // a JWT a request sent only as "Authorization: Bearer"
    };

    explicit IdentityPanel(QWidget *parent = nullptr);

    // Takes input from the clipboard, a file or a drop. `source` names it for the summary.
    void setInput(const QByteArray &text, const QString &source);
    // A file, read on a pool thread: a HAR is streamed (HarReader), never held whole.
    void setInputFile(const QString &path, const QString &source);
    void clear();
    void chooseCandidate(int index);

    bool isBusy() const { return m_busy; }
    int candidateCount() const { return int(m_candidates.size()); }
    int currentCandidate() const { return m_current; }
    const QList<Candidate> &candidates() const { return m_candidates; }
    QString outcomeTitle() const;
    QString outcomeText() const;
    QString inputError() const { return m_inputError; }
    QString summaryText() const;
    QString pickerLabelText() const;
    // The input was text without anything shaped like an identity token (nothing was sent).
    bool foundNoToken() const { return m_noToken; }
    // The input was "Bearer <token>" and the prefix was taken off (the outcome says so).
    bool removedBearerPrefix() const { return m_bearerRemoved; }

    // Text or a file that may hold an identity: the test for drops.
    static bool acceptsMime(const QMimeData *mime);

    // A pasted log is audited (auditRequested) up to this size; a file of any size can be opened.
    static constexpr qsizetype kMaxLogPasteBytes = 64 * 1024 * 1024;
    // Whether `text` is a log for the audit view rather than an identity for the panel: larger than a
    // token can be (jwt::kMaxTokenInputBytes), more than one word, not a header block, curl command or
    // HAR that carries an identity, and holding at least one token (docs/architecture.md, "The audit view").
    static bool isLogForAudit(const QByteArray &text, const client::InputClassification &input);

signals:
    // The chosen candidate carries a token: decode it and scope the client to it.
    void identityChosen(const QString &jwt, const QMap<QString, QString> &identityHeaders);
    // No usable identity (rejected input, IdentityNotPresent, cleared).
    void identityCleared();
    void pasteRequested();
    void openRequested();
    // The input is a log: it goes to the audit view, not to the picker.
    void auditRequested(const QByteArray &text, const QString &source);

private:
    struct Parsed;
    static Parsed parse(const QByteArray &text);
    static Parsed parseFile(const QString &path);
    static Parsed describe(const client::InputClassification &input);
    void start(std::function<Parsed()> work, const QString &source, qint64 bytes);
    void applyParsed(const Parsed &parsed, const QString &source, qint64 bytes);
    void showCandidate();
    // An input that opens no identity (rejected, no token, a log sent to the audit): its summary, a
    // badge and the message, no picker, and the identity cleared.
    void showWithoutIdentity(const QString &summary, const QString &badge, Tone tone, const QString &message);
    // The widgets that show an input (summary, picker, outcome, details): made with the first one.
    void ensureInputWidgets();

    quint64 m_generation = 0;
    QByteArray m_pendingText; // the input being parsed
    bool m_busy = false;
    QList<Candidate> m_candidates;
    int m_current = -1;
    qsizetype m_tokensInText = 0;
    QString m_inputError;
    bool m_noToken = false;
    bool m_bearerRemoved = false;

    QVBoxLayout *m_layout = nullptr;
    QLabel *m_placeholder;
    QLabel *m_summary = nullptr;
    QComboBox *m_picker = nullptr;
    QLabel *m_pickerLabel = nullptr;
    Badge *m_outcomeBadge = nullptr;
    QLabel *m_outcome = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QToolButton *m_pasteButton;
    QToolButton *m_openButton;
    QToolButton *m_clearButton;
};

} // namespace vendo::ui

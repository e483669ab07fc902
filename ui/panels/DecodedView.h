#pragma once

#include "client/Responses.h"
#include "jwt/Claims.h"
#include "jwt/Verdict.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace vendo::jwt {
class Clock;
}

namespace vendo::ui {

class Badge;
class ClaimsModel;

// The decoded identity token: header and payload as the issuer wrote them, the claims explained,
// the three verdicts, a live expiry countdown and the server's own opinion on demand.
class DecodedView : public QWidget
{
    Q_OBJECT

public:
    explicit DecodedView(const jwt::Clock &clock, QWidget *parent = nullptr);

    void setToken(const QString &token, const jwt::VerdictOptions &options);
    void clear();
    // Nothing to decode, and the reason is elsewhere (e.g. the identity panel explains it).
    void showNoToken(const QString &why);
    bool hasToken() const { return m_hasToken; }

    // The signature result arrives later (the key set may have to be fetched).
    void setSignatureCheck(const jwt::SignatureCheck &check);
    // The key set is being fetched: the signature badge says so until setSignatureCheck().
    void setSignaturePending();
    void setServerBusy();
    void setServerVerdict(const client::WhoamiResult &result);
    void setAskServerEnabled(bool enabled, const QString &why = {});

    const jwt::DecodedJwt &decoded() const { return m_decoded; }
    const QList<jwt::Claim> &claims() const { return m_claims; }
    const jwt::Verdict &verdict() const { return m_verdict; }
    const std::optional<client::WhoamiResult> &serverVerdict() const { return m_server; }

    // The verdict page (badges, JSON views, claims) is built with the first token, or when asked for
    // here: a window opens on the placeholder, and the page's fonts and views would cost its first frame.
    Badge *structureBadge();
    Badge *timeBadge();
    Badge *signatureBadge();
    QLabel *countdown();
    ClaimsModel *claimsModel() const { return m_claimsModel; }
    QString detailsText() const;

    // "ok"/"malformed", ... as shown in badges, translated.
    static QString signatureText(jwt::SignatureStatus status);
    static QString timeText(jwt::TimeStatus status);

signals:
    void askServerRequested();

private:
    void ensureContent();
    // The first paragraph is the title.
    void setPlaceholder(const QStringList &paragraphs);
    void rejudge();
    void tick();
    void updateBadges();

    const jwt::Clock &m_clock;
    bool m_hasToken = false;
    bool m_signaturePending = false;
    jwt::DecodedJwt m_decoded;
    QList<jwt::Claim> m_claims;
    jwt::VerdictOptions m_options;
    jwt::SignatureCheck m_signatureCheck;
    jwt::Verdict m_verdict;
    std::optional<client::WhoamiResult> m_server;
    QTimer m_ticker;

    bool m_askServerEnabled = true; // until the window says otherwise
    QString m_askServerWhy;

    QStackedWidget *m_stack;
    QLabel *m_placeholderTitle;
    QLabel *m_placeholder;
    ClaimsModel *m_claimsModel;
    // The verdict page, built by ensureContent().
    QWidget *m_content = nullptr;
    Badge *m_structure = nullptr;
    Badge *m_time = nullptr;
    Badge *m_signature = nullptr;
    QLabel *m_countdown = nullptr;
    QSpinBox *m_leeway = nullptr;
    QPushButton *m_askServer = nullptr;
    Badge *m_serverBadge = nullptr;
    QLabel *m_serverText = nullptr;
    QToolButton *m_detailsToggle = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_warnings = nullptr;
    QPlainTextEdit *m_header = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QTableView *m_claimsView = nullptr;
};

} // namespace vendo::ui

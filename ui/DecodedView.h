#pragma once

#include "client/Responses.h"
#include "jwt/Claims.h"
#include "jwt/Verdict.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
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

    Badge *structureBadge() const { return m_structure; }
    Badge *timeBadge() const { return m_time; }
    Badge *signatureBadge() const { return m_signature; }
    QLabel *countdown() const { return m_countdown; }
    ClaimsModel *claimsModel() const { return m_claimsModel; }
    QString detailsText() const;

    // "ok"/"malformed", ... as shown in badges, translated.
    static QString signatureText(jwt::SignatureStatus status);
    static QString timeText(jwt::TimeStatus status);

signals:
    void askServerRequested();

private:
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

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    Badge *m_structure;
    Badge *m_time;
    Badge *m_signature;
    QLabel *m_countdown;
    QPushButton *m_askServer;
    Badge *m_serverBadge;
    QLabel *m_serverText;
    QToolButton *m_detailsToggle;
    QLabel *m_details;
    QLabel *m_warnings;
    QPlainTextEdit *m_header;
    QPlainTextEdit *m_payload;
    ClaimsModel *m_claimsModel;
    QTableView *m_claimsView;
};

} // namespace vendo::ui

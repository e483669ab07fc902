#include "ui/panels/DecodedView.h"

#include "jwt/Clock.h"
#include "jwt/JwtDecoder.h"
#include "jwt/RawJson.h"
#include "jwt/TerminalSafe.h"
#include "jwt/TokenJudge.h"
#include "ui/models/ClaimsModel.h"
#include "ui/widgets/Badge.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/JsonHighlighter.h"
#include "ui/widgets/PlainToolTip.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace vendo::ui {

using jwt::SignatureStatus;
using jwt::TimeStatus;

namespace {

QPlainTextEdit *jsonView(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(view->document());
    return view;
}

// Indented when that stays small; otherwise as received (RawJson::pretty bounds the work for any
// token within the input limit), and the view's tool tip says why. Bidirectional formatting
// characters, DEL and C1 are written as \u escapes (the same JSON), so that none reorders the text.
void showJson(QPlainTextEdit *view, const QByteArray &json)
{
    const jwt::RawJson::Pretty pretty = jwt::RawJson::pretty(json);
    QByteArray safe;
    jwt::appendTerminalSafeJson(safe, pretty.text);
    view->setPlainText(QString::fromUtf8(safe));
    view->setToolTip(jwt::RawJson::layoutNote(pretty.layout));
}

// "<p><b>Title</b></p><p>One</p><p>Two</p>" as plain paragraphs (the catalogue's messages keep their
// markup so that their translations still match).
QStringList paragraphs(const QString &html)
{
    QStringList result;
    for (const QString &paragraph : html.split(QLatin1String("</p>"), Qt::SkipEmptyParts)) {
        QString text;
        bool inTag = false;
        for (const QChar c : paragraph) {
            if (c == QLatin1Char('<'))
                inTag = true;
            else if (c == QLatin1Char('>'))
                inTag = false;
            else if (!inTag)
                text += c;
        }
        if (!text.trimmed().isEmpty())
            result << text.trimmed();
    }
    return result;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    return box;
}

} // namespace

DecodedView::DecodedView(const jwt::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_stack(new QStackedWidget(this))
    , m_placeholderTitle(new QLabel(this))
    , m_placeholder(new QLabel(this))
    , m_claimsModel(new ClaimsModel(clock, this))
{
    setObjectName(QStringLiteral("decodedView"));
    // The title sits just above the middle, the explanation just below.
    // Added to the stack before it has a layout: the stack shows its first page at once, and showing
    // a widget activates its layout (measuring text) even while the window is still hidden.
    auto *empty = new QWidget(this);
    m_stack->addWidget(empty);
    m_placeholderTitle->setObjectName(QStringLiteral("decodedPlaceholderTitle"));
    // The title stands out: larger and bold, above the greyed explanation.
    QFont title = m_placeholderTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.3);
    m_placeholderTitle->setFont(title);
    m_placeholderTitle->setTextFormat(Qt::PlainText);
    m_placeholderTitle->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    m_placeholderTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    m_placeholder->setObjectName(QStringLiteral("decodedPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addWidget(m_placeholderTitle);
    emptyLayout->addSpacing(6);
    emptyLayout->addWidget(m_placeholder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_stack);

    m_ticker.setInterval(std::chrono::seconds(1));
    connect(&m_ticker, &QTimer::timeout, this, &DecodedView::tick);
    clear();
}

void DecodedView::ensureContent()
{
    if (m_content)
        return;
    m_content = new QWidget(this);
    m_structure = new Badge(m_content);
    m_time = new Badge(m_content);
    m_signature = new Badge(m_content);
    m_countdown = new QLabel(m_content);
    m_leeway = new QSpinBox(m_content);
    m_askServer = new QPushButton(actionIcon(QStringLiteral("ask-server")), tr("Ask the server"), m_content);
    m_serverBadge = new Badge(m_content);
    m_serverText = new QLabel(m_content);
    m_detailsToggle = new QToolButton(m_content);
    m_details = new QLabel(m_content);
    m_warnings = new QLabel(m_content);
    m_header = jsonView(m_content, QStringLiteral("headerJson"), tr("Header JSON"));
    m_payload = jsonView(m_content, QStringLiteral("payloadJson"), tr("Payload JSON"));
    m_claimsView = new QTableView(m_content);

    m_structure->setObjectName(QStringLiteral("structureBadge"));
    m_time->setObjectName(QStringLiteral("timeBadge"));
    m_signature->setObjectName(QStringLiteral("signatureBadge"));
    m_countdown->setObjectName(QStringLiteral("expiryCountdown"));
    QFont big = m_countdown->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_countdown->setFont(big);
    // The service enforces exp with no leeway (docs/service-contract.md), so the headline verdict uses
    // none; a local leeway is the operator's explicit choice for tokens of other issuers.
    m_leeway->setObjectName(QStringLiteral("localLeeway"));
    m_leeway->setRange(0, 3600);
    m_leeway->setSingleStep(30);
    m_leeway->setSuffix(tr(" s leeway"));
    m_leeway->setSpecialValueText(tr("No leeway"));
    m_leeway->setAccessibleName(tr("Local leeway for exp and nbf"));
    m_leeway->setToolTip(tr("The Vendo service allows no leeway for exp, and the verdict follows it. Set a local "
                            "leeway only for tokens of other issuers."));
    m_askServer->setObjectName(QStringLiteral("askServer"));
    m_serverBadge->setObjectName(QStringLiteral("serverBadge"));
    m_serverBadge->hide();
    m_serverText->setObjectName(QStringLiteral("serverText"));
    m_serverText->setTextFormat(Qt::PlainText);
    m_serverText->setWordWrap(true);
    m_serverText->hide();
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolTip(tr("Show why each verdict is what it is"));
    m_details->setObjectName(QStringLiteral("verdictDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();
    m_warnings->setObjectName(QStringLiteral("verdictWarnings"));
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);

    m_claimsView->setObjectName(QStringLiteral("claimsView"));
    m_claimsView->setAccessibleName(tr("Claims"));
    m_claimsView->setModel(m_claimsModel);
    m_claimsView->verticalHeader()->hide();
    // One line of text a row: five claims or more show on a 1024 x 700 screen.
    m_claimsView->verticalHeader()->setDefaultSectionSize(m_claimsView->fontMetrics().height() + 8);
    m_claimsView->setAlternatingRowColors(true);
    m_claimsView->setWordWrap(false);
    m_claimsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_claimsView->horizontalHeader()->setSectionResizeMode(ClaimsModel::Meaning, QHeaderView::Stretch);
    m_claimsView->setColumnWidth(ClaimsModel::Name, 110);
    m_claimsView->setColumnWidth(ClaimsModel::Value, 190);
    m_claimsView->setColumnWidth(ClaimsModel::Time, 400);

    // When the server has answered, its verdict leads the row (hidden until then).
    // Two rows, so that the window fits a 1024 px screen in every language: the verdicts and the
    // server's question, then the countdown and how the time is judged.
    auto *badges = new QHBoxLayout;
    badges->addWidget(m_serverBadge);
    badges->addWidget(m_structure);
    badges->addWidget(m_time);
    badges->addWidget(m_signature);
    badges->addStretch();
    badges->addWidget(m_askServer);
    auto *timing = new QHBoxLayout;
    timing->addWidget(m_countdown);
    timing->addStretch();
    timing->addWidget(m_leeway);
    timing->addWidget(m_detailsToggle);

    auto *json = new QSplitter(Qt::Horizontal, m_content);
    json->addWidget(titled(tr("Header"), m_header, m_content));
    json->addWidget(titled(tr("Payload"), m_payload, m_content));
    json->setStretchFactor(0, 2);
    json->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Vertical, m_content);
    split->addWidget(json);
    split->addWidget(titled(tr("Claims"), m_claimsView, m_content));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(badges);
    contentLayout->addLayout(timing);
    contentLayout->addWidget(m_serverText);
    contentLayout->addWidget(m_warnings);
    contentLayout->addWidget(m_details);
    contentLayout->addWidget(split, 1);
    m_stack->addWidget(m_content);

    connect(m_askServer, &QPushButton::clicked, this, &DecodedView::askServerRequested);
    connect(m_detailsToggle, &QToolButton::toggled, m_details, &QLabel::setVisible);
    connect(m_leeway, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_options.leewaySeconds = seconds;
        if (m_hasToken)
            rejudge();
    });
    setAskServerEnabled(m_askServerEnabled, m_askServerWhy);
    updateBadges();
}

void DecodedView::setPlaceholder(const QStringList &paragraphs)
{
    m_placeholderTitle->setText(paragraphs.value(0));
    m_placeholder->setText(paragraphs.mid(1).join(QStringLiteral("\n\n")));
}

Badge *DecodedView::structureBadge()
{
    ensureContent();
    return m_structure;
}

Badge *DecodedView::timeBadge()
{
    ensureContent();
    return m_time;
}

Badge *DecodedView::signatureBadge()
{
    ensureContent();
    return m_signature;
}

QLabel *DecodedView::countdown()
{
    ensureContent();
    return m_countdown;
}

void DecodedView::clear()
{
    m_hasToken = false;
    m_signaturePending = false;
    m_ticker.stop();
    m_decoded = {};
    m_claims.clear();
    m_claimsModel->setClaims({});
    m_signatureCheck = {};
    m_verdict = {};
    m_server.reset();
    if (m_content) {
        m_header->clear();
        m_payload->clear();
        m_serverBadge->hide();
        m_serverText->hide();
    }
    // One message in the catalogue, as translated: its first paragraph is the title.
    setPlaceholder(paragraphs(tr("<p style='font-size:large'><b>No identity token yet</b></p>"
                                 "<p>Paste an end user's identity token, a request's headers, a curl command or a HAR "
                                 "file anywhere in the window (Ctrl+V), open one (Ctrl+O) or drop it here.</p>"
                                 "<p>The token is decoded and judged here; the user's connections and provider tokens "
                                 "appear below.</p>")));
    m_stack->setCurrentIndex(0);
}

void DecodedView::showNoToken(const QString &why)
{
    clear();
    setPlaceholder({ tr("No identity token to decode"), why });
}

void DecodedView::setToken(const QString &token, const jwt::VerdictOptions &options)
{
    clear();
    ensureContent();
    m_hasToken = true;
    m_options = options;
    m_options.leewaySeconds = m_leeway->value();
    m_decoded = jwt::decode(token.toUtf8());
    m_claims = jwt::Claims::fromToken(m_decoded);
    m_claimsModel->setClaims(m_claims);
    showJson(m_header, m_decoded.headerJson);
    showJson(m_payload, m_decoded.payloadJson);
    m_stack->setCurrentIndex(1);
    rejudge();
    m_ticker.start();
}

void DecodedView::setSignaturePending()
{
    m_signaturePending = true;
    updateBadges();
}

void DecodedView::setSignatureCheck(const jwt::SignatureCheck &check)
{
    m_signaturePending = false;
    m_signatureCheck = check;
    rejudge();
}

void DecodedView::rejudge()
{
    m_verdict = jwt::TokenJudge::judge(m_decoded, m_claims, m_clock, m_options, m_signatureCheck);
    updateBadges();
}

void DecodedView::tick()
{
    // Time verdicts and relative times move with the clock; structure and signature do not.
    rejudge();
    m_claimsModel->refreshTimes();
}

QString DecodedView::timeText(TimeStatus status)
{
    switch (status) {
    case TimeStatus::Valid:
        return tr("Time: valid");
    case TimeStatus::Expired:
        return tr("Time: expired");
    case TimeStatus::NotYetValid:
        return tr("Time: not yet valid");
    case TimeStatus::NoExp:
        return tr("Time: no exp");
    case TimeStatus::Unknown:
        return tr("Time: unknown");
    }
    return {};
}

QString DecodedView::signatureText(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::NotChecked:
        return tr("Signature: not checked");
    case SignatureStatus::Valid:
        return tr("Signature: valid");
    case SignatureStatus::Invalid:
        return tr("Signature: invalid");
    case SignatureStatus::KeyNotFound:
        return tr("Signature: key not found");
    case SignatureStatus::UnsupportedAlg:
        return tr("Signature: unsupported alg");
    case SignatureStatus::Unsigned:
        return tr("Signature: unsigned");
    }
    return {};
}

void DecodedView::updateBadges()
{
    if (!m_content)
        return;
    const jwt::Verdict &v = m_verdict;
    QStringList problems;
    for (const jwt::StructureProblem &problem : v.problems)
        problems << problem.message;
    m_structure->setBadge(v.structureOk ? tr("Structure: OK") : tr("Structure: malformed"),
                          v.structureOk ? Tone::Good : Tone::Bad,
                          v.structureOk ? tr("Three well-formed segments with JSON header and payload")
                                        : problems.join(QLatin1Char('\n')));

    Tone timeTone = Tone::Neutral;
    if (v.time == TimeStatus::Valid)
        timeTone = v.timeDeltaSeconds < 300 ? Tone::Warning : Tone::Good;
    else if (v.time == TimeStatus::Expired || v.time == TimeStatus::NotYetValid)
        timeTone = Tone::Bad;
    else if (v.time == TimeStatus::NoExp)
        timeTone = Tone::Warning;
    m_time->setBadge(timeText(v.time), timeTone, v.timeText());

    Tone signatureTone = Tone::Neutral;
    if (v.signature.status == SignatureStatus::Valid)
        signatureTone = Tone::Good;
    else if (v.signature.status != SignatureStatus::NotChecked)
        signatureTone = Tone::Bad;
    if (m_signaturePending)
        m_signature->setBadge(tr("Signature: checking…"), Tone::Info, tr("Loading the profile's key set (JWKS)"));
    else
        m_signature->setBadge(signatureText(v.signature.status), signatureTone, v.signature.detail);

    // The countdown: colour changes under five minutes, and after expiry it counts up.
    const auto exp = std::find_if(m_claims.cbegin(), m_claims.cend(), [](const jwt::Claim &claim) {
        return claim.name == "exp" && claim.date && claim.date->usable();
    });
    if (exp != m_claims.cend()) {
        const qint64 now = m_verdict.evaluatedAt;
        const qint64 left = exp->date->seconds - now;
        // Not valid yet: when it becomes valid matters, not when it expires.
        const bool early = v.time == TimeStatus::NotYetValid;
        m_countdown->setText(early ? jwt::relativePhrase("nbf", now + v.timeDeltaSeconds, now)
                                   : jwt::relativePhrase("exp", exp->date->seconds, now));
        const Tone tone = left <= 0 || early ? Tone::Bad : (left < 300 ? Tone::Warning : Tone::Good);
        QPalette pal = m_countdown->palette();
        pal.setColor(QPalette::WindowText, Palette::strong(tone, palette()));
        m_countdown->setPalette(pal);
        m_countdown->setProperty("tone", int(tone));
        m_countdown->show();
    } else {
        m_countdown->setText(tr("no expiry"));
        m_countdown->setProperty("tone", int(Tone::Warning));
    }

    QStringList warnings;
    for (const jwt::Warning &warning : v.warnings)
        warnings << QStringLiteral("⚠ ") + warning.message;
    m_warnings->setText(shownText(warnings.join(QLatin1Char('\n'))));
    m_warnings->setVisible(!warnings.isEmpty());
    m_details->setText(shownText(detailsText()));
}

QString DecodedView::detailsText() const
{
    const jwt::Verdict &v = m_verdict;
    QStringList lines;
    if (v.structureOk) {
        lines << tr("Structure: three segments, header and payload are JSON objects.");
    } else {
        for (const jwt::StructureProblem &problem : v.problems)
            lines << tr("Structure: %1").arg(problem.message);
    }
    for (const QString &note : m_decoded.cleanup)
        lines << tr("Input: %1").arg(note);
    lines << (v.leewaySeconds > 0
                  ? tr("Time: %1 (local leeway %2 s; the service allows none)").arg(v.timeText()).arg(v.leewaySeconds)
                  : tr("Time: %1 (no leeway, as the service)").arg(v.timeText()));
    lines << tr("Signature: %1")
                 .arg(v.signature.detail.isEmpty() ? signatureText(v.signature.status) : v.signature.detail);
    return lines.join(QLatin1Char('\n'));
}

void DecodedView::setAskServerEnabled(bool enabled, const QString &why)
{
    m_askServerEnabled = enabled;
    m_askServerWhy = why;
    if (!m_content)
        return;
    m_askServer->setEnabled(enabled);
    m_askServer->setToolTip(enabled ? tr("Ask the service what it thinks of this token: whoami as the user "
                                         "(Ctrl+Shift+W)")
                                    : why);
}

void DecodedView::setServerBusy()
{
    ensureContent();
    m_serverBadge->setBadge(tr("Server: asking…"), Tone::Info);
    m_serverBadge->show();
    m_serverText->hide();
}

void DecodedView::setServerVerdict(const client::WhoamiResult &result)
{
    m_server = result;
    ensureContent();
    if (result.ok()) {
        m_serverBadge->setBadge(tr("Server: valid"), Tone::Good);
        m_serverText->setText(shownText(tr("The service accepts this token (HTTP %1, %2 ms): tenant %3.")
                                            .arg(result.meta.httpStatus)
                                            .arg(result.meta.durationMs)
                                            .arg(result.value->tenantId)));
    } else {
        const client::VendoError &error = result.value.error();
        m_serverBadge->setBadge(tr("Server: %1").arg(error.className()), Tone::Bad);
        m_serverText->setText(
            shownText(tr("The service refuses this token: %1 %2").arg(error.summary(), error.remediation())));
    }
    m_serverBadge->show();
    m_serverText->show();
}

} // namespace vendo::ui

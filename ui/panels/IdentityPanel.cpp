#include "ui/panels/IdentityPanel.h"

#include "client/InputClassifier.h"
#include "client/Redaction.h"
#include "jwt/JwtDecoder.h"
#include "jwt/TokenExtractor.h"
#include "ui/widgets/Badge.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/PlainToolTip.h"
#include "ui/window/Logging.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPromise>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace vendo::ui {

using client::Result;
using client::UserIdentity;
using client::VendoError;

struct IdentityPanel::Parsed
{
    QString error; // the input as a whole is unusable
    QString format; // "curl command", "token", ...
    bool noToken = false; // text without anything shaped like an identity token
    bool bearerRemoved = false; // "Bearer <token>": the prefix was taken off (the SDK takes the token alone)
    bool audit = false; // a log: for the audit view
    QList<Candidate> candidates;
    int preferred = 0; // the candidate to start with (InputClassification::preferredCandidate)
    qsizetype tokensInText = 0; // tokens offered after requests that carry no identity
    qsizetype tokensNotOffered = 0; // distinct tokens past TokenFinder::kMaxCandidates
    // Of a multi-request input (HarReader lists a bounded number): requests in all, with an identity,
    // with an identity but not listed, without one and not offered.
    qsizetype requestCount = 0;
    qsizetype identityRequests = 0;
    qsizetype identityNotListed = 0;
    qsizetype othersNotOffered = 0;
    qsizetype bearerOnly = 0;
};

namespace {

QString describeToken(const jwt::DecodedJwt &decoded)
{
    QStringList parts;
    if (decoded.payload) {
        const QString sub = decoded.payload->value(QStringLiteral("sub")).toString();
        const QString email = decoded.payload->value(QStringLiteral("email")).toString();
        if (!email.isEmpty())
            parts << email;
        if (!sub.isEmpty())
            parts << IdentityPanel::tr("sub %1").arg(sub.left(13));
    }
    if (!decoded.kid().isEmpty())
        parts << IdentityPanel::tr("kid %1").arg(decoded.kid());
    return parts.join(QStringLiteral(" · "));
}

// A pasted log can parse as a header block with thousands of "headers": name the first few and
// count the rest, so the details stay one short line rather than a megabyte that the text view would
// lay out on the GUI thread.
QString headerNameList(const QStringList &names)
{
    constexpr qsizetype kShown = 20;
    if (names.size() <= kShown)
        return names.join(QStringLiteral(", "));
    return IdentityPanel::tr("%1 and %n more", nullptr, int(names.size() - kShown))
        .arg(names.first(kShown).join(QStringLiteral(", ")));
}

// Who the support call is about, at a glance: the user-facing claims of the token, if readable.
QStringList whoTheTokenNames(const QString &token)
{
    const jwt::DecodedJwt decoded = jwt::decode(token.toUtf8());
    if (!decoded.payload)
        return {};
    const QJsonObject &payload = *decoded.payload;
    // A claim can be tens of kilobytes in a hostile token; laying that out word-wrapped took the GUI
    // thread over a second. A glance needs its start.
    constexpr qsizetype kShownCharacters = 200;
    const auto shortened = [](const QString &value) {
        return value.size() <= kShownCharacters ? value : value.left(kShownCharacters) + QStringLiteral("…");
    };
    const auto text = [&](const QString &key) { return shortened(payload.value(key).toString()); };
    QStringList lines { QString() };
    const QString name
        = shortened(payload.value(QStringLiteral("user_metadata")).toObject().value(QStringLiteral("name")).toString());
    if (!name.isEmpty())
        lines << IdentityPanel::tr("Name: %1").arg(name);
    if (!text(QStringLiteral("email")).isEmpty())
        lines << IdentityPanel::tr("Email: %1").arg(text(QStringLiteral("email")));
    if (!text(QStringLiteral("sub")).isEmpty())
        lines << IdentityPanel::tr("User id (sub): %1").arg(text(QStringLiteral("sub")));
    const QString tenant = shortened(
        payload.value(QStringLiteral("app_metadata")).toObject().value(QStringLiteral("tenant_id")).toString());
    if (!tenant.isEmpty())
        lines << IdentityPanel::tr("Tenant: %1").arg(tenant);
    if (!text(QStringLiteral("role")).isEmpty())
        lines << IdentityPanel::tr("Role: %1").arg(text(QStringLiteral("role")));
    if (!text(QStringLiteral("session_id")).isEmpty())
        lines << IdentityPanel::tr("Session: %1").arg(text(QStringLiteral("session_id")));
    return lines.size() > 1 ? lines : QStringList();
}

// "valid, expires in 42 min · sub a11ce000-0000-… · tenant tn_acme": what the picker says of a token.
QString tokenStateText(const client::CandidateToken &token)
{
    QStringList parts;
    parts << (token.structureOk ? token.timeText : IdentityPanel::tr("malformed"));
    if (!token.email.isEmpty())
        parts << token.email.left(60);
    if (!token.subject.isEmpty())
        parts << IdentityPanel::tr("sub %1").arg(
            token.subject.size() > 14 ? token.subject.left(13) + QStringLiteral("…") : token.subject);
    if (!token.tenant.isEmpty())
        parts << IdentityPanel::tr("tenant %1").arg(token.tenant.left(40));
    return parts.join(QStringLiteral(" · "));
}

// A HAR's startedDateTime as a person reads it: "2026-12-01 09:12:02 UTC" (as written when it is not ISO).
QString requestTime(const QString &time)
{
    const QDateTime parsed = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return time;
    return parsed.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

} // namespace

namespace {

bool isMoreThanOneWord(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    return trimmed.contains('\n') || trimmed.contains(' ') || trimmed.contains('\t');
}

} // namespace

bool IdentityPanel::isLogForAudit(const QByteArray &text, const client::InputClassification &input)
{
    using Kind = client::InputClassification::Kind;
    if (text.size() <= jwt::kMaxTokenInputBytes)
        return false;
    // One word is a token, however large: the decoder's limit is the message for it.
    if (!isMoreThanOneWord(text))
        return false;
    if (input.firstRequestWithIdentity >= 0 || input.kind == Kind::Har || input.kind == Kind::Curl
        || input.kind == Kind::JsonHeaders || input.kind == Kind::DevToolsList)
        return false;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        if (!jwt::TokenExtractor::extract(QByteArrayView(text).sliced(start, end - start)).isEmpty())
            return true;
        start = end + 1;
    }
    return false;
}

IdentityPanel::Parsed IdentityPanel::parse(const QByteArray &text)
{
    Parsed parsed;
    // A log larger than a token can be goes to the audit view (issue 19 item 5), up to the paste limit.
    if (text.size() > kMaxLogPasteBytes) {
        parsed.error = tr("This input is %1: a token is at most %2, and a pasted log is audited up to %3. Save a "
                          "larger log to a file and open it (Ctrl+O): files of any size are audited.")
                           .arg(QLocale().formattedDataSize(text.size()),
                                tr("%1 bytes").arg(QLocale().toString(jwt::kMaxTokenInputBytes)),
                                QLocale().formattedDataSize(kMaxLogPasteBytes, 0));
        return parsed;
    }
    // What the input is and the identities in it are decided in core (docs/architecture.md, "From a
    // paste to a verdict"); the panel only words it.
    const client::InputClassification input = client::InputClassifier::classify(text);
    if (isLogForAudit(text, input)) {
        parsed.audit = true;
        return parsed;
    }
    if (input.error && isMoreThanOneWord(text)) {
        // Text over a token's size without a token in it: no identity, not an oversized token.
        parsed.noToken = true;
        return parsed;
    }
    return describe(input);
}

IdentityPanel::Parsed IdentityPanel::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        Parsed parsed;
        parsed.error = tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return parsed;
    }
    return describe(client::InputClassifier::classify(file));
}

IdentityPanel::Parsed IdentityPanel::describe(const client::InputClassification &input)
{
    using Kind = client::InputClassification::Kind;
    Parsed parsed;
    if (input.kind == Kind::Empty) {
        parsed.error = tr("Nothing to inspect: the input is empty.");
        return parsed;
    }
    if (input.error) {
        parsed.error = input.error->message;
        return parsed;
    }
    if (input.noIdentityToken()) {
        parsed.noToken = true;
        return parsed;
    }
    const bool requestsOffered
        = std::any_of(input.candidates.cbegin(), input.candidates.cend(), [](const client::IdentityCandidate &c) {
              return c.origin == client::IdentityCandidate::Origin::Request;
          });
    const bool oneToken = input.kind == Kind::Token || input.kind == Kind::Bearer;
    parsed.bearerRemoved = input.kind == Kind::Bearer;
    qsizetype tokenNumber = 0;
    for (const client::IdentityCandidate &found : input.candidates) {
        Candidate candidate;
        candidate.identity = found.identity;
        candidate.fromRequest = found.origin == client::IdentityCandidate::Origin::Request;
        candidate.headerNames = found.headerNames;
        candidate.bearerOnly = found.bearerOnly;
        if (found.token) {
            candidate.tokenState = tokenStateText(*found.token);
            candidate.validNow = found.token->validNow();
        }
        if (candidate.fromRequest || found.bearerOnly) {
            // The request as the operator recognises it, its URL redacted (a link may carry the app key).
            const client::CapturedRequest &request = input.requests.at(found.request);
            QStringList parts { client::Redaction::text(request.label()) };
            if (request.status > 0)
                parts << QStringLiteral("HTTP %1").arg(request.status);
            if (!request.time.isEmpty())
                parts << requestTime(request.time);
            candidate.label = parts.join(QStringLiteral(" · "));
            if (found.bearerOnly)
                candidate.label = tr("Bearer token (not X-Vendo-User-JWT) of %1").arg(candidate.label);
            if (!candidate.tokenState.isEmpty())
                candidate.label += QStringLiteral(" — ") + candidate.tokenState;
        } else if (oneToken) {
            candidate.label = tr("Token");
        } else {
            ++tokenNumber;
            candidate.label = (requestsOffered ? tr("Token %1 in the text: %2") : tr("Token %1: %2"))
                                  .arg(tokenNumber)
                                  .arg(describeToken(jwt::decode(found.identity->jwt.toLatin1())));
            if (found.line > 0)
                candidate.label += QStringLiteral(" · ") + tr("line %1").arg(found.line);
            if (!candidate.tokenState.isEmpty())
                candidate.label += QStringLiteral(" — ") + candidate.tokenState;
        }
        // A request line, a sub or a tenant as the input wrote them: shown escaped, in the picker and its tool tip.
        candidate.label = shownText(candidate.label);
        parsed.candidates << candidate;
    }
    parsed.preferred = int(input.preferredCandidate());
    parsed.tokensInText = requestsOffered ? input.tokensInText : 0;
    parsed.tokensNotOffered = input.tokensNotOffered;
    parsed.requestCount = input.requestCount;
    parsed.identityRequests = input.identityRequestCount;
    parsed.identityNotListed = input.identityRequestsNotListed;
    parsed.othersNotOffered = input.requestsWithoutIdentityNotOffered;
    parsed.bearerOnly = input.bearerOnlyRequestCount;
    if (input.isRequestBlock() && input.kind != Kind::Text)
        parsed.format = client::InputClassification::kindName(input.kind);
    else if (oneToken)
        parsed.format = tr("token");
    else
        parsed.format = tr("text with %n token(s)", nullptr, int(input.tokensInText));
    return parsed;
}

IdentityPanel::IdentityPanel(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(this))
    , m_pasteButton(new QToolButton(this))
    , m_openButton(new QToolButton(this))
    , m_clearButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("identityPanel"));
    m_placeholder->setObjectName(QStringLiteral("identityPlaceholder"));
    // Short: the empty decoded view beside it says what can be pasted, opened or dropped, and how.
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Nothing pasted or opened yet."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMinimumHeight(80);
    m_placeholder->setFrameShape(QFrame::StyledPanel);
    m_placeholder->setFrameShadow(QFrame::Sunken);
    // Raised only under the pointer, like the toolbar's: the panel's actions, not a form's buttons
    // (and no bevel to draw for each in the first frame).
    const auto action = [](QToolButton *button, const QString &icon, const QString &text) {
        button->setIcon(actionIcon(icon));
        button->setText(text);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
    };
    action(m_pasteButton, QStringLiteral("paste"), tr("Paste"));
    action(m_openButton, QStringLiteral("open"), tr("Open…"));
    action(m_clearButton, QStringLiteral("clear-text"), tr("Clear"));
    m_pasteButton->setToolTip(tr("Paste from the clipboard (Ctrl+V)"));
    m_openButton->setToolTip(tr("Open a token, header, curl or HAR file (Ctrl+O)"));
    m_clearButton->setToolTip(tr("Forget the current input"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pasteButton);
    buttons->addWidget(m_openButton);
    buttons->addStretch();
    buttons->addWidget(m_clearButton);

    m_layout = new QVBoxLayout(this);
    m_layout->addLayout(buttons);
    m_layout->addWidget(m_placeholder);

    connect(m_pasteButton, &QToolButton::clicked, this, &IdentityPanel::pasteRequested);
    connect(m_openButton, &QToolButton::clicked, this, &IdentityPanel::openRequested);
    connect(m_clearButton, &QToolButton::clicked, this, &IdentityPanel::clear);
    clear();
}

void IdentityPanel::ensureInputWidgets()
{
    if (m_details)
        return;
    m_summary = new QLabel(this);
    m_picker = new QComboBox(this);
    m_pickerLabel = new QLabel(this); // its text, with the cap when one applies, comes with the candidates
    m_outcomeBadge = new Badge(this);
    m_outcome = new QLabel(this);
    m_details = new QPlainTextEdit(this);
    m_details->setAccessibleName(tr("What was found in the input"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_picker->setObjectName(QStringLiteral("identityPicker"));
    m_picker->setAccessibleName(tr("Identity to inspect"));
    m_pickerLabel->setObjectName(QStringLiteral("identityPickerLabel"));
    m_picker->setToolTip(tr("The input holds several requests or tokens: choose the one to inspect"));
    m_picker->setMinimumContentsLength(20);
    m_outcomeBadge->setObjectName(QStringLiteral("identityOutcomeBadge"));
    m_outcome->setObjectName(QStringLiteral("identityOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setReadOnly(true);
    m_details->setObjectName(QStringLiteral("identityDetails"));
    m_details->setToolTip(tr("What was found in the input (secrets redacted)"));
    for (QWidget *widget :
         std::initializer_list<QWidget *> { m_summary, m_picker, m_pickerLabel, m_outcomeBadge, m_outcome, m_details })
        widget->hide();
    auto *pickerRow = new QHBoxLayout;
    pickerRow->addWidget(m_pickerLabel);
    pickerRow->addWidget(m_picker, 1);
    // Badge above the explanation: the explanation can be a paragraph and needs the panel's width.
    auto *outcomeRow = new QVBoxLayout;
    outcomeRow->addWidget(m_outcomeBadge, 0, Qt::AlignLeft);
    outcomeRow->addWidget(m_outcome);
    m_layout->addWidget(m_summary);
    m_layout->addLayout(pickerRow);
    m_layout->addLayout(outcomeRow);
    m_layout->addWidget(m_details, 1);
    connect(m_picker, &QComboBox::activated, this, &IdentityPanel::chooseCandidate);
}

void IdentityPanel::clear()
{
    ++m_generation;
    m_busy = false;
    m_pendingText.clear();
    m_candidates.clear();
    m_current = -1;
    m_inputError.clear();
    m_noToken = false;
    m_bearerRemoved = false;
    m_placeholder->show();
    if (m_details) {
        m_summary->hide();
        m_picker->clear();
        m_picker->hide();
        m_pickerLabel->hide();
        m_outcomeBadge->hide();
        m_outcome->hide();
        m_details->clear();
        m_details->hide();
    }
    m_clearButton->setEnabled(false);
    emit identityCleared();
}

void IdentityPanel::setInput(const QByteArray &text, const QString &source)
{
    start([text] { return parse(text); }, source, text.size());
    m_pendingText = text; // shared, not copied: handed to the audit view if it is a log
}

void IdentityPanel::setInputFile(const QString &path, const QString &source)
{
    start([path] { return parseFile(path); }, source, QFileInfo(path).size());
    m_pendingText.clear();
}

void IdentityPanel::start(std::function<Parsed()> work, const QString &source, qint64 bytes)
{
    const quint64 generation = ++m_generation;
    m_busy = true;
    ensureInputWidgets();
    m_placeholder->hide();
    m_summary->setText(shownText(tr("Reading %1 (%2)…").arg(source, QLocale().formattedDataSize(bytes))));
    m_summary->show();
    m_clearButton->setEnabled(true);

    auto promise = std::make_shared<QPromise<Parsed>>();
    auto *watcher = new QFutureWatcher<Parsed>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, source, bytes] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // superseded by newer input
        applyParsed(watcher->result(), source, bytes);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
}

void IdentityPanel::applyParsed(const Parsed &parsed, const QString &source, qint64 bytes)
{
    ensureInputWidgets();
    m_busy = false;
    // What was found, never what it holds: the counts and the format only.
    qCDebug(lcUi).noquote() << QStringLiteral("input (%1 bytes): %2, %3 candidate(s)%4")
                                   .arg(bytes)
                                   .arg(parsed.noToken               ? QStringLiteral("no identity token")
                                            : parsed.error.isEmpty() ? parsed.format
                                                                     : QStringLiteral("rejected"))
                                   .arg(parsed.candidates.size())
                                   .arg(parsed.candidates.isEmpty()
                                            ? QString()
                                            : QStringLiteral(", starting with %1").arg(parsed.preferred + 1));
    m_candidates = parsed.candidates;
    m_inputError = parsed.error;
    m_noToken = parsed.noToken;
    m_bearerRemoved = parsed.bearerRemoved;
    const QString size = QLocale().formattedDataSize(bytes);
    if (parsed.audit) {
        showWithoutIdentity(tr("%1: a log (%2)").arg(source, size), tr("Log: audited"), Tone::Info,
                            tr("This is a log with identity tokens in it: every token is listed and judged in the "
                               "Audit panel. Choose a row there to inspect that identity here."));
        emit auditRequested(m_pendingText, source);
        m_pendingText.clear();
        return;
    }
    m_pendingText.clear();
    if (!parsed.error.isEmpty()) {
        showWithoutIdentity(tr("%1 (%2)").arg(source, size), tr("Rejected"), Tone::Bad, parsed.error);
        return;
    }
    if (parsed.noToken) {
        // Nothing is sent for text that holds no token (issue: prose was once labelled "Token" and sent).
        m_inputError = tr("No identity token in this text: nothing was sent to the service. Paste the end user's "
                          "token, the request's headers, a curl command or a HAR file.");
        showWithoutIdentity(tr("%1 (%2)").arg(source, size), tr("No identity token"), Tone::Warning, m_inputError);
        return;
    }
    QString summary = tr("%1: %2 (%3)").arg(source, parsed.format, size);
    if (parsed.requestCount > 1)
        summary += QStringLiteral(" — ")
            + tr("%n request(s), of which %1 carry X-Vendo-User-JWT.", nullptr, int(parsed.requestCount))
                  .arg(QLocale().toString(parsed.identityRequests));
    if (parsed.bearerOnly > 0)
        summary += QLatin1Char(' ')
            + tr("%n request(s) send a JWT only as \"Authorization: Bearer\", which forRequest does not read.", nullptr,
                 int(parsed.bearerOnly));
    m_summary->setText(shownText(summary));
    {
        // As wide as its minimum contents length, not as its labels (whole request lines). Set on
        // first use, not in the constructor: the policy builds the pop-up (a dozen widgets) at once.
        if (m_picker->sizeAdjustPolicy() != QComboBox::AdjustToMinimumContentsLengthWithIcon)
            m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        const QSignalBlocker blocker(m_picker);
        m_picker->clear();
        for (const Candidate &candidate : m_candidates) {
            const bool present = candidate.identity.has_value();
            m_picker->addItem(present ? actionIcon(QStringLiteral("identity")) : QIcon(), candidate.label);
            // The closed picker shows the start of a row: the whole of it on hover.
            m_picker->setItemData(m_picker->count() - 1, plainToolTip(candidate.label), Qt::ToolTipRole);
        }
    }
    const bool several = m_candidates.size() > 1;
    m_picker->setVisible(several);
    m_pickerLabel->setVisible(several);
    // The caps are said where the choice is made: a token past them can still be pasted on its own.
    QString pickerText = tr("Several found — inspect:");
    if (parsed.identityNotListed > 0)
        pickerText = tr("Several found (the first %1 of %2 requests with an identity; the picker lists no more) — "
                        "inspect:")
                         .arg(QLocale().toString(parsed.identityRequests - parsed.identityNotListed),
                              QLocale().toString(parsed.identityRequests));
    else if (parsed.tokensNotOffered > 0)
        pickerText = tr("Several found (the first %1 tokens of %2) — inspect:")
                         .arg(client::TokenFinder::kMaxCandidates)
                         .arg(client::TokenFinder::kMaxCandidates + parsed.tokensNotOffered);
    else if (parsed.requestCount > m_candidates.size() && parsed.identityRequests == 0)
        pickerText = tr("Several found (the first %1 of %2 requests; none carries an identity) — inspect:")
                         .arg(QLocale().toString(qsizetype(m_candidates.size()) - parsed.tokensInText),
                              QLocale().toString(parsed.requestCount));
    m_pickerLabel->setText(pickerText);
    m_picker->setToolTip(parsed.othersNotOffered > 0
                             ? tr("The requests that carry an identity (the most recent valid one is chosen first); %n "
                                  "other request(s) carry none and are not listed.",
                                  nullptr, int(qMin<qsizetype>(parsed.othersNotOffered, INT_MAX)))
                             : tr("The input holds several requests or tokens: choose the one to inspect"));
    // Start with what the classifier prefers: the most recent candidate whose token is valid now, else
    // the first request that carries an identity, or the most JWT-like token. Tokens found beside
    // requests without one come second: what forRequest makes of the request (IdentityNotPresent) is
    // the answer to show first.
    m_tokensInText = parsed.tokensInText;
    const int first = parsed.preferred;
    chooseCandidate(first);
}

void IdentityPanel::showWithoutIdentity(const QString &summary, const QString &badge, Tone tone, const QString &message)
{
    m_summary->setText(shownText(summary));
    m_outcomeBadge->setBadge(badge, tone);
    m_outcomeBadge->show();
    m_outcome->setText(shownText(message));
    m_outcome->show();
    m_picker->hide();
    m_pickerLabel->hide();
    m_details->hide();
    m_current = -1;
    emit identityCleared();
}

void IdentityPanel::chooseCandidate(int index)
{
    if (index < 0 || index >= m_candidates.size())
        return;
    m_current = index;
    {
        const QSignalBlocker blocker(m_picker);
        m_picker->setCurrentIndex(index);
    }
    showCandidate();
    const Candidate &candidate = m_candidates.at(index);
    if (candidate.identity.has_value())
        emit identityChosen(candidate.identity->jwt, candidate.identity->identityHeaders);
    else
        emit identityCleared();
}

QString IdentityPanel::summaryText() const
{
    return !m_summary || m_summary->isHidden() ? QString() : m_summary->text();
}

QString IdentityPanel::pickerLabelText() const
{
    return !m_pickerLabel || m_pickerLabel->isHidden() ? QString() : m_pickerLabel->text();
}

QString IdentityPanel::outcomeTitle() const
{
    return !m_outcomeBadge || m_outcomeBadge->isHidden() ? QString() : m_outcomeBadge->text();
}

QString IdentityPanel::outcomeText() const
{
    return !m_outcome || m_outcome->isHidden() ? QString() : m_outcome->text();
}

void IdentityPanel::showCandidate()
{
    const Candidate &candidate = m_candidates.at(m_current);
    QStringList details;
    // Of several, which one this is: the picker's row in full (it is cut where the panel is narrow).
    if (m_candidates.size() > 1)
        details << tr("Chosen: %1").arg(candidate.label) << QString();
    if (candidate.identity.has_value()) {
        const UserIdentity &identity = *candidate.identity;
        // The one chosen is decoded here (a HAR can hold thousands of requests); the decoded view
        // decodes it again, and a malformed token is never sent (MainWindow).
        if (!jwt::decode(identity.jwt.toLatin1()).structureOk()) {
            m_outcomeBadge->setBadge(tr("Malformed token"), Tone::Bad);
            m_outcome->setText(tr("This is shaped like an identity token but is malformed: it is decoded to show what "
                                  "is wrong, and nothing is sent to the service."));
        } else if (candidate.fromRequest) {
            m_outcomeBadge->setBadge(tr("Identity found"), Tone::Good);
            m_outcome->setText(tr("forRequest finds X-Vendo-User-JWT and scopes the client to this user, as the "
                                  "SDKs would."));
        } else {
            m_outcomeBadge->setBadge(tr("Token"), Tone::Info);
            QString text = tr("Inspecting this token as forUser(token) would use it.");
            if (m_bearerRemoved)
                text += QLatin1Char(' ') + tr("Removed a \"Bearer \" prefix: the token travels without it.");
            m_outcome->setText(shownText(text));
        }
        // The redacted form still runs to hundreds of characters: its start is enough to recognise it.
        const QString redacted = client::Redaction::jwt(identity.jwt, tr("<signature redacted>"));
        const qsizetype cut = redacted.lastIndexOf(QLatin1Char('.'));
        details
            << tr("Token: %1").arg(cut > 48 ? redacted.left(40) + QStringLiteral("…") + redacted.mid(cut) : redacted);
        for (auto it = identity.identityHeaders.cbegin(); it != identity.identityHeaders.cend(); ++it)
            details << QStringLiteral("%1: %2").arg(it.key(), it.value());
        details << whoTheTokenNames(identity.jwt);
    } else {
        const VendoError &error = candidate.identity.error();
        m_outcomeBadge->setBadge(error.className(), Tone::Bad);
        if (error.kind == VendoError::Kind::IdentityNotPresent) {
            QString text = tr("forRequest raises IdentityNotPresent: this request has no X-Vendo-User-JWT header "
                              "(or only an empty one). The SDKs look it up case-insensitively and scope to a user "
                              "only through it; without it every call runs as the app, not the user.");
            const bool hasAuthorization
                = std::any_of(candidate.headerNames.cbegin(), candidate.headerNames.cend(), [](const QString &name) {
                      return name.compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0;
                  });
            if (hasAuthorization)
                text += QLatin1Char(' ')
                    + tr("The request does carry an Authorization header: if that holds the user's token, the "
                         "customer's backend forgot to forward it as X-Vendo-User-JWT.");
            text += QLatin1Char(' ') + tr("Fix: send the end user's token as X-Vendo-User-JWT on every request.");
            if (m_tokensInText > 0)
                text += QLatin1Char(' ')
                    + tr("Tokens found in the text: %1 — pick one above to inspect it.").arg(m_tokensInText);
            m_outcome->setText(shownText(text));
        } else {
            m_outcome->setText(shownText(error.summary() + QLatin1Char(' ') + error.remediation()));
        }
        if (!candidate.headerNames.isEmpty())
            details << tr("Headers present: %1").arg(headerNameList(candidate.headerNames));
    }
    m_outcomeBadge->show();
    m_outcome->show();
    m_details->setPlainText(shownText(details.join(QLatin1Char('\n'))));
    m_details->setVisible(!details.isEmpty());
}

bool IdentityPanel::acceptsMime(const QMimeData *mime)
{
    return mime->hasUrls() || mime->hasText();
}

} // namespace vendo::ui

#include "client/InputClassifier.h"

#include "client/HarReader.h"
#include "jwt/JwtDecoder.h"
#include "jwt/TokenJudge.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>
#include <QSet>

namespace vendo::client {

namespace {

using Kind = InputClassification::Kind;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::client::HeaderBlock)
};

void wipe(QByteArray &bytes)
{
    auto *data = reinterpret_cast<volatile char *>(bytes.data());
    for (qsizetype i = 0; i < bytes.size(); ++i)
        data[i] = 0;
    bytes.clear();
}

CandidateToken judgeToken(const QString &jwt, const jwt::Clock &clock)
{
    CandidateToken token;
    const jwt::DecodedJwt decoded = jwt::decode(jwt.toLatin1());
    const jwt::Verdict verdict = jwt::TokenJudge::judge(decoded, clock);
    token.structureOk = verdict.structureOk;
    token.time = verdict.time;
    token.timeText = verdict.timeText();
    if (decoded.payload) {
        const QJsonObject &payload = *decoded.payload;
        token.subject = payload.value(QLatin1String("sub")).toString().left(200);
        token.email = payload.value(QLatin1String("email")).toString().left(200);
        token.tenant = payload.value(QLatin1String("app_metadata"))
                           .toObject()
                           .value(QLatin1String("tenant_id"))
                           .toString()
                           .left(200);
        const QJsonValue iat = payload.value(QLatin1String("iat"));
        if (iat.isDouble() && iat.toDouble() >= 0 && iat.toDouble() < 1e11)
            token.issuedAt = qint64(iat.toDouble());
    }
    return token;
}

// Judges every candidate that holds a token, and says when it was sent.
void judgeCandidates(InputClassification &c, const jwt::Clock &clock)
{
    for (IdentityCandidate &candidate : c.candidates) {
        if (!candidate.identity.has_value())
            continue;
        candidate.token = judgeToken(candidate.identity->jwt, clock);
        if (candidate.request >= 0) {
            const QDateTime started = QDateTime::fromString(c.requests.at(candidate.request).time, Qt::ISODateWithMs);
            if (started.isValid())
                candidate.recency = started.toMSecsSinceEpoch();
        }
        if (candidate.recency < 0 && candidate.token->issuedAt >= 0)
            candidate.recency = candidate.token->issuedAt * 1000;
    }
}

Kind kindOf(HeaderBlock::Format format)
{
    switch (format) {
    case HeaderBlock::Format::Lines:
        return Kind::HeaderLines;
    case HeaderBlock::Format::DevToolsList:
        return Kind::DevToolsList;
    case HeaderBlock::Format::Curl:
        return Kind::Curl;
    case HeaderBlock::Format::Har:
        return Kind::Har;
    case HeaderBlock::Format::JsonObject:
        return Kind::JsonHeaders;
    }
    return Kind::HeaderLines;
}

qsizetype nonEmptyLines(QByteArrayView text)
{
    qsizetype count = 0;
    bool content = false;
    for (const char c : text) {
        if (c == '\n') {
            count += content;
            content = false;
        } else if (c != ' ' && c != '\t' && c != '\r') {
            content = true;
        }
    }
    return count + content;
}

IdentityCandidate textCandidate(const TokenFinder::Found &found)
{
    IdentityCandidate candidate;
    candidate.origin = IdentityCandidate::Origin::Text;
    candidate.identity = UserIdentity { QString::fromLatin1(found.token), {} };
    candidate.line = found.line;
    candidate.wrappedLines = found.lines;
    candidate.score = found.score;
    return candidate;
}

void offerTokens(InputClassification &c, const TokenFinder::Result &found)
{
    c.tokensInText = found.distinct;
    c.tokensNotOffered = found.notOffered();
    for (const TokenFinder::Found &token : found.tokens)
        c.candidates.append(textCandidate(token));
}

IdentityCandidate requestCandidate(const InputClassification &c, qsizetype i)
{
    const CapturedRequest &request = c.requests.at(i);
    IdentityCandidate candidate;
    candidate.origin = IdentityCandidate::Origin::Request;
    candidate.request = i;
    candidate.identity = identityFromHeaders(request.headers);
    for (const HeaderField &field : request.headers)
        candidate.headerNames << field.name;
    if (candidate.identity.has_value())
        candidate.score = TokenFinder::jwtLikeness(candidate.identity->jwt.toLatin1());
    return candidate;
}

// The requests of a header block as candidates. When some carry an identity, only those are offered
// (a HAR holds hundreds of requests for images and scripts); the others are counted. When none does,
// each listed request explains itself (IdentityNotPresent), and the JWTs that requests sent as
// "Authorization: Bearer" follow, so that the operator can still inspect them.
void offerRequests(InputClassification &c, const HeaderBlock &block)
{
    c.kind = kindOf(block.format);
    c.requests = block.requests;
    c.requestFormat = block.format;
    c.requestCount = block.requestCount;
    c.identityRequestCount = block.identityRequestCount;
    c.bearerOnlyRequestCount = block.bearerOnlyRequestCount;
    QList<IdentityCandidate> withIdentity;
    QList<IdentityCandidate> without;
    for (qsizetype i = 0; i < c.requests.size(); ++i) {
        IdentityCandidate candidate = requestCandidate(c, i);
        if (candidate.identity.has_value()) {
            if (c.firstRequestWithIdentity < 0)
                c.firstRequestWithIdentity = i;
            withIdentity.append(std::move(candidate));
        } else {
            without.append(std::move(candidate));
        }
    }
    c.identityRequestsNotListed = block.identityRequestCount - withIdentity.size();
    if (!withIdentity.isEmpty()) {
        c.candidates = std::move(withIdentity);
        c.requestsWithoutIdentityNotOffered = block.requestCount - block.identityRequestCount;
        return;
    }
    c.candidates = std::move(without);
    if (block.format != HeaderBlock::Format::Har)
        return;
    QSet<QString> seen;
    for (qsizetype i = 0; i < c.requests.size(); ++i) {
        const QString authorization = c.requests.at(i).header(u"Authorization").value_or(QString()).trimmed();
        if (!authorization.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
            continue;
        const QString token = authorization.mid(7).trimmed();
        if (!token.startsWith(QLatin1String("eyJ")) || token.size() > HeaderBlock::kMaxHeaderValueBytes
            || seen.contains(token))
            continue;
        seen.insert(token);
        IdentityCandidate candidate;
        candidate.origin = IdentityCandidate::Origin::Text;
        candidate.identity = UserIdentity { token, {} };
        candidate.request = i;
        candidate.bearerOnly = true;
        candidate.score = TokenFinder::jwtLikeness(token.toLatin1());
        c.candidates.append(std::move(candidate));
        ++c.tokensInText;
    }
}

} // namespace

qsizetype InputClassification::listedRequest(qsizetype inputIndex) const
{
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (requests.at(i).index == inputIndex)
            return i;
    }
    return -1;
}

qsizetype InputClassification::preferredCandidate() const
{
    if (candidates.isEmpty())
        return -1;
    // Requests without an identity come first, each explaining itself (IdentityNotPresent); any bearer
    // tokens follow them.
    if (firstRequestWithIdentity < 0 && candidates.constFirst().origin == IdentityCandidate::Origin::Request)
        return 0;
    // The most recent valid one: by when it was sent, then by its place in the input.
    qsizetype best = -1;
    const auto place = [this](const IdentityCandidate &candidate) {
        return candidate.request >= 0 ? requests.at(candidate.request).index : candidate.line;
    };
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const IdentityCandidate &candidate = candidates.at(i);
        if (!candidate.token || !candidate.token->validNow())
            continue;
        if (best < 0
            || std::pair(candidate.recency, place(candidate))
                > std::pair(candidates.at(best).recency, place(candidates.at(best))))
            best = i;
    }
    if (best >= 0)
        return best;
    // None is valid: the first request carrying an identity, or the most JWT-like token.
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (candidates.at(i).request == firstRequestWithIdentity && firstRequestWithIdentity >= 0)
            return i;
    }
    return 0;
}

QString InputClassification::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Empty:
        return QStringLiteral("empty");
    case Kind::Token:
        return QStringLiteral("token");
    case Kind::Bearer:
        return QStringLiteral("bearer");
    case Kind::HeaderLines:
        return QStringLiteral("lines");
    case Kind::DevToolsList:
        return QStringLiteral("devtools");
    case Kind::Curl:
        return QStringLiteral("curl");
    case Kind::Har:
        return QStringLiteral("har");
    case Kind::JsonHeaders:
        return QStringLiteral("json");
    case Kind::Text:
        return QStringLiteral("text");
    }
    return QStringLiteral("text");
}

Result<UserIdentity> InputClassification::requestIdentity(qsizetype index) const
{
    for (const IdentityCandidate &candidate : candidates) {
        if (candidate.origin == IdentityCandidate::Origin::Request && candidate.request == index)
            return candidate.identity;
    }
    return identityFromHeaders(requests.at(index).headers);
}

InputClassification InputClassifier::classify(const QByteArray &text, const jwt::Clock &clock)
{
    InputClassification c;
    if (text.trimmed().isEmpty()) {
        c.notARequest = HeaderBlock::parse(text).error(); // "The input is empty."
        return c;
    }

    const Result<HeaderBlock> block = HeaderBlock::parse(text);
    if (block.has_value()) {
        offerRequests(c, *block);
        if (c.firstRequestWithIdentity >= 0) {
            // Header lines pasted from a mail: the X-Vendo-User-JWT value may be the first line of a
            // wrapped token. The token found by joining the lines is the value.
            if (c.kind == Kind::HeaderLines) {
                const TokenFinder::Result found = TokenFinder::find(text);
                for (IdentityCandidate &candidate : c.candidates) {
                    if (!candidate.identity.has_value())
                        continue;
                    UserIdentity identity = candidate.identity.value();
                    for (const TokenFinder::Found &token : found.tokens) {
                        if (token.lines > 1 && token.token.size() > identity.jwt.size()
                            && token.token.startsWith(identity.jwt.toLatin1())) {
                            identity.jwt = QString::fromLatin1(token.token);
                            candidate.wrappedLines = token.lines;
                            candidate.score = token.score;
                            candidate.identity = identity;
                            break;
                        }
                    }
                }
            }
            judgeCandidates(c, clock);
            return c;
        }
        if (c.kind == Kind::Har || c.kind == Kind::JsonHeaders) {
            // JSON: the tokens worth offering are those the requests sent as bearers (the text may be
            // a gigabyte of response bodies, and it was never held as text).
            judgeCandidates(c, clock);
            return c;
        }
        // No request carries an identity. A log or an email can read as header lines ("2026-11-24T10:00:01Z:
        // ...", "Subject: ..."): the requests come first, explaining IdentityNotPresent, and the tokens in
        // the text follow. When most lines are not headers at all, the text is prose and only its tokens
        // count.
        const TokenFinder::Result found = TokenFinder::find(text);
        const bool prose = c.kind == Kind::HeaderLines && c.requests.size() == 1
            && c.requests.constFirst().headers.size() * 2 < nonEmptyLines(text);
        if (prose) {
            c.kind = Kind::Text;
            c.candidates.clear();
        }
        offerTokens(c, found);
        judgeCandidates(c, clock);
        return c;
    }
    if (HarReader::looksLikeJson(text) && text.size() > jwt::kMaxTokenInputBytes) {
        // Too large to be a token or a message: what is wrong with it as JSON is the answer.
        c.kind = Kind::Text;
        c.notARequest = block.error();
        c.error = block.error();
        return c;
    }
    c.notARequest = block.error();

    // Not a header block: a token, or text holding tokens. The decoder refuses oversized input at once,
    // with its own precise message.
    if (text.size() > jwt::kMaxTokenInputBytes) {
        const jwt::DecodedJwt decoded = jwt::decode(text);
        c.kind = Kind::Text;
        c.error = VendoError::make(VendoError::Kind::InvalidInput, decoded.problems.value(0).message);
        return c;
    }
    // One word (after an optional "Bearer "): the token, whole, even when it does not start like a
    // JWT or holds "eyJ" further in; a damaged token still gets its structural verdict.
    QByteArrayView word;
    if (TokenFinder::isTokenShapedWord(text, &word)) {
        c.kind = word.size() < text.trimmed().size() ? Kind::Bearer : Kind::Token;
        TokenFinder::Found whole { word.toByteArray(), 1, 1, 0 };
        whole.score = TokenFinder::jwtLikeness(whole.token);
        c.candidates.append(textCandidate(whole));
        c.tokensInText = 1;
        judgeCandidates(c, clock);
        return c;
    }
    // Prose, a mail, a chat message or a log: the tokens in it, or nothing shaped like one.
    c.kind = Kind::Text;
    const TokenFinder::Result found = TokenFinder::find(text);
    offerTokens(c, found);
    judgeCandidates(c, clock);
    return c;
}

InputClassification InputClassifier::classify(QIODevice &device, const jwt::Clock &clock)
{
    // Enough to see what it is: JSON is streamed from here on, anything else is text of bounded size.
    QByteArray head(64 * 1024, Qt::Uninitialized);
    qint64 got = 0;
    while (got < head.size()) {
        const qint64 n = device.read(head.data() + got, head.size() - got);
        if (n <= 0)
            break;
        got += n;
    }
    head.truncate(got);
    if (HarReader::looksLikeJson(head)) {
        InputClassification c;
        const Result<HeaderBlock> block = HarReader::read(device, head);
        wipe(head);
        if (!block) {
            c.kind = Kind::Text;
            c.notARequest = block.error();
            c.error = block.error();
            return c;
        }
        offerRequests(c, *block);
        judgeCandidates(c, clock);
        return c;
    }
    QByteArray text = head;
    wipe(head);
    const qint64 limit = HeaderBlock::kMaxInputBytes;
    QByteArray rest(64 * 1024, Qt::Uninitialized);
    while (text.size() <= limit) {
        const qint64 n = device.read(rest.data(), rest.size());
        if (n <= 0)
            break;
        text.append(rest.constData(), n);
    }
    wipe(rest);
    if (text.size() > limit) {
        wipe(text);
        InputClassification c;
        c.kind = Kind::Text;
        c.error = VendoError::make(VendoError::Kind::InvalidInput,
                                   Tr::tr("The input is larger than %1 MiB (%2 bytes), the limit for text (a header "
                                          "block, a curl command, a message or a log); only JSON (a HAR file) may be "
                                          "larger, up to %3 GiB.")
                                       .arg(limit / (1024 * 1024))
                                       .arg(limit)
                                       .arg(HarReader::kMaxInputBytes / (1024 * 1024 * 1024)));
        c.notARequest = c.error;
        return c;
    }
    InputClassification c = classify(text, clock);
    wipe(text);
    return c;
}

} // namespace vendo::client

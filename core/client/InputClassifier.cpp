#include "client/InputClassifier.h"

#include "jwt/JwtDecoder.h"

namespace vendo::client {

namespace {

using Kind = InputClassification::Kind;

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

} // namespace

qsizetype InputClassification::preferredCandidate() const
{
    if (candidates.isEmpty())
        return -1;
    if (firstRequestWithIdentity >= 0) {
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            if (candidates.at(i).request == firstRequestWithIdentity)
                return i;
        }
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

InputClassification InputClassifier::classify(const QByteArray &text)
{
    InputClassification c;
    if (text.trimmed().isEmpty()) {
        c.notARequest = HeaderBlock::parse(text).error(); // "The input is empty."
        return c;
    }

    const Result<HeaderBlock> block = HeaderBlock::parse(text);
    if (block.has_value()) {
        c.kind = kindOf(block->format);
        c.requests = block->requests;
        c.requestFormat = block->format;
        for (qsizetype i = 0; i < c.requests.size(); ++i) {
            const CapturedRequest &request = c.requests.at(i);
            IdentityCandidate candidate;
            candidate.origin = IdentityCandidate::Origin::Request;
            candidate.request = i;
            candidate.identity = identityFromHeaders(request.headers);
            for (const HeaderField &field : request.headers)
                candidate.headerNames << field.name;
            if (candidate.identity.has_value()) {
                if (c.firstRequestWithIdentity < 0)
                    c.firstRequestWithIdentity = i;
                candidate.score = TokenFinder::jwtLikeness(candidate.identity->jwt.toLatin1());
            }
            c.candidates.append(candidate);
        }
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
        return c;
    }
    // Prose, a mail, a chat message or a log: the tokens in it, or nothing shaped like one.
    c.kind = Kind::Text;
    const TokenFinder::Result found = TokenFinder::find(text);
    offerTokens(c, found);
    return c;
}

} // namespace vendo::client

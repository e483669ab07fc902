#include "client/TokenFinder.h"

#include "jwt/Algorithm.h"
#include "jwt/JwtDecoder.h"

#include <QSet>

#include <algorithm>

namespace vendo::client {

namespace {

// Mail clients wrap at 72 to 80 columns; quoted-printable lines are at most 76. A line holding the
// start of a token is taken to be wrapped only when it is that wide: a token on a line of its own,
// followed by prose on the next, is not.
constexpr qsizetype kMinWrapWidth = 60;
constexpr qsizetype kMaxWrapWidth = 100;

bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// One line of the text, as far as wrapping is concerned.
struct Line
{
    QByteArrayView text; // without the line break
    qsizetype next = 0; // offset of the following line in the whole text; past the end when none
    qsizetype contentStart = 0; // after a "> " quote prefix and indentation
    qsizetype contentEnd = 0; // before trailing blanks and a quoted-printable soft break
    qsizetype width = 0; // up to the trailing blanks
    int quoteDepth = 0; // the number of '>' in the prefix
    bool softBreak = false; // ends in "=" (quoted-printable: the line goes on on the next one)
};

Line lineAt(QByteArrayView all, qsizetype from)
{
    Line line;
    qsizetype end = all.indexOf('\n', from);
    line.next = end < 0 ? all.size() + 1 : end + 1;
    if (end < 0)
        end = all.size();
    line.text = all.sliced(from, end - from);
    qsizetype width = line.text.size();
    while (width > 0 && isSpace(line.text[width - 1]))
        --width;
    line.width = width;
    line.softBreak = width > 0 && line.text[width - 1] == '=';
    line.contentEnd = line.softBreak ? width - 1 : width;
    qsizetype start = 0;
    while (start < line.contentEnd
           && (line.text[start] == ' ' || line.text[start] == '\t' || line.text[start] == '>')) {
        line.quoteDepth += line.text[start] == '>';
        ++start;
    }
    line.contentStart = start;
    return line;
}

// The signature length an algorithm produces, where it is fixed (RSA: the modulus size).
bool plausibleSignatureLength(const QString &algName, qsizetype bytes)
{
    using jwt::Algorithm;
    switch (jwt::algorithmFromName(algName.toUtf8())) {
    case Algorithm::HS256:
        return bytes == 32;
    case Algorithm::HS384:
        return bytes == 48;
    case Algorithm::HS512:
    case Algorithm::ES256:
        return bytes == 64;
    case Algorithm::ES384:
        return bytes == 96;
    case Algorithm::ES512:
        return bytes == 132;
    case Algorithm::EdDSA:
        return bytes == 64 || bytes == 114;
    case Algorithm::RS256:
    case Algorithm::RS384:
    case Algorithm::RS512:
    case Algorithm::PS256:
    case Algorithm::PS384:
    case Algorithm::PS512:
        return bytes >= 128 && bytes <= 1024 && bytes % 64 == 0;
    case Algorithm::None:
        return bytes == 0;
    case Algorithm::Unknown:
        break;
    }
    return true;
}

// Whether the signature of `token` (a candidate joined across lines) has a length its algorithm
// cannot produce: then the last line joined was probably prose after the token, not part of it.
bool implausibleSignature(QByteArrayView token)
{
    const jwt::DecodedJwt decoded = jwt::JwtDecoder::decode(token, jwt::JwtDecoder::JsonObjects::Skip);
    if (decoded.segments.size() != 3 || decoded.headerAlg.isEmpty())
        return false;
    if (decoded.segments.at(2).isEmpty())
        return !plausibleSignatureLength(decoded.headerAlg, 0);
    return !decoded.signatureDecoded || !plausibleSignatureLength(decoded.headerAlg, decoded.signature.size());
}

// "token." at the end of a sentence: drop dots beyond the two a JWS has.
QByteArrayView withoutTrailingDots(QByteArrayView token)
{
    qsizetype dots = token.count('.');
    while (dots > 2 && token.endsWith('.')) {
        token.chop(1);
        --dots;
    }
    return token;
}

} // namespace

TokenFinder::Result TokenFinder::find(QByteArrayView text, qsizetype cap)
{
    Result result;
    // Views into the text, or into `joined` for tokens wrapped across lines: a log of 100,000 tokens
    // is not copied token by token.
    QSet<QByteArrayView> seen;
    QList<QByteArray> joined;
    qsizetype lineNumber = 1;
    qsizetype from = 0;
    qsizetype resumeAt = 0; // in the current line: past a token's piece joined from it
    while (from <= text.size()) {
        const Line line = lineAt(text, from);
        qsizetype lineDone = line.next; // where the next line to scan starts
        qsizetype nextLineNumber = lineNumber + 1;
        qsizetype nextResume = 0;
        qsizetype search = resumeAt;
        while (true) {
            const qsizetype start = line.text.indexOf("eyJ", search);
            if (start < 0 || start >= line.contentEnd)
                break;
            // "xeyJ..." is part of a longer word, not a token start.
            if (start > 0 && isTokenChar(line.text[start - 1]) && line.text[start - 1] != '.') {
                search = start + 3;
                continue;
            }
            qsizetype end = start;
            while (end < line.contentEnd && isTokenChar(line.text[end]))
                ++end;
            QByteArray token; // filled when a second line is joined
            search = end;
            // Wrapped: the token runs to the end of a line that is as wide as a wrap, and the next line,
            // quoted as deeply, starts with token characters. Each piece joined, to undo the last one.
            struct Piece
            {
                qsizetype lineFrom; // offset of the line the piece was taken from
                qsizetype runEnd; // where the piece ends in that line
                qsizetype tokenSizeBefore;
            };
            QList<Piece> pieces;
            Line current = line;
            qsizetype pieceEnd = end;
            while (pieceEnd == current.contentEnd && current.next <= text.size()) {
                const bool wrapWidth = current.width >= kMinWrapWidth && current.width <= kMaxWrapWidth
                    && (pieces.isEmpty() || current.width + 2 >= line.width);
                if (!current.softBreak && !wrapWidth)
                    break;
                const Line following = lineAt(text, current.next);
                if (following.quoteDepth != current.quoteDepth || following.contentStart >= following.contentEnd
                    || !isTokenChar(following.text[following.contentStart]))
                    break;
                qsizetype runEnd = following.contentStart;
                while (runEnd < following.contentEnd && isTokenChar(following.text[runEnd]))
                    ++runEnd;
                // The end of a wrapped token is followed by the end of the line, a blank or closing
                // punctuation; "2026-11-24T10:" on the next line of a log is not its continuation.
                if (runEnd < following.contentEnd && !isSpace(following.text[runEnd])
                    && !QByteArrayView("\"'),;]}>").contains(following.text[runEnd]))
                    break;
                if (token.isEmpty())
                    token = line.text.sliced(start, end - start).toByteArray();
                pieces.append(Piece { current.next, runEnd, token.size() });
                token += following.text.sliced(following.contentStart, runEnd - following.contentStart);
                current = following;
                pieceEnd = runEnd;
            }
            if (!pieces.isEmpty() && implausibleSignature(token)
                && !implausibleSignature(QByteArrayView(token).first(pieces.constLast().tokenSizeBefore))) {
                token.truncate(pieces.constLast().tokenSizeBefore);
                pieces.removeLast();
            }
            QByteArrayView found = line.text.sliced(start, end - start);
            if (!token.isEmpty()) {
                joined.append(token);
                found = joined.constLast();
            }
            found = withoutTrailingDots(found);
            if (found.contains('.') && !seen.contains(found)) {
                seen.insert(found);
                ++result.distinct;
                if (result.tokens.size() < cap)
                    result.tokens.append(Found { found.toByteArray(), lineNumber, int(pieces.size()) + 1, 0 });
            }
            if (!pieces.isEmpty()) {
                // The scan goes on in the last line joined, after the piece taken from it.
                lineDone = pieces.constLast().lineFrom;
                nextLineNumber = lineNumber + pieces.size();
                nextResume = pieces.constLast().runEnd;
                break;
            }
        }
        from = lineDone;
        lineNumber = nextLineNumber;
        resumeAt = nextResume;
    }
    for (Found &found : result.tokens)
        found.score = jwtLikeness(found.token);
    std::stable_sort(result.tokens.begin(), result.tokens.end(),
                     [](const Found &a, const Found &b) { return a.score > b.score; });
    return result;
}

int TokenFinder::jwtLikeness(QByteArrayView token)
{
    const jwt::DecodedJwt decoded = jwt::JwtDecoder::decode(token, jwt::JwtDecoder::JsonObjects::Skip);
    int score = 0;
    const qsizetype segments = decoded.segments.size();
    if (segments == 3)
        score += 30;
    else if (segments == 5)
        score += 20;
    else if (segments == 2)
        score += 10;
    if (decoded.headerIsObject)
        score += 20;
    if (!decoded.headerAlg.isEmpty())
        score += 10;
    if (decoded.isJwe) // the payload is encrypted: nothing more can be told
        return std::min(score + 30, 100);
    if (decoded.payloadIsObject) {
        score += 20;
        for (const char *claim : { "\"sub\"", "\"exp\"", "\"iat\"", "\"iss\"" }) {
            if (decoded.payloadJson.contains(claim)) {
                score += 10;
                break;
            }
        }
    }
    if (segments == 3 && decoded.signatureDecoded && !decoded.signature.isEmpty())
        score += plausibleSignatureLength(decoded.headerAlg, decoded.signature.size()) ? 10 : 5;
    return std::min(score, 100);
}

bool TokenFinder::isTokenShapedWord(QByteArrayView text, QByteArrayView *word)
{
    while (!text.isEmpty() && isSpace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isSpace(text.back()))
        text.chop(1);
    if (text.size() > 7 && qstrnicmp(text.data(), "Bearer", 6) == 0 && isSpace(text[6])) {
        text = text.sliced(7);
        while (!text.isEmpty() && isSpace(text.front()))
            text = text.sliced(1);
    }
    if (word)
        *word = text;
    if (text.isEmpty() || !text.contains('.'))
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return isTokenChar(c) || c == '=' || c == '+' || c == '/'; });
}

} // namespace vendo::client

#include "jwt/TokenExtractor.h"

#include <QSet>

namespace vendo::jwt {

namespace {

bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

QList<QByteArrayView> TokenExtractor::extract(QByteArrayView line)
{
    QList<QByteArrayView> tokens;
    extract(line, tokens);
    return tokens;
}

void TokenExtractor::extract(QByteArrayView line, QList<QByteArrayView> &tokens)
{
    tokens.clear();
    qsizetype from = 0;
    while (true) {
        const qsizetype start = line.indexOf("eyJ", from);
        if (start < 0)
            break;
        // "xeyJ..." is part of a longer word, not a token start.
        if (start > 0 && isTokenChar(line[start - 1]) && line[start - 1] != '.') {
            from = start + 3;
            continue;
        }
        qsizetype end = start;
        int dots = 0;
        while (end < line.size() && isTokenChar(line[end])) {
            dots += line[end] == '.';
            ++end;
        }
        qsizetype trimmedEnd = end;
        while (trimmedEnd > start && line[trimmedEnd - 1] == '.' && dots > 2) {
            --trimmedEnd;
            --dots;
        }
        if (dots >= 1)
            tokens.append(line.sliced(start, trimmedEnd - start));
        from = end;
    }
    if (!tokens.isEmpty())
        return;

    qsizetype begin = 0;
    qsizetype end = line.size();
    while (begin < end && isSpace(line[begin]))
        ++begin;
    while (end > begin && isSpace(line[end - 1]))
        --end;
    const QByteArrayView word = line.sliced(begin, end - begin);
    if (word.isEmpty())
        return;
    for (const char c : word) {
        if (isSpace(c))
            return;
    }
    tokens.append(word);
}

TokenExtractor::Candidates TokenExtractor::candidates(QByteArrayView text, qsizetype cap)
{
    Candidates found;
    QSet<QByteArrayView> seen;
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype end = text.indexOf('\n', from);
        if (end < 0)
            end = text.size();
        for (const QByteArrayView token : extract(text.sliced(from, end - from))) {
            if (seen.contains(token))
                continue;
            seen.insert(token);
            ++found.distinct;
            if (found.tokens.size() < cap)
                found.tokens.append(token);
        }
        from = end + 1;
    }
    return found;
}

} // namespace vendo::jwt

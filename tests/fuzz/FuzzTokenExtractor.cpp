// Fuzz target: the token extractor that `audit` runs over every line of a log (jwt/TokenExtractor.h),
// fed one line at a time the way the auditor splits its input. Checks what the header promises: every
// token is a piece of its line without whitespace, in order and not overlapping; an embedded token
// starts with "eyJ" and has a dot; otherwise the one token is the whole trimmed line.
#include "FuzzTarget.h"
#include "jwt/TokenExtractor.h"

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The line without the blanks around it (the extractor's four whitespace bytes).
QByteArrayView trimmedLine(QByteArrayView line)
{
    while (!line.isEmpty() && isSpace(line.front()))
        line = line.sliced(1);
    while (!line.isEmpty() && isSpace(line.back()))
        line.chop(1);
    return line;
}

void checkLine(QByteArrayView line)
{
    const QList<QByteArrayView> tokens = vendo::jwt::TokenExtractor::extract(line);
    const char *previousEnd = line.data();
    for (const QByteArrayView token : tokens) {
        VENDO_FUZZ_CHECK(!token.isEmpty());
        VENDO_FUZZ_CHECK(token.data() >= previousEnd && token.data() + token.size() <= line.data() + line.size());
        previousEnd = token.data() + token.size();
        for (const char c : token)
            VENDO_FUZZ_CHECK(!isSpace(c));
    }
    if (tokens.size() == 1 && !(tokens[0].startsWith("eyJ") && tokens[0].contains('.')))
        VENDO_FUZZ_CHECK(tokens[0].data() == trimmedLine(line).data() && tokens[0] == trimmedLine(line));
    if (tokens.size() > 1) {
        for (const QByteArrayView token : tokens)
            VENDO_FUZZ_CHECK(token.startsWith("eyJ") && token.contains('.'));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView text(data, qsizetype(size));
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype end = text.indexOf('\n', from);
        if (end < 0)
            end = text.size();
        checkLine(text.sliced(from, end - from));
        from = end + 1;
    }
    return 0;
}

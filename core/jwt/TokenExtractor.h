#pragma once

#include <QByteArrayView>
#include <QList>

namespace vendo::jwt {

// Finds identity tokens in a line of text: a bare token (even a malformed one) or tokens embedded in
// log lines, headers, JSON or curl commands.
class TokenExtractor
{
public:
    // Views into `line`. A JWS/JWE starts with a base64url JSON object ("eyJ") and has at least one
    // dot; when there is none, a line that is one whitespace-free word is returned as it is, so that a
    // damaged token still gets its structural verdict.
    static QList<QByteArrayView> extract(QByteArrayView line);
    // The same into a list the caller keeps (cleared first): a bulk audit calls this once per line and
    // reuses one list instead of allocating one per line.
    static void extract(QByteArrayView line, QList<QByteArrayView> &tokens);

    // A pasted log can hold thousands of tokens; each one offered is decoded to label it, and a
    // picker of more than this many is no help to a person.
    static constexpr qsizetype kMaxCandidates = 100;
    struct Candidates
    {
        QList<QByteArrayView> tokens; // the first distinct tokens, in order of appearance (views into the text)
        qsizetype distinct = 0; // distinct tokens in the whole text, kept or not
        bool capped() const { return distinct > tokens.size(); }
    };
    // Every distinct token in the text's lines, up to `cap` kept. One pass with a hash set, so that
    // a paste of 16 MiB of tokens costs its length, not the square of its token count.
    static Candidates candidates(QByteArrayView text, qsizetype cap = kMaxCandidates);
};

} // namespace vendo::jwt

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace vendo::client {

// Finds identity tokens in text as people paste it: a bare token, a token in a log line, a chat
// message or an email, and a token that a mail client wrapped across lines (at 72 or 76 columns,
// optionally "> "-quoted, or with quoted-printable soft breaks "=" at the line ends), which is joined
// again. Candidates are JWT-shaped: they start like a JSON header in base64url ("eyJ") and have at
// least one dot. Linear in the text's length.
class TokenFinder
{
public:
    // A picker of more than this many is no help to a person; the rest are counted.
    static constexpr qsizetype kMaxCandidates = 100;

    struct Found
    {
        QByteArray token;
        qsizetype line = 0; // 1-based line of the text where the token starts
        int lines = 1; // how many lines it was wrapped across (1: not wrapped)
        int score = 0; // jwtLikeness(token)
    };
    struct Result
    {
        // The first kMaxCandidates distinct tokens, most JWT-like first, then in order of appearance.
        QList<Found> tokens;
        qsizetype distinct = 0; // distinct tokens in the whole text, kept or not
        qsizetype notOffered() const { return distinct - tokens.size(); }
    };
    static Result find(QByteArrayView text, qsizetype cap = kMaxCandidates);

    // How much `token` looks like a JWT, 0..100: three base64url segments (or five, a JWE), a header
    // that decodes to a JSON object naming an "alg", a payload that is a JSON object with registered
    // claims, a signature whose length fits the algorithm.
    static int jwtLikeness(QByteArrayView token);
    // The text is one word that could be a damaged token (base64-ish characters and at least one dot):
    // worth a structural verdict even though it does not start like a JWT. `word` is the text trimmed,
    // without a "Bearer " prefix.
    static bool isTokenShapedWord(QByteArrayView text, QByteArrayView *word = nullptr);
};

} // namespace vendo::client

#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace vendo::test {

// Tokens at the 64 KiB input limit whose JSON is built to be expensive to display (issue 16 item 8):
// shared by the CLI process test (tst_limits) and the real window's (tst_ui_hostile_input).
struct HostileToken
{
    enum class Part { Header, Payload };
    enum class Shown { AsReceived, Indented }; // how a display must lay the hostile part out

    QString name;
    QByteArray token; // compact, at most 64 KiB
    Part part = Part::Header; // where the hostile JSON is
    QByteArray json; // that part's decoded JSON
    Shown shown = Shown::AsReceived;
    bool structureOk = false; // whether the decoder accepts the token's structure
};

// Every shape: 45,000 '[' (the token), {"a": nesting, deep arrays within the depth limit in
// the header and in the payload, one very long string, thousands of keys.
QList<HostileToken> hostileTokens();

} // namespace vendo::test

Q_DECLARE_METATYPE(vendo::test::HostileToken)

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace vendo::test {

// Looks for a secret ("canary") in every form it could take when it leaks: as written (UTF-8),
// UTF-16 in either byte order, base64 and base64url at every alignment, and percent-encoded.
class CanaryScan
{
public:
    // The byte patterns `canary` can leave behind. The base64 ones are the stretches of an encoding
    // that depend on the canary alone, whatever precedes it.
    static QList<QByteArray> forms(const QString &canary);

    static bool contains(const QByteArray &haystack, const QString &canary);

    // Every regular file under HOME, TMPDIR, the XDG_*_HOME directories, XDG_RUNTIME_DIR and
    // `extraRoots` that contains one of `canary`'s forms (canonical paths, each once).
    static QStringList filesContaining(const QString &canary, const QStringList &extraRoots = {});
    // The directories filesContaining() searches.
    static QStringList writableRoots(const QStringList &extraRoots = {});
};

} // namespace vendo::test

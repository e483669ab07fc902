#include "CanaryScan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUrl>

namespace vendo::test {

namespace {

// The base64 text of `bytes` preceded by `offset` filler bytes, minus the characters that mix in the
// filler or whatever follows: what appears in any base64 document that holds `bytes` at that alignment.
QByteArray stableBase64(const QByteArray &bytes, int offset, QByteArray::Base64Options options)
{
    const QByteArray padded = QByteArray(offset, '\0') + bytes;
    const QByteArray encoded = padded.toBase64(options | QByteArray::OmitTrailingEquals);
    const qsizetype skip = (offset * 4 + 2) / 3; // the first character made of canary bits only
    const qsizetype total = offset + bytes.size();
    const qsizetype keep = total * 4 / 3 - skip; // the last one: the next depends on what follows
    return keep > 8 ? encoded.mid(skip, keep) : QByteArray();
}

} // namespace

QList<QByteArray> CanaryScan::forms(const QString &canary)
{
    const QByteArray utf8 = canary.toUtf8();
    QList<QByteArray> result { utf8, QByteArray(reinterpret_cast<const char *>(canary.utf16()), canary.size() * 2) };
    QByteArray bigEndian;
    for (const QChar c : canary)
        bigEndian.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    result.append(bigEndian);
    for (const auto options : { QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding }) {
        for (int offset = 0; offset < 3; ++offset) {
            if (const QByteArray form = stableBase64(utf8, offset, options); !form.isEmpty())
                result.append(form);
        }
    }
    result.append(QUrl::toPercentEncoding(canary));
    result.append(QUrl::toPercentEncoding(canary, {}, "-._~")); // every unreserved byte escaped too
    QList<QByteArray> unique;
    for (const QByteArray &form : result) {
        if (!form.isEmpty() && !unique.contains(form))
            unique.append(form);
    }
    return unique;
}

bool CanaryScan::contains(const QByteArray &haystack, const QString &canary)
{
    for (const QByteArray &form : forms(canary)) {
        if (haystack.contains(form))
            return true;
    }
    return false;
}

QStringList CanaryScan::writableRoots(const QStringList &extraRoots)
{
    QStringList roots = { QDir::homePath(), QDir::tempPath() };
    for (const char *variable :
         { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR" }) {
        if (qEnvironmentVariableIsSet(variable))
            roots.append(qEnvironmentVariable(variable));
    }
    roots.append(extraRoots);
    roots.removeDuplicates();
    return roots;
}

QStringList CanaryScan::filesContaining(const QString &canary, const QStringList &extraRoots)
{
    const QList<QByteArray> patterns = forms(canary);
    QStringList hits;
    QSet<QString> seen; // the XDG directories usually lie inside HOME
    for (const QString &root : writableRoots(extraRoots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QFileInfo(it.next()).canonicalFilePath();
            if (path.isEmpty() || seen.contains(path))
                continue;
            seen.insert(path);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // sockets and the like
            const QByteArray contents = file.read(64 * 1024 * 1024);
            for (const QByteArray &form : patterns) {
                if (contents.contains(form)) {
                    hits.append(path);
                    break;
                }
            }
        }
    }
    return hits;
}

} // namespace vendo::test

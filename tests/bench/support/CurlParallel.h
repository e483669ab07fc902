#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace vendo::bench {

// The baseline for a sweep: `curl --parallel` fetching the same URLs with the same headers.
// Headers (the API key, the user JWT) go into a curl config file created 0600 in a private
// directory, never into curl's argv.
class CurlParallel
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // `scratchDir` must be private to this process (e.g. a QTemporaryDir).
    CurlParallel(QString curl, QString scratchDir);

    // Wall time of one curl run fetching every URL in parallel, in ms; nullopt with errorString()
    // when curl is missing or a request did not answer 200.
    std::optional<double> fetch(const QList<QUrl> &urls, const Headers &headers);
    QString errorString() const { return m_error; }

private:
    QString m_curl;
    QString m_dir;
    QString m_error;
};

} // namespace vendo::bench

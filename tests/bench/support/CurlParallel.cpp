#include "CurlParallel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

namespace vendo::bench {

namespace {

QByteArray quoted(const QByteArray &value)
{
    QByteArray out = value;
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + out + '"';
}

} // namespace

CurlParallel::CurlParallel(QString curl, QString scratchDir)
    : m_curl(std::move(curl))
    , m_dir(std::move(scratchDir))
{ }

std::optional<double> CurlParallel::fetch(const QList<QUrl> &urls, const Headers &headers)
{
    const QString configName = m_dir + QStringLiteral("/curl-sweep.conf");
    QFile config(configName);
    config.remove();
    // Created owner-only before the first secret byte is written.
    if (!config.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_error = QStringLiteral("cannot create the curl config: ") + config.errorString();
        return std::nullopt;
    }
    QByteArray text;
    for (const auto &[name, value] : headers)
        text += "header = " + quoted(name + ": " + value) + '\n';
    text += "write-out = \"%{http_code}\\n\"\n";
    for (const QUrl &url : urls)
        text += "url = " + quoted(url.toEncoded()) + "\noutput = \"/dev/null\"\n";
    config.write(text);
    config.close();

    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    curl.start(m_curl,
               { QStringLiteral("--silent"), QStringLiteral("--parallel"), QStringLiteral("--parallel-immediate"),
                 QStringLiteral("--parallel-max"), QString::number(std::max<qsizetype>(1, urls.size())),
                 QStringLiteral("--config"), configName });
    const bool finished = curl.waitForFinished(120'000);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    config.remove();
    if (!finished || curl.exitStatus() != QProcess::NormalExit || curl.exitCode() != 0) {
        m_error = QStringLiteral("curl failed (exit %1): %2")
                      .arg(curl.exitCode())
                      .arg(curl.error() == QProcess::FailedToStart ? curl.errorString()
                                                                   : QString::fromUtf8(curl.readAllStandardError()));
        curl.kill();
        return std::nullopt;
    }
    const QList<QByteArray> codes = curl.readAllStandardOutput().split('\n');
    if (codes.count("200") != urls.size()) {
        m_error = QStringLiteral("curl got %1 of %2 answers with status 200").arg(codes.count("200")).arg(urls.size());
        return std::nullopt;
    }
    return ms;
}

} // namespace vendo::bench

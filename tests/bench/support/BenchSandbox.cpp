#include "BenchSandbox.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace vendo::bench {

BenchSandbox::BenchSandbox(QString sandboxExecutable, int providerCount, int latencyMs)
    : m_executable(std::move(sandboxExecutable))
    , m_providerCount(providerCount)
    , m_latencyMs(latencyMs)
{ }

BenchSandbox::~BenchSandbox()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QStringList BenchSandbox::slugs() const
{
    QStringList slugs;
    for (int i = 1; i <= m_providerCount; ++i)
        slugs << QStringLiteral("bench-%1").arg(i, 3, 10, QLatin1Char('0'));
    return slugs;
}

QByteArray BenchSandbox::scenarioJson() const
{
    const QString user = QString::fromLatin1(kUserId);
    QJsonArray providers;
    QJsonArray connections;
    for (const QString &slug : slugs()) {
        providers.append(QJsonObject {
            { QStringLiteral("slug"), slug },
            { QStringLiteral("display_name"), slug.toUpper() },
            { QStringLiteral("category"), QStringLiteral("llm") },
            { QStringLiteral("base_url"), QString(QStringLiteral("https://api.example.com/") + slug) },
            { QStringLiteral("logo_url"),
              QString(QStringLiteral("{origin}/sandbox/logos/") + slug + QStringLiteral(".svg")) },
            { QStringLiteral("brand_color"), QStringLiteral("#336699") },
            { QStringLiteral("docs_url"), QString(QStringLiteral("https://docs.example.com/") + slug) },
        });
        connections.append(QJsonObject {
            { QStringLiteral("owner"), user },
            { QStringLiteral("slug"), slug },
            { QStringLiteral("profile"), QStringLiteral("byok_static") },
            { QStringLiteral("status"), QStringLiteral("connected") },
            { QStringLiteral("token_lifetime_s"), 3600 },
        });
    }
    const QJsonObject scenario {
        { QStringLiteral("name"), QStringLiteral("bench-%1-providers").arg(m_providerCount) },
        { QStringLiteral("latency_ms"), m_latencyMs },
        { QStringLiteral("tenants"),
          QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("tn_bench") },
                                     { QStringLiteral("name"), QStringLiteral("Bench Tenant") },
                                     { QStringLiteral("balance_usd"), 10.0 } } } },
        { QStringLiteral("users"),
          QJsonArray { QJsonObject { { QStringLiteral("id"), user },
                                     { QStringLiteral("email"), QStringLiteral("bench@bench.example") },
                                     { QStringLiteral("tenant"), QStringLiteral("tn_bench") },
                                     { QStringLiteral("name"), QStringLiteral("Bench User") } } } },
        { QStringLiteral("api_keys"),
          QJsonArray { QJsonObject { { QStringLiteral("key"), apiKey() },
                                     { QStringLiteral("tenant"), QStringLiteral("tn_bench") },
                                     { QStringLiteral("state"), QStringLiteral("active") } } } },
        { QStringLiteral("providers"), providers },
        { QStringLiteral("connections"), connections },
        { QStringLiteral("faults"), QJsonArray {} },
    };
    return QJsonDocument(scenario).toJson();
}

bool BenchSandbox::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory: ") + m_dir.errorString();
        return false;
    }
    const QString scenarioFile = m_dir.filePath(QStringLiteral("scenario.json"));
    QFile file(scenarioFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(scenarioJson()) < 0) {
        m_error = QStringLiteral("cannot write the scenario: ") + file.errorString();
        return false;
    }
    file.close();

    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(m_executable, { QStringLiteral("--scenario"), scenarioFile, QStringLiteral("--print-env") });
    if (!m_process.waitForStarted(10'000)) {
        m_error = QStringLiteral("vendo-sandbox did not start: ") + m_process.errorString();
        return false;
    }
    // --print-env: exactly three "export NAME=value" lines on stdout once it listens.
    QByteArray out;
    while (out.count('\n') < 3) {
        if (!m_process.waitForReadyRead(20'000)) {
            m_error
                = QStringLiteral("vendo-sandbox gave no URLs: ") + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        out += m_process.readAllStandardOutput();
    }
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("export VENDO_BASE_URL="))
            m_baseUrl = QUrl(QString::fromUtf8(line.mid(int(qstrlen("export VENDO_BASE_URL=")))));
        else if (line.startsWith("export VENDO_CREDENTIALS_URL="))
            m_credentialsUrl = QUrl(QString::fromUtf8(line.mid(int(qstrlen("export VENDO_CREDENTIALS_URL=")))));
    }
    if (!m_baseUrl.isValid() || !m_credentialsUrl.isValid()) {
        m_error = QStringLiteral("vendo-sandbox printed no URLs");
        return false;
    }
    return true;
}

QUrl BenchSandbox::jwksUrl() const
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/auth/v1/.well-known/jwks.json"));
    return url;
}

QString BenchSandbox::mintUserToken()
{
    QNetworkAccessManager network;
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/sandbox/users/%1/token").arg(QString::fromLatin1(kUserId)));
    url.setQuery(QStringLiteral("lifetime=3600&variant=valid"));
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->isFinished() ? reply->readAll() : QByteArray();
    reply->deleteLater();
    const QString token = QJsonDocument::fromJson(body).object().value(QStringLiteral("token")).toString();
    if (token.isEmpty())
        m_error = QStringLiteral("the admin API minted no token");
    return token;
}

} // namespace vendo::bench

#include "SandboxHttp.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

QByteArray Exchange::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject Exchange::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool Exchange::isJsonObject() const
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    return parseError.error == QJsonParseError::NoError && document.isObject();
}

Exchange SandboxHttp::get(const QUrl &url, const Headers &headers, int transferTimeoutMs)
{
    return send(QByteArrayLiteral("GET"), url, {}, headers, transferTimeoutMs);
}

Exchange SandboxHttp::post(const QUrl &url, const QByteArray &body, const Headers &headers)
{
    Headers all = headers;
    all.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    return send(QByteArrayLiteral("POST"), url, body, all, 0);
}

Exchange SandboxHttp::send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const Headers &headers,
                           int transferTimeoutMs)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    auto *buffer = new QBuffer;
    buffer->setData(body);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, verb, buffer);
    buffer->setParent(reply);

    Exchange exchange;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    exchange.finished = reply->isFinished() || finished.wait(15000);
    exchange.error = reply->error();
    exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        exchange.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        exchange.headers.append(pair);
    reply->abort();
    reply->deleteLater();
    return exchange;
}

SandboxHttp::Headers SandboxHttp::withKey(const QString &apiKey, const QByteArray &userJwt)
{
    Headers headers { { QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + apiKey.toUtf8() },
                      { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") },
                      { QByteArrayLiteral("Vendo-API-Version"), QByteArrayLiteral("2026-05-07") } };
    if (!userJwt.isEmpty())
        headers.append({ QByteArrayLiteral("X-Vendo-User-JWT"), userJwt });
    return headers;
}

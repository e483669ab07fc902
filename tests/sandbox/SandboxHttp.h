#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

// A plain QNetworkAccessManager client for the sandbox suites: one request, waited for with a
// QSignalSpy, everything the server sent kept for assertions.
struct Exchange
{
    bool finished = false; // false: no answer within the wait
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const; // empty unless the body is a JSON object
    bool isJsonObject() const;
};

class SandboxHttp
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // transferTimeoutMs: the client gives up after this much silence (0: Qt's default, none).
    Exchange get(const QUrl &url, const Headers &headers = {}, int transferTimeoutMs = 0);
    Exchange post(const QUrl &url, const QByteArray &body, const Headers &headers = {});
    Exchange send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const Headers &headers,
                  int transferTimeoutMs);

    static Headers withKey(const QString &apiKey, const QByteArray &userJwt = {});

private:
    QNetworkAccessManager m_manager;
};

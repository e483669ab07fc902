#pragma once

#include "sandbox/Scenario.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStringList>
#include <QUrl>

// The credential values the scenario seeds for `owner`'s connections (`api_key` and every
// `metadata.credential` value), distinct and long enough to be unmistakable: canaries for the leak
// audits, which must never find them anywhere they look.
inline QStringList seededCredentials(const vendo::sandbox::Scenario &scenario, const QString &owner)
{
    QStringList credentials;
    for (const vendo::sandbox::ScenarioConnection &connection : scenario.connections) {
        if (connection.owner != owner)
            continue;
        QStringList values { connection.fields.value(QStringLiteral("api_key")).toString() };
        const QJsonObject credential = connection.fields.value(QStringLiteral("metadata"))
                                           .toObject()
                                           .value(QStringLiteral("credential"))
                                           .toObject();
        for (auto it = credential.begin(); it != credential.end(); ++it)
            values.append(it.value().toString());
        for (const QString &value : std::as_const(values)) {
            if (value.size() >= 12 && !credentials.contains(value))
                credentials.append(value);
        }
    }
    return credentials;
}

// The connections list the sandbox serves to `jwt`'s user, as raw bytes (empty when no answer came
// within 10 s): the audits check it is production-sized and carries the key inside its links.
inline QByteArray servedConnections(QNetworkAccessManager &network, const QUrl &baseUrl, const QString &apiKey,
                                    const QString &jwt)
{
    QNetworkRequest request(QUrl(baseUrl.toString() + QStringLiteral("/api/deployments/me/connections")));
    request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    request.setRawHeader("X-Vendo-User-JWT", jwt.toUtf8());
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const QByteArray body = finished.wait(10'000) ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return body;
}

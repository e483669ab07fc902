#pragma once

#include "sandbox/Scenario.h"

#include <QJsonObject>
#include <QStringList>

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

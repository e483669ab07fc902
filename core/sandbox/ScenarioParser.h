#pragma once

#include "sandbox/Scenario.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace vendo::sandbox {

// Reads and validates the scenario JSON format documented in docs/sandbox.md. Unknown members are
// errors (a typo must not silently switch a fault off); every error names the JSON path.
class ScenarioParser
{
public:
    static ScenarioLoad parse(const QByteArray &json, const QString &source);

private:
    struct Failure
    {
        QString path;
        QString message;
    };

    explicit ScenarioParser(Scenario &scenario);
    void parseRoot(const QJsonObject &root);
    void parseTenants(const QJsonValue &value);
    void parseUsers(const QJsonValue &value);
    void parseApiKeys(const QJsonValue &value);
    void parseProviders(const QJsonValue &value);
    void parseConnections(const QJsonValue &value);
    void parseFaults(const QJsonValue &value);
    Fault parseFault(const QJsonObject &object, const QString &path);

    [[noreturn]] static void fail(const QString &path, const QString &message);
    static QJsonObject object(const QJsonValue &value, const QString &path, const QStringList &allowed);
    static QJsonArray array(const QJsonValue &value, const QString &path);
    static QString string(const QJsonObject &object, const QString &key, const QString &path, bool required,
                          const QString &fallback = QString());
    static int integer(const QJsonObject &object, const QString &key, const QString &path, int min, int max,
                       int fallback);
    static QString oneOf(const QJsonObject &object, const QString &key, const QString &path, const QStringList &choices,
                         const QString &fallback);
    static QString describe(const QJsonValue &value);

    Scenario &m_scenario;
};

} // namespace vendo::sandbox

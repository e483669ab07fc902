#pragma once

#include "sandbox/Scenario.h"
#include "sandbox/ScenarioJsonReader.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace vendo::sandbox {

// Reads and validates the scenario JSON format documented in docs/sandbox.md. Unknown members are
// errors (a typo must not silently switch a fault off); every error names the JSON path.
class ScenarioParser : private ScenarioJsonReader
{
public:
    static ScenarioLoad parse(const QByteArray &json, const QString &source);
    // The admin API's connection change, validated like the scenario's timeline entries.
    static SandboxResult<ConnectionChange> parseConnectionChange(const QJsonObject &object);
    static const QStringList &connectionStatuses(); // connected, available, needs_reauth, error

private:
    explicit ScenarioParser(Scenario &scenario);
    void parseRoot(const QJsonObject &root);
    void parseTenants(const QJsonValue &value);
    void parseUsers(const QJsonValue &value);
    void parseApiKeys(const QJsonValue &value);
    void parseProviders(const QJsonValue &value);
    void parseConnections(const QJsonValue &value);
    void parseFaults(const QJsonValue &value);
    Fault parseFault(const QJsonObject &object, const QString &path);
    // ScenarioEventsParser.cpp: the "events" member (pings, timeline, stream faults).
    void parseEvents(const QJsonValue &value);
    ConnectionChange parseChange(const QJsonObject &object, const QString &path);

    Scenario &m_scenario;
};

} // namespace vendo::sandbox

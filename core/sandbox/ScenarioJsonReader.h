#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace vendo::sandbox {

// Typed reads of a JSON document that know where they are: every failure carries the JSON path of
// the offending member ("faults[2].status") and a translated reason. Failures are thrown as
// ScenarioJsonReader::Failure and caught once, by ScenarioParser::parse().
class ScenarioJsonReader
{
public:
    struct Failure
    {
        QString path;
        QString message;
    };

    [[noreturn]] static void fail(const QString &path, const QString &message);
    static QString member(const QString &path, const QString &key);
    static QString element(const QString &path, qsizetype index);
    static QString describe(const QJsonValue &value);

    // An object whose members are all in `allowed` (unknown members are errors: typos must not pass).
    static QJsonObject object(const QJsonValue &value, const QString &path, const QStringList &allowed);
    static QJsonArray array(const QJsonValue &value, const QString &path);
    static QString string(const QJsonObject &object, const QString &key, const QString &path, bool required,
                          const QString &fallback = QString());
    static int integer(const QJsonObject &object, const QString &key, const QString &path, int min, int max,
                       int fallback);
    // One of `choices`; absent gives `fallback` unless it is empty (then the member is required).
    static QString oneOf(const QJsonObject &object, const QString &key, const QString &path, const QStringList &choices,
                         const QString &fallback);
};

} // namespace vendo::sandbox

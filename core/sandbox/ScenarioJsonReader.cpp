#include "sandbox/ScenarioJsonReader.h"

#include <QCoreApplication>

namespace vendo::sandbox {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::sandbox::ScenarioParser)
};

} // namespace

QString ScenarioJsonReader::member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString ScenarioJsonReader::element(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void ScenarioJsonReader::fail(const QString &path, const QString &message)
{
    throw Failure { path, message };
}

QString ScenarioJsonReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString().left(60) + QLatin1Char('"');
    case QJsonValue::Array:
        return Tr::tr("an array");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("nothing");
}

QJsonObject ScenarioJsonReader::object(const QJsonValue &value, const QString &path, const QStringList &allowed)
{
    if (!value.isObject())
        fail(path, Tr::tr("expected an object, got %1").arg(describe(value)));
    const QJsonObject result = value.toObject();
    for (auto it = result.begin(); it != result.end(); ++it) {
        if (!allowed.contains(it.key()))
            fail(member(path, it.key()),
                 Tr::tr("unknown member (allowed: %1)").arg(allowed.join(QStringLiteral(", "))));
    }
    return result;
}

QJsonArray ScenarioJsonReader::array(const QJsonValue &value, const QString &path)
{
    if (!value.isArray())
        fail(path, Tr::tr("expected an array, got %1").arg(describe(value)));
    return value.toArray();
}

QString ScenarioJsonReader::string(const QJsonObject &object, const QString &key, const QString &path, bool required,
                                   const QString &fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            fail(member(path, key), Tr::tr("required"));
        return fallback;
    }
    if (!value.isString() || (required && value.toString().trimmed().isEmpty()))
        fail(member(path, key), Tr::tr("expected a non-empty string, got %1").arg(describe(value)));
    return value.toString();
}

int ScenarioJsonReader::integer(const QJsonObject &object, const QString &key, const QString &path, int min, int max,
                                int fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble();
    if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number)) || number < min || number > max)
        fail(member(path, key),
             Tr::tr("expected an integer from %1 to %2, got %3").arg(min).arg(max).arg(describe(value)));
    return static_cast<int>(number);
}

QString ScenarioJsonReader::oneOf(const QJsonObject &object, const QString &key, const QString &path,
                                  const QStringList &choices, const QString &fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !fallback.isEmpty())
        return fallback;
    if (!value.isString() || !choices.contains(value.toString()))
        fail(member(path, key),
             Tr::tr("expected one of %1, got %2").arg(choices.join(QStringLiteral(", ")), describe(value)));
    return value.toString();
}

} // namespace vendo::sandbox

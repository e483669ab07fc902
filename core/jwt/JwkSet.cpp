#include "jwt/JwkSet.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace vendo::jwt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::jwt::JwkSet)
};

} // namespace

Result<JwkSet> JwkSet::fromJson(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(Problem {
            Problem::Kind::InvalidKey,
            Tr::tr("The key set is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset) });
    if (!document.isObject() || !document.object().value(QLatin1String("keys")).isArray())
        return std::unexpected(
            Problem { Problem::Kind::InvalidKey, Tr::tr("The key set is not a JWK Set: it needs a \"keys\" array.") });
    JwkSet set;
    const QJsonArray keys = document.object().value(QLatin1String("keys")).toArray();
    int index = 0;
    for (const QJsonValue &value : keys) {
        const QJsonObject jwk = value.toObject();
        Exposure exposure { jwk.value(QLatin1String("kid")).toString(),
                            {},
                            jwk.value(QLatin1String("kty")).toString() == QLatin1String("oct") };
        for (const char *member : { "d", "p", "q", "dp", "dq", "qi", "k" }) {
            if (jwk.contains(QLatin1String(member)))
                exposure.privateMembers << QString::fromLatin1(member);
        }
        if (exposure.symmetric || !exposure.privateMembers.isEmpty())
            set.m_exposures.append(exposure);
        auto key = value.isObject()
            ? Key::fromJwk(value.toObject())
            : Result<Key>(
                std::unexpected(Problem { Problem::Kind::InvalidKey, Tr::tr("The entry is not a JSON object.") }));
        if (key)
            set.m_keys.append(key.value());
        else
            set.m_skipped.append(
                Tr::tr("Key %1 (kid \"%2\") skipped: %3")
                    .arg(index)
                    .arg(value.toObject().value(QLatin1String("kid")).toString(), key.error().message));
        ++index;
    }
    if (set.m_keys.isEmpty())
        return std::unexpected(Problem {
            Problem::Kind::InvalidKey,
            set.m_skipped.isEmpty() ? Tr::tr("The key set is empty.")
                                    : Tr::tr("The key set has no usable key. %1").arg(set.m_skipped.join(u' ')) });
    return set;
}

Result<JwkSet> JwkSet::fromAnyKeyData(QByteArrayView data)
{
    const QByteArray trimmed = data.toByteArray().trimmed();
    if (trimmed.startsWith("-----BEGIN")) {
        auto key = Key::fromPem(trimmed);
        if (!key)
            return std::unexpected(key.error());
        return JwkSet({ key.value() });
    }
    if (!trimmed.startsWith('{'))
        return std::unexpected(
            Problem { Problem::Kind::InvalidKey, Tr::tr("The key data is neither a JWK, a JWK Set nor a PEM key.") });
    const QJsonDocument document = QJsonDocument::fromJson(trimmed);
    if (document.isObject() && !document.object().contains(QLatin1String("keys"))) {
        auto key = Key::fromJwk(document.object());
        if (!key)
            return std::unexpected(key.error());
        return JwkSet({ key.value() });
    }
    return fromJson(trimmed);
}

bool JwkSet::containsKid(const QString &kid) const
{
    for (const Key &key : m_keys) {
        if (key.kid() == kid)
            return true;
    }
    return false;
}

QJsonObject JwkSet::toPublicJson() const
{
    QJsonArray keys;
    for (const Key &key : m_keys)
        keys.append(key.toPublicJwk());
    return QJsonObject { { QLatin1String("keys"), keys } };
}

} // namespace vendo::jwt

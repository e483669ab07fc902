#include "jwt/CriticalHeader.h"

#include "jwt/RawJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace vendo::jwt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::jwt::CriticalHeader)
};

} // namespace

std::optional<CriticalHeaderProblem> criticalHeaderProblem(QByteArrayView headerJson)
{
    std::optional<RawJson::Member> crit;
    std::optional<RawJson::Member> b64;
    RawJson::forEachTopLevelMember(headerJson, [&](const QByteArray &name, QByteArrayView rawValue, qsizetype offset) {
        if (name == "crit")
            crit = RawJson::Member { name, rawValue, offset };
        else if (name == "b64")
            b64 = RawJson::Member { name, rawValue, offset };
    });
    const bool unencodedPayload = b64 && b64->rawValue == "false";
    if (!crit) {
        if (!unencodedPayload)
            return std::nullopt;
        return CriticalHeaderProblem {
            b64->offset,
            Tr::tr("The header has \"b64\": false (an unencoded payload, RFC 7797) without naming it in \"crit\": "
                   "such a token is invalid, and this tool does not verify unencoded payloads."),
        };
    }
    const QJsonArray names
        = QJsonDocument::fromJson("[" + crit->rawValue.toByteArray() + "]").array().first().toArray();
    QStringList listed;
    for (const QJsonValue &name : names) {
        if (!name.isString()) {
            listed.clear();
            break;
        }
        listed << QStringLiteral("\"%1\"").arg(name.toString());
    }
    if (listed.isEmpty())
        return CriticalHeaderProblem {
            crit->offset,
            Tr::tr("The header's \"crit\" is not a non-empty list of names: a recipient must reject the token "
                   "(RFC 7515 section 4.1.11)."),
        };
    QString message = Tr::tr("The header's \"crit\" requires the extension(s) %1, which this tool does not "
                             "implement: a recipient must reject the token (RFC 7515 section 4.1.11).")
                          .arg(listed.join(QStringLiteral(", ")));
    if (unencodedPayload)
        message += QLatin1Char(' ')
            + Tr::tr("With \"b64\": false the signature covers the payload unencoded (RFC 7797), not as shown.");
    return CriticalHeaderProblem { crit->offset, message };
}

} // namespace vendo::jwt

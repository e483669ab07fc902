#include "jwt/TokenJudge.h"

#include "jwt/Algorithm.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace vendo::jwt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::jwt::TokenJudge)
};

void warn(Verdict &verdict, WarningKind kind, const char *code, const QString &message)
{
    verdict.warnings.append(Warning { kind, QString::fromLatin1(code), message });
}

} // namespace

Verdict TokenJudge::judge(const DecodedJwt &token, const Clock &clock, const VerdictOptions &options,
                          const SignatureCheck &signature)
{
    return judge(token, Claims::fromToken(token), clock, options, signature);
}

Verdict TokenJudge::judge(const DecodedJwt &token, const QList<Claim> &claims, const Clock &clock,
                          const VerdictOptions &options, const SignatureCheck &signature)
{
    Verdict verdict;
    verdict.structureOk = token.structureOk();
    verdict.problems = token.problems;
    verdict.signature = signature;
    verdict.leewaySeconds = options.leewaySeconds;
    const qint64 now = clock.nowSecsSinceEpoch();
    verdict.evaluatedAt = now;
    const qint64 leeway = options.leewaySeconds;

    if (token.isJwe)
        warn(verdict, WarningKind::Encrypted, "encrypted",
             Tr::tr("The token is encrypted (JWE): its claims cannot be read without the recipient's key."));

    // Header warnings.
    if (token.headerIsObject) {
        const QString alg = token.alg();
        const Algorithm algorithm = algorithmFromName(alg.toUtf8());
        if (algorithm == Algorithm::None)
            warn(verdict, WarningKind::AlgNone, "alg_none",
                 Tr::tr("\"alg\": \"none\": the token is unsigned; anyone can write one."));
        else if (isHmac(algorithm))
            warn(verdict, WarningKind::HmacOnIdentityToken, "hmac_identity_token",
                 Tr::tr("%1 is a shared-secret algorithm: whoever can verify this token can also forge one. Vendo "
                        "identity tokens are signed ES256 or RS256.")
                     .arg(alg));
        if (algorithm != Algorithm::None && token.kid().isEmpty() && !token.isJwe)
            warn(verdict, WarningKind::MissingKid, "missing_kid",
                 Tr::tr("The header has no \"kid\": a verifier cannot tell which key of the JWKS signed it."));
    }

    for (const QString &warning : signature.keySetWarnings)
        warn(verdict, WarningKind::KeySetExposesSecrets, "jwks_exposes_secrets", warning);

    if (!token.payloadIsObject) {
        verdict.time = TimeStatus::Unknown;
        return verdict;
    }

    const auto dateOf = [&](QByteArrayView name) -> std::optional<NumericDate> {
        const Claim *claim = Claims::find(claims, name);
        if (!claim || !claim->date)
            return std::nullopt;
        if (claim->date->problem != NumericDate::Problem::None)
            warn(verdict, WarningKind::BadDate, "bad_date",
                 Tr::tr("\"%1\" is %2.").arg(QString::fromLatin1(name), claim->date->problemText()));
        return claim->date;
    };
    const auto exp = dateOf("exp");
    const auto nbf = dateOf("nbf");
    const auto iat = dateOf("iat");
    dateOf("auth_time");

    // RFC 7519: the token is accepted while now < exp (plus leeway) and now >= nbf (minus leeway);
    // nbf and iat may also be as far ahead as the service tolerates.
    const qint64 ahead = qMax(leeway, options.futureToleranceSeconds);
    if (nbf && nbf->usable() && now < nbf->seconds - ahead) {
        verdict.time = TimeStatus::NotYetValid;
        verdict.timeDeltaSeconds = nbf->seconds - now;
    } else if (!exp) {
        verdict.time = TimeStatus::NoExp;
        warn(verdict, WarningKind::NoExp, "no_exp",
             Tr::tr("The token has no \"exp\": it never expires by itself. Vendo tokens always carry one."));
    } else if (!exp->usable() || (nbf && !nbf->usable())) {
        verdict.time = TimeStatus::Unknown;
    } else if (now >= exp->seconds + leeway) {
        verdict.time = TimeStatus::Expired;
        verdict.timeDeltaSeconds = now - exp->seconds;
    } else {
        verdict.time = TimeStatus::Valid;
        verdict.timeDeltaSeconds = exp->seconds - now;
        if (now >= exp->seconds)
            warn(verdict, WarningKind::ExpiredWithinLeeway, "expired_within_leeway",
                 Tr::tr("Expired %1 ago, still accepted within the %2 s leeway.")
                     .arg(humanDuration(now - exp->seconds))
                     .arg(leeway));
    }

    if (iat && iat->usable() && iat->seconds > now + ahead)
        warn(verdict, WarningKind::IatInFuture, "iat_in_future",
             Tr::tr("\"iat\" is %1 in the future: the issuer's clock (or this one) is wrong.")
                 .arg(humanDuration(iat->seconds - now)));
    if (iat && exp && iat->usable() && exp->usable()) {
        const qint64 lifetime = exp->seconds - iat->seconds;
        if (qAbs(lifetime - options.expectedLifetimeSeconds) > options.lifetimeToleranceSeconds)
            warn(verdict, WarningKind::UnusualLifetime, "unusual_lifetime",
                 Tr::tr("The token lives %1 (from iat to exp); Vendo issues tokens for %2.")
                     .arg(lifetime < 0 ? Tr::tr("a negative time") : humanDuration(lifetime),
                          humanDuration(options.expectedLifetimeSeconds)));
    }

    if (!options.expectedIssuer.isEmpty()) {
        const Claim *claim = Claims::find(claims, "iss");
        const QString iss = Claims::string(claims, "iss");
        if (iss != options.expectedIssuer)
            warn(verdict, WarningKind::IssuerMismatch, "iss_mismatch",
                 !claim ? Tr::tr("The token has no \"iss\"; the profile expects \"%1\".").arg(options.expectedIssuer)
                        : Tr::tr("The issuer is \"%1\"; the profile expects \"%2\".").arg(iss, options.expectedIssuer));
    }
    if (!options.expectedAudience.isEmpty()) {
        // "aud" is a string or an array of strings (RFC 7519 section 4.1.3).
        const Claim *claim = Claims::find(claims, "aud");
        bool matches = false;
        if (claim && claim->rawValue.startsWith('['))
            matches = QJsonDocument::fromJson(claim->rawValue).array().contains(QJsonValue(options.expectedAudience));
        else
            matches = Claims::string(claims, "aud") == options.expectedAudience;
        if (!matches)
            warn(verdict, WarningKind::AudienceMismatch, "aud_mismatch",
                 Tr::tr("The audience does not include \"%1\", which the profile expects.")
                     .arg(options.expectedAudience));
    }
    return verdict;
}

} // namespace vendo::jwt

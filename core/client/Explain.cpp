#include "client/Explain.h"

#include "client/ErrorCatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vendo::client {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::client::Explain)
};

using Kind = VendoError::Kind;

// The class a status usually means; the service chooses the class by code, so this is a guess.
std::optional<Kind> kindForStatus(int status)
{
    switch (status) {
    case 400:
        return Kind::ValidationError;
    case 401:
        return Kind::AuthError;
    case 402:
        return Kind::BalanceExhausted;
    case 403:
        return Kind::NotConnected;
    case 404:
        return Kind::Base;
    case 409:
        return Kind::IdempotencyConflict;
    case 429:
        return Kind::RateLimited;
    case 500:
    case 503:
    case 504:
        return Kind::Base;
    case 502:
        return Kind::UpstreamError;
    default:
        return std::nullopt;
    }
}

// An HTTP status, read only where a log says it is one: a bare status ("403"), a status field
// ("status=403", "status_code: 403", "\"statusCode\": 403", axios' "status code 403"), a status line
// ("HTTP/1.1 401", nginx's and Envoy's '"GET /x HTTP/1.1" 401'), an arrow ("-> 401"), or a number
// followed by its reason phrase ("401 Client Error", "429 Too Many Requests"). Any other number is
// not a status: "line 412" in a traceback, "index.js:412:15", byte counts and durations.
struct FoundStatus
{
    int status = 0;
    QString matched;
};

FoundStatus findStatus(const QString &text)
{
    static const QRegularExpression bare(QStringLiteral("^\\s*([1-5][0-9]{2})\\s*$"));
    static const QRegularExpression fielded(
        QStringLiteral(
            "(?:\\b(?:http[_ ]?)?status(?:[_ ]?code)?[\"']?\\s*[:=]?\\s*[\"']?"
            "|\\bHTTP/[0-9](?:\\.[0-9])?\"?\\s+"
            "|(?:->|=>|\u2192)\\s*)"
            "([1-5][0-9]{2})(?![0-9]|\\.[0-9])"
            "|(?<![0-9.:])([1-5][0-9]{2})\\s+(?:Client Error|Server Error|Bad Request|Unauthorized|Payment Required|"
            "Forbidden|Not Found|Conflict|Unprocessable|Too Many Requests|Internal Server Error|Bad Gateway|"
            "Service Unavailable|Gateway Time-?out)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = bare.match(text); match.hasMatch())
        return { match.captured(1).toInt(), match.captured(1) };
    if (const auto match = fielded.match(text); match.hasMatch()) {
        const QString digits = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        return { digits.toInt(), match.captured(0).trimmed() };
    }
    return {};
}

void fill(Explanation &e, Kind kind, const QString &code)
{
    e.kind = kind;
    e.className = ErrorCatalog::className(kind);
    e.code = code;
    e.meaning = ErrorCatalog::meaning(kind);
    e.fix = ErrorCatalog::remediation(kind, code);
    if (!e.httpStatus)
        e.httpStatus = ErrorCatalog::typicalStatus(kind);
}

} // namespace

QJsonObject Explanation::toJson() const
{
    static const char *sources[] = { "unrecognised", "code", "legacy_code", "class", "status", "transport" };
    return {
        { QStringLiteral("recognised"), recognised() },
        { QStringLiteral("source"), QLatin1String(sources[int(source)]) },
        { QStringLiteral("class"), className },
        { QStringLiteral("code"), code },
        { QStringLiteral("matched"), matched },
        { QStringLiteral("status"), httpStatus },
        { QStringLiteral("meaning"), meaning },
        { QStringLiteral("remediation"), fix },
        { QStringLiteral("note"), note },
    };
}

Explanation explain(const QString &input)
{
    Explanation e;
    const QString text = input.left(64 * 1024);
    static const QRegularExpression wordPattern(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    QStringList words;
    for (auto it = wordPattern.globalMatch(text); it.hasNext();)
        words << it.next().captured();

    // A current code wins over a legacy spelling, which wins over a class name: a log line usually
    // holds both the class and the code, and the code is what chose the class.
    for (const QString &word : std::as_const(words)) {
        const QString lower = word.toLower();
        if (const auto kind = ErrorCatalog::kindForCode(lower)) {
            e.source = Explanation::Source::Code;
            e.matched = word;
            fill(e, *kind, lower);
            break;
        }
    }
    if (!e.recognised()) {
        for (const QString &word : std::as_const(words)) {
            if (const auto legacy = ErrorCatalog::kindForLegacyCode(word.toLower())) {
                e.source = Explanation::Source::LegacyCode;
                e.matched = word;
                fill(e, legacy->first, legacy->second);
                if (word.toLower() != legacy->second)
                    e.note = Tr::tr("\"%1\" is an older SDK spelling of \"%2\".").arg(word.toLower(), legacy->second);
                break;
            }
        }
    }
    if (!e.recognised()) {
        for (const QString &word : std::as_const(words)) {
            if (const auto kind = ErrorCatalog::kindForTransportCode(word.toLower())) {
                e.source = Explanation::Source::TransportKind;
                e.matched = word;
                fill(e, *kind, word.toLower());
                break;
            }
        }
    }
    if (!e.recognised()) {
        for (const QString &word : std::as_const(words)) {
            if (const auto kind = ErrorCatalog::kindForClassName(word)) {
                e.source = Explanation::Source::ClassName;
                e.matched = word;
                fill(e, *kind, ErrorCatalog::isServiceKind(*kind) ? VendoError::kindCode(*kind) : QString());
                if (ErrorCatalog::isServiceKind(*kind))
                    e.code.clear(); // a class alone does not say which of its codes
                break;
            }
        }
    }

    if (const FoundStatus found = findStatus(text); found.status) {
        const int code = found.status;
        if (e.recognised()) {
            e.httpStatus = code;
        } else if (const auto kind = kindForStatus(code)) {
            e.source = Explanation::Source::HttpStatus;
            e.matched = found.matched;
            e.httpStatus = code;
            fill(e, *kind, QString());
            e.note = Tr::tr("The SDKs choose the class by the error code, not by the HTTP status; %1 usually "
                            "means %2. Look for the Vendo-Error-Code header to be sure.")
                         .arg(code)
                         .arg(e.className);
            if (code == 500 || code == 502 || code == 503 || code == 504)
                e.note += QLatin1Char(' ') + Tr::tr("The SDKs make up to 3 attempts in all for this status.");
        }
    }
    if (!e.recognised()) {
        e.meaning = Tr::tr("No Vendo error code, class name or HTTP error status was found in the text.");
        e.fix = Tr::tr("Paste the error code (e.g. binding_missing), the HTTP status, or the whole log line.");
    }
    return e;
}

} // namespace vendo::client

#include "sandbox/Reply.h"

#include <QJsonDocument>
#include <QLocale>
#include <QString>

namespace vendo::sandbox {

namespace {

// More than the 1 MiB any client should accept for one answer.
constexpr qsizetype kOversizedBytes = 1024 * 1024 + 64 * 1024;

// The short reason the credentials service puts in {"error": string} when the code is elsewhere.
QString reasonFor(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("bad_request");
    case 401:
        return QStringLiteral("unauthorized");
    case 402:
        return QStringLiteral("payment_required");
    case 403:
        return QStringLiteral("forbidden");
    case 404:
        return QStringLiteral("not_found");
    case 409:
        return QStringLiteral("conflict");
    case 429:
        return QStringLiteral("too_many_requests");
    case 502:
        return QStringLiteral("bad_gateway");
    case 503:
        return QStringLiteral("service_unavailable");
    default:
        return status >= 500 ? QStringLiteral("internal_error") : QStringLiteral("error");
    }
}

QString expandOrigin(QString text, const QString &origin)
{
    return text.replace(QLatin1String("{origin}"), origin);
}

} // namespace

Reply Reply::json(int status, const QJsonObject &object)
{
    Reply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

void Reply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

Reply errorReply(const Fault &fault, const QString &origin, const QDateTime &now)
{
    const bool codeInBody = !fault.code.isEmpty() && fault.codePlacement != CodePlacement::Header;
    const bool codeInHeader = !fault.code.isEmpty() && fault.codePlacement != CodePlacement::Body;

    QJsonObject body;
    switch (fault.shape) {
    case ErrorShape::ErrorObject: {
        QJsonObject error;
        if (codeInBody)
            error.insert(QStringLiteral("code"), fault.code);
        error.insert(QStringLiteral("message"), fault.message);
        if (!fault.slug.isEmpty())
            error.insert(QStringLiteral("slug"), fault.slug);
        if (fault.retryAfterSeconds)
            error.insert(QStringLiteral("retry_after"), *fault.retryAfterSeconds);
        if (!fault.connectUrl.isEmpty())
            error.insert(QStringLiteral("connect_url"), expandOrigin(fault.connectUrl, origin));
        if (!fault.suggestedFix.isEmpty())
            error.insert(QStringLiteral("suggested_fix"), fault.suggestedFix);
        body.insert(QStringLiteral("error"), error);
        break;
    }
    case ErrorShape::ErrorMessage: {
        QJsonObject error { { QStringLiteral("message"), fault.message } };
        if (codeInBody)
            error.insert(QStringLiteral("code"), fault.code);
        body.insert(QStringLiteral("error"), error);
        break;
    }
    case ErrorShape::Message:
        body.insert(QStringLiteral("message"), fault.message);
        break;
    case ErrorShape::ErrorString:
        // The credentials service's own shape has no room for a code: it travels in the header.
        body.insert(QStringLiteral("error"), codeInBody ? fault.code : reasonFor(fault.status));
        body.insert(QStringLiteral("detail"), fault.message);
        break;
    case ErrorShape::Empty:
        break;
    }

    Reply reply = fault.shape == ErrorShape::Empty ? Reply {} : Reply::json(fault.status, body);
    reply.status = fault.status;
    if (codeInHeader)
        reply.setHeader(QByteArrayLiteral("Vendo-Error-Code"), fault.code.toUtf8());
    if (fault.retryAfterSeconds) {
        reply.setHeader(QByteArrayLiteral("Retry-After"),
                        fault.retryAfterFormat == RetryAfterFormat::HttpDate
                            ? httpDate(now.addSecs(*fault.retryAfterSeconds))
                            : QByteArray::number(*fault.retryAfterSeconds));
    }
    return reply;
}

void applyTransport(Reply &reply, const Fault &fault)
{
    switch (fault.transport) {
    case FaultTransport::None:
    case FaultTransport::Drop:
    case FaultTransport::Hang:
        reply.transport = fault.transport;
        return;
    case FaultTransport::MalformedJson:
        // Cut the document in the middle of a string: valid UTF-8, invalid JSON.
        if (reply.body.size() < 8)
            reply.body = QByteArrayLiteral("{\"access_token\": \"sbx_");
        reply.body.truncate(reply.body.size() / 2);
        return;
    case FaultTransport::WrongContentType:
        reply.contentType
            = fault.contentType.isEmpty() ? QByteArrayLiteral("text/html; charset=utf-8") : fault.contentType;
        reply.body = QByteArrayLiteral("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                                       "<body><h1>Bad Gateway</h1><p>sandbox proxy page</p></body></html>");
        return;
    case FaultTransport::Oversized: {
        // Still valid JSON, only too big: the client must refuse it by size, not by parse error.
        QByteArray padded = reply.body;
        if (padded.endsWith('}')) {
            padded.chop(1);
            padded += padded.size() > 1 ? QByteArrayLiteral(",\"padding\":\"") : QByteArrayLiteral("\"padding\":\"");
        } else {
            padded = QByteArrayLiteral("{\"padding\":\"");
        }
        padded += QByteArray(kOversizedBytes, 'x');
        padded += QByteArrayLiteral("\"}");
        reply.body = padded;
        return;
    }
    }
}

} // namespace vendo::sandbox

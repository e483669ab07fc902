#include "webhooks/Delivery.h"

#include "client/CurlCommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vendo::webhooks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::webhooks::Delivery)
};

DeliveryParse failure(const QString &error)
{
    return DeliveryParse { std::nullopt, error };
}

QString bodyTooLarge(qsizetype size)
{
    return Tr::tr("The body is %1 bytes; at most %2 bytes are accepted.").arg(size).arg(Delivery::kMaxBodyBytes);
}

DeliveryParse finish(Delivery delivery)
{
    if (delivery.body.size() > Delivery::kMaxBodyBytes)
        return failure(bodyTooLarge(delivery.body.size()));
    if (delivery.headers.size() > Delivery::kMaxHeaders)
        return failure(Tr::tr("More than %1 headers.").arg(Delivery::kMaxHeaders));
    return DeliveryParse { std::move(delivery), {} };
}

// "POST /hook HTTP/1.1": an upper-case method word first (a header name has its colon there).
bool isRequestLine(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    if (space <= 0)
        return false;
    for (qsizetype i = 0; i < space; ++i) {
        if (line[i] < 'A' || line[i] > 'Z')
            return false;
    }
    return true;
}

// "Name: value" lines; a request line and HTTP/2 pseudo-headers (":method") are skipped.
QList<QPair<QByteArray, QByteArray>> headerLines(QByteArrayView text)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (QByteArray line : text.toByteArray().split('\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(':') || isRequestLine(line))
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    return headers;
}

DeliveryParse fromHeaderBlock(const QByteArray &text)
{
    Delivery delivery;
    delivery.source = Delivery::Source::HeaderBlock;
    // The body starts after the first empty line, whatever line ends the headers used; it is kept
    // byte for byte, since its exact bytes were signed.
    const qsizetype crlf = text.indexOf("\r\n\r\n");
    const qsizetype lf = text.indexOf("\n\n");
    qsizetype headerEnd = text.size();
    qsizetype bodyStart = text.size();
    if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        headerEnd = crlf;
        bodyStart = crlf + 4;
    } else if (lf >= 0) {
        headerEnd = lf;
        bodyStart = lf + 2;
    }
    delivery.headers = headerLines(QByteArrayView(text).first(headerEnd));
    if (delivery.headers.isEmpty())
        return failure(Tr::tr("No \"Name: value\" header line before the body."));
    delivery.body = text.mid(bodyStart);
    return finish(std::move(delivery));
}

DeliveryParse fromCurl(const QByteArray &text)
{
    const auto commands = client::CurlCommand::splitCommands(QString::fromUtf8(text));
    if (!commands)
        return failure(Tr::tr("The curl command has an unterminated quote."));
    for (const QStringList &words : *commands) {
        if (words.isEmpty() || !words.constFirst().endsWith(QLatin1String("curl")))
            continue;
        Delivery delivery;
        delivery.source = Delivery::Source::Curl;
        QByteArrayList data;
        for (qsizetype i = 1; i < words.size(); ++i) {
            const QString &word = words.at(i);
            const bool headerOption = word == QLatin1String("-H") || word == QLatin1String("--header");
            const bool dataOption = word == QLatin1String("-d") || word == QLatin1String("--data")
                || word == QLatin1String("--data-raw") || word == QLatin1String("--data-binary")
                || word == QLatin1String("--data-ascii");
            if ((headerOption || dataOption) && i + 1 < words.size()) {
                const QString value = words.at(++i);
                if (headerOption) {
                    const auto parsed = headerLines(value.toUtf8());
                    delivery.headers.append(parsed);
                } else if (value.startsWith(QLatin1Char('@')) && word != QLatin1String("--data-raw")) {
                    return failure(Tr::tr("The body is read from the file %1; paste the body itself.").arg(value));
                } else {
                    data.append(value.toUtf8());
                }
            }
        }
        delivery.body = data.join('&'); // curl joins several -d with '&'
        if (delivery.headers.isEmpty())
            return failure(Tr::tr("The curl command has no -H header."));
        return finish(std::move(delivery));
    }
    return failure(Tr::tr("No curl command found."));
}

DeliveryParse fromHar(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError)
        return failure(Tr::tr("Not valid JSON for a HAR: %1 at byte %2.").arg(error.errorString()).arg(error.offset));
    QList<QJsonObject> requests;
    if (root.contains(QLatin1String("log"))) {
        for (const QJsonValue &entry :
             root.value(QLatin1String("log")).toObject().value(QLatin1String("entries")).toArray())
            requests << entry.toObject().value(QLatin1String("request")).toObject();
    } else if (root.contains(QLatin1String("request"))) {
        requests << root.value(QLatin1String("request")).toObject();
    } else {
        requests << root;
    }
    for (const QJsonObject &request : requests) {
        const QJsonObject postData = request.value(QLatin1String("postData")).toObject();
        if (!postData.contains(QLatin1String("text")))
            continue;
        Delivery delivery;
        delivery.source = Delivery::Source::Har;
        for (const QJsonValue &header : request.value(QLatin1String("headers")).toArray()) {
            const QJsonObject field = header.toObject();
            delivery.headers.append({ field.value(QLatin1String("name")).toString().toUtf8(),
                                      field.value(QLatin1String("value")).toString().toUtf8() });
        }
        delivery.body = postData.value(QLatin1String("text")).toString().toUtf8();
        return finish(std::move(delivery));
    }
    return failure(Tr::tr("The HAR holds no request with postData.text."));
}

} // namespace

QByteArray Delivery::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray("") : value;
    }
    return {};
}

DeliveryParse parseDelivery(const QByteArray &text)
{
    if (text.size() > Delivery::kMaxInputBytes)
        return failure(Tr::tr("The capture is %1 bytes; at most %2 bytes are read.")
                           .arg(text.size())
                           .arg(Delivery::kMaxInputBytes));
    const QByteArray start = text.left(64).trimmed();
    if (start.isEmpty())
        return failure(Tr::tr("The capture is empty."));
    if (start.startsWith('{'))
        return fromHar(text);
    if (start.startsWith("curl ") || start.startsWith("curl\t") || start.startsWith("curl.exe"))
        return fromCurl(text);
    return fromHeaderBlock(text);
}

DeliveryParse parseDelivery(const QByteArray &headerText, const QByteArray &body)
{
    if (headerText.size() > Delivery::kMaxInputBytes)
        return failure(Tr::tr("The headers are %1 bytes; at most %2 bytes are read.")
                           .arg(headerText.size())
                           .arg(Delivery::kMaxInputBytes));
    Delivery delivery;
    delivery.source = Delivery::Source::Separate;
    delivery.headers = headerLines(headerText);
    delivery.body = body;
    return finish(std::move(delivery));
}

} // namespace vendo::webhooks

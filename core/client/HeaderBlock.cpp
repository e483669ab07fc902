#include "client/HeaderBlock.h"

#include "client/CurlCommand.h"
#include "client/HarReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace vendo::client {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vendo::client::HeaderBlock)
};

std::unexpected<VendoError> invalid(const QString &message)
{
    return std::unexpected(VendoError::make(VendoError::Kind::InvalidInput, message));
}

const QRegularExpression &headerNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^:?[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return pattern;
}

// Chrome DevTools copies its headers list as names and values on alternating lines, without colons:
// ":authority", "app.example", ":method", "GET", ... (HTTP/1.1 lists start with an ordinary name). Read
// as such only when every other line is a bare header name, there are at least two pairs, and the list
// starts with a pseudo-header or names a header every browser request has, so that two lines of prose
// are not taken for one.
std::optional<HeaderBlock> parseDevToolsList(const QStringList &lines)
{
    static const std::array commonNames = { QLatin1String("accept"), QLatin1String("user-agent"), QLatin1String("host"),
                                            QLatin1String("x-vendo-user-jwt") };
    CapturedRequest captured;
    bool familiar = false;
    QString name; // the name whose value comes next; empty when a name comes next
    // Line by line, so that a log of a million lines is given up on at its first line.
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (name.isEmpty()) {
            if (!headerNamePattern().match(trimmed).hasMatch())
                return std::nullopt;
            familiar = familiar || (captured.headers.isEmpty() && trimmed.startsWith(QLatin1Char(':')))
                || std::any_of(commonNames.begin(), commonNames.end(), [&trimmed](QLatin1String common) {
                           return trimmed.compare(common, Qt::CaseInsensitive) == 0;
                       });
            name = trimmed;
            continue;
        }
        captured.headers.append({ name, trimmed });
        if (name == QLatin1String(":method"))
            captured.method = trimmed;
        else if (name == QLatin1String(":path"))
            captured.url = trimmed;
        name.clear();
    }
    if (!name.isEmpty() || captured.headers.size() < 2 || !familiar)
        return std::nullopt;
    HeaderBlock block;
    block.format = HeaderBlock::Format::DevToolsList;
    block.requests.append(captured);
    return block;
}

Result<HeaderBlock> parseLines(const QString &text)
{
    static const QRegularExpression requestLine(QStringLiteral("^([A-Z]{3,10})\\s+(\\S+)\\s+HTTP/\\d(?:\\.\\d)?$"));
    const QRegularExpression &headerName = headerNamePattern();
    HeaderBlock block;
    block.format = HeaderBlock::Format::Lines;
    CapturedRequest captured;
    QString pendingName; // a "name:" line whose value is on the next line (copied from a devtools table)
    QString *pendingTarget = nullptr; // the same for "Request URL:" / "Request Method:"
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (auto list = parseDevToolsList(lines))
        return *std::move(list);
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (pendingTarget) {
            *pendingTarget = line;
            pendingTarget = nullptr;
            continue;
        }
        if (!pendingName.isEmpty()) {
            captured.headers.append({ pendingName, line });
            pendingName.clear();
            continue;
        }
        if (const auto match = requestLine.match(line); match.hasMatch()) {
            captured.method = match.captured(1);
            captured.url = match.captured(2);
            continue;
        }
        // Chrome's "General" section, copied along with the headers (value on the same or next line).
        bool general = false;
        for (const auto &[label, target] : { std::pair { QLatin1String("Request URL:"), &captured.url },
                                             std::pair { QLatin1String("Request Method:"), &captured.method } }) {
            if (line.startsWith(label, Qt::CaseInsensitive)) {
                *target = line.mid(label.size()).trimmed();
                if (target->isEmpty())
                    pendingTarget = target;
                general = true;
            }
        }
        if (general)
            continue;
        // Skip the leading ':' of an HTTP/2 pseudo-header when looking for the separator.
        const qsizetype colon = line.indexOf(QLatin1Char(':'), line.startsWith(QLatin1Char(':')) ? 1 : 0);
        if (colon <= 0)
            continue;
        const QString name = line.left(colon).trimmed();
        if (!headerName.match(name).hasMatch())
            continue;
        const QString value = line.mid(colon + 1).trimmed();
        if (value.isEmpty() && !name.startsWith(QLatin1Char(':'))) {
            pendingName = name;
            continue;
        }
        captured.headers.append({ name, value });
        if (name == QLatin1String(":method"))
            captured.method = value;
        else if (name == QLatin1String(":path") && captured.url.isEmpty())
            captured.url = value;
    }
    if (!pendingName.isEmpty())
        captured.headers.append({ pendingName, QString() });
    if (captured.headers.isEmpty())
        return invalid(Tr::tr("No \"Name: value\" header line was found."));
    block.requests.append(captured);
    return block;
}

Result<HeaderBlock> parseCurl(const QString &text)
{
    const Result<QList<CurlCommand>> commands = CurlCommand::parseAll(text);
    if (!commands)
        return std::unexpected(commands.error());
    HeaderBlock block;
    block.format = HeaderBlock::Format::Curl;
    for (const CurlCommand &command : commands.value()) {
        CapturedRequest request;
        request.method = command.method;
        request.url = command.url;
        request.headers = command.headers;
        block.requests.append(request);
    }
    if (block.requests.size() > HeaderBlock::kMaxRequests)
        return invalid(Tr::tr("The input holds more than %1 requests.").arg(HeaderBlock::kMaxRequests));
    return block;
}

} // namespace

QString CapturedRequest::label() const
{
    if (url.isEmpty())
        return method.isEmpty() ? QCoreApplication::translate("vendo::client::HeaderBlock", "(request without URL)")
                                : method;
    return method.isEmpty() ? url : method + QLatin1Char(' ') + url;
}

std::optional<QString> CapturedRequest::header(QStringView name) const
{
    for (const HeaderField &field : headers) {
        if (QStringView(field.name).compare(name, Qt::CaseInsensitive) == 0)
            return field.value;
    }
    return std::nullopt;
}

QString HeaderBlock::formatName(Format format)
{
    switch (format) {
    case Format::Lines:
        return QStringLiteral("lines");
    case Format::DevToolsList:
        return QStringLiteral("devtools");
    case Format::Curl:
        return QStringLiteral("curl");
    case Format::Har:
        return QStringLiteral("har");
    case Format::JsonObject:
        return QStringLiteral("json");
    }
    return QStringLiteral("lines");
}

Result<HeaderBlock> HeaderBlock::parse(const QByteArray &input)
{
    // JSON is streamed, whatever its size up to its own limit: never converted to one QString.
    if (HarReader::looksLikeJson(input))
        return HarReader::read(input);
    if (input.size() > kMaxInputBytes)
        return invalid(Tr::tr("The input is %1 bytes; the limit is %2 MiB.")
                           .arg(input.size())
                           .arg(kMaxInputBytes / (1024 * 1024)));
    QString text = QString::fromUtf8(input);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(Tr::tr("The input is empty."));

    static const QRegularExpression curlStart(QStringLiteral("^(?:\\$\\s+)?curl(?:\\.exe)?\\s"));
    Result<HeaderBlock> block = curlStart.match(trimmed).hasMatch() ? parseCurl(trimmed) : parseLines(trimmed);
    if (block) {
        block->requestCount = block->requests.size();
        for (qsizetype i = 0; i < block->requests.size(); ++i) {
            block->requests[i].index = i;
            const std::optional<QString> jwt = block->requests.at(i).header(u"X-Vendo-User-JWT");
            block->identityRequestCount += jwt && !jwt->trimmed().isEmpty();
        }
    }
    return block;
}

Result<UserIdentity> identityFromHeaders(const HeaderList &headers)
{
    static const std::array identityNames = {
        QLatin1String("X-Vendo-User-Id"),   QLatin1String("X-Vendo-User-Email"),
        QLatin1String("X-Vendo-User-Name"), QLatin1String("X-Vendo-User-Tenant-Id"),
        QLatin1String("X-Vendo-User-Role"),
    };
    UserIdentity identity;
    bool found = false;
    for (const HeaderField &field : headers) {
        const QString name = field.name.trimmed();
        if (!found && name.compare(QLatin1String("X-Vendo-User-JWT"), Qt::CaseInsensitive) == 0) {
            found = true;
            identity.jwt = field.value.trimmed();
            continue;
        }
        for (const QLatin1String canonical : identityNames) {
            if (name.compare(canonical, Qt::CaseInsensitive) == 0 && !identity.identityHeaders.contains(canonical))
                identity.identityHeaders.insert(canonical, field.value.trimmed().left(1024));
        }
    }
    if (identity.jwt.isEmpty())
        return std::unexpected(VendoError::make(VendoError::Kind::IdentityNotPresent,
                                                found ? Tr::tr("The X-Vendo-User-JWT header is empty.")
                                                      : Tr::tr("No X-Vendo-User-JWT header was found.")));
    if (identity.jwt.size() > HeaderBlock::kMaxHeaderValueBytes)
        return invalid(Tr::tr("The X-Vendo-User-JWT value is %1 characters long; the limit is %2.")
                           .arg(identity.jwt.size())
                           .arg(HeaderBlock::kMaxHeaderValueBytes));
    return identity;
}

HeaderList headerListFromMap(const QMap<QString, QString> &headers)
{
    HeaderList list;
    for (auto it = headers.begin(); it != headers.end(); ++it)
        list.append({ it.key(), it.value() });
    return list;
}

HeaderList headerListFromPairs(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    HeaderList list;
    for (const auto &[name, value] : headers)
        list.append({ QString::fromLatin1(name), QString::fromUtf8(value) });
    return list;
}

} // namespace vendo::client

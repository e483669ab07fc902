// Fuzz target: the service response and error parser (client/ResponseDecoder.h). The input is four
// fields separated by 0x00: HTTP status (decimal text), Vendo-Error-Code header, Retry-After header,
// body. The body also goes through every success decoder, the way an answer of any endpoint would.
// Checks the header's promises: an error always has a summary, a Retry-After is never negative.
#include "FuzzTarget.h"
#include "client/ResponseDecoder.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    namespace decoder = vendo::client::ResponseDecoder;
    const QList<QByteArray> parts = vendo::fuzz::fields(vendo::fuzz::input(data, size), '\0', 4);
    const int status = parts[0].left(4).toInt();
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1'767'225'600, Qt::UTC);

    const vendo::client::VendoError error = decoder::errorFromResponse(status, parts[1], parts[2], parts[3], now);
    VENDO_FUZZ_CHECK(!error.summary().isEmpty());
    VENDO_FUZZ_CHECK(!error.retryAfter || *error.retryAfter >= 0);
    (void)error.remediation();
    (void)QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact);
    (void)error.sdkCode();
    const std::optional<int> retryAfter = decoder::parseRetryAfter(parts[2], now);
    VENDO_FUZZ_CHECK(!retryAfter || *retryAfter >= 0);

    const QJsonDocument json = QJsonDocument::fromJson(parts[3]);
    (void)decoder::token(QStringLiteral("openai"), json);
    (void)decoder::bulkTokens(json);
    (void)decoder::connections(json);
    (void)decoder::identity(vendo::client::Identity::As::App, json);
    (void)decoder::identity(vendo::client::Identity::As::User, json);
    return 0;
}

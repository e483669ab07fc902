#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace vendo::webhooks {

// A captured webhook delivery: its request headers and its raw body, byte for byte.
struct Delivery
{
    enum class Source { HeaderBlock, Curl, Har, Separate };

    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;
    // A HAR escapes the body in JSON and a curl command quotes it: room for that, not more.
    static constexpr qsizetype kMaxInputBytes = 8 * 1024 * 1024;
    static constexpr int kMaxHeaders = 1000;

    Source source = Source::Separate;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Case-insensitive; the first match; a null QByteArray when absent.
    QByteArray header(QByteArrayView name) const;
    QByteArray signature() const { return header("Vendo-Signature"); }
    QByteArray timestamp() const { return header("Vendo-Timestamp"); }
};

struct DeliveryParse
{
    std::optional<Delivery> delivery;
    QString error; // translated, set when `delivery` is empty
};

// The delivery as people have it: a header block followed by a blank line and the body (an optional
// request line first), a curl command with -d/--data/--data-raw/--data-binary, a HAR file or entry
// with request.postData. Bodies above 1 MiB are refused.
DeliveryParse parseDelivery(const QByteArray &text);
// Headers ("Name: value" lines) and the body pasted separately.
DeliveryParse parseDelivery(const QByteArray &headerLines, const QByteArray &body);

} // namespace vendo::webhooks

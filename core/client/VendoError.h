#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace vendo::client {

// A failure as a value: the class the official SDK raises (chosen by code, docs/service-contract.md "Errors"), or a
// transport/protocol/local kind the inspector names more precisely than the SDK would.
class VendoError
{
public:
    enum class Kind {
        // Service classes, named after the SDKs' exception classes.
        AuthError,
        NotConnected,
        NeedsReauth,
        BalanceExhausted,
        SpendCapExceeded,
        RateLimited,
        UpstreamError,
        ValidationError,
        IdempotencyConflict,
        VendoOnlyFeature, // client-side: no API key
        IdentityNotPresent, // client-side: forRequest found no X-Vendo-User-JWT
        Base, // the base class VendoError: unknown or missing code
        // Transport: the request did not produce a usable HTTP answer.
        ConnectionRefused,
        HostNotFound,
        Tls,
        Timeout,
        ConnectionReset,
        Network, // any other network failure
        // Protocol: an HTTP answer came back, but not one the contract allows.
        MalformedBody,
        OversizedBody,
        UnexpectedContentType,
        RedirectRefused, // a redirect to another origin (credentials never follow it)
        // Local preconditions.
        InsecureUrl, // http on a non-loopback host
        InvalidInput, // a header block, JWT or slug the client cannot use
        Cancelled,
    };

    // What kind of failure this is for exit codes and colouring (docs/architecture.md exit codes 1, 3, 4).
    enum class Category { Service, Local, Transport };

    Kind kind = Kind::Base;
    QString code; // wire code (service errors) or the transport kind's code ("connection_refused", ...)
    int httpStatus = 0; // 0 when no HTTP answer came back
    QString message; // the service's message, or a translated description of the local/transport failure
    std::optional<int> retryAfter; // seconds, from the Retry-After header or the body's retry_after
    QString slug;
    // As the service sent it: it carries the app key (docs/service-contract.md). Shown only through
    // shownConnectUrl(); the full value is for --reveal and the GUI's confirmed "open in browser".
    QString connectUrl;
    QString suggestedFix;
    QString detail; // the credentials service's "detail", TLS certificate problems, ...
    QString requestId;

    static VendoError make(Kind kind, const QString &message = {});

    // "AuthError", ..., "VendoError" for service kinds; "NetworkError", "Timeout", "TlsError",
    // "ProtocolError", "ConfigurationError", "InputError", "Cancelled" otherwise.
    QString className() const;
    // The class the official SDK would raise for this failure ("VendoError" for transport failures).
    QString sdkClass() const;
    // The code the official SDK would report (transport failures: "upstream_error").
    QString sdkCode() const;
    Category category() const;
    bool isRetryable() const; // transport failures and 500/502/503/504
    // One translated line telling a person what to do.
    QString remediation() const;
    // One translated line saying what went wrong, always non-empty.
    QString summary() const;

    // Whether an output may carry the connect URL in full (the CLI's --reveal) or masked, like the key.
    enum class UrlDisclosure { Masked, Revealed };
    // The connect URL as people see it: with the key masked to its 12-character prefix, or in full.
    QString shownConnectUrl(UrlDisclosure disclosure = UrlDisclosure::Masked) const;

    // docs/architecture.md's error object: class, sdk_class, code, status, message, retry_after, remediation
    // (+ slug, connect_url, suggested_fix, detail, request_id when present). The connect URL is
    // masked unless `disclosure` says otherwise; keys in the server's texts are masked always.
    QJsonObject toJson(UrlDisclosure disclosure = UrlDisclosure::Masked) const;

    static QString kindCode(Kind kind); // stable snake_case name of a kind
};

} // namespace vendo::client

Q_DECLARE_METATYPE(vendo::client::VendoError)

#pragma once

#include "client/Responses.h"

#include <QJsonDocument>
#include <QObject>

#include <memory>
#include <optional>

namespace vendo::client {

struct ClientConfig;

// One logical GET with the SDKs' behaviour: timeout, retries with backoff, same-origin redirects only,
// a 1 MiB body cap, content-type and JSON checks, error mapping, and a log entry per attempt.
// Internal to core/client; the jobs wrap it. The client's HttpBackend makes it (QtNetworkBackend:
// NetworkExchange over a QNetworkAccessManager); this interface names no network type, so that a
// program reaching the network only through a backend it loads later does not load QtNetwork.
class Exchange : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        ResponseMeta meta;
        QJsonDocument json; // valid on success
        std::optional<VendoError> error;
    };

    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;

    // The config's backend's exchange; one that fails as soon as it starts when the config has none.
    static Exchange *create(std::shared_ptr<const ClientConfig> config, const QUrl &url, bool userBearer,
                            QObject *parent);
    // One that fails with `error` as soon as it starts (for a backend that cannot reach the network).
    static Exchange *failing(const QUrl &url, const VendoError &error, QObject *parent);

    // Starts on the next event-loop turn so that callers can connect first.
    virtual void start() = 0;
    virtual void abort() = 0;
    // Fails immediately (still reported asynchronously), e.g. for a local precondition.
    virtual void failBeforeStart(const VendoError &error) = 0;
    const Outcome &outcome() const { return m_outcome; }

signals:
    void attemptStarted(const QUrl &url, int attempt);
    void done();

protected:
    explicit Exchange(QObject *parent);

    Outcome m_outcome;
};

// Where a client's exchanges reach the network. Shared by every copy of a client.
class HttpBackend
{
public:
    virtual ~HttpBackend() = default;
    virtual Exchange *createExchange(std::shared_ptr<const ClientConfig> config, const QUrl &url, bool userBearer,
                                     QObject *parent) const = 0;
};

} // namespace vendo::client

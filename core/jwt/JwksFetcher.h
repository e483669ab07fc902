#pragma once

#include "jwt/Clock.h"
#include "jwt/JwkSet.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace vendo::jwt {

struct JwksResult
{
    enum class Error { None, InsecureUrl, Network, Timeout, HttpStatus, TooLarge, Malformed, CrossOriginRedirect };

    QString kid; // what was asked for (may be empty: "any key")
    Error error = Error::None;
    QString message; // translated; empty on success
    JwkSet keys; // the current set (possibly from cache), also set when `kid` is not in it
    bool fromCache = false;
    int httpStatus = 0;

    bool ok() const { return error == Error::None; }
    bool hasKid() const { return kid.isEmpty() ? !keys.isEmpty() : keys.containsKid(kid); }
};

// Fetches and caches one JWKS URL the way the Vendo service does: https (plain http only on
// loopback), cached for 10 minutes by the injected clock, refetched once when a token names a kid the
// cached set lacks (keys rotate), bounded in size and time, never following a redirect to another
// origin. One instance per URL; requests made while a fetch is running share it.
class JwksFetcher : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 cacheSeconds = 600;
        qint64 maxBytes = 256 * 1024; // a JWKS is a few KiB; anything bigger is not one
        int timeoutMs = 10'000;
    };

    JwksFetcher(QNetworkAccessManager *network, const QUrl &url, const Clock &clock, Options options,
                QObject *parent = nullptr);
    JwksFetcher(QNetworkAccessManager *network, const QUrl &url, const Clock &clock, QObject *parent = nullptr);
    ~JwksFetcher() override;

    QUrl url() const { return m_url; }
    // Emits resolved() exactly once for this call, possibly before returning when the cache answers.
    void resolve(const QString &kid = {});
    // The cached set if it is still fresh.
    std::optional<JwkSet> cachedKeys() const;
    int fetchCount() const { return m_fetchCount; } // network fetches started, for diagnostics and tests
    void clearCache();

signals:
    void resolved(const vendo::jwt::JwksResult &result);

private:
    void startFetch();
    void finishFetch(JwksResult::Error error, const QString &message, int status);
    bool cacheFresh() const;

    QNetworkAccessManager *m_network;
    QUrl m_url;
    const Clock &m_clock;
    Options m_options;

    std::optional<JwkSet> m_cache;
    qint64 m_fetchedAt = 0;
    QSet<QString> m_refetchedFor; // kids that already caused a refetch of the current set
    QStringList m_waiting; // kids asked for while a fetch runs
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer;
    QByteArray m_body;
    int m_fetchCount = 0;
};

} // namespace vendo::jwt

Q_DECLARE_METATYPE(vendo::jwt::JwksResult)

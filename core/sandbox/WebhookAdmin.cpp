// The sandbox's webhook admin routes (docs/sandbox.md "Webhooks"): sample deliveries signed with the
// scenario's webhook secret, handed out as captures or POSTed to a receiver the engineer names.
#include "sandbox/ServiceLogic.h"

#include <QJsonDocument>
#include <QUrl>

namespace vendo::sandbox {

namespace {

Reply webhookProblem(int status, const QString &message)
{
    return Reply::json(status,
                       QJsonObject { { QStringLiteral("error"),
                                       QJsonObject { { QStringLiteral("code"), QStringLiteral("validation_failed") },
                                                     { QStringLiteral("message"), message } } } });
}

} // namespace

Reply ServiceLogic::webhookAdminEndpoint(const RecordedRequest &request, const QStringList &segments,
                                         const QByteArray &body)
{
    const bool isGet = request.method == QLatin1String("GET");
    const bool isPost = request.method == QLatin1String("POST");
    const QByteArray secret = m_scenario.webhookSecret.toUtf8();

    // GET /sandbox/webhooks: what there is. The secret itself is only printed by --print-env.
    if (segments.size() == 1 && isGet) {
        QJsonObject samples;
        for (const QString &name : WebhookSamples::names()) {
            const WebhookSample sample = WebhookSamples::make(name, secret, now());
            samples.insert(
                name,
                QJsonObject {
                    { QStringLiteral("url"), QString(m_origin + QStringLiteral("/sandbox/webhooks/samples/") + name) },
                    { QStringLiteral("expected_reason"),
                      sample.expectedReason.isEmpty() ? QJsonValue() : QJsonValue(sample.expectedReason) } });
        }
        return Reply::json(
            200,
            QJsonObject {
                { QStringLiteral("secret_env"), QStringLiteral("VENDO_WEBHOOK_SECRET") },
                { QStringLiteral("samples"), samples },
                { QStringLiteral("deliver"), QString(m_origin + QStringLiteral("/sandbox/webhooks/deliver")) },
            });
    }
    // GET /sandbox/webhooks/samples/{name}: the capture, signed now (text/plain).
    if (segments.size() == 3 && segments.at(1) == QLatin1String("samples") && isGet) {
        const WebhookSample sample = WebhookSamples::make(segments.at(2), secret, now());
        if (sample.name.isEmpty())
            return webhookProblem(
                404, QStringLiteral("Unknown sample; one of ") + WebhookSamples::names().join(QStringLiteral(", ")));
        Reply reply;
        reply.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
        reply.body = sample.capture();
        return reply;
    }
    // POST /sandbox/webhooks/deliver {"url", "sample"}: POSTs the sample to the receiver (202 at once).
    if (segments.size() == 2 && segments.at(1) == QLatin1String("deliver") && isPost) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const QUrl url(object.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
        const QString name = object.value(QStringLiteral("sample")).toString(QStringLiteral("valid"));
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            return webhookProblem(400, QStringLiteral("url must be an http or https URL"));
        const WebhookSample sample = WebhookSamples::make(name, secret, now());
        if (sample.name.isEmpty())
            return webhookProblem(
                400, QStringLiteral("Unknown sample; one of ") + WebhookSamples::names().join(QStringLiteral(", ")));
        if (!m_sendWebhook)
            return webhookProblem(503, QStringLiteral("The sandbox cannot send webhooks here"));
        m_sendWebhook(url, sample);
        return Reply::json(
            202,
            QJsonObject { { QStringLiteral("sample"), name },
                          { QStringLiteral("url"), url.toString() },
                          { QStringLiteral("expected_reason"),
                            sample.expectedReason.isEmpty() ? QJsonValue() : QJsonValue(sample.expectedReason) } });
    }
    return Reply::json(404,
                       QJsonObject { { QStringLiteral("error"),
                                       QJsonObject { { QStringLiteral("message"),
                                                       QStringLiteral("No such sandbox admin endpoint") } } } });
}

} // namespace vendo::sandbox

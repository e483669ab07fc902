#include "FakeNetworkAccessManager.h"

#include <QTimer>

namespace vendo::test {

CannedResponse CannedResponse::json(int status, const QByteArray &body,
                                    const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    CannedResponse response;
    response.status = status;
    response.body = body;
    response.headers += extraHeaders;
    return response;
}

CannedResponse CannedResponse::failure(QNetworkReply::NetworkError error, const QString &text)
{
    CannedResponse response;
    response.status = 0;
    response.headers.clear();
    response.error = error;
    response.errorString = text.isEmpty() ? QStringLiteral("fake network error %1").arg(int(error)) : text;
    return response;
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

void FakeNetworkAccessManager::enqueue(const CannedResponse &response)
{
    m_queue.append(response);
}

void FakeNetworkAccessManager::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request, QIODevice *)
{
    m_requests.append(request);
    CannedResponse response;
    if (m_handler)
        response = m_handler(request);
    else if (m_queue.size() > 1)
        response = m_queue.takeFirst();
    else if (!m_queue.isEmpty())
        response = m_queue.constFirst();
    else
        response = CannedResponse::failure(QNetworkReply::ProtocolUnknownError, QStringLiteral("no canned response"));
    return new FakeReply(this, request, op, response);
}

FakeReply::FakeReply(FakeNetworkAccessManager *manager, const QNetworkRequest &request,
                     QNetworkAccessManager::Operation op, const CannedResponse &response)
    : QNetworkReply(manager)
    , m_manager(manager)
    , m_response(response)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QTimer::singleShot(0, this, &FakeReply::deliverHeaders);
}

void FakeReply::deliverHeaders()
{
    if (m_finished)
        return;
    if (m_response.status == 0) {
        if (m_response.hang)
            return;
        if (!m_response.sslErrors.isEmpty())
            emit sslErrors(m_response.sslErrors);
        setError(m_response.error, m_response.errorString);
        emit errorOccurred(m_response.error);
        finishReply();
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    for (const auto &[name, value] : m_response.headers)
        setRawHeader(name, value);
    emit metaDataChanged();
    if (m_finished)
        return;
    if (m_response.status >= 400) {
        // What QNetworkAccessManager reports beside the status (docs/platform-notes.md: 422 and 429 arrive as
        // UnknownContentError).
        const auto error
            = m_response.status >= 500 ? QNetworkReply::InternalServerError : QNetworkReply::UnknownContentError;
        setError(error, QStringLiteral("HTTP %1").arg(m_response.status));
    }
    deliverNextChunk();
}

void FakeReply::deliverNextChunk()
{
    if (m_finished)
        return;
    if (m_offset < m_response.body.size()) {
        const QByteArray chunk = m_response.body.mid(m_offset, m_response.chunkSize);
        m_offset += chunk.size();
        m_buffer += chunk;
        if (m_manager)
            m_manager->addBytesServed(chunk.size());
        emit readyRead();
        QTimer::singleShot(0, this, &FakeReply::deliverNextChunk);
        return;
    }
    if (m_response.hang)
        return;
    if (m_response.error != QNetworkReply::NoError) {
        setError(m_response.error, m_response.errorString);
        emit errorOccurred(m_response.error);
    }
    finishReply();
}

void FakeReply::finishReply()
{
    if (m_finished)
        return;
    m_finished = true;
    setFinished(true);
    emit finished();
}

void FakeReply::abort()
{
    if (m_finished)
        return;
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    emit errorOccurred(QNetworkReply::OperationCanceledError);
    finishReply();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_buffer.size() + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_buffer.size());
    memcpy(data, m_buffer.constData(), size_t(n));
    m_buffer.remove(0, n);
    return n;
}

} // namespace vendo::test

#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace vendo::sandbox {

// One request as it reached the sandbox, for tests and the GUI to inspect. Held in memory only; its
// headers hold the credentials as sent (API key, user JWT), so never log or show them unredacted.
struct RecordedRequest
{
    QString method; // "GET"
    QString path; // as sent (percent-encoded), e.g. "/credentials/openai"
    QString query; // raw query, e.g. "slugs=a,b"
    QList<QPair<QByteArray, QByteArray>> headers;
    int status = 0; // status answered; 0 when the fault was a drop or a hang
    QString requestId; // the X-Request-Id answered

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

} // namespace vendo::sandbox

Q_DECLARE_METATYPE(vendo::sandbox::RecordedRequest)

#include "client/VendoJob.h"

namespace vendo::client {

VendoJob::VendoJob(QObject *parent)
    : QObject(parent)
{
    m_autoDelete = parent == nullptr;
}

VendoJob::~VendoJob() = default;

void VendoJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    abortInFlight();
}

void VendoJob::markFinished()
{
    m_finished = true;
    if (m_autoDelete)
        deleteLater();
}

} // namespace vendo::client

#pragma once

#include <QObject>

namespace vendo::sandbox {

// Turns SIGINT/SIGTERM (Ctrl+C / Ctrl+Break on Windows) into the Qt signal `requested`, delivered
// in the event loop, so that the process can stop its server and exit 0 instead of dying mid-answer.
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

    bool isInstalled() const { return m_installed; }

signals:
    void requested(int signalNumber);

private:
    bool m_installed = false;
};

} // namespace vendo::sandbox

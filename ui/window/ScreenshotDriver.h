#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace vendo::ui {

class MainWindow;

// Brings the window into one of its main states and saves a picture of it, for the README and the
// Xvfb test. The states that show data need sample identities (sandbox mode).
class ScreenshotDriver : public QObject
{
    Q_OBJECT

public:
    ScreenshotDriver(MainWindow *window, QString state, QString fileName, QObject *parent = nullptr);

    // empty, decoded, connections, probe, identity-not-present, error-decoder, sdk-lens, events, webhook
    static QStringList states();
    void start();

signals:
    void finished(bool ok, const QString &message);

private:
    void capture();
    void fail(const QString &message);
    void afterConnections(const std::function<void()> &next);

    MainWindow *m_window;
    QString m_state;
    QString m_fileName;
    QTimer m_deadline;
    bool m_done = false;
};

} // namespace vendo::ui

#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTableView;

namespace vendo::client {
class RequestLog;
}

namespace vendo::ui {

class RequestLogModel;

// Every exchange with the service, redacted, with the selected one in full below.
class RequestLogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RequestLogPanel(client::RequestLog *log, QWidget *parent = nullptr);

    RequestLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPlainTextEdit *detail() const { return m_detail; }

private:
    client::RequestLog *m_log;
    RequestLogModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_detail;
};

} // namespace vendo::ui

#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace vendo::ui {

class Badge;

// Paste an error code, an HTTP status or a whole log line: the class the SDK raises, what it means
// and what to do (core/client's explain()).
class ErrorDecoderPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorDecoderPanel(QWidget *parent = nullptr);

    void decode(const QString &text);
    QLineEdit *input() const { return m_input; }
    QString resultText() const;

private:
    QLineEdit *m_input;
    Badge *m_class;
    QLabel *m_matched;
    QLabel *m_meaning;
    QLabel *m_fix;
    QLabel *m_note;
};

} // namespace vendo::ui

#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace vendo::ui {

// Colours JSON keys, strings, numbers and literals; colours follow the light or dark palette.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_string;
    QRegularExpression m_number;
    QRegularExpression m_literal;
};

} // namespace vendo::ui

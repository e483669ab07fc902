#pragma once

#include <QHash>
#include <QHeaderView>

namespace vendo::ui {

// The item views' column header. QHeaderView measures every section in a bold copy of its font (for
// sections drawn bold when their whole column is selected) and measures each section again for every
// size hint (ten times per hint for five columns); a window with a table then loads a bold font face
// and shapes each title twenty times before its first frame. This one draws sections in its own font
// (no highlighting) and measures each in that font once, until its text, icon, sort indicator, font
// or style changes.
class HeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit HeaderView(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void changeEvent(QEvent *event) override;

private:
    struct Measured
    {
        QString text;
        qint64 iconKey = 0;
        bool sortIndicator = false;
        QSize size;
    };
    mutable QHash<int, Measured> m_measured;
};

} // namespace vendo::ui

// ui/HeaderView: sections measured in the header's own font (QHeaderView measures in bold), once per
// text, icon, sort indicator, font and style, and never drawn bold.
#include "ui/HeaderView.h"

#include <QApplication>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

namespace {

class ProbedHeader : public vendo::ui::HeaderView
{
public:
    using HeaderView::HeaderView;
    using HeaderView::sectionSizeFromContents;
};

} // namespace

class TestHeaderView : public QObject
{
    Q_OBJECT

private slots:
    void measuresInItsOwnFontAndFollowsChanges()
    {
        QStandardItemModel model(0, 3);
        model.setHorizontalHeaderLabels({ QStringLiteral("Provider"), QStringLiteral("Status"), QStringLiteral("E") });
        QTableView view;
        auto *header = new ProbedHeader(Qt::Horizontal, &view);
        view.setHorizontalHeader(header);
        view.setModel(&model);
        QVERIFY(!header->highlightSections());

        const QSize provider = header->sectionSizeFromContents(0);
        QCOMPARE(header->sectionSizeFromContents(0), provider);
        // Wider text, wider section; in the header's font, a regular one.
        QVERIFY(provider.width() > header->sectionSizeFromContents(2).width());
        QVERIFY(provider.width() >= header->fontMetrics().horizontalAdvance(QStringLiteral("Provider")));

        model.setHeaderData(0, Qt::Horizontal, QStringLiteral("Provider and its display name"));
        QVERIFY(header->sectionSizeFromContents(0).width() > provider.width());
        model.setHeaderData(0, Qt::Horizontal, QStringLiteral("Provider"));
        QCOMPARE(header->sectionSizeFromContents(0), provider);

        QFont large = header->font();
        large.setPointSizeF(large.pointSizeF() * 2);
        header->setFont(large);
        QVERIFY(header->sectionSizeFromContents(0).height() > provider.height());

        header->setFont(QFont());
        const QSize unsorted = header->sectionSizeFromContents(1);
        header->setSortIndicatorShown(true);
        QVERIFY(header->sectionSizeFromContents(1).width() > unsorted.width());
    }
};

QTEST_MAIN(TestHeaderView)
#include "tst_header_view.moc"

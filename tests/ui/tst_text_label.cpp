// TextLabel measures its text once, and must come to QLabel's own sizes: the layouts that hold it
// were tuned with QLabel.
#include "ui/TextLabel.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

#include <functional>

using vendo::ui::TextLabel;

class TestTextLabel : public QObject
{
    Q_OBJECT

private:
    static void compareWithQLabel(const std::function<void(QLabel *)> &setUp)
    {
        QWidget parent;
        QLabel reference(&parent);
        reference.setTextFormat(Qt::PlainText);
        TextLabel label(&parent);
        setUp(&reference);
        setUp(&label);
        QCOMPARE(label.sizeHint(), reference.sizeHint());
        QCOMPARE(label.minimumSizeHint(), reference.minimumSizeHint());
    }

private slots:
    void sameSizesAsQLabel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("caption") << QStringLiteral("No user identity yet");
        QTest::newRow("status") << QStringLiteral("https://vendo.run · https://credentials.vendo.run");
        QTest::newRow("ampersand") << QStringLiteral("Tom & Jerry");
        QTest::newRow("arabic") << QStringLiteral("لا يوجد رمز هوية بعد");
        QTest::newRow("mixed") << QStringLiteral("Key vk_live_ab12 · stored in مفاتيح");
        QTest::newRow("long") << QStringLiteral("x").repeated(3000);
    }

    void sameSizesAsQLabel()
    {
        QFETCH(QString, text);
        compareWithQLabel([&](QLabel *label) { label->setText(text); });
        compareWithQLabel([&](QLabel *label) {
            label->setText(text);
            label->setAlignment(Qt::AlignCenter);
        });
        compareWithQLabel([&](QLabel *label) {
            label->setText(text);
            label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            label->setContentsMargins(3, 1, 7, 2);
        });
        compareWithQLabel([&](QLabel *label) {
            label->setText(text);
            label->setMinimumSize(120, 40);
        });
        compareWithQLabel([&](QLabel *label) {
            label->setText(text);
            label->setLayoutDirection(Qt::RightToLeft);
        });
    }

    // A buddy makes "&Profile:" a mnemonic: the ampersand is not measured.
    void mnemonicWithBuddy()
    {
        QLineEdit buddy;
        compareWithQLabel([&](QLabel *label) {
            label->setText(QStringLiteral("&Profile:"));
            label->setBuddy(&buddy);
        });
        compareWithQLabel([&](QLabel *label) { label->setText(QStringLiteral("&Profile:")); });
    }

    // The measurement follows the text, the font and the margins; it is not a stale cache.
    void followsChanges()
    {
        QWidget parent;
        TextLabel label(QStringLiteral("short"), &parent);
        const QSize before = label.sizeHint();
        label.setText(QStringLiteral("a much longer caption than before"));
        QVERIFY(label.sizeHint().width() > before.width());

        QFont big = label.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        const QSize normalFont = label.sizeHint();
        label.setFont(big);
        QVERIFY(label.sizeHint().height() > normalFont.height());

        QLabel reference(QStringLiteral("a much longer caption than before"), &parent);
        reference.setFont(big);
        reference.setContentsMargins(5, 5, 5, 5);
        label.setContentsMargins(5, 5, 5, 5);
        QCOMPARE(label.sizeHint(), reference.sizeHint());
    }

    // What TextLabel does not measure itself is QLabel's.
    void wrappingAndFramedLabelsAreQLabels()
    {
        compareWithQLabel([](QLabel *label) {
            label->setText(QStringLiteral("several words that wrap across lines of a narrow label"));
            label->setWordWrap(true);
        });
        compareWithQLabel([](QLabel *label) {
            label->setText(QStringLiteral("framed"));
            label->setFrameStyle(QFrame::Box);
        });
        compareWithQLabel([](QLabel *label) {
            label->setText(QStringLiteral("indented"));
            label->setIndent(12);
            label->setMargin(3);
        });
    }
};

QTEST_MAIN(TestTextLabel)
#include "tst_text_label.moc"

#include "ui/MainWindow.h"

#include <QLabel>

namespace vendo::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Vendo Inspector"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vendo-inspector.svg")));
    auto *label = new QLabel(tr("Vendo Inspector"), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

} // namespace vendo::ui

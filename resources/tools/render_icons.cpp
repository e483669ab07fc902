// Build-time tool: renders the icons the window draws into the raw images ui/IconEngine reads, so
// that the GUI parses and rasterises no SVG, and loads no QtSvg, to paint its first frame.
//   render_icons --mask OUT SVG     one 8-bit coverage plane per size in kMaskSizes (action icons,
//                                   drawn in one colour; the engine tints them with the palette's)
//   render_icons --colour OUT SVG   premultiplied ARGB32 per size in kColourSizes (the app icon)
// OUT: per size, quint32 size, quint32 bytes per pixel, then size * size * bytes (QDataStream).
#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

namespace {

// 1x, 1.25x, 1.5x and 2x of the 16 and 24 pixel icons the widgets ask for, and larger for menus.
constexpr int kMaskSizes[] = { 16, 20, 24, 32, 40, 48, 64 };
constexpr int kColourSizes[] = { 16, 24, 32, 48, 64, 128 };

int fail(const QString &message)
{
    QTextStream(stderr) << "render_icons: " << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // no platform plugin needed: SVG shapes on a QImage
    const QStringList args = app.arguments();
    if (args.size() != 4 || (args[1] != QLatin1String("--mask") && args[1] != QLatin1String("--colour")))
        return fail(QStringLiteral("usage: render_icons --mask|--colour OUT SVG"));
    const bool mask = args[1] == QLatin1String("--mask");
    QSvgRenderer renderer(args[3]);
    if (!renderer.isValid())
        return fail(args[3] + QStringLiteral(": not a valid SVG"));

    QFile out(args[2]);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(args[2] + QStringLiteral(": ") + out.errorString());
    QDataStream stream(&out);
    const auto write = [&](int size) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        if (mask)
            image = image.convertToFormat(QImage::Format_Alpha8);
        const int depth = mask ? 1 : 4;
        stream << quint32(size) << quint32(depth);
        for (int y = 0; y < size; ++y)
            stream.writeRawData(reinterpret_cast<const char *>(image.constScanLine(y)), size * depth);
    };
    if (mask) {
        for (int size : kMaskSizes)
            write(size);
    } else {
        for (int size : kColourSizes)
            write(size);
    }
    return stream.status() == QDataStream::Ok && out.flush() ? 0 : fail(args[2] + QStringLiteral(": write failed"));
}

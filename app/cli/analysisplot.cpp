#include "cli/analysisplot.h"

#include "media/videodecoder.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace sw::cli {

namespace {

constexpr int kWidth = 1600;
constexpr int kThumbCount = 10;
constexpr int kStripHeight = kWidth / kThumbCount * 9 / 16;
constexpr int kPlotHeight = 320;
constexpr int kMargin = 24;

void drawThumbnails(QPainter& p, const analysis::VideoAnalysis& a)
{
    media::VideoDecoder decoder;
    QString error;
    if (!decoder.open(a.path, {kWidth / kThumbCount, media::PixelFormat::Bgr24, 2, false}, &error))
        return;
    const int thumbWidth = kWidth / kThumbCount;
    for (int i = 0; i < kThumbCount; ++i) {
        const qint64 t = a.durationUs * (2 * i + 1) / (2 * kThumbCount);
        media::VideoFrame frame;
        if (!decoder.seek(t, &error) || decoder.read(&frame) != media::VideoDecoder::Result::Frame)
            continue;
        const QImage image(frame.pixels.data(), frame.width, frame.height, frame.stride,
                           QImage::Format_BGR888);
        p.drawImage(QRect(i * thumbWidth, 0, thumbWidth, kStripHeight), image);
    }
}

void drawCurve(QPainter& p, const analysis::Curve& curve, const QRect& area, qint64 durationUs,
               const QColor& colour)
{
    float peak = 0;
    for (float v : curve.values)
        peak = std::max(peak, v);
    if (peak <= 0 || curve.values.isEmpty())
        return;
    QPainterPath path;
    for (int i = 0; i < curve.values.size(); ++i) {
        const double x =
            area.left() + area.width() * double(curve.startUs + i * curve.stepUs) / durationUs;
        const double y = area.bottom() - area.height() * curve.values[i] / peak;
        if (i == 0)
            path.moveTo(x, y);
        else
            path.lineTo(x, y);
    }
    p.setPen(QPen(colour, 2));
    p.drawPath(path);
}

} // namespace

bool plotVideoAnalysis(const analysis::VideoAnalysis& a, const QString& pngPath, QString* error)
{
    QImage image(kWidth, kStripHeight + kPlotHeight + 2 * kMargin, QImage::Format_RGB32);
    image.fill(QColor(24, 26, 30));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    drawThumbnails(p, a);
    const QRect area(kMargin, kStripHeight + kMargin, kWidth - 2 * kMargin, kPlotHeight - kMargin);
    const qint64 duration = std::max<qint64>(1, a.durationUs);
    auto xAt = [&](qint64 us) { return area.left() + int(area.width() * double(us) / duration); };

    p.setPen(QColor(70, 74, 80));
    p.setFont(QFont(QStringLiteral("Sans"), 9));
    const int stepSeconds = std::max(1, int(duration / 1000000 / 20));
    for (qint64 s = 0; s * 1000000 <= duration; s += stepSeconds) {
        const int x = xAt(s * 1000000);
        p.drawLine(x, area.top(), x, area.bottom());
        p.drawText(x + 2, area.bottom() + 14, QStringLiteral("%1 s").arg(s));
    }
    for (const analysis::Transition& t : a.transitions) {
        if (t.kind == analysis::TransitionKind::Hard) {
            p.setPen(QPen(QColor(230, 60, 60), 2));
            p.drawLine(xAt(t.timeUs), 0, xAt(t.timeUs), area.bottom());
        } else {
            p.fillRect(QRect(QPoint(xAt(t.timeUs - t.durationUs / 2), area.top()),
                             QPoint(xAt(t.timeUs + t.durationUs / 2), area.bottom())),
                       QColor(170, 90, 220, 70));
        }
    }
    for (const analysis::VisualBeat& b : a.visualBeats) {
        p.setPen(QPen(QColor(80, 220, 120), 2));
        const int x = xAt(b.timeUs);
        p.drawLine(x, area.bottom(), x, area.bottom() - int(area.height() * 0.25 * b.strength));
    }
    drawCurve(p, a.motion, area, duration, QColor(255, 160, 40));
    drawCurve(p, a.brightness, area, duration, QColor(240, 230, 120));
    drawCurve(p, a.saturation, area, duration, QColor(90, 170, 255));
    drawCurve(p, a.frameDifference, area, duration, QColor(200, 200, 200, 140));

    const struct
    {
        const char* label;
        QColor colour;
    } legend[] = {{"motion", QColor(255, 160, 40)},     {"brightness", QColor(240, 230, 120)},
                  {"saturation", QColor(90, 170, 255)}, {"frame difference", QColor(200, 200, 200)},
                  {"hard cut", QColor(230, 60, 60)},    {"fade / dissolve", QColor(170, 90, 220)},
                  {"visual beat", QColor(80, 220, 120)}};
    int x = kMargin;
    for (const auto& item : legend) {
        p.fillRect(x, image.height() - 16, 12, 12, item.colour);
        p.setPen(QColor(220, 220, 220));
        p.drawText(x + 16, image.height() - 6, QString::fromLatin1(item.label));
        x += 24 + p.fontMetrics().horizontalAdvance(QString::fromLatin1(item.label)) + 16;
    }
    p.drawText(kWidth - 420, image.height() - 6,
               QStringLiteral("%1: %2 cuts, %3 beats")
                   .arg(QFileInfo(a.path).fileName())
                   .arg(a.transitions.size())
                   .arg(a.visualBeats.size()));
    p.end();
    if (!image.save(pngPath, "PNG")) {
        *error = QStringLiteral("%1: cannot write the plot").arg(pngPath);
        return false;
    }
    return true;
}

} // namespace sw::cli

#include "analysis/imageanalyzer.h"

#include "media/videodecoder.h"

#include <QFileInfo>
#include <QJsonArray>
#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace sw::analysis {

namespace {

constexpr int kAnalysisWidth = 320;
constexpr double kBusyEdgeDensity = 0.20; // a forest or a crowd at 320 px
constexpr int kDominantColours = 5;

double linearized(double srgb)
{
    const double c = srgb / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// McCamy's approximation of the correlated colour temperature from CIE xy.
double colourTemperature(const cv::Scalar& bgrMean)
{
    const double r = linearized(bgrMean[2]), g = linearized(bgrMean[1]), b = linearized(bgrMean[0]);
    const double X = 0.4124 * r + 0.3576 * g + 0.1805 * b;
    const double Y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double Z = 0.0193 * r + 0.1192 * g + 0.9505 * b;
    const double sum = X + Y + Z;
    if (sum <= 1e-9)
        return 0;
    const double x = X / sum, y = Y / sum;
    const double n = (x - 0.3320) / (0.1858 - y);
    return std::clamp(449.0 * n * n * n + 3525.0 * n * n + 6823.3 * n + 5520.33, 1000.0, 40000.0);
}

QVector<DominantColour> dominantColours(const cv::Mat& bgr)
{
    cv::Mat small;
    cv::resize(bgr, small, cv::Size(64, std::max(1, 64 * bgr.rows / bgr.cols)), 0, 0,
               cv::INTER_AREA);
    cv::Mat samples = small.reshape(1, small.rows * small.cols);
    samples.convertTo(samples, CV_32F);
    const int k = std::min(kDominantColours, samples.rows);
    cv::Mat labels, centres;
    cv::setRNGSeed(12345); // the same image always gives the same colours
    cv::kmeans(samples, k, labels,
               cv::TermCriteria(cv::TermCriteria::EPS + cv::TermCriteria::COUNT, 20, 1.0), 3,
               cv::KMEANS_PP_CENTERS, centres);
    QVector<int> counts(k, 0);
    for (int i = 0; i < labels.rows; ++i)
        ++counts[labels.at<int>(i)];
    QVector<DominantColour> colours;
    for (int c = 0; c < k; ++c) {
        if (counts[c] == 0)
            continue;
        auto channel = [&](int index) {
            return std::clamp(int(std::lround(centres.at<float>(c, index))), 0, 255);
        };
        colours.append({QStringLiteral("#%1%2%3")
                            .arg(channel(2), 2, 16, QLatin1Char('0'))
                            .arg(channel(1), 2, 16, QLatin1Char('0'))
                            .arg(channel(0), 2, 16, QLatin1Char('0')),
                        double(counts[c]) / labels.rows});
    }
    std::sort(colours.begin(), colours.end(), [](const DominantColour& a, const DominantColour& b) {
        return a.fraction > b.fraction;
    });
    return colours;
}

} // namespace

bool looksLikeImage(const QString& path)
{
    static const QStringList kSuffixes = {QStringLiteral("png"),  QStringLiteral("jpg"),
                                          QStringLiteral("jpeg"), QStringLiteral("webp"),
                                          QStringLiteral("bmp"),  QStringLiteral("tif"),
                                          QStringLiteral("tiff"), QStringLiteral("gif")};
    return kSuffixes.contains(QFileInfo(path).suffix().toLower());
}

namespace {

// What the first bytes of an image file are, by format: FFmpeg picks its image reader by the
// suffix, so a text file named .png would be "a picture of unreadable size".
bool startsLikeAnImage(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // the probe says why it cannot be read
    const QByteArray head = file.read(12);
    return head.startsWith("\x89PNG") || head.startsWith("\xFF\xD8\xFF") ||
           head.startsWith("GIF8") || head.startsWith("BM") ||
           (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP") ||
           head.startsWith(QByteArray("II*\0", 4)) || head.startsWith(QByteArray("MM\0*", 4));
}

struct PictureSize
{
    qint64 width = 0;
    qint64 height = 0;
    int bitsPerPixel = 0;
};

// A PNG's size from its header (IHDR), read before FFmpeg's probe, which decodes the whole
// picture to learn it (547 MB for a 16-bit 8000 x 8000 PNG). Other formats: not read here.
bool pngHeaderSize(const QString& path, PictureSize* size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray h = file.read(26);
    if (h.size() < 26 || !h.startsWith("\x89PNG") || h.mid(12, 4) != "IHDR")
        return false;
    auto be32 = [&](int at) {
        return (qint64(quint8(h[at])) << 24) | (quint8(h[at + 1]) << 16) |
               (quint8(h[at + 2]) << 8) | quint8(h[at + 3]);
    };
    static const int kChannels[] = {1, 0, 3, 1, 2, 0, 4}; // by PNG colour type
    const int colour = quint8(h[25]);
    size->width = be32(16);
    size->height = be32(20);
    size->bitsPerPixel = quint8(h[24]) * (colour < 7 ? std::max(1, kChannels[colour]) : 4);
    return true;
}

bool refuseTooLarge(const QString& name, const PictureSize& size, QString* error)
{
    const qint64 pixels = size.width * size.height;
    if (pixels > kMaxImagePixels) {
        *error = QStringLiteral("%1: %2 x %3 pixels is larger than the %4 megapixels Scorewright "
                                "reads; scale the image down first")
                     .arg(name)
                     .arg(size.width)
                     .arg(size.height)
                     .arg(kMaxImagePixels / 1000000);
        return true;
    }
    // The whole picture is decoded before it is scaled: its size in memory is what counts.
    const qint64 bytes = pixels * std::max(3, (size.bitsPerPixel + 7) / 8);
    if (bytes > kMaxImageDecodedBytes) {
        *error = QStringLiteral("%1: %2 x %3 pixels at %4 bits a pixel need %5 MB to decode, more "
                                "than the %6 MB Scorewright gives an image; save it with 8 bits "
                                "a channel or smaller")
                     .arg(name)
                     .arg(size.width)
                     .arg(size.height)
                     .arg(size.bitsPerPixel)
                     .arg(bytes >> 20)
                     .arg(kMaxImageDecodedBytes >> 20);
        return true;
    }
    return false;
}

} // namespace

bool analyzeImage(const QString& path, ImageAnalysis* out, QString* error)
{
    const QString name = QFileInfo(path).fileName();
    if (looksLikeImage(path) && QFileInfo(path).isFile() && !startsLikeAnImage(path)) {
        *error = QStringLiteral("%1: the file is not a %2 image (its contents are not a picture)")
                     .arg(name, QFileInfo(path).suffix().toUpper());
        return false;
    }
    PictureSize header;
    if (pngHeaderSize(path, &header) && refuseTooLarge(name, header, error))
        return false;
    media::MediaInfo info;
    if (!media::probeMedia(path, &info, error))
        return false;
    if (!info.video()) {
        *error = QStringLiteral("%1: not an image").arg(name);
        return false;
    }
    if (refuseTooLarge(
            name, {info.video()->width, info.video()->height, info.video()->bitsPerPixel}, error))
        return false;
    media::VideoDecoder decoder;
    if (!decoder.open(path, {kAnalysisWidth, media::PixelFormat::Bgr24, 1, false}, error))
        return false;
    media::VideoFrame frame;
    if (decoder.read(&frame) != media::VideoDecoder::Result::Frame) {
        *error =
            decoder.errorString().isEmpty()
                ? QStringLiteral("%1: the image holds no picture that can be decoded").arg(name)
                : decoder.errorString();
        return false;
    }
    const cv::Mat bgr(frame.height, frame.width, CV_8UC3, frame.pixels.data(),
                      size_t(frame.stride));
    ImageAnalysis a;
    a.path = path;
    a.width = info.video()->width;
    a.height = info.video()->height;
    cv::Mat hsv, gray, edges;
    cv::cvtColor(bgr, hsv, cv::COLOR_BGR2HSV);
    const cv::Scalar hsvMean = cv::mean(hsv);
    a.saturation = hsvMean[1] / 255.0;
    a.brightness = hsvMean[2] / 255.0;
    const cv::Scalar bgrMean = cv::mean(bgr);
    a.warmth = (bgrMean[2] - bgrMean[0]) / (bgrMean[2] + bgrMean[0] + 1.0);
    a.colourTemperatureK = colourTemperature(bgrMean);
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    cv::Scalar mean, deviation;
    cv::meanStdDev(gray, mean, deviation);
    a.contrast = std::min(1.0, deviation[0] / 127.5);
    cv::Canny(gray, edges, 60, 150);
    a.edgeDensity = double(cv::countNonZero(edges)) / double(edges.total());
    a.textureDensity = std::min(1.0, a.edgeDensity / kBusyEdgeDensity);
    a.dominantColours = dominantColours(bgr);
    a.mood = moodFromColour(a.brightness, a.saturation, a.warmth, a.textureDensity,
                            QStringLiteral("detail"));
    *out = a;
    return true;
}

QJsonObject ImageAnalysis::toJson() const
{
    auto r = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    QJsonArray colours;
    for (const DominantColour& c : dominantColours)
        colours.append(QJsonObject{{QStringLiteral("colour"), c.hex},
                                   {QStringLiteral("fraction"), r(c.fraction)}});
    return {{QStringLiteral("kind"), QStringLiteral("image")},
            {QStringLiteral("file"), path},
            {QStringLiteral("size"), QJsonArray{width, height}},
            {QStringLiteral("brightness"), r(brightness)},
            {QStringLiteral("saturation"), r(saturation)},
            {QStringLiteral("warmth"), r(warmth)},
            {QStringLiteral("colour_temperature_k"), std::round(colourTemperatureK)},
            {QStringLiteral("contrast"), r(contrast)},
            {QStringLiteral("edge_density"), r(edgeDensity)},
            {QStringLiteral("texture_density"), r(textureDensity)},
            {QStringLiteral("dominant_colours"), colours},
            {QStringLiteral("valence"), r(mood.valence)},
            {QStringLiteral("arousal"), r(mood.arousal)},
            {QStringLiteral("explanation"), mood.explanation}};
}

} // namespace sw::analysis

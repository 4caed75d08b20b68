// Image features on pictures whose colours and detail are known: flat red and dark blue, noise,
// a half red / half blue split, and hostile files (a header claiming 20000 x 20000 pixels).
#include "analysis/imageanalyzer.h"
#include "videofixtures.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sw::analysis;

namespace {

quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray bigEndian(quint32 v)
{
    QByteArray b;
    b.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
    return b;
}

// A PNG whose header announces an enormous picture, the start of a decompression bomb.
QByteArray hugePngHeader(quint32 width, quint32 height)
{
    QByteArray ihdr("IHDR");
    ihdr += bigEndian(width) + bigEndian(height);
    ihdr.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0));
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += bigEndian(13) + ihdr + bigEndian(crc32(ihdr));
    QByteArray idat("IDAT");
    idat += QByteArray(64, '\0');
    png += bigEndian(64) + idat + bigEndian(crc32(idat));
    return png;
}

} // namespace

class TestImageAnalysis : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString image(const QString& name, const QString& graph)
    {
        const QString path = m_dir.filePath(name);
        const QString error = sw::testing::runFfmpeg(
            {QStringLiteral("-filter_complex"), graph + QStringLiteral("[v]"),
             QStringLiteral("-map"), QStringLiteral("[v]"), QStringLiteral("-frames:v"),
             QStringLiteral("1")},
            path);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return path;
    }

    ImageAnalysis analyse(const QString& path)
    {
        ImageAnalysis a;
        QString error;
        if (!analyzeImage(path, &a, &error))
            qWarning("%s", qPrintable(error));
        return a;
    }

private Q_SLOTS:
    void colourAndMood()
    {
        const ImageAnalysis red =
            analyse(image(QStringLiteral("red.png"), QStringLiteral("color=c=red:s=320x240")));
        const ImageAnalysis night = analyse(
            image(QStringLiteral("night.jpg"), QStringLiteral("color=c=0x101848:s=640x360")));
        QCOMPARE(red.width, 320);
        QVERIFY(red.saturation > 0.95 && red.brightness > 0.95);
        QVERIFY(red.warmth > 0.9);
        QVERIFY(night.brightness < 0.35);
        QVERIFY(night.warmth < -0.5);
        QVERIFY2(red.colourTemperatureK < night.colourTemperatureK,
                 qPrintable(QStringLiteral("%1 K vs %2 K")
                                .arg(red.colourTemperatureK)
                                .arg(night.colourTemperatureK)));
        QVERIFY(red.mood.valence > night.mood.valence);
        QVERIFY(red.edgeDensity == 0.0 && red.contrast < 0.01);
        QVERIFY(red.mood.explanation.contains(QStringLiteral("Valdez & Mehrabian")));
    }

    void detailRaisesTextureAndArousal()
    {
        const ImageAnalysis noise =
            analyse(image(QStringLiteral("noise.png"),
                          QStringLiteral("nullsrc=s=320x240,format=gray,geq=lum='random(1)*255'")));
        const ImageAnalysis flat =
            analyse(image(QStringLiteral("grey.png"), QStringLiteral("color=c=gray:s=320x240")));
        QVERIFY2(noise.edgeDensity > 0.1, qPrintable(QString::number(noise.edgeDensity)));
        QVERIFY(noise.textureDensity > 0.5);
        QVERIFY(noise.contrast > 0.2);
        QVERIFY(noise.mood.arousal > flat.mood.arousal);
    }

    void dominantColoursOfASplitPicture()
    {
        const ImageAnalysis split = analyse(image(
            QStringLiteral("split.png"),
            QStringLiteral("color=c=red:s=160x120[a];color=c=blue:s=160x120[b];[a][b]hstack")));
        QVERIFY(split.dominantColours.size() >= 2);
        // Within a few levels of pure red and pure blue (YUV 4:2:0 rounding moves them a little).
        auto near = [](const QString& hex, int r, int g, int b) {
            const int pr = hex.mid(1, 2).toInt(nullptr, 16), pg = hex.mid(3, 2).toInt(nullptr, 16),
                      pb = hex.mid(5, 2).toInt(nullptr, 16);
            return std::abs(pr - r) < 12 && std::abs(pg - g) < 12 && std::abs(pb - b) < 12;
        };
        const QString first = split.dominantColours[0].hex, second = split.dominantColours[1].hex;
        QVERIFY2((near(first, 255, 0, 0) && near(second, 0, 0, 255)) ||
                     (near(first, 0, 0, 255) && near(second, 255, 0, 0)),
                 qPrintable(first + u' ' + second));
        QVERIFY(std::abs(split.dominantColours[0].fraction - 0.5) < 0.05);
        const QJsonObject json = split.toJson();
        QVERIFY(json.contains(QStringLiteral("dominant_colours")) &&
                json.contains(QStringLiteral("valence")));
    }

    void hostileFiles()
    {
        QFile huge(m_dir.filePath(QStringLiteral("bomb.png")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        huge.write(hugePngHeader(20000, 20000));
        huge.close();
        ImageAnalysis a;
        QString error;
        QVERIFY(!analyzeImage(huge.fileName(), &a, &error));
        // FFmpeg reads no size from a header whose picture it cannot decode; either way the
        // person is told the file is too large or damaged, and nothing huge is allocated.
        QVERIFY2(error.startsWith(QStringLiteral("bomb.png: ")) &&
                     error.contains(QStringLiteral("larger than")),
                 qPrintable(error));
        QFile junk(m_dir.filePath(QStringLiteral("junk.jpg")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("definitely not a jpeg");
        junk.close();
        QVERIFY(!analyzeImage(junk.fileName(), &a, &error));
        QVERIFY2(error.startsWith(QStringLiteral("junk.jpg: ")), qPrintable(error));
        // Issue 24: a text file named .png was "larger than 67 megapixels".
        QFile text(m_dir.filePath(QStringLiteral("notes.png")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello, this is text\n");
        text.close();
        QVERIFY(!analyzeImage(text.fileName(), &a, &error));
        QVERIFY2(error.contains(QStringLiteral("not a PNG image")), qPrintable(error));
        // And a 16-bit picture too big to decode is refused from its header, before FFmpeg's
        // probe decodes it (547 MB for 8000 x 8000).
        const QString deep = m_dir.filePath(QStringLiteral("deep.png"));
        QVERIFY(sw::testing::runFfmpeg(
                    {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                     QStringLiteral("color=red:s=7000x7000:d=0.04"), QStringLiteral("-frames:v"),
                     QStringLiteral("1"), QStringLiteral("-pix_fmt"), QStringLiteral("rgb48be")},
                    deep)
                    .isEmpty());
        QVERIFY(!analyzeImage(deep, &a, &error));
        QVERIFY2(error.contains(QStringLiteral("48 bits a pixel")), qPrintable(error));
        QVERIFY(looksLikeImage(QStringLiteral("a/b/Photo.JPEG")));
        QVERIFY(!looksLikeImage(QStringLiteral("clip.mp4")));
    }
};

QTEST_GUILESS_MAIN(TestImageAnalysis)
#include "test_image_analysis.moc"

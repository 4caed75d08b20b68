#include "scoring/analysisstore.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sw::scoring {

namespace {

constexpr quint32 kMagic = 0x53574131;       // "SWA1"
constexpr qint64 kSampled = 1 << 20;         // the first and last MiB name a file
constexpr qint64 kLargestFile = 256LL << 20; // a day of video measures far less

// Counts and lengths read from a file are checked against the bytes that are left before
// anything is allocated: a damaged or hostile store file is refused, never trusted with memory.
qint64 bytesLeft(QDataStream& s)
{
    return s.device()->size() - s.device()->pos();
}

bool readCount(QDataStream& s, qint64 bytesEach, qint32* n)
{
    s >> *n;
    return s.status() == QDataStream::Ok && *n >= 0 && qint64(*n) * bytesEach <= bytesLeft(s);
}

void writeText(QDataStream& s, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    s << qint32(utf8.size());
    s.writeRawData(utf8.constData(), int(utf8.size()));
}

bool readText(QDataStream& s, QString* text)
{
    qint32 n = 0;
    if (!readCount(s, 1, &n))
        return false;
    QByteArray utf8(n, Qt::Uninitialized);
    if (s.readRawData(utf8.data(), n) != n)
        return false;
    *text = QString::fromUtf8(utf8);
    return true;
}

void writeCurve(QDataStream& s, const analysis::Curve& c)
{
    s << c.startUs << c.stepUs << qint32(c.values.size());
    for (const float v : c.values)
        s << v;
}

bool readCurve(QDataStream& s, analysis::Curve* c)
{
    qint32 n = 0;
    s >> c->startUs >> c->stepUs;
    if (!readCount(s, sizeof(float), &n))
        return false;
    c->values.resize(n);
    for (float& v : c->values)
        s >> v;
    return s.status() == QDataStream::Ok;
}

void writeMood(QDataStream& s, const analysis::Mood& m)
{
    s << m.valence << m.arousal;
    writeText(s, m.explanation);
}

bool readMood(QDataStream& s, analysis::Mood* m)
{
    s >> m->valence >> m->arousal;
    return readText(s, &m->explanation);
}

void write(QDataStream& s, const analysis::VideoAnalysis& a)
{
    s << a.durationUs << a.frameRate << a.framesAnalysed << a.analysisWidth << a.analysisHeight;
    for (const analysis::Curve* c :
         {&a.motion, &a.frameDifference, &a.brightness, &a.saturation, &a.warmth})
        writeCurve(s, *c);
    s << qint32(a.transitions.size());
    for (const analysis::Transition& t : a.transitions)
        s << t.timeUs << t.durationUs << qint32(t.kind) << t.confidence;
    s << qint32(a.visualBeats.size());
    for (const analysis::VisualBeat& b : a.visualBeats)
        s << b.timeUs << b.strength;
    s << a.motionTempoBpm << a.motionTempoConfidence;
    s << qint32(a.shots.size());
    for (const analysis::Shot& sh : a.shots) {
        s << sh.startUs << sh.endUs << sh.brightness << sh.saturation << sh.warmth << sh.motion;
        writeMood(s, sh.mood);
    }
    s << qint32(a.warnings.size());
    for (const QString& w : a.warnings)
        writeText(s, w);
}

bool read(QDataStream& s, analysis::VideoAnalysis* a)
{
    s >> a->durationUs >> a->frameRate >> a->framesAnalysed >> a->analysisWidth >>
        a->analysisHeight;
    for (analysis::Curve* c :
         {&a->motion, &a->frameDifference, &a->brightness, &a->saturation, &a->warmth}) {
        if (!readCurve(s, c))
            return false;
    }
    qint32 n = 0;
    if (!readCount(s, 8, &n))
        return false;
    for (int i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        analysis::Transition t;
        qint32 kind = 0;
        s >> t.timeUs >> t.durationUs >> kind >> t.confidence;
        if (kind < 0 || kind > int(analysis::TransitionKind::Dissolve))
            return false;
        t.kind = analysis::TransitionKind(kind);
        a->transitions.append(t);
    }
    if (!readCount(s, 8, &n))
        return false;
    for (int i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        analysis::VisualBeat b;
        s >> b.timeUs >> b.strength;
        a->visualBeats.append(b);
    }
    s >> a->motionTempoBpm >> a->motionTempoConfidence;
    if (!readCount(s, 8, &n))
        return false;
    for (int i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        analysis::Shot sh;
        s >> sh.startUs >> sh.endUs >> sh.brightness >> sh.saturation >> sh.warmth >> sh.motion;
        if (!readMood(s, &sh.mood))
            return false;
        a->shots.append(sh);
    }
    if (!readCount(s, 4, &n))
        return false;
    for (int i = 0; i < n; ++i) {
        QString w;
        if (!readText(s, &w))
            return false;
        a->warnings.append(w);
    }
    return s.status() == QDataStream::Ok;
}

void write(QDataStream& s, const analysis::ImageAnalysis& a)
{
    s << qint32(a.width) << qint32(a.height) << a.brightness << a.saturation << a.warmth
      << a.colourTemperatureK << a.contrast << a.edgeDensity << a.textureDensity;
    s << qint32(a.dominantColours.size());
    for (const analysis::DominantColour& c : a.dominantColours) {
        writeText(s, c.hex);
        s << c.fraction;
    }
    writeMood(s, a.mood);
}

bool read(QDataStream& s, analysis::ImageAnalysis* a)
{
    qint32 width = 0, height = 0, n = 0;
    s >> width >> height >> a->brightness >> a->saturation >> a->warmth >> a->colourTemperatureK >>
        a->contrast >> a->edgeDensity >> a->textureDensity;
    a->width = width;
    a->height = height;
    if (!readCount(s, 12, &n))
        return false;
    for (int i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        analysis::DominantColour c;
        if (!readText(s, &c.hex))
            return false;
        s >> c.fraction;
        a->dominantColours.append(c);
    }
    return readMood(s, &a->mood) && s.status() == QDataStream::Ok;
}

// The content's name: size, first and last MiB. Hashing every byte of a long video would cost
// seconds at each open; a changed file almost always changes one of these.
QByteArray contentKey(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 size = file.size();
    hash.addData(QByteArray::number(size));
    hash.addData(file.read(kSampled));
    if (size > kSampled && file.seek(std::max(kSampled, size - kSampled)))
        hash.addData(file.read(kSampled));
    return hash.result().toHex().left(32);
}

template <typename Analysis>
bool readFile(const QString& file, const QString& mediaPath, Analysis* out)
{
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly) || f.size() > kLargestFile)
        return false;
    QDataStream s(&f);
    s.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    qint32 version = 0;
    s >> magic >> version;
    if (magic != kMagic || version != kAnalysisVersion)
        return false;
    Analysis a;
    if (!read(s, &a))
        return false;
    a.path = mediaPath;
    *out = a;
    return true;
}

template <typename Analysis> bool writeFile(const QString& file, const Analysis& analysis)
{
    if (file.isEmpty() || !QDir().mkpath(QFileInfo(file).absolutePath()))
        return false;
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QDataStream s(&f);
    s.setVersion(QDataStream::Qt_6_0);
    s << kMagic << qint32(kAnalysisVersion);
    write(s, analysis);
    return s.status() == QDataStream::Ok && f.commit();
}

} // namespace

AnalysisStore::AnalysisStore(QString folder) : m_folder(std::move(folder)) {}

QString AnalysisStore::folderBeside(const QString& projectPath)
{
    if (projectPath.isEmpty())
        return {};
    const QFileInfo info(projectPath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(" analysis"));
}

QString AnalysisStore::fileFor(const QString& mediaPath, const char* kind) const
{
    if (!isEnabled())
        return {};
    const QByteArray key = contentKey(mediaPath);
    if (key.isEmpty())
        return {};
    return QDir(m_folder).filePath(QStringLiteral("%1-v%2-%3.swanalysis")
                                       .arg(QLatin1String(kind))
                                       .arg(kAnalysisVersion)
                                       .arg(QString::fromLatin1(key)));
}

bool AnalysisStore::findVideo(const QString& mediaPath, analysis::VideoAnalysis* out) const
{
    return readFile(fileFor(mediaPath, "video"), mediaPath, out);
}

bool AnalysisStore::findImage(const QString& mediaPath, analysis::ImageAnalysis* out) const
{
    return readFile(fileFor(mediaPath, "image"), mediaPath, out);
}

bool AnalysisStore::keepVideo(const QString& mediaPath,
                              const analysis::VideoAnalysis& analysis) const
{
    const QString file = fileFor(mediaPath, "video");
    analysis::VideoAnalysis stored;
    // A file that does not read back (damaged) is written again.
    return readFile(file, mediaPath, &stored) || writeFile(file, analysis);
}

bool AnalysisStore::keepImage(const QString& mediaPath,
                              const analysis::ImageAnalysis& analysis) const
{
    const QString file = fileFor(mediaPath, "image");
    analysis::ImageAnalysis stored;
    return readFile(file, mediaPath, &stored) || writeFile(file, analysis);
}

} // namespace sw::scoring

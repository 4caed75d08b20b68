#include "cli/cutcorpus.h"

#include <cmath>

namespace sw::cli {

namespace {

// Shot lengths cycle through these (seconds, rounded to whole frames): short and long shots,
// none under the 15 frames PySceneDetect requires of a scene at 24 fps.
const double kShotSeconds[] = {1.2, 2.0, 1.6, 0.8, 2.4, 1.4, 1.0, 1.8, 2.2, 1.3};
constexpr int kShotsPerVideo = 17; // 16 transitions

// Which corpus is being made: 0 is the one the thresholds were tuned on; others pick other
// content, seeds and shot lengths for the same kinds, to check that the figures hold.
int corpusVariant = 0;

struct Shot
{
    QString chain;  ///< a lavfi chain producing the shot's frames (unbounded; trimmed here)
    int frames = 0; ///< its length
};

int shotFrames(int index, int frameRate)
{
    const int cycle = int(sizeof(kShotSeconds) / sizeof(double));
    const double seconds = kShotSeconds[(index + 3 * corpusVariant) % cycle];
    return int(std::lround(seconds * frameRate));
}

// Content for shot `k`: sources that differ in colour, structure and motion. `size` is WxH.
QString content(int k, const QString& size, int rate)
{
    k += 7 * corpusVariant;
    const QString common = QStringLiteral("s=%1:r=%2").arg(size).arg(rate);
    const int seed = 1000 + 37 * k;
    switch (k % 12) {
    case 0:
        return QStringLiteral("testsrc2=%1").arg(common);
    case 1:
        return QStringLiteral("smptebars=%1").arg(common);
    case 2:
        return QStringLiteral("mandelbrot=%1:maxiter=200:start_scale=%2:end_scale=0.05")
            .arg(common)
            .arg(3.0 / (1 + k % 5));
    case 3:
        return QStringLiteral("life=%1:seed=%2:ratio=0.3:mold=10:life_color=#d8e8ff:"
                              "death_color=#1a1a40:mold_color=#503010")
            .arg(common)
            .arg(seed);
    case 4:
        return QStringLiteral("cellauto=%1:rule=%2:seed=%3")
            .arg(common)
            .arg(QList<int>{110, 30, 90, 150, 18}[k % 5])
            .arg(seed);
    case 5:
        return QStringLiteral("gradients=%1:seed=%2:speed=0.02:n=4").arg(common).arg(seed);
    case 6:
        return QStringLiteral("rgbtestsrc=%1").arg(common);
    case 7:
        return QStringLiteral("sierpinski=%1:seed=%2:type=%3")
            .arg(common)
            .arg(seed)
            .arg(k % 2 ? QStringLiteral("triangle") : QStringLiteral("carpet"));
    case 8:
        return QStringLiteral("testsrc=%1").arg(common);
    case 9:
        return QStringLiteral("yuvtestsrc=%1").arg(common);
    case 10:
        return QStringLiteral("pal75bars=%1,hue=h=%2").arg(common).arg(30 * k % 360);
    default:
        return QStringLiteral("colorspectrum=%1:type=all").arg(common);
    }
}

// Only what moves by itself: patterns that evolve every frame.
QString animated(int k, const QString& size, int rate)
{
    static const int kinds[] = {3, 4, 2, 7, 5, 0};
    return content(kinds[k % 6] + 12 * (k / 6), size, rate);
}

// Concatenates the shots with hard cuts; each cut is true at the first frame of a shot.
CorpusVideo concatenated(const QString& kind, const QString& description, int rate,
                         const QVector<Shot>& shots, const QStringList& encode)
{
    CorpusVideo video;
    video.kind = kind;
    video.description = description;
    video.fileName = kind + QStringLiteral(".mkv");
    video.frameRate = rate;
    QStringList chains;
    QString labels;
    int frame = 0;
    const qint64 frameUs = 1000000 / rate;
    for (int i = 0; i < shots.size(); ++i) {
        if (i > 0)
            video.truth.append({qint64(std::llround(frame * 1e6 / rate)), frameUs * 3 / 2});
        chains << QStringLiteral("%1,trim=end_frame=%2,setpts=PTS-STARTPTS,format=yuv420p,"
                                 "setsar=1[s%3]")
                      .arg(shots[i].chain)
                      .arg(shots[i].frames)
                      .arg(i);
        labels += QStringLiteral("[s%1]").arg(i);
        frame += shots[i].frames;
    }
    chains << labels + QStringLiteral("concat=n=%1:v=1:a=0[v]").arg(shots.size());
    video.ffmpegArguments = {QStringLiteral("-filter_complex"), chains.join(u';'),
                             QStringLiteral("-map"), QStringLiteral("[v]")};
    video.ffmpegArguments << encode;
    return video;
}

QStringList x264(int rate, const QStringList& extra = {})
{
    QStringList args{QStringLiteral("-c:v"),     QStringLiteral("libx264"),
                     QStringLiteral("-preset"),  QStringLiteral("veryfast"),
                     QStringLiteral("-g"),       QString::number(2 * rate),
                     QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")};
    if (extra.isEmpty())
        args << QStringLiteral("-crf") << QStringLiteral("20");
    return args + extra;
}

QVector<Shot> shotsOf(int rate, const std::function<QString(int)>& chain,
                      int count = kShotsPerVideo)
{
    QVector<Shot> shots;
    for (int i = 0; i < count; ++i)
        shots.append({chain(i), shotFrames(i, rate)});
    return shots;
}

CorpusVideo clean()
{
    const int r = 25;
    return concatenated(
        QStringLiteral("clean"), QStringLiteral("test patterns, clean, 320x180"), r,
        shotsOf(r, [&](int i) { return content(i * 5, QStringLiteral("320x180"), r); }), x264(r));
}

CorpusVideo grain()
{
    const int r = 24;
    return concatenated(
        QStringLiteral("grain"), QStringLiteral("film grain of varying strength, 640x360, 24 fps"),
        r,
        shotsOf(r,
                [&](int i) {
                    return content(i * 7 + 1, QStringLiteral("640x360"), r) +
                           QStringLiteral(",noise=alls=%1:allf=t+u").arg(25 + 9 * (i % 5));
                }),
        x264(r));
}

CorpusVideo hdGrain()
{
    const int r = 30;
    return concatenated(
        QStringLiteral("hd-grain"), QStringLiteral("heavy grain at 1280x720, 30 fps"), r,
        shotsOf(
            r,
            [&](int i) {
                // Mandelbrot and life are slow to render at this size: the cheaper sources.
                static const int picks[] = {0, 1, 6, 8, 9, 10, 11, 5};
                return content(picks[i % 8] + 12 * (i / 8), QStringLiteral("1280x720"), r) +
                       QStringLiteral(",noise=alls=%1:allf=t+u").arg(40 + 8 * (i % 3));
            },
            11),
        x264(r));
}

CorpusVideo animatedPatterns()
{
    const int r = 30;
    return concatenated(
        QStringLiteral("animated"),
        QStringLiteral("game of life, cellular automata, fractal zooms, "
                       "one after another, 30 fps"),
        r, shotsOf(r, [&](int i) { return animated(i, QStringLiteral("320x180"), r); }), x264(r));
}

CorpusVideo twoTakes()
{
    const int r = 25;
    static const int scenes[] = {0, 7, 3, 5, 4, 8};
    static const char* grades[] = {
        "eq=gamma=1.25:saturation=0.6",
        "colorbalance=rs=0.25:gs=0.05:bs=-0.25:rm=0.15:bm=-0.15",
        "hue=h=25:s=1.3,eq=contrast=1.2",
        "eq=brightness=-0.08:saturation=0.4:gamma_b=1.3",
    };
    return concatenated(
        QStringLiteral("two-takes"),
        QStringLiteral("two takes of each scene: another moment, framing and colour grade"), r,
        shotsOf(r,
                [&](int i) {
                    const QString scene =
                        content(scenes[(i / 2) % 6] + 12 * (i / 12), QStringLiteral("640x360"), r);
                    if (i % 2 == 0)
                        return scene + QStringLiteral(",") + QLatin1String(grades[(i / 2) % 4]);
                    return scene +
                           QStringLiteral(",trim=start=3,setpts=PTS-STARTPTS,"
                                          "crop=iw*0.9:ih*0.9:iw*0.07:ih*0.03,"
                                          "scale=640:360,") +
                           QLatin1String(grades[(i / 2 + 1) % 4]);
                }),
        x264(r));
}

CorpusVideo flashes()
{
    const int r = 25;
    CorpusVideo video = concatenated(
        QStringLiteral("flashes"),
        QStringLiteral("a camera flash, a white frame or a lightning flicker inside each shot"), r,
        shotsOf(r,
                [&](int i) {
                    const int at = shotFrames(i, r) / 2;
                    const QString base = content(i * 5 + 2, QStringLiteral("320x180"), r);
                    switch (i % 3) {
                    case 0: // two white frames
                        return base + QStringLiteral(",drawbox=c=white:t=fill:"
                                                     "enable='between(n,%1,%2)'")
                                          .arg(at)
                                          .arg(at + 1);
                    case 1: // one frame much brighter
                        return base +
                               QStringLiteral(",eq=brightness=0.45:enable='eq(n,%1)'").arg(at);
                    default: // a three-frame flicker, brighter and flatter
                        return base + QStringLiteral(",eq=brightness=0.3:contrast=0.6:"
                                                     "enable='between(n,%1,%2)'")
                                          .arg(at)
                                          .arg(at + 2);
                    }
                }),
        x264(r));
    video.traps = kShotsPerVideo;
    return video;
}

CorpusVideo pans()
{
    const int r = 30;
    CorpusVideo video = concatenated(
        QStringLiteral("pans"),
        QStringLiteral("fast pans (over a frame width a second) in every shot, 30 fps"), r,
        shotsOf(r,
                [&](int i) {
                    static const int picks[] = {0, 1, 3, 6, 8, 5, 7};
                    const int speed = 500 + 60 * (i % 5); // source px/s in a 480 px window
                    const QString x = i % 2 ? QStringLiteral("%1*t").arg(speed)
                                            : QStringLiteral("1440-%1*t").arg(speed);
                    const QString y = QStringLiteral("405+%1*t").arg(i % 3 == 0 ? 120 : -80);
                    return content(picks[i % 7] + 12 * (i / 7), QStringLiteral("1920x1080"), r) +
                           QStringLiteral(",crop=480:270:x='%1':y='%2',scale=320:180").arg(x, y);
                }),
        x264(r));
    video.traps = kShotsPerVideo;
    return video;
}

CorpusVideo zooms()
{
    const int r = 25;
    CorpusVideo video = concatenated(
        QStringLiteral("zooms"), QStringLiteral("fast zooms in and out in every shot"), r,
        shotsOf(r,
                [&](int i) {
                    const QString zoom =
                        i % 2 ? QStringLiteral("1+0.02*in") : QStringLiteral("max(1,2.4-0.02*in)");
                    return content(i * 5 + 3, QStringLiteral("640x360"), r) +
                           QStringLiteral(",zoompan=z='%1':x='iw/2-(iw/zoom/2)':"
                                          "y='ih/2-(ih/zoom/2)':d=1:s=320x180:fps=%2")
                               .arg(zoom)
                               .arg(r);
                }),
        x264(r));
    video.traps = kShotsPerVideo;
    return video;
}

CorpusVideo dark()
{
    const int r = 25;
    return concatenated(QStringLiteral("dark"), QStringLiteral("dark scenes with sensor noise"), r,
                        shotsOf(r,
                                [&](int i) {
                                    return content(i * 5 + 4, QStringLiteral("320x180"), r) +
                                           QStringLiteral(
                                               ",eq=brightness=-0.32:contrast=0.45:saturation=0.5,"
                                               "noise=alls=16:allf=t+u");
                                }),
                        x264(r));
}

CorpusVideo sixty()
{
    const int r = 60;
    return concatenated(
        QStringLiteral("60fps"), QStringLiteral("moving patterns at 60 fps"), r,
        shotsOf(r, [&](int i) { return animated(i + 2, QStringLiteral("320x180"), r); }), x264(r));
}

CorpusVideo interlaced()
{
    // Made at 50 frames a second and woven into 25 interlaced frames (top field first); the
    // cuts fall on odd fields too, so some frames hold one field of each shot.
    const int fields = 50;
    QVector<Shot> shots = shotsOf(
        fields, [&](int i) { return content(i * 5 + 6, QStringLiteral("640x360"), fields); });
    for (int i = 0; i < shots.size(); ++i)
        shots[i].frames += i % 2;
    CorpusVideo video = concatenated(QStringLiteral("interlaced"),
                                     QStringLiteral("interlaced 25i from 50 fps, top field first"),
                                     fields, shots, {});
    // Weaving halves the frame rate: the encoded frames follow.
    video.frameRate = 25;
    for (TrueTransition& t : video.truth)
        t.toleranceUs = 1000000 / 25 * 3 / 2;
    QString& graph = video.ffmpegArguments[1];
    graph.replace(QStringLiteral("[v]"),
                  QStringLiteral("[p];[p]tinterlace=mode=interleave_top[v]"));
    video.ffmpegArguments << x264(25, {QStringLiteral("-crf"), QStringLiteral("20"),
                                       QStringLiteral("-flags"), QStringLiteral("+ildct+ilme"),
                                       QStringLiteral("-x264-params"), QStringLiteral("tff=1")});
    return video;
}

CorpusVideo lowBitrate()
{
    const int r = 25;
    return concatenated(
        QStringLiteral("low-bitrate"),
        QStringLiteral("grainy moving pictures at 60 kbit/s: blocking, quality pumping"), r,
        shotsOf(r,
                [&](int i) {
                    return animated(i + 1, QStringLiteral("320x180"), r) +
                           QStringLiteral(",noise=alls=12:allf=t");
                }),
        x264(r, {QStringLiteral("-b:v"), QStringLiteral("60k"), QStringLiteral("-maxrate"),
                 QStringLiteral("80k"), QStringLiteral("-bufsize"), QStringLiteral("80k")}));
}

// Fades through black: the truth is the black between the shots.
CorpusVideo fades()
{
    const int r = 25;
    static const double kFade[] = {0.3, 0.5, 0.8};
    QVector<Shot> shots =
        shotsOf(r, [&](int i) { return content(i * 5 + 7, QStringLiteral("320x180"), r); });
    for (int i = 0; i < shots.size(); ++i) {
        shots[i].frames += int(std::lround(2 * kFade[i % 3] * r)); // room for the fades
        const int in = int(std::lround(kFade[(i + 2) % 3] * r));
        const int out = int(std::lround(kFade[i % 3] * r));
        if (i > 0)
            shots[i].chain += QStringLiteral(",fade=in:s=0:n=%1").arg(in);
        if (i + 1 < shots.size())
            shots[i].chain +=
                QStringLiteral(",fade=out:s=%1:n=%2").arg(shots[i].frames - out).arg(out);
    }
    CorpusVideo video = concatenated(QStringLiteral("fades"),
                                     QStringLiteral("fades out to black and in, 0.3-0.8 s each"), r,
                                     shots, x264(r));
    for (int k = 0; k < video.truth.size(); ++k)
        video.truth[k].toleranceUs = qint64((kFade[k % 3] + 0.1) * 1e6);
    return video;
}

// Dissolves: each pair of shots blended over 0.4-1.2 s; the truth is the blend's middle.
CorpusVideo dissolves()
{
    const int r = 25;
    static const double kBlend[] = {0.4, 0.8, 1.2};
    CorpusVideo video;
    video.kind = QStringLiteral("dissolves");
    video.description = QStringLiteral("cross-dissolves of 0.4-1.2 s");
    video.fileName = video.kind + QStringLiteral(".mkv");
    video.frameRate = r;
    QStringList chains;
    double length = 0; // of the blended output so far, seconds
    for (int i = 0; i < kShotsPerVideo; ++i) {
        // Each shot is seen unblended for its whole length, between the blends in and out.
        const double blendIn = i > 0 ? kBlend[(i - 1) % 3] : 0.0;
        const double blendOut = i + 1 < kShotsPerVideo ? kBlend[i % 3] : 0.0;
        const int frames = shotFrames(i, r) + int(std::lround((blendIn + blendOut) * r));
        chains << QStringLiteral("%1,trim=end_frame=%2,setpts=PTS-STARTPTS,format=yuv420p,"
                                 "setsar=1,settb=1/%3[s%4]")
                      .arg(content(i * 5 + 8, QStringLiteral("320x180"), r))
                      .arg(frames)
                      .arg(r)
                      .arg(i);
        const double seconds = double(frames) / r;
        if (i == 0) {
            length = seconds;
            continue;
        }
        const double previousBlend = kBlend[(i - 1) % 3];
        const double offset = length - previousBlend;
        chains << QStringLiteral("[%1][s%2]xfade=transition=fade:duration=%3:offset=%4[x%2]")
                      .arg(i == 1 ? QStringLiteral("s0") : QStringLiteral("x%1").arg(i - 1))
                      .arg(i)
                      .arg(previousBlend)
                      .arg(offset, 0, 'f', 4);
        video.truth.append({qint64(std::llround((offset + previousBlend / 2) * 1e6)),
                            qint64((previousBlend / 2 + 0.12) * 1e6)});
        length = offset + seconds;
    }
    chains.last().replace(QStringLiteral("[x%1]").arg(kShotsPerVideo - 1), QStringLiteral("[v]"));
    video.ffmpegArguments = {QStringLiteral("-filter_complex"), chains.join(u';'),
                             QStringLiteral("-map"), QStringLiteral("[v]")};
    video.ffmpegArguments << x264(r);
    return video;
}

} // namespace

QVector<CorpusVideo> cutCorpus(int variant)
{
    corpusVariant = std::max(0, variant);
    QVector<CorpusVideo> corpus{
        clean(), grain(), hdGrain(), animatedPatterns(), twoTakes(),   flashes(), pans(),
        zooms(), dark(),  sixty(),   interlaced(),       lowBitrate(), fades(),   dissolves()};
    for (CorpusVideo& video : corpus) {
        if (corpusVariant > 0)
            video.fileName.replace(QStringLiteral(".mkv"),
                                   QStringLiteral("-v%1.mkv").arg(corpusVariant));
    }
    return corpus;
}

} // namespace sw::cli

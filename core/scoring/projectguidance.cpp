#include "scoring/projectguidance.h"

#include "analysis/imageanalyzer.h"
#include "analysis/promptparser.h"
#include "analysis/videoanalyzer.h"

#include <QDateTime>
#include <QFileInfo>
#include <QMutex>
#include <algorithm>
#include <vector>

namespace sw::scoring {

namespace {

// Analyses kept for the life of the program, so that scoring a project again (another take,
// a regeneration) does not decode its videos again. A file is known by its path, size and
// modification time: a changed file is analysed anew. The analyser's results are values, so a
// cached one is as good as a fresh one.
template <typename Analysis> class AnalysisCache
{
public:
    bool find(const QString& path, Analysis* out)
    {
        const QString key = keyOf(path);
        QMutexLocker lock(&m_mutex);
        for (const auto& [k, analysis] : m_entries) {
            if (k == key) {
                *out = analysis;
                return true;
            }
        }
        return false;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_entries.clear();
    }
    void keep(const QString& path, const Analysis& analysis)
    {
        const QString key = keyOf(path);
        QMutexLocker lock(&m_mutex);
        m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                       [&](const auto& e) { return e.first == key; }),
                        m_entries.end());
        m_entries.push_back({key, analysis});
        if (m_entries.size() > kKept) // the oldest goes: a session works on a few files
            m_entries.erase(m_entries.begin());
    }

private:
    static constexpr size_t kKept = 64; // an analysis is small: its curves, cuts and shots
    static QString keyOf(const QString& path)
    {
        const QFileInfo info(path);
        return QStringLiteral("%1|%2|%3")
            .arg(info.absoluteFilePath())
            .arg(info.size())
            .arg(info.lastModified().toMSecsSinceEpoch());
    }
    QMutex m_mutex;
    std::vector<std::pair<QString, Analysis>> m_entries;
};

AnalysisCache<analysis::VideoAnalysis>& videoCache()
{
    static AnalysisCache<analysis::VideoAnalysis> cache;
    return cache;
}

AnalysisCache<analysis::ImageAnalysis>& imageCache()
{
    static AnalysisCache<analysis::ImageAnalysis> cache;
    return cache;
}

} // namespace

void forgetAnalyses()
{
    videoCache().clear();
    imageCache().clear();
}

plan::PlanSettings settingsFromPins(const project::PlanPins& pins)
{
    plan::PlanSettings settings;
    if (pins.bpm > 0)
        settings.bpm = pins.bpm;
    settings.key = pins.key;
    settings.meterNumerator = pins.meterNumerator;
    settings.meterDenominator = pins.meterDenominator;
    for (auto it = pins.instruments.begin(); it != pins.instruments.end(); ++it) {
        music::TrackRole role;
        if (music::parseTrackRole(it.key(), &role))
            settings.instruments.insert(role, it.value());
    }
    for (const project::PlanPins::IntensityPoint& p : pins.intensity)
        settings.intensityCurve.append({p.timeUs, p.value});
    for (const project::PlanPins::SectionPin& s : pins.sections)
        settings.sectionStarts.append({s.timeUs, s.label});
    settings.sectionStartsExact = pins.sectionsExact && !pins.sections.isEmpty();
    return settings;
}

bool buildGuidance(const project::ProjectContent& content, plan::PlanGuidance* g,
                   QStringList* notes, const media::StopRequested& stop,
                   const std::function<void(double)>& progress, const GuidanceSources& sources)
{
    // The music is planned for what is on the timeline: its clips. A marker or an old music
    // region past the last clip does not stretch it (a hit marker a year after a 12 s picture
    // planned millions of bars); without clips, the markers and regions are all there is.
    qint64 clipsEndUs = 0;
    for (const project::Clip& clip : content.clips)
        clipsEndUs = std::max(clipsEndUs, clip.endUs());
    g->durationUs = clipsEndUs > 0 ? clipsEndUs : content.durationUs();
    const analysis::PromptParser parser;
    const QStringList missing = content.missingMedia();
    int done = 0;
    for (const project::Clip& clip : content.clips) {
        if (stop && stop())
            return false;
        if (progress)
            progress(double(done++) / std::max<qsizetype>(1, content.clips.size()));
        if (project::clipKindUsesMedia(clip.kind) && missing.contains(clip.mediaPath)) {
            *notes
                << QStringLiteral("%1 is offline; the plan ignores its clip").arg(clip.mediaPath);
            continue;
        }
        QString error;
        switch (clip.kind) {
        case project::ClipKind::Video: {
            plan::TimedVideo video{clip.startUs, clip.sourceInUs, {}};
            if (videoCache().find(clip.mediaPath, &video.analysis)) {
                sources.store.keepVideo(clip.mediaPath, video.analysis); // analysed unsaved
            } else {
                if (sources.store.findVideo(clip.mediaPath, &video.analysis)) {
                    videoCache().keep(clip.mediaPath, video.analysis);
                } else if (!sources.analyse) {
                    *notes << QStringLiteral("%1 has not been analysed").arg(clip.mediaPath);
                    continue;
                } else {
                    if (!analysis::analyzeVideo(clip.mediaPath, {}, &video.analysis, &error,
                                                stop)) {
                        if (stop && stop())
                            return false;
                        *notes << QStringLiteral("%1; the plan ignores this clip").arg(error);
                        continue;
                    }
                    videoCache().keep(clip.mediaPath, video.analysis);
                    sources.store.keepVideo(clip.mediaPath, video.analysis);
                }
            }
            g->videos.append(video);
            break;
        }
        case project::ClipKind::Image: {
            plan::TimedImage image{clip.startUs, clip.durationUs, {}};
            if (imageCache().find(clip.mediaPath, &image.analysis)) {
                sources.store.keepImage(clip.mediaPath, image.analysis);
            } else {
                if (sources.store.findImage(clip.mediaPath, &image.analysis)) {
                    imageCache().keep(clip.mediaPath, image.analysis);
                } else if (!sources.analyse) {
                    *notes << QStringLiteral("%1 has not been analysed").arg(clip.mediaPath);
                    continue;
                } else {
                    if (!analysis::analyzeImage(clip.mediaPath, &image.analysis, &error)) {
                        *notes << QStringLiteral("%1; the plan ignores this clip").arg(error);
                        continue;
                    }
                    imageCache().keep(clip.mediaPath, image.analysis);
                    sources.store.keepImage(clip.mediaPath, image.analysis);
                }
            }
            g->images.append(image);
            break;
        }
        case project::ClipKind::Prompt:
            g->prompts.append({clip.startUs, clip.durationUs, parser.parse(clip.text)});
            break;
        case project::ClipKind::Lyrics:
            if (!clip.text.trimmed().isEmpty())
                g->sungSpans.append({clip.startUs, clip.endUs()});
            break;
        default:
            break; // audio does not guide the plan yet
        }
    }
    for (const project::Marker& m : content.markers) {
        if (m.timeUs > g->durationUs) {
            *notes << QStringLiteral("the %1 \"%2\" at %3 is after the end of the picture (%4); "
                                     "the plan ignores it")
                          .arg(m.kind == project::MarkerKind::HitPoint ? QStringLiteral("hit point")
                                                                       : QStringLiteral("marker"),
                               m.name, project::formatMediaTime(m.timeUs),
                               project::formatMediaTime(g->durationUs));
            continue;
        }
        const bool hit = m.kind == project::MarkerKind::HitPoint;
        g->markers.append({m.timeUs, hit ? 1.5 : 0.8,
                           hit ? plan::EventKind::HitPoint : plan::EventKind::Marker, m.name});
    }
    g->settings = settingsFromPins(content.planPins);
    if (progress)
        progress(1.0);
    return true;
}

void keepAnalyses(const project::ProjectContent& content, const AnalysisStore& store)
{
    // A guidance that analyses nothing stores every analysis it finds in memory.
    plan::PlanGuidance g;
    QStringList notes;
    buildGuidance(content, &g, &notes, {}, {}, {store, false});
}

bool storedGuidance(const project::ProjectContent& content, const AnalysisStore& store,
                    plan::PlanGuidance* guidance)
{
    if (!store.isEnabled())
        return false;
    const QStringList missing = content.missingMedia();
    int media = 0;
    for (const project::Clip& clip : content.clips) {
        if ((clip.kind == project::ClipKind::Video || clip.kind == project::ClipKind::Image) &&
            !missing.contains(clip.mediaPath))
            ++media;
    }
    QStringList notes;
    plan::PlanGuidance g;
    buildGuidance(content, &g, &notes, {}, {}, {store, false});
    if (media == 0 || g.videos.size() + g.images.size() != media)
        return false;
    *guidance = g;
    return true;
}

} // namespace sw::scoring

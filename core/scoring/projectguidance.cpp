#include "scoring/projectguidance.h"

#include "analysis/imageanalyzer.h"
#include "analysis/promptparser.h"
#include "analysis/videoanalyzer.h"

namespace sw::scoring {

plan::PlanSettings settingsFromPins(const project::PlanPins& pins)
{
    plan::PlanSettings settings;
    if (pins.bpm > 0)
        settings.bpm = pins.bpm;
    settings.key = pins.key;
    settings.meterNumerator = pins.meterNumerator;
    settings.meterDenominator = pins.meterDenominator;
    settings.instruments = pins.instruments;
    for (const project::PlanPins::IntensityPoint& p : pins.intensity)
        settings.intensityCurve.append({p.timeUs, p.value});
    for (const project::PlanPins::SectionPin& s : pins.sections)
        settings.sectionStarts.append({s.timeUs, s.label});
    return settings;
}

bool buildGuidance(const project::ProjectContent& content, plan::PlanGuidance* g,
                   QStringList* notes, const media::StopRequested& stop,
                   const std::function<void(double)>& progress)
{
    g->durationUs = content.durationUs();
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
            if (!analysis::analyzeVideo(clip.mediaPath, {}, &video.analysis, &error, stop)) {
                if (stop && stop())
                    return false;
                *notes << QStringLiteral("%1; the plan ignores this clip").arg(error);
                continue;
            }
            g->videos.append(video);
            break;
        }
        case project::ClipKind::Image: {
            plan::TimedImage image{clip.startUs, clip.durationUs, {}};
            if (!analysis::analyzeImage(clip.mediaPath, &image.analysis, &error)) {
                *notes << QStringLiteral("%1; the plan ignores this clip").arg(error);
                continue;
            }
            g->images.append(image);
            break;
        }
        case project::ClipKind::Prompt:
            g->prompts.append({clip.startUs, clip.durationUs, parser.parse(clip.text)});
            break;
        default:
            break; // audio and lyrics do not guide the plan yet
        }
    }
    for (const project::Marker& m : content.markers) {
        const bool hit = m.kind == project::MarkerKind::HitPoint;
        g->markers.append({m.timeUs, hit ? 1.5 : 0.8,
                           hit ? QStringLiteral("hit point") : QStringLiteral("marker"), m.name});
    }
    g->settings = settingsFromPins(content.planPins);
    if (progress)
        progress(1.0);
    return true;
}

} // namespace sw::scoring

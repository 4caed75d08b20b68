#include "plan/planner.h"

#include "plan/form.h"

#include "plan/styles.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace sw::plan {

namespace {

using analysis::PromptAnalysis;

// The longest music planned. The timeline's length includes its markers, and a marker typed a
// year late made a 12 s project plan 7.9 million bars (5.2 GB). Four hours is longer than any
// film this is meant for, and at 120 bpm in 4/4 is 7200 bars, a few MB of plan.
constexpr qint64 kMaxPlannedUs = 4LL * 3600 * 1000000;

QString clock(qint64 us)
{
    const qint64 ms = us / 1000;
    return QStringLiteral("%1:%2.%3")
        .arg(ms / 60000, 2, 10, QLatin1Char('0'))
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms % 1000) / 100);
}

// Decides tempo range, meter and key, with the reason for each and the conflicts seen.
struct GlobalDecisions
{
    TempoConstraints tempo;
    music::KeySignature key;
    QStringList reasons;
    QStringList conflicts;
};

// The style of a prompt: that of the first of its genres the style table knows.
const Style* styleOfPrompt(const TimedPrompt& prompt)
{
    for (const QString& genre : prompt.analysis.genres) {
        if (const Style* style = styleOf(genre))
            return style;
    }
    return nullptr;
}

// The first prompt (in time) with a style, and that style: it sets the one tempo of the score.
std::pair<const Style*, const TimedPrompt*> firstStyle(const PlanGuidance& g)
{
    for (const TimedPrompt& p : g.prompts) {
        if (const Style* style = styleOfPrompt(p))
            return {style, &p};
    }
    return {nullptr, nullptr};
}

GlobalDecisions decideGlobals(const PlanGuidance& g, double meanValence, bool moodFromPrompts)
{
    GlobalDecisions d;
    for (const TimedPrompt& p : g.prompts) {
        for (const QString& conflict : p.analysis.conflicts)
            d.conflicts << QStringLiteral("the prompt \"%1\": %2").arg(p.analysis.text, conflict);
    }
    // Tempo: explicit > a number in a prompt > tempo words > the picture's motion tempo.
    const TimedPrompt* tempoPrompt = nullptr;
    for (const TimedPrompt& p : g.prompts) {
        if (p.analysis.bpmMax <= 0)
            continue;
        const bool number =
            std::any_of(p.analysis.constraints.begin(), p.analysis.constraints.end(),
                        [](const analysis::PromptConstraint& c) {
                            return c.kind == analysis::PromptConstraint::Kind::Tempo &&
                                   c.explicitNumber && !c.negated;
                        });
        if (tempoPrompt && (tempoPrompt->analysis.bpmMin != p.analysis.bpmMin ||
                            tempoPrompt->analysis.bpmMax != p.analysis.bpmMax))
            d.conflicts << QStringLiteral(
                               "prompts ask for %1-%2 bpm and %3-%4 bpm; one tempo serves "
                               "the whole score, the first prompt's is used")
                               .arg(tempoPrompt->analysis.bpmMin)
                               .arg(tempoPrompt->analysis.bpmMax)
                               .arg(p.analysis.bpmMin)
                               .arg(p.analysis.bpmMax);
        if (!tempoPrompt || number)
            tempoPrompt = &p;
    }
    double motionTempo = 0;
    for (const TimedVideo& v : g.videos) {
        if (v.analysis.motionTempoConfidence > 0.3)
            motionTempo = v.analysis.motionTempoBpm;
    }
    if (g.settings.bpm) {
        d.tempo.minBpm = d.tempo.maxBpm = *g.settings.bpm;
        d.reasons << QStringLiteral("tempo pinned at %1 bpm").arg(*g.settings.bpm);
    } else if (tempoPrompt) {
        d.tempo.minBpm = tempoPrompt->analysis.bpmMin;
        d.tempo.maxBpm = tempoPrompt->analysis.bpmMax;
        d.reasons << QStringLiteral("tempo within %1-%2 bpm from the prompt \"%3\"")
                         .arg(d.tempo.minBpm)
                         .arg(d.tempo.maxBpm)
                         .arg(tempoPrompt->analysis.text);
    } else if (const auto [style, prompt] = firstStyle(g); style) {
        d.tempo.minBpm = style->minBpm;
        d.tempo.maxBpm = style->maxBpm;
        d.reasons << QStringLiteral("tempo within %1-%2 bpm, the range of %3 (the prompt \"%4\")")
                         .arg(style->minBpm)
                         .arg(style->maxBpm)
                         .arg(QString::fromLatin1(style->genre), prompt->analysis.text);
    } else {
        d.reasons << QStringLiteral("tempo free within %1-%2 bpm")
                         .arg(d.tempo.minBpm)
                         .arg(d.tempo.maxBpm);
    }
    if (motionTempo > 0) {
        double folded = motionTempo;
        while (folded > d.tempo.maxBpm && folded / 2 >= d.tempo.minBpm * 0.75)
            folded /= 2;
        while (folded < d.tempo.minBpm && folded * 2 <= d.tempo.maxBpm * 1.25)
            folded *= 2;
        if (folded >= d.tempo.minBpm && folded <= d.tempo.maxBpm) {
            d.tempo.preferredBpm = folded;
            d.reasons << QStringLiteral("prefers %1 bpm, the pulse of the motion in the picture")
                             .arg(folded, 0, 'f', 1);
        } else if (tempoPrompt || g.settings.bpm) {
            d.conflicts << QStringLiteral("the motion in the picture pulses at %1 bpm, outside the "
                                          "%2-%3 bpm asked for; the request wins")
                               .arg(motionTempo, 0, 'f', 1)
                               .arg(d.tempo.minBpm)
                               .arg(d.tempo.maxBpm);
        }
    }

    // Meter: explicit > prompt > 4/4.
    d.tempo.meterNumerator = 4;
    d.tempo.meterDenominator = 4;
    if (g.settings.meterNumerator > 0) {
        d.tempo.meterNumerator = g.settings.meterNumerator;
        d.tempo.meterDenominator = g.settings.meterDenominator;
        d.reasons << QStringLiteral("meter pinned at %1/%2")
                         .arg(d.tempo.meterNumerator)
                         .arg(d.tempo.meterDenominator);
    } else {
        for (const TimedPrompt& p : g.prompts) {
            if (p.analysis.meterNumerator > 0) {
                d.tempo.meterNumerator = p.analysis.meterNumerator;
                d.tempo.meterDenominator = p.analysis.meterDenominator;
                d.reasons << QStringLiteral("meter %1/%2 from the prompt \"%3\"")
                                 .arg(p.analysis.meterNumerator)
                                 .arg(p.analysis.meterDenominator)
                                 .arg(p.analysis.text);
                break;
            }
        }
    }

    // Key: explicit > prompt key > prompt mode > the mood of the picture and prompts.
    std::optional<music::KeySignature> promptKey;
    std::optional<music::KeyMode> promptMode;
    QString keySource;
    for (const TimedPrompt& p : g.prompts) {
        if (p.analysis.key) {
            if (promptKey && !(*promptKey == *p.analysis.key))
                d.conflicts << QStringLiteral("prompts ask for %1 and %2; %1 is used")
                                   .arg(promptKey->name(), p.analysis.key->name());
            if (!promptKey) {
                promptKey = p.analysis.key;
                keySource = p.analysis.text;
            }
        } else if (p.analysis.mode && !promptMode) {
            promptMode = p.analysis.mode;
            keySource = p.analysis.text;
        }
    }
    if (g.settings.key) {
        d.key = *g.settings.key;
        d.reasons << QStringLiteral("key pinned: %1").arg(d.key.name());
    } else if (promptKey) {
        d.key = *promptKey;
        d.reasons << QStringLiteral("key %1 from the prompt \"%2\"").arg(d.key.name(), keySource);
    } else {
        const bool minor = promptMode ? *promptMode == music::KeyMode::Minor : meanValence < -0.1;
        // The tonic: one of the keys the style's players use, picked by the project (its
        // prompts and length), so that one project keeps its key when planned again and two
        // projects need not both be in C.
        const Style* style = firstStyle(g).first;
        const QStringList tonics = idiomaticTonics(style, minor);
        // Not the clips' lengths: trimming a clip must not change the key of the next take.
        QByteArray identity;
        for (const TimedPrompt& p : g.prompts)
            identity += p.analysis.text.toUtf8();
        for (const TimedVideo& v : g.videos)
            identity += QFileInfo(v.analysis.path).fileName().toUtf8();
        quint32 hash = 2166136261u; // FNV-1a: the same on every machine and Qt version
        for (const char c : identity)
            hash = (hash ^ quint8(c)) * 16777619u;
        const QString tonic = tonics[int(hash % uint(tonics.size()))];
        if (!music::KeySignature::parse(
                tonic + (minor ? QStringLiteral(" minor") : QStringLiteral(" major")), &d.key))
            d.key =
                music::KeySignature{0, 0, minor ? music::KeyMode::Minor : music::KeyMode::Major};
        d.reasons << QStringLiteral("key %1: %2, picked by the project's prompts and videos")
                         .arg(d.key.name(), style ? QStringLiteral("a key players of %1 use")
                                                        .arg(QString::fromLatin1(style->genre))
                                                  : QStringLiteral("a common key"));
        d.reasons << (promptMode
                          ? QStringLiteral("mode %1 from the prompt \"%2\"")
                                .arg(minor ? QStringLiteral("minor") : QStringLiteral("major"),
                                     keySource)
                          : QStringLiteral("mode %1 from the mood of the %2 (mean valence %3)")
                                .arg(minor ? QStringLiteral("minor") : QStringLiteral("major"),
                                     moodFromPrompts ? QStringLiteral("prompts")
                                                     : QStringLiteral("picture"))
                                .arg(meanValence, 0, 'f', 2));
    }
    return d;
}

QVector<TimedEvent> collectEvents(const PlanGuidance& g, qint64 durationUs)
{
    QVector<TimedEvent> events = g.markers;
    for (const TimedVideo& v : g.videos) {
        const qint64 shift = v.startUs - v.sourceInUs;
        for (const analysis::Transition& t : v.analysis.transitions) {
            const bool hard = t.kind == analysis::TransitionKind::Hard;
            events.append({t.timeUs + shift,
                           (hard ? 1.0 : 0.6) * std::max(0.3, t.confidence),
                           hard                                       ? EventKind::Cut
                           : t.kind == analysis::TransitionKind::Fade ? EventKind::Fade
                                                                      : EventKind::Dissolve,
                           {}});
        }
        for (const analysis::VisualBeat& b : v.analysis.visualBeats)
            events.append({b.timeUs + shift, 0.15 * b.strength, EventKind::VisualBeat, {}});
    }
    for (const TimedPrompt& p : g.prompts) {
        // A hit a prompt asks for lands where its clip starts ("a hit" placed at the door
        // slam), or, when the prompt builds ("building to a hit"), where the build arrives: at
        // the clip's end.
        if (p.analysis.sections.contains(QStringLiteral("hit"))) {
            const bool builds = p.analysis.shapes.contains(QStringLiteral("rising")) ||
                                p.analysis.shapes.contains(QStringLiteral("swell"));
            const qint64 at = builds ? std::min(p.startUs + p.durationUs, durationUs) - 1
                                     : std::max<qint64>(p.startUs, 1);
            events.append({at, 0.8, EventKind::PromptHit, p.analysis.text});
        }
    }
    std::sort(events.begin(), events.end(),
              [](const TimedEvent& a, const TimedEvent& b) { return a.timeUs < b.timeUs; });
    QVector<TimedEvent> inside;
    for (const TimedEvent& e : events) {
        if (e.timeUs > 0 && e.timeUs < durationUs)
            inside.append(e);
    }
    return inside;
}

const TimedPrompt* promptAt(const PlanGuidance& g, qint64 t)
{
    for (const TimedPrompt& p : g.prompts) {
        if (t >= p.startUs && t < p.startUs + p.durationUs)
            return &p;
    }
    return nullptr;
}

struct Colour
{
    double valence = 0, arousal = 0;
    QString source;
};

std::optional<Colour> pictureMoodAt(const PlanGuidance& g, qint64 t)
{
    for (const TimedImage& i : g.images) {
        if (t >= i.startUs && t < i.startUs + i.durationUs)
            return Colour{
                i.analysis.mood.valence, i.analysis.mood.arousal,
                QStringLiteral("the image %1").arg(QFileInfo(i.analysis.path).fileName())};
    }
    for (const TimedVideo& v : g.videos) {
        for (const analysis::Shot& s : v.analysis.shots) {
            const qint64 shift = v.startUs - v.sourceInUs;
            if (t >= s.startUs + shift && t < s.endUs + shift)
                return Colour{s.mood.valence, s.mood.arousal,
                              QStringLiteral("the shot at %1").arg(clock(s.startUs + shift))};
        }
    }
    return std::nullopt;
}

// Motion over [from, to) and its peak time, relative to the busiest moments (the 95th
// percentile of each video's motion, computed once).
double motionLevel(const PlanGuidance& g, const QVector<double>& busy, qint64 from, qint64 to,
                   qint64* peakAt)
{
    double best = -1;
    double sum = 0;
    int n = 0;
    for (int v = 0; v < g.videos.size(); ++v) {
        const analysis::Curve& c = g.videos[v].analysis.motion;
        if (busy[v] <= 0 || c.stepUs <= 0)
            continue;
        const qint64 shift = g.videos[v].startUs - g.videos[v].sourceInUs;
        const int first = int(std::max<qint64>(0, (from - shift - c.startUs) / c.stepUs));
        for (int i = first; i < c.values.size(); ++i) {
            const qint64 t = c.startUs + i * c.stepUs + shift;
            if (t >= to)
                break;
            if (t < from)
                continue;
            const double level = std::min(1.0, c.values[i] / busy[v]);
            sum += level;
            ++n;
            if (level > best) {
                best = level;
                *peakAt = t;
            }
        }
    }
    return n > 0 ? sum / n : -1;
}

void fillBarControls(const PlanGuidance& g, MusicPlan& plan)
{
    QVector<double> busy;
    for (const TimedVideo& v : g.videos) {
        QVector<float> sorted = v.analysis.motion.values;
        std::sort(sorted.begin(), sorted.end());
        busy.append(sorted.isEmpty() ? 0.0
                                     : std::max(0.05, double(sorted[int(sorted.size() * 0.95)])));
    }
    for (PlanBar& bar : plan.bars) {
        const qint64 middle = (bar.startUs + bar.endUs) / 2;
        qint64 peak = middle;
        const double motion = motionLevel(g, busy, bar.startUs, bar.endUs, &peak);
        const TimedPrompt* prompt = promptAt(g, middle);
        const std::optional<Colour> picture = pictureMoodAt(g, middle);
        bar.valence = picture ? picture->valence : 0;
        bar.arousal = picture ? picture->arousal : 0;
        if (picture)
            bar.reasons << QStringLiteral("valence %1 from %2")
                               .arg(bar.valence, 0, 'f', 2)
                               .arg(picture->source);
        double intensity = motion >= 0 ? 0.15 + 0.75 * motion : 0.5;
        if (motion >= 0)
            bar.reasons << QStringLiteral("intensity %1 from motion at %2")
                               .arg(intensity, 0, 'f', 2)
                               .arg(clock(peak));
        if (prompt && prompt->analysis.valence) {
            bar.valence = *prompt->analysis.valence;
            bar.arousal = *prompt->analysis.arousal;
            intensity = 0.5 * intensity + 0.5 * (bar.arousal + 1) / 2;
            bar.reasons << QStringLiteral("mood (valence %1, arousal %2) from the prompt \"%3\"")
                               .arg(bar.valence, 0, 'f', 2)
                               .arg(bar.arousal, 0, 'f', 2)
                               .arg(prompt->analysis.text);
        }
        if (prompt) {
            const double position =
                double(middle - prompt->startUs) / std::max<qint64>(1, prompt->durationUs);
            for (const QString& shape : prompt->analysis.shapes) {
                if (shape == QLatin1String("rising") || shape == QLatin1String("swell"))
                    intensity = std::clamp(0.25 + 0.7 * position, intensity - 0.3, 1.0);
                else if (shape == QLatin1String("falling"))
                    intensity = std::clamp(0.9 - 0.7 * position, 0.0, intensity + 0.3);
                else if (shape == QLatin1String("burst") && position > 0.6)
                    intensity = std::max(intensity, 0.9);
                bar.reasons << QStringLiteral("shape \"%1\" from the prompt").arg(shape);
            }
            if (prompt->analysis.dynamics)
                intensity = 0.5 * intensity + 0.5 * *prompt->analysis.dynamics;
        }
        const QVector<QPair<qint64, double>>& curve = g.settings.intensityCurve;
        if (!curve.isEmpty()) {
            // The curve the person drew wins over motion and prompt.
            double drawn = curve.first().second;
            for (int i = 0; i < curve.size(); ++i) {
                if (curve[i].first <= middle)
                    drawn = curve[i].second;
                if (i + 1 < curve.size() && curve[i].first <= middle &&
                    middle < curve[i + 1].first) {
                    const double f = double(middle - curve[i].first) /
                                     double(curve[i + 1].first - curve[i].first);
                    drawn = curve[i].second + f * (curve[i + 1].second - curve[i].second);
                    break;
                }
            }
            intensity = drawn;
            bar.reasons << QStringLiteral("intensity %1 as drawn").arg(drawn, 0, 'f', 2);
        }
        bar.intensity = std::clamp(intensity, 0.0, 1.0);
        bar.density = int(std::lround(bar.intensity * 4));

        // Roles grow with intensity; the prompt adds instruments and can forbid them.
        using music::TrackRole;
        bar.roles = {TrackRole::Chords, TrackRole::Melody};
        if (bar.intensity >= 0.35)
            bar.roles << TrackRole::Bass;
        if (bar.intensity >= 0.6)
            bar.roles << TrackRole::Drums;
        bar.programs = {{TrackRole::Melody, 0},
                        {TrackRole::Chords, 48},
                        {TrackRole::Bass, 33},
                        {TrackRole::Drums, 0}};
        // The prompt's style chooses the ensemble and how busy it is; its own words (an
        // instrument, "no drums", "drums") still win, below.
        if (const Style* style = prompt ? styleOfPrompt(*prompt) : nullptr) {
            bar.programs[TrackRole::Melody] = style->melodyProgram;
            bar.programs[TrackRole::Chords] = style->chordsProgram;
            bar.programs[TrackRole::Bass] = style->bassProgram;
            if (style->drums == false && bar.roles.removeAll(TrackRole::Drums) > 0)
                bar.reasons << QStringLiteral("no drums: %1 has none")
                                   .arg(QString::fromLatin1(style->genre));
            if (style->drums == true && bar.intensity >= 0.35 &&
                !bar.roles.contains(TrackRole::Drums))
                bar.roles << TrackRole::Drums;
            bar.density = std::clamp(bar.density + style->densityShift, 0, 4);
            bar.reasons << QStringLiteral("the ensemble of %1 (%2 over %3)")
                               .arg(QString::fromLatin1(style->genre),
                                    music::generalMidiProgramName(style->melodyProgram),
                                    music::generalMidiProgramName(style->chordsProgram));
        }
        auto play = [&bar](TrackRole role, int program) {
            bar.programs[role] = program;
            if (!bar.roles.contains(role))
                bar.roles << role;
        };
        if (prompt) {
            // Every instrument named sounds: one whose part is already taken by an instrument
            // named before it ("choir and organ", both chords) plays the other of lead and
            // chords instead of replacing the first.
            QList<TrackRole> named;
            for (const analysis::PromptConstraint& c : prompt->analysis.constraints) {
                TrackRole role;
                if (c.kind != analysis::PromptConstraint::Kind::Instrument || c.negated ||
                    !music::parseTrackRole(c.label, &role))
                    continue;
                if (named.contains(role) && role != TrackRole::Drums) {
                    const TrackRole other =
                        role == TrackRole::Melody ? TrackRole::Chords : TrackRole::Melody;
                    if (named.contains(other))
                        continue;
                    role = other;
                }
                named << role;
                play(role, c.program);
            }
            if (prompt->analysis.drums == false && bar.roles.removeAll(TrackRole::Drums) > 0)
                bar.reasons << QStringLiteral("no drums: the prompt excludes them");
            if (prompt->analysis.drums == true && !bar.roles.contains(TrackRole::Drums))
                bar.roles << TrackRole::Drums;
            // A calm prompt plays few notes and an excited one many, whatever the motion.
            if (!prompt->analysis.density && prompt->analysis.arousal) {
                const double arousal = *prompt->analysis.arousal;
                const int before = bar.density;
                if (arousal <= -0.4)
                    bar.density = std::min(bar.density, 1);
                else if (arousal >= 0.6)
                    bar.density = std::max(bar.density, 3);
                if (bar.density != before)
                    bar.reasons << QStringLiteral("density %1 of 4 for the prompt's %2 mood")
                                       .arg(bar.density)
                                       .arg(arousal < 0 ? QStringLiteral("calm")
                                                        : QStringLiteral("excited"));
            }
            if (prompt->analysis.density) {
                bar.density = std::clamp(int(std::lround(*prompt->analysis.density * 4)), 0, 4);
                bar.reasons << QStringLiteral("density %1 of 4 from the prompt").arg(bar.density);
            }
        }
        for (auto it = g.settings.instruments.begin(); it != g.settings.instruments.end(); ++it)
            play(it.key(), it.value());
    }
}

// Swung or straight eighths, from the first prompt with a swinging style ("jazz", "blues
// shuffle"); a swing style swings lighter as the tempo rises (a triplet swing at 120 bpm, about
// 60% at 200, as players do). "Straight" in a prompt keeps the eighths straight; 6/8 swings
// nothing (its eighths are the beat's triplet already).
void decideFeel(const PlanGuidance& g, MusicPlan& plan)
{
    if (plan.meterDenominator > 4)
        return;
    const QRegularExpression straight(QStringLiteral("\\b(straight|gerade)\\b"),
                                      QRegularExpression::CaseInsensitiveOption);
    for (const TimedPrompt& p : g.prompts) {
        if (straight.match(p.analysis.text).hasMatch())
            return;
    }
    const auto [style, prompt] = firstStyle(g);
    if (!style || style->swingPercent <= 50)
        return;
    const double bpm = plan.tempo.bpm;
    const double lighter = std::clamp((bpm - 120) / 80, 0.0, 1.0) * (style->swingPercent - 60);
    plan.swingPercent =
        std::clamp(int(std::lround(style->swingPercent - std::max(0.0, lighter))), 51, 75);
    plan.reasons << QStringLiteral("swung eighths (%1% of the beat) for %2 in the prompt \"%3\"")
                        .arg(plan.swingPercent)
                        .arg(QString::fromLatin1(style->genre), prompt->analysis.text);
}

// How loosely the parts are played (music/feel.h): the first style's way (lo-fi laid back,
// house on the grid, an orchestra without a click), or the prompt's own words for it: "tight",
// "quantized" and "robotic" put it on the grid, "loose", "live" and "human" loosen it, "laid
// back" and "behind the beat" lean back, "pushing" and "ahead of the beat" lean forward.
void decidePlaying(const PlanGuidance& g, MusicPlan& plan)
{
    const auto [style, stylePrompt] = firstStyle(g);
    Playing playing = playingOf(style);
    QString why = style ? QStringLiteral("as %1 is played (the prompt \"%2\")")
                              .arg(QString::fromLatin1(style->genre), stylePrompt->analysis.text)
                        : QStringLiteral("as players play");
    auto words = [](const char* pattern) {
        return QRegularExpression(QString::fromUtf8(pattern),
                                  QRegularExpression::CaseInsensitiveOption);
    };
    static const QRegularExpression tight = words(
        "\\b(tight|quanti[sz]ed|robotic|mechanical|on the grid|präzise?|maschinell|exakt)\\b");
    static const QRegularExpression loose =
        words("\\b(loose|live|human|humani[sz]ed|organic|locker|lebendig)\\b");
    static const QRegularExpression laidBack =
        words("\\b(laid[- ]back|lazy|lazily|behind the beat|relaxed|entspannt|lässig)\\b");
    static const QRegularExpression pushed =
        words("\\b(pushing|pushed|ahead of the beat|urgent|drängend|treibend)\\b");
    for (const TimedPrompt& p : g.prompts) {
        const QString& text = p.analysis.text;
        const QString from = QStringLiteral("for \"%1\" in a prompt").arg(text);
        if (tight.match(text).hasMatch()) {
            playing = {0, 0};
            why = from;
            break;
        }
        if (loose.match(text).hasMatch()) {
            playing.looseMs = std::max(playing.looseMs, 10);
            why = from;
        }
        if (laidBack.match(text).hasMatch()) {
            playing.laidBackMs = std::max(playing.laidBackMs, 15);
            why = from;
        } else if (pushed.match(text).hasMatch()) {
            playing.laidBackMs = -8;
            why = from;
        }
    }
    plan.looseMs = playing.looseMs;
    plan.laidBackMs = playing.laidBackMs;
    if (playing.looseMs == 0 && playing.laidBackMs == 0) {
        plan.reasons << QStringLiteral("played on the grid, %1").arg(why);
        return;
    }
    QString lean;
    if (playing.laidBackMs > 0)
        lean = QStringLiteral(", the lead, chords and snare %1 ms behind the beat")
                   .arg(playing.laidBackMs);
    else if (playing.laidBackMs < 0)
        lean = QStringLiteral(", the lead, chords and snare %1 ms ahead of the beat")
                   .arg(-playing.laidBackMs);
    plan.reasons << QStringLiteral("played loosely (onsets within %1 ms)%2, %3")
                        .arg(playing.looseMs)
                        .arg(lean, why);
}

// The drums' groove: the first prompt's style's ("house": four on the floor, "jazz": the ride),
// a waltz in 3/4, or the prompt's own words for it.
void decideGroove(const PlanGuidance& g, MusicPlan& plan)
{
    const auto [style, prompt] = firstStyle(g);
    QString why;
    if (style) {
        plan.groove = QString::fromLatin1(style->groove);
        why = QStringLiteral("for %1").arg(QString::fromLatin1(style->genre));
    }
    if (plan.meterNumerator == 3 && plan.meterDenominator == 4 &&
        plan.groove == QLatin1String("backbeat")) {
        plan.groove = QStringLiteral("waltz");
        why = QStringLiteral("for 3/4");
    }
    const QRegularExpression fourOnTheFloor(QStringLiteral("\\bfour[- ]on[- ]the[- ]floor\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression halfTime(QStringLiteral("\\bhalf[- ]?time\\b"),
                                      QRegularExpression::CaseInsensitiveOption);
    for (const TimedPrompt& p : g.prompts) {
        if (fourOnTheFloor.match(p.analysis.text).hasMatch())
            plan.groove = QStringLiteral("four on the floor");
        else if (halfTime.match(p.analysis.text).hasMatch())
            plan.groove = QStringLiteral("half time");
        else
            continue;
        why = QStringLiteral("as the prompt \"%1\" asks").arg(p.analysis.text);
        break;
    }
    if (!why.isEmpty())
        plan.reasons << QStringLiteral("drums: %1 groove %2").arg(plan.groove, why);
}

// Drums enter and leave on phrase lines: a phrase where most bars are loud enough for drums has
// them in every bar, one where most are not has none, unless the person's words say otherwise
// for a bar ("drums" or "no drums" in its prompt, a style without drums).
void drumsByPhrase(const PlanGuidance& g, MusicPlan& plan)
{
    using music::TrackRole;
    for (const PlanPhrase& phrase : plan.phrases) {
        int withDrums = 0;
        for (int b = phrase.firstBar; b <= phrase.lastBar; ++b)
            withDrums += plan.bars[b].roles.contains(TrackRole::Drums) ? 1 : 0;
        const bool play = 2 * withDrums >= phrase.bars();
        for (int b = phrase.firstBar; b <= phrase.lastBar; ++b) {
            PlanBar& bar = plan.bars[b];
            const TimedPrompt* prompt = promptAt(g, (bar.startUs + bar.endUs) / 2);
            const Style* style = prompt ? styleOfPrompt(*prompt) : nullptr;
            if (prompt && prompt->analysis.drums.has_value())
                continue;
            if (style && style->drums == false)
                continue;
            const bool has = bar.roles.contains(TrackRole::Drums);
            if (play && !has) {
                bar.roles << TrackRole::Drums;
                bar.reasons << QStringLiteral("drums: the phrase has them");
            } else if (!play && has) {
                bar.roles.removeAll(TrackRole::Drums);
                bar.reasons << QStringLiteral("no drums: the phrase is quiet");
            }
        }
    }
}

void makeSections(const PlanGuidance& g, MusicPlan& plan)
{
    if (plan.bars.isEmpty())
        return; // an empty timeline: no bars, so no sections (the composer says so)
    // Boundaries placed by hand come first and keep their labels.
    QMap<int, QString> pinned;
    for (const auto& pin : g.settings.sectionStarts) {
        int nearest = 0;
        for (const PlanBar& bar : plan.bars) {
            if (std::abs(bar.startUs - pin.first) <
                std::abs(plan.bars[nearest].startUs - pin.first))
                nearest = bar.index;
        }
        pinned.insert(nearest, pin.second);
    }
    QVector<int> starts{0};
    QVector<QString> why{QStringLiteral("the music starts")};
    // Sections laid out by hand (moved, split, joined) are the whole form; the cuts still land
    // bar lines, but start no sections of their own.
    const bool byHandOnly = g.settings.sectionStartsExact && !pinned.isEmpty();
    for (const EventPlacement& p : plan.tempo.placements) {
        if (byHandOnly || !isTransition(p.event.kind))
            continue;
        const double beatUs = 60e6 / plan.tempo.bpm;
        if (std::abs(double(p.offsetToDownbeatUs)) > beatUs || p.bar <= starts.last() ||
            p.bar >= plan.bars.size())
            continue;
        starts.append(p.bar);
        why.append(
            QStringLiteral("%1 at %2").arg(eventKindName(p.event.kind), clock(p.event.timeUs)));
    }
    for (auto it = pinned.begin(); it != pinned.end(); ++it) {
        const int at =
            int(std::lower_bound(starts.begin(), starts.end(), it.key()) - starts.begin());
        if (at < starts.size() && starts[at] == it.key()) {
            why[at] = QStringLiteral("a boundary placed by hand");
        } else {
            starts.insert(at, it.key());
            why.insert(at, QStringLiteral("a boundary placed by hand"));
        }
    }
    for (int s = 0; s < starts.size(); ++s) {
        PlanSection section;
        section.firstBar = starts[s];
        section.lastBar = s + 1 < starts.size() ? starts[s + 1] - 1 : plan.bars.size() - 1;
        double intensity = 0;
        for (int b = section.firstBar; b <= section.lastBar; ++b)
            intensity += plan.bars[b].intensity;
        intensity /= std::max(1, section.lastBar - section.firstBar + 1);
        const TimedPrompt* prompt = promptAt(g, plan.bars[section.firstBar].startUs + 1);
        QString label = pinned.value(section.firstBar);
        if (label.isEmpty() && prompt) {
            for (const QString& word : prompt->analysis.sections) {
                if (word != QLatin1String("hit") && word != QLatin1String("transition")) {
                    label = word;
                    break;
                }
            }
        }
        if (label.isEmpty()) {
            if (starts.size() > 2 && s == 0)
                label = QStringLiteral("intro");
            else if (starts.size() > 2 && s == starts.size() - 1)
                label = QStringLiteral("outro");
            else if (intensity >= 0.7)
                label = QStringLiteral("climax");
            else
                label = s % 2 ? QStringLiteral("B") : QStringLiteral("A");
        }
        section.label = label;
        section.reason = QStringLiteral("bars %1-%2 from %3; mean intensity %4")
                             .arg(section.firstBar + 1)
                             .arg(section.lastBar + 1)
                             .arg(why[s])
                             .arg(intensity, 0, 'f', 2);
        for (int b = section.firstBar; b <= section.lastBar; ++b)
            plan.bars[b].section = label;
        plan.sections.append(section);
    }
}

} // namespace

MusicPlan makePlan(const PlanGuidance& g)
{
    // The mood that decides the mode: the prompts' words when they speak of mood, else the
    // picture's colour. Words outrank colour (the architecture's rule: the prompt beats what
    // the picture suggests); averaged, ten bright shots outvoted "tense" and "düster".
    double pictureValence = 0, promptValence = 0;
    int pictureMoods = 0, promptMoods = 0;
    for (const TimedVideo& v : g.videos) {
        for (const analysis::Shot& s : v.analysis.shots) {
            pictureValence += s.mood.valence;
            ++pictureMoods;
        }
    }
    for (const TimedImage& i : g.images) {
        pictureValence += i.analysis.mood.valence;
        ++pictureMoods;
    }
    for (const TimedPrompt& p : g.prompts) {
        if (p.analysis.valence) {
            promptValence += *p.analysis.valence;
            ++promptMoods;
        }
    }
    const double meanValence = promptMoods    ? promptValence / promptMoods
                               : pictureMoods ? pictureValence / pictureMoods
                                              : 0;
    GlobalDecisions d = decideGlobals(g, meanValence, promptMoods > 0);
    if (promptMoods && pictureMoods) {
        const double picture = pictureValence / pictureMoods;
        if ((picture > 0.3 && meanValence < -0.1) || (picture < -0.3 && meanValence > 0.1))
            d.conflicts << QStringLiteral("the picture looks %1 (valence %2) but the prompts "
                                          "ask for a %3 mood (valence %4); the prompts win")
                               .arg(picture > 0 ? QStringLiteral("bright") : QStringLiteral("dark"))
                               .arg(picture, 0, 'f', 2)
                               .arg(meanValence > 0 ? QStringLiteral("bright")
                                                    : QStringLiteral("dark"))
                               .arg(meanValence, 0, 'f', 2);
    }
    MusicPlan plan;
    plan.key = d.key;
    plan.meterNumerator = d.tempo.meterNumerator;
    plan.meterDenominator = d.tempo.meterDenominator;
    plan.reasons = d.reasons;
    plan.conflicts = d.conflicts;
    const qint64 durationUs = std::min(g.durationUs, kMaxPlannedUs);
    plan.tempo = solveTempo(collectEvents(g, durationUs), durationUs, d.tempo);
    plan.reasons << plan.tempo.reason;
    if (g.durationUs > kMaxPlannedUs)
        plan.reasons << QStringLiteral(
                            "the timeline runs to %1 s (markers count); the music is planned "
                            "for its first %2 hours only, and events after that are ignored")
                            .arg(double(g.durationUs) / 1e6, 0, 'f', 0)
                            .arg(kMaxPlannedUs / 3600000000LL);

    const int totalBars = plan.tempo.fullBars + (plan.tempo.finalBarBeats > 0 ? 1 : 0);
    const qint64 barTicks =
        music::TempoMap::barLengthTicks(plan.meterNumerator, plan.meterDenominator);
    for (int b = 0; b < totalBars; ++b) {
        PlanBar bar;
        bar.index = b;
        bar.beats = b < plan.tempo.fullBars ? plan.meterNumerator : plan.tempo.finalBarBeats;
        bar.bpm = plan.tempo.bpm;
        bar.startUs = plan.tempo.videoTimeOfTick(b * barTicks);
        bar.endUs = b + 1 < totalBars ? plan.tempo.videoTimeOfTick((b + 1) * barTicks)
                                      : plan.tempo.musicEndUs;
        plan.bars.append(bar);
    }
    fillBarControls(g, plan);
    decideFeel(g, plan);
    decidePlaying(g, plan);
    decideGroove(g, plan);
    makeSections(g, plan);
    plan.phrases = layOutPhrases(plan.sections);
    drumsByPhrase(g, plan);
    if (!plan.phrases.isEmpty())
        plan.reasons << QStringLiteral("form %1: phrases of 4 bars in pairs, the second "
                                       "repeating the first with a new ending")
                            .arg(formString(plan.phrases));
    // Instrumental phrases (intro, outro) leave the lead out, unless the person asked for it.
    for (const PlanPhrase& phrase : plan.phrases) {
        if (phrase.melodic() || g.settings.instruments.contains(music::TrackRole::Melody))
            continue;
        const qint64 fromUs = plan.bars[phrase.firstBar].startUs;
        const qint64 toUs = plan.bars[phrase.lastBar].endUs;
        const bool sung = std::any_of(g.sungSpans.begin(), g.sungSpans.end(), [&](const auto& s) {
            return s.first < toUs && s.second > fromUs;
        });
        if (sung) {
            for (int b = phrase.firstBar; b <= phrase.lastBar; ++b)
                plan.bars[b].reasons
                    << QStringLiteral("the lead plays in phrase %1: lyrics are sung here")
                           .arg(phrase.letter);
            continue;
        }
        for (int b = phrase.firstBar; b <= phrase.lastBar; ++b) {
            if (plan.bars[b].roles.removeAll(music::TrackRole::Melody) > 0)
                plan.bars[b].reasons
                    << QStringLiteral("no lead: an instrumental phrase (%1)").arg(phrase.letter);
        }
    }
    return plan;
}

} // namespace sw::plan

#include "engine/composer.h"

#include "engine/arranger.h"
#include "engine/barcontrols.h"
#include "engine/barsampler.h"
#include "engine/decoder.h"
#include "engine/modelfiles.h"
#include "engine/phrasing.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace sw::engine {

using music::TrackRole;

Section sectionFromLabel(const QString& label)
{
    const QString l = label.toLower();
    if (l == QLatin1String("intro"))
        return Section::Intro;
    if (l == QLatin1String("outro") || l == QLatin1String("ending"))
        return Section::Outro;
    if (l == QLatin1String("chorus") || l == QLatin1String("climax") ||
        l == QLatin1String("drop") || l == QLatin1String("hook"))
        return Section::Chorus;
    return Section::Verse;
}

static int affectLevel(double value)
{
    return value < -0.33 ? 0 : (value > 0.33 ? 2 : 1);
}

QVector<BarControls> controlsFromPlan(const plan::MusicPlan& plan)
{
    QVector<BarControls> out;
    for (const plan::PlanBar& b : plan.bars) {
        BarControls c;
        c.quarters =
            std::clamp(int(std::ceil(b.beats * 4.0 / plan.meterDenominator)), 1, kMaxBarQuarters);
        c.mode = plan.key.mode;
        c.section = sectionFromLabel(b.section);
        c.density = std::clamp(b.density, 0, kLevels - 1);
        c.intensity = std::clamp(int(b.intensity * kLevels), 0, kLevels - 1);
        c.valence = affectLevel(b.valence);
        c.arousal = affectLevel(b.arousal);
        c.melody = b.roles.contains(TrackRole::Melody);
        c.accompaniment = b.roles.contains(TrackRole::Chords) || b.roles.contains(TrackRole::Bass);
        out.append(c);
    }
    return out;
}

Composer::Composer() = default;
Composer::~Composer() = default;

QString Composer::defaultModelsDirectory()
{
    return modelsDirectory();
}

std::unique_ptr<Composer> Composer::loadWeights(const QString& path, QString* error)
{
    std::unique_ptr<IncrementalDecoder> decoder = IncrementalDecoder::load(path, error);
    if (!decoder)
        return nullptr;
    std::unique_ptr<Composer> c(new Composer);
    c->m_decoder = std::move(decoder);
    return c;
}

std::unique_ptr<Composer> Composer::loadFromModels(const QString& modelsDir, QString* error)
{
    const QString weights = verifiedWeightsPath(modelsDir, QStringLiteral("composer"), error);
    return weights.isEmpty() ? nullptr : loadWeights(weights, error);
}

namespace {

// Writes the bars in the plan's form (engine/phrasing.h): repeated phrases fed again, endings
// varied, the lead breathing at phrase ends, and the cadence at the end. With the key pinned
// the piece opens on the tonic chord, as a cue written in a key does.
bool writePiece(BarSampler& sampler, const QVector<BarControls>& controls,
                const QVector<plan::PlanPhrase>& phrases, const SamplingSettings& settings,
                const ComposeProgress& progress, QVector<TokenBar>* out, QString* error)
{
    const QVector<FormBar> form = formBars(phrases, controls);
    const EndingBars ending = endingBars(controls);
    const int low = settings.melodyLow + settings.tonicShift;
    const int high = settings.melodyHigh + settings.tonicShift;
    int previousPitch = 72;
    out->clear();
    for (int i = 0; i < controls.size(); ++i) {
        progress.at(double(i) / controls.size());
        if (progress.stopped()) {
            *error = QCoreApplication::translate("sw::engine", "cancelled");
            return false;
        }
        const BarControls& c = controls[i];
        BarGiven given;
        if (form[i].copyOf >= 0) {
            const TokenBar& source = (*out)[form[i].copyOf];
            given.chords = source.chords;
            if (!form[i].varyEnding) {
                given.melody = c.melody ? source.melody : QVector<GridNote>{};
                given.accompaniment = c.accompaniment ? source.accompaniment : QVector<GridNote>{};
            }
        }
        if (i == ending.cadence || i == ending.final || i == ending.ringOut) {
            // The cadence is written anew over its chord: a copied melody belongs to other
            // harmony.
            given = BarGiven{};
            given.chords = QVector<GridChord>{cadenceChord(c, i == ending.cadence)};
        } else if (i == 0 && settings.pinKey) {
            given.chords = QVector<GridChord>{cadenceChord(c, false)};
        }
        if (i == ending.ringOut) {
            given.melody = QVector<GridNote>{};
            given.accompaniment = QVector<GridNote>{};
        }
        TokenBar bar = sampler.writeBar(c, settings, given);
        if (i == ending.landing)
            landOnTonic(&bar, previousPitch, low, high);
        else if (form[i].phraseEnd && (form[i].copyOf < 0 || form[i].varyEnding))
            breathe(&bar); // a copied phrase end breathed when it was first written
        if (!bar.melody.isEmpty())
            previousPitch = bar.melody.last().pitch;
        out->append(bar);
    }
    return true;
}

SamplingSettings samplingFor(const plan::MusicPlan& plan, const ComposeOptions& o)
{
    SamplingSettings s;
    s.temperature = o.temperature;
    s.topP = o.topP;
    s.pinKey = o.pinKey;
    s.tonicShift = tonicShift(plan.key);
    return s;
}

// The plan's bars as source bars, to read a score back into the composer's terms.
QVector<SourceBar> sourceBarsOf(const plan::MusicPlan& plan)
{
    const QVector<qint64> starts = planBarStartTicks(plan);
    QVector<SourceBar> bars;
    for (int i = 0; i < plan.bars.size(); ++i) {
        SourceBar b;
        b.startTick = starts[i];
        b.endTick = starts[i + 1];
        b.quarters = std::clamp(int(std::ceil(plan.bars[i].beats * 4.0 / plan.meterDenominator)), 1,
                                kMaxBarQuarters);
        b.key = plan.key;
        b.secondsPerQuarter = 60.0 / std::max(1.0, plan.bars[i].bpm);
        bars.append(b);
    }
    return bars;
}

// Where each role sits in the stereo picture and how much room sound it gets, as a mixing
// engineer would start: bass and drums centred and drier, the chords a little left and wetter
// (with some chorus), the melody a little right. Written as controllers at the first tick, so
// they travel with the MIDI export and a DAW's mixer shows them.
QVector<music::ControlChange> mixControlsFor(TrackRole role)
{
    namespace cc = music::controller;
    auto at0 = [](int number, int value) { return music::ControlChange{0, number, value}; };
    switch (role) {
    case TrackRole::Melody:
        return {at0(cc::kPan, 72), at0(cc::kReverbSend, 50), at0(cc::kChorusSend, 10)};
    case TrackRole::Chords:
        return {at0(cc::kPan, 50), at0(cc::kReverbSend, 64), at0(cc::kChorusSend, 40)};
    case TrackRole::Bass:
        return {at0(cc::kPan, 64), at0(cc::kReverbSend, 20), at0(cc::kChorusSend, 0)};
    case TrackRole::Drums:
        return {at0(cc::kPan, 64), at0(cc::kReverbSend, 40), at0(cc::kChorusSend, 0)};
    default:
        return {at0(cc::kPan, 64), at0(cc::kReverbSend, 40)};
    }
}

void addTracks(const QMap<TrackRole, QVector<music::Note>>& notes, const plan::MusicPlan& plan,
               music::Score* score)
{
    struct RoleInfo
    {
        TrackRole role;
        const char* trackName;
        int fallbackProgram;
    };
    static const RoleInfo roles[] = {{TrackRole::Melody, "Melody", 0},
                                     {TrackRole::Chords, "Chords", 0},
                                     {TrackRole::Bass, "Bass", 33},
                                     {TrackRole::Drums, "Drums", 0}};
    for (const RoleInfo& r : roles) {
        bool planned = false;
        int program = r.fallbackProgram;
        for (const plan::PlanBar& b : plan.bars) {
            if (b.roles.contains(r.role)) {
                planned = true;
                program = b.programs.value(r.role, program);
                break;
            }
        }
        if (!planned)
            continue;
        music::Track t;
        t.name = QString::fromLatin1(r.trackName);
        t.role = r.role;
        t.drumKit = r.role == TrackRole::Drums;
        t.program = std::clamp(program, 0, 127);
        t.notes = notes.value(r.role);
        t.controls = mixControlsFor(r.role);
        // Each section plays the instrument its prompt asks for: where the plan's program for
        // this role changes, so does the track's ("strings join" after a section of pads).
        if (!t.drumKit) {
            int current = t.program;
            for (int bar = 0; bar < plan.bars.size(); ++bar) {
                const plan::PlanBar& b = plan.bars[bar];
                if (!b.roles.contains(r.role) || !b.programs.contains(r.role))
                    continue;
                const int wanted = std::clamp(b.programs.value(r.role), 0, 127);
                if (wanted != current) {
                    t.controls.append(
                        {score->tempoMap.barStartTick(bar), music::controller::kProgram, wanted});
                    current = wanted;
                }
            }
        }
        t.sortNotes();
        score->tracks.append(t);
    }
}

// The short last bar (from..end) rings the final chord out: what sounds at its bar line is held
// to the end, and nothing starts in it (the arranger's bass and drums would).
void letRingOut(qint64 from, qint64 end, music::Score* score)
{
    for (music::Track& t : score->tracks) {
        QVector<music::Note> kept;
        for (music::Note n : t.notes) {
            if (n.startTick >= from)
                continue;
            if (!t.drumKit && n.endTick() >= from - kGridTicks)
                n.durationTicks = end - n.startTick;
            kept.append(n);
        }
        t.notes = kept;
    }
}

} // namespace

bool writeBarsWithModel(TokenModel& model, const QVector<BarControls>& controls,
                        const QVector<plan::PlanPhrase>& phrases, const ComposeOptions& options,
                        QVector<TokenBar>* out, QString* error, const ComposeProgress& progress,
                        ComposeStats* stats)
{
    if (controls.isEmpty()) {
        *error = QCoreApplication::translate(
            "sw::engine", "the plan has no bars: there is nothing to compose (is the "
                          "timeline empty?)");
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    model.reset();
    model.feed(vocab::Bos);
    BarSampler sampler(model, options.seed);
    SamplingSettings settings;
    settings.temperature = options.temperature;
    settings.topP = options.topP;
    settings.pinKey = options.pinKey;
    if (!writePiece(sampler, controls, phrases, settings, progress, out, error))
        return false;
    if (stats) {
        stats->sampledTokens += sampler.sampledTokens();
        stats->fedTokens += model.tokensFed() - sampler.sampledTokens();
        stats->seconds += clock.elapsed() / 1000.0;
    }
    return true;
}

bool Composer::writeBars(const QVector<BarControls>& controls,
                         const QVector<plan::PlanPhrase>& phrases, const ComposeOptions& options,
                         QVector<TokenBar>* out, QString* error, const ComposeProgress& progress,
                         ComposeStats* stats)
{
    return writeBarsWithModel(*m_decoder, controls, phrases, options, out, error, progress, stats);
}

QVector<TokenBar> barsOfScore(const music::Score& score)
{
    QVector<SourceBar> bars;
    const music::KeySignature key = score.keyAt(0);
    const qint64 end = score.endTick();
    qint64 tick = 0;
    while (tick < end && bars.size() < 100000) {
        const music::MeterChange meter = score.tempoMap.meterAt(tick);
        const qint64 length = music::TempoMap::barLengthTicks(meter.numerator, meter.denominator);
        SourceBar b;
        b.startTick = tick;
        b.endTick = tick + length;
        b.quarters = std::clamp(int((length + 479) / 480), 1, kMaxBarQuarters);
        b.key = key;
        b.secondsPerQuarter = 60.0 / std::max(1.0, score.tempoMap.bpmAt(tick));
        bars.append(b);
        tick += length;
    }
    QVector<music::Note> melody, accompaniment;
    bool haveMelody = false;
    for (const music::Track& t : score.tracks)
        haveMelody = haveMelody || t.role == TrackRole::Melody;
    for (int i = 0; i < score.tracks.size(); ++i) {
        const music::Track& t = score.tracks[i];
        if (t.drumKit)
            continue;
        const bool isMelody =
            haveMelody ? t.role == TrackRole::Melody
                       : t.name.compare(QLatin1String("MELODY"), Qt::CaseInsensitive) == 0;
        (isMelody ? melody : accompaniment) += t.notes;
    }
    QVector<SourceChord> chords;
    for (const music::ChordSymbol& c : score.chords)
        chords.append({c.tick, c.root, c.quality});
    return quantizeBars(bars, melody, accompaniment, chords);
}

bool Composer::compose(const plan::MusicPlan& plan, const ComposeOptions& options,
                       music::Score* out, QString* error, const ComposeProgress& progress,
                       ComposeStats* stats)
{
    QElapsedTimer clock;
    clock.start();
    const QVector<BarControls> controls = controlsFromPlan(plan);
    if (controls.isEmpty()) {
        *error = QCoreApplication::translate(
            "sw::engine", "the plan has no bars: there is nothing to compose (is the "
                          "timeline empty?)");
        return false;
    }
    m_decoder->reset();
    m_decoder->feed(vocab::Bos);
    BarSampler sampler(*m_decoder, options.seed);
    const SamplingSettings settings = samplingFor(plan, options);
    QVector<TokenBar> bars;
    if (!writePiece(sampler, controls, plan.phrases, settings, progress, &bars, error))
        return false;
    music::Score score = plan.toScore();
    score.title = QStringLiteral("Score");
    // Played as the style plays (the plan's click is a metronome, on the grid).
    score.looseMs = plan.looseMs;
    score.laidBackMs = plan.laidBackMs;
    score.tracks.clear();
    score.chords = chordSymbolsOf(bars, 0, plan);
    addTracks(arrangeBars(bars, 0, plan, options.seed), plan, &score);
    const EndingBars ending = endingBars(controls);
    if (ending.ringOut >= 0) {
        const QVector<qint64> starts = planBarStartTicks(plan);
        letRingOut(starts[ending.ringOut], starts[ending.ringOut + 1], &score);
    }
    score.normalize();
    *out = score;
    if (stats) {
        stats->sampledTokens += sampler.sampledTokens();
        stats->fedTokens += m_decoder->tokensFed() - sampler.sampledTokens();
        stats->seconds += clock.elapsed() / 1000.0;
    }
    return true;
}

bool Composer::regenerate(const music::Score& score, const plan::MusicPlan& plan,
                          const QSet<TrackRole>& roles, int firstBar, int lastBar,
                          const ComposeOptions& options, music::Score* out, QString* error,
                          const ComposeProgress& progress, ComposeStats* stats)
{
    QElapsedTimer clock;
    clock.start();
    const int barCount = plan.bars.size();
    if (barCount == 0) {
        *error = QCoreApplication::translate(
            "sw::engine", "the plan has no bars: there is nothing to regenerate");
        return false;
    }
    if (firstBar < 0 || lastBar >= barCount || firstBar > lastBar) {
        *error =
            QCoreApplication::translate("sw::engine", "bars %1-%2 are outside the plan's %3 bars")
                .arg(firstBar + 1)
                .arg(lastBar + 1)
                .arg(barCount);
        return false;
    }
    if (roles.isEmpty()) {
        *error = QCoreApplication::translate("sw::engine", "no track chosen to regenerate");
        return false;
    }
    const QVector<qint64> starts = planBarStartTicks(plan);
    const QVector<BarControls> controls = controlsFromPlan(plan);

    // The score read back in the composer's terms: melody, and chords + bass as accompaniment.
    QVector<music::Note> melody, accompaniment;
    for (const music::Track& t : score.tracks) {
        if (t.role == TrackRole::Melody)
            melody += t.notes;
        else if (t.role == TrackRole::Chords || t.role == TrackRole::Bass)
            accompaniment += t.notes;
    }
    QVector<SourceChord> chords;
    for (const music::ChordSymbol& c : score.chords)
        chords.append({c.tick, c.root, c.quality});
    QVector<TokenBar> existing = quantizeBars(sourceBarsOf(plan), melody, accompaniment, chords);
    for (int i = 0; i < existing.size(); ++i)
        existing[i].controls = controls[i];

    const bool newMelody = roles.contains(TrackRole::Melody);
    const bool newAccomp = roles.contains(TrackRole::Chords) || roles.contains(TrackRole::Bass);
    const bool newChords = newMelody && newAccomp;
    const SamplingSettings settings = samplingFor(plan, options);
    QVector<TokenBar> written = existing;
    qint64 sampled = 0;
    qint64 fed = 0;
    if (newMelody || newAccomp) {
        // At most 8 bars per pass (the longest gap the model was trained to fill), each pass
        // seeing up to 6 bars before and 4 after, within half the context.
        for (int a = firstBar; a <= lastBar; a += 8) {
            const int b = std::min(lastBar, a + 7);
            progress.at(double(a - firstBar) / (lastBar - firstBar + 1));
            if (progress.stopped()) {
                *error = QCoreApplication::translate("sw::engine", "cancelled");
                return false;
            }
            const int budget = m_decoder->context() / 2;
            QVector<int> prefix, suffix;
            for (int i = a - 1; i >= std::max(0, a - 6); --i) {
                QVector<int> t;
                encodeBar(written[i], &t);
                if (prefix.size() + t.size() > budget / 2)
                    break;
                prefix = t + prefix;
            }
            for (int i = b + 1; i <= std::min(barCount - 1, b + 4); ++i) {
                QVector<int> t;
                encodeBar(written[i], &t);
                if (suffix.size() + t.size() > budget / 2)
                    break;
                suffix += t;
            }
            m_decoder->reset();
            QVector<int> context{vocab::Bos};
            context += prefix;
            context.append(vocab::Suffix);
            context += suffix;
            context.append(vocab::Middle);
            m_decoder->feed(context);
            BarSampler sampler(*m_decoder, options.seed * 7919ULL + quint64(a));
            for (int i = a; i <= b; ++i) {
                BarGiven given;
                if (!newChords)
                    given.chords = written[i].chords;
                if (!newMelody)
                    given.melody = written[i].melody;
                if (!newAccomp)
                    given.accompaniment = written[i].accompaniment;
                written[i] = sampler.writeBar(controls[i], settings, given);
            }
            sampled += sampler.sampledTokens();
            fed += m_decoder->tokensFed();
        }
    }

    // Arrange the new bars and replace only the chosen roles' notes inside them.
    const QVector<TokenBar> middle = written.mid(firstBar, lastBar - firstBar + 1);
    const QMap<TrackRole, QVector<music::Note>> arranged =
        arrangeBars(middle, firstBar, plan, options.seed);
    const qint64 from = starts[firstBar];
    const qint64 to = starts[lastBar + 1];
    music::Score result = score;
    for (music::Track& t : result.tracks) {
        if (!roles.contains(t.role))
            continue;
        // Notes outside the bars stay, and so do locked notes inside them; a new note that
        // would sound against a locked one (the same pitch, or anything at all in a line that
        // plays one note at a time) gives way to it.
        QVector<music::Note> kept, locked;
        for (const music::Note& n : t.notes) {
            if (n.startTick < from || n.startTick >= to)
                kept.append(n);
            else if (n.locked)
                locked.append(n);
        }
        const bool oneAtATime = t.role == TrackRole::Melody || t.role == TrackRole::Bass;
        for (const music::Note& n : arranged.value(t.role)) {
            bool clashes = false;
            for (const music::Note& l : locked) {
                const bool overlap = n.startTick < l.endTick() && l.startTick < n.endTick();
                clashes |= overlap && (oneAtATime || n.pitch == l.pitch);
            }
            if (!clashes)
                kept.append(n);
        }
        kept += locked;
        t.notes = kept;
        t.sortNotes();
    }
    if (newChords) {
        QVector<music::ChordSymbol> kept;
        for (const music::ChordSymbol& c : score.chords) {
            if (c.tick < from || c.tick >= to)
                kept.append(c);
        }
        kept += chordSymbolsOf(middle, firstBar, plan);
        result.chords = kept;
    }
    result.normalize();
    *out = result;
    if (stats) {
        stats->sampledTokens += sampled;
        stats->fedTokens += fed - sampled;
        stats->seconds += clock.elapsed() / 1000.0;
    }
    return true;
}

} // namespace sw::engine

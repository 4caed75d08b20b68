#include "render/synthesizer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <fluidsynth.h>

namespace sw::render {

struct Synthesizer::Private
{
    fluid_settings_t* settings = nullptr;
    fluid_synth_t* synth = nullptr;
    int soundFontId = -1;
    QString soundFont;

    ~Private()
    {
        if (synth)
            delete_fluid_synth(synth);
        if (settings)
            delete_fluid_settings(settings);
    }
};

Synthesizer::Synthesizer() : d(std::make_unique<Private>()) {}
Synthesizer::~Synthesizer() = default;

QString Synthesizer::soundFont() const
{
    return d->soundFont;
}

bool Synthesizer::load(const QString& path, QString* error)
{
    d = std::make_unique<Private>();
    fluid_set_log_function(FLUID_WARN, nullptr, nullptr); // our errors say what matters
    fluid_set_log_function(FLUID_INFO, nullptr, nullptr);
    fluid_set_log_function(FLUID_DBG, nullptr, nullptr);
    d->settings = new_fluid_settings();
    fluid_settings_setnum(d->settings, "synth.sample-rate", kSampleRate);
    fluid_settings_setint(d->settings, "synth.threadsafe-api", 0);
    fluid_settings_setint(d->settings, "synth.cpu-cores", 1);
    fluid_settings_setint(d->settings, "synth.polyphony", 256);
    d->synth = new_fluid_synth(d->settings);
    if (d->synth)
        d->soundFontId = fluid_synth_sfload(d->synth, QFile::encodeName(path).constData(), 1);
    if (!d->synth || d->soundFontId == FLUID_FAILED) {
        *error =
            QCoreApplication::translate("sw::render", "%1: not a soundfont FluidSynth can load")
                .arg(QFileInfo(path).fileName());
        d = std::make_unique<Private>();
        return false;
    }
    d->soundFont = path;
    return true;
}

namespace {

// At one frame: controller changes (a pedal lifted, a pan moved) first, then note-offs, then
// note-ons, as the MIDI writer orders them.
enum SynthEventKind
{
    kControl,
    kNoteOff,
    kNoteOn
};

struct SynthEvent
{
    qint64 frame;
    int kind;
    int number; // pitch, or controller number
    int value;  // velocity, or controller value
};

// A reset silences the voices but not the reverb and chorus, which still ring with the last
// track rendered: without draining them, that tail would sound at the start of the next stem
// (audible under a placed score's lead-in). Longer than the GM soundfont's reverb ever rings.
constexpr double kMaxEffectsTailSeconds = 20.0;
constexpr float kSilentPeak = 1e-6f; // -120 dBFS

void drainEffects(fluid_synth_t* synth)
{
    constexpr int kBlock = 4096;
    std::vector<float> scratch(size_t(kBlock) * 2);
    for (qint64 done = 0; done < qint64(kMaxEffectsTailSeconds * kSampleRate); done += kBlock) {
        fluid_synth_write_float(synth, kBlock, scratch.data(), 0, 2, scratch.data(), 1, 2);
        float peak = 0;
        for (float v : scratch)
            peak = std::max(peak, std::fabs(v));
        if (peak < kSilentPeak)
            return;
    }
}

} // namespace

bool Synthesizer::renderTrack(const music::Score& score, int index, StereoAudio* out,
                              QString* error, const media::StopRequested& stop,
                              const TrackPlacement& placement)
{
    media::AudioSpool stem;
    if (!stem.open(media::AudioSpool::Storage::Memory, kChannels, error) ||
        !renderTrack(score, index, &stem, error, stop, placement))
        return false;
    out->samples = stem.takeSamples();
    return true;
}

bool Synthesizer::renderTrack(const music::Score& score, int index, media::AudioSpool* out,
                              QString* error, const media::StopRequested& stop,
                              const TrackPlacement& placement)
{
    if (!d->synth) {
        *error = QCoreApplication::translate("sw::render", "no soundfont is loaded");
        return false;
    }
    if (index < 0 || index >= score.tracks.size()) {
        *error =
            QCoreApplication::translate("sw::render", "the score has no track %1").arg(index + 1);
        return false;
    }
    const music::Track& track = score.tracks[index];
    const int channel = track.drumKit ? 9 : 0;
    // Start every track from the same clean state, so a stem does not depend on the one before.
    fluid_synth_system_reset(d->synth);
    drainEffects(d->synth);
    fluid_synth_set_channel_type(d->synth, channel,
                                 track.drumKit ? CHANNEL_TYPE_DRUM : CHANNEL_TYPE_MELODIC);
    fluid_synth_program_select(d->synth, channel, d->soundFontId, track.drumKit ? 128 : 0,
                               track.program);

    const qint64 offset = std::max<qint64>(0, placement.offsetFrames);
    auto frameOf = [&](qint64 tick) {
        return offset +
               qint64(std::llround(double(score.tempoMap.tickToMicros(tick)) * kSampleRate / 1e6));
    };
    std::vector<SynthEvent> events;
    events.reserve(size_t(track.notes.size()) * 2 + size_t(track.controls.size()));
    for (const music::ControlChange& c : track.controls)
        events.push_back({frameOf(c.tick), kControl, c.controller, c.value});
    for (const music::Note& n : track.notes) {
        events.push_back({frameOf(n.startTick), kNoteOn, n.pitch, n.velocity});
        events.push_back({frameOf(n.endTick()), kNoteOff, n.pitch, 0});
    }
    std::stable_sort(events.begin(), events.end(), [](const SynthEvent& a, const SynthEvent& b) {
        return a.frame != b.frame ? a.frame < b.frame : a.kind < b.kind;
    });
    const qint64 total = placement.totalFrames > 0
                             ? placement.totalFrames
                             : frameOf(score.endTick()) + qint64(kReleaseTailSeconds * kSampleRate);
    out->reserve(total);
    // Before the music's offset the stem is silence; the synthesizer starts there.
    qint64 position = std::min(offset, total);
    size_t next = 0;
    constexpr qint64 kBlock = 4096;
    // Blocks are gathered into a piece of about a second before they go to the spool.
    constexpr qint64 kPieceFrames = kSampleRate;
    std::vector<float> piece(size_t(kPieceFrames + kBlock) * kChannels);
    qint64 pieceStart = position, pieceFrames = 0;
    auto flush = [&] {
        const bool ok = out->write(pieceStart, piece.data(), pieceFrames, error);
        pieceStart += pieceFrames;
        pieceFrames = 0;
        return ok;
    };
    while (position < total) {
        if (stop && stop()) {
            *error = QCoreApplication::translate("sw::render", "rendering was cancelled");
            return false;
        }
        while (next < events.size() && events[next].frame <= position) {
            const SynthEvent& e = events[next++];
            if (e.kind == kNoteOff)
                fluid_synth_noteoff(d->synth, channel, e.number);
            else if (e.kind == kNoteOn)
                fluid_synth_noteon(d->synth, channel, e.number, e.value);
            else if (e.number == music::controller::kPitchBend)
                fluid_synth_pitch_bend(d->synth, channel, std::clamp(e.value + 8192, 0, 16383));
            else if (e.number == music::controller::kProgram)
                fluid_synth_program_select(d->synth, channel, d->soundFontId,
                                           track.drumKit ? 128 : 0, std::clamp(e.value, 0, 127));
            else
                fluid_synth_cc(d->synth, channel, e.number, std::clamp(e.value, 0, 127));
        }
        qint64 until = std::min(total, position + kBlock);
        if (next < events.size())
            until = std::min(until, std::max(position + 1, events[next].frame));
        float* left = piece.data() + pieceFrames * kChannels;
        fluid_synth_write_float(d->synth, int(until - position), left, 0, kChannels, left, 1,
                                kChannels);
        pieceFrames += until - position;
        position = until;
        if (pieceFrames >= kPieceFrames && !flush())
            return false;
    }
    return flush() && out->extendTo(total, error);
}

} // namespace sw::render

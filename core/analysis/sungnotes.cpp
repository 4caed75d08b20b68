#include "analysis/sungnotes.h"

#include "analysis/pitchtracker.h"
#include "media/audiodecoder.h"

#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace sw::analysis {

namespace {
constexpr float kVoicedPeriodicity = 0.5f; ///< 5 dB SNR leaves about 0.75
constexpr float kQuietestBelowLoudDb = 35; ///< softer than this under the line's loud level
constexpr int kBridgedGapFrames = 2;       ///< a 20 ms drop-out inside a note
constexpr double kBridgedGapSemitones = 1.5;
constexpr int kShortestRunFrames = 5; ///< 50 ms: shorter voiced blips are noise
constexpr float kDipDb = 8;           ///< a level dip this deep re-articulates a note
constexpr int kDipReachFrames = 15;
constexpr float kAttackRiseDb = 6; ///< an attack: the 10 ms level leaps this much
constexpr int kAttackFrames = 4;   ///< within 40 ms
/// Half the running median that takes vibrato out (5-7 Hz: one cycle is 140-200 ms).
constexpr int kSteadyFrames = 8;
/// Cost of one more note, in squared semitones per frame of the steadied pitch.
constexpr double kNotePenalty = 3.5;
constexpr int kShortestSegmentFrames = 3;
constexpr double kShortestNoteSeconds = 0.06;
constexpr double kGlidePieceSeconds = 0.085; ///< a piece this short between notes is a glide
constexpr double kGlideSemitones = 2.5;      ///< and lies this near the note it belongs to
constexpr double kLongGlideSeconds = 0.15;   ///< a slow glide, if it travels
constexpr double kGlideTravelSemitones = 0.7;
constexpr float kFaintPeriodicity = 0.25f; ///< a note's attack, heard in noise
constexpr int kGlideFrames = 10;           ///< a glide into a note lasts at most 100 ms
constexpr double kLeftNoteSemitones = 0.3; ///< the pitch has left a note this far from it
constexpr double kLongestRecordingSeconds = 30 * 60;

double median(std::vector<double> v)
{
    if (v.empty())
        return std::nan("");
    const size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + long(mid), v.end());
    return v[mid];
}

struct Segment
{
    int first = 0; ///< frame index
    int end = 0;   ///< one past the last frame
    bool afterSilence = true;
};

// Least-squares cut of one stretch of pitch into pieces of near-constant pitch, each piece
// paying kNotePenalty (optimal partition by dynamic programming).
void cutByPitch(const std::vector<double>& pitch, int first, int end, bool afterSilence,
                std::vector<Segment>* out)
{
    const int n = end - first;
    std::vector<double> s1(size_t(n) + 1, 0), s2(size_t(n) + 1, 0);
    for (int i = 0; i < n; ++i) {
        s1[size_t(i) + 1] = s1[size_t(i)] + pitch[size_t(first + i)];
        s2[size_t(i) + 1] = s2[size_t(i)] + pitch[size_t(first + i)] * pitch[size_t(first + i)];
    }
    const auto cost = [&](int a, int b) {
        const double sum = s1[size_t(b)] - s1[size_t(a)];
        return s2[size_t(b)] - s2[size_t(a)] - sum * sum / (b - a);
    };
    std::vector<double> best(size_t(n) + 1, 1e300);
    std::vector<int> from(size_t(n) + 1, 0);
    best[0] = 0;
    for (int j = 1; j <= n; ++j) {
        const int shortest = std::min(j, kShortestSegmentFrames);
        for (int i = 0; i <= j - shortest; ++i) {
            if (i > 0 && i < kShortestSegmentFrames)
                continue;
            const double c = best[size_t(i)] + cost(i, j) + kNotePenalty;
            if (c < best[size_t(j)]) {
                best[size_t(j)] = c;
                from[size_t(j)] = i;
            }
        }
    }
    std::vector<Segment> pieces;
    for (int j = n; j > 0; j = from[size_t(j)])
        pieces.push_back({first + from[size_t(j)], first + j, false});
    std::reverse(pieces.begin(), pieces.end());
    pieces.front().afterSilence = afterSilence;
    out->insert(out->end(), pieces.begin(), pieces.end());
}

// The offset in semitones (-0.5..0.5) that brings the notes' pitches nearest to whole
// semitones, each note weighted by its length (least absolute distance: one wild note does not
// pull the rest).
double tuningOf(const QVector<SungNote>& notes)
{
    double bestOffset = 0, bestCost = 1e300;
    for (int cents = -50; cents < 50; ++cents) {
        const double offset = cents / 100.0;
        double cost = 0;
        for (const SungNote& n : notes) {
            const double shifted = n.midi - offset;
            cost += std::abs(shifted - std::round(shifted)) * n.durationSeconds();
        }
        if (cost < bestCost - 1e-12) {
            bestCost = cost;
            bestOffset = offset;
        }
    }
    return bestOffset;
}
} // namespace

SungLine segmentNotes(const PitchTrack& track)
{
    SungLine line;
    const int count = int(track.frames.size());
    line.durationSeconds = count * track.hopSeconds;
    if (count == 0)
        return line;

    std::vector<double> levels;
    levels.reserve(size_t(count));
    for (const PitchFrame& f : track.frames)
        levels.push_back(f.levelDb);
    std::vector<double> sorted = levels;
    std::sort(sorted.begin(), sorted.end());
    const double loud = sorted[size_t(std::min(count - 1, int(0.95 * count)))];
    const double quietest = loud - kQuietestBelowLoudDb;

    std::vector<char> voiced(size_t(count), 0);
    std::vector<double> raw(size_t(count), std::nan(""));
    for (int i = 0; i < count; ++i) {
        const PitchFrame& f = track.frames[i];
        if (std::isfinite(f.midi) && f.periodicity >= kVoicedPeriodicity && f.levelDb >= quietest) {
            voiced[size_t(i)] = 1;
            raw[size_t(i)] = f.midi;
        }
    }
    // A frame an octave off its neighbours is folded back; then a median of five smooths
    // single wrong frames away without rounding off the steps between notes.
    const auto neighbourhoodMedian = [&](const std::vector<double>& p, int i) {
        std::vector<double> around;
        for (int k = std::max(0, i - 2); k <= std::min(count - 1, i + 2); ++k)
            if (voiced[size_t(k)])
                around.push_back(p[size_t(k)]);
        return median(around);
    };
    std::vector<double> folded = raw;
    for (int i = 0; i < count; ++i) {
        if (!voiced[size_t(i)])
            continue;
        const double m = neighbourhoodMedian(raw, i);
        if (std::abs(folded[size_t(i)] - m) > 6)
            folded[size_t(i)] += 12 * std::round((m - folded[size_t(i)]) / 12);
    }
    std::vector<double> pitch(size_t(count), std::nan(""));
    for (int i = 0; i < count; ++i)
        if (voiced[size_t(i)])
            pitch[size_t(i)] = neighbourhoodMedian(folded, i);

    // Bridge drop-outs of a frame or two inside a note.
    for (int i = 1; i < count; ++i) {
        if (voiced[size_t(i)] || !voiced[size_t(i - 1)])
            continue;
        int j = i;
        while (j < count && !voiced[size_t(j)] && j - i < kBridgedGapFrames + 1)
            ++j;
        if (j < count && voiced[size_t(j)] && j - i <= kBridgedGapFrames &&
            std::abs(pitch[size_t(j)] - pitch[size_t(i - 1)]) < kBridgedGapSemitones) {
            for (int k = i; k < j; ++k) {
                voiced[size_t(k)] = 1;
                pitch[size_t(k)] =
                    pitch[size_t(i - 1)] +
                    (pitch[size_t(j)] - pitch[size_t(i - 1)]) * (k - i + 1) / double(j - i + 1);
            }
        }
        i = j;
    }

    // Voiced runs, cut again where the level dips and comes back (a note repeated on one
    // breath), then by pitch.
    // A note sung again on one breath: the level dips and comes back. A note struck or plucked
    // again: the level of the short window leaps up from where it had decayed to.
    const auto dipsAt = [&](int k, int start, int end) {
        const double here = levels[size_t(k)];
        if (here > levels[size_t(k - 1)] || here > levels[size_t(k + 1)])
            return false;
        double before = -1e9, after = -1e9;
        for (int b = std::max(start, k - kDipReachFrames); b < k; ++b)
            before = std::max(before, levels[size_t(b)]);
        for (int a = k + 1; a < std::min(end, k + kDipReachFrames); ++a)
            after = std::max(after, levels[size_t(a)]);
        return here <= before - kDipDb && here <= after - kDipDb;
    };
    const auto attackAt = [&](int k, int start, int end) {
        const auto attack = [&](int f) { return double(track.frames[f].attackDb); };
        const double here = attack(k);
        if (here > attack(k - 1) || here > attack(k - 2) || here >= attack(k + 1))
            return false;
        double risen = -1e9, earlier = -1e9;
        for (int a = k + 1; a < std::min(end, k + kAttackFrames + 1); ++a)
            risen = std::max(risen, attack(a));
        for (int b = std::max(start, k - kDipReachFrames); b < k; ++b)
            earlier = std::max(earlier, attack(b));
        return risen - here >= kAttackRiseDb && risen >= earlier - kAttackRiseDb;
    };
    std::vector<Segment> segments;
    std::vector<double> steady(size_t(count), std::nan(""));
    for (int i = 0; i < count;) {
        if (!voiced[size_t(i)]) {
            ++i;
            continue;
        }
        int end = i;
        while (end < count && voiced[size_t(end)])
            ++end;
        if (end - i >= kShortestRunFrames) {
            // A running median over about one vibrato cycle, inside the run: it keeps the
            // steps between notes where they are and takes the vibrato out.
            for (int k = i; k < end; ++k) {
                std::vector<double> around(pitch.begin() + std::max(i, k - kSteadyFrames),
                                           pitch.begin() + std::min(end, k + kSteadyFrames + 1));
                steady[size_t(k)] = median(around);
            }
            int start = i;
            bool afterSilence = true;
            for (int k = i + 2; k < end - 2; ++k) {
                if (k - start < kShortestRunFrames)
                    continue;
                if (dipsAt(k, start, end) || attackAt(k, start, end)) {
                    cutByPitch(steady, start, k, afterSilence, &segments);
                    start = k;
                    afterSilence = true; // a re-articulation starts a note as silence does
                }
            }
            cutByPitch(steady, start, end, afterSilence, &segments);
        }
        i = end;
    }

    // Pieces into notes: the median pitch of each piece's middle.
    struct Piece
    {
        SungNote note;
        int first, end;
        bool afterSilence;
        double swing;  ///< how far its pitch strays from its median (vibrato): 80th percentile
        double travel; ///< highest less lowest pitch over the piece: a glide travels
    };
    QVector<Piece> pieces;
    QVector<SungNote> notes;
    for (const Segment& s : segments) {
        const int length = s.end - s.first;
        const int trim = length >= 5 ? length / 5 : 0;
        std::vector<double> middle(pitch.begin() + s.first + trim, pitch.begin() + s.end - trim);
        std::vector<double> level(levels.begin() + s.first, levels.begin() + s.end);
        SungNote note;
        note.midi = median(middle);
        note.levelDb = float(median(level));
        std::vector<double> strays;
        for (double v : middle)
            strays.push_back(std::abs(v - note.midi));
        std::sort(strays.begin(), strays.end());
        const double swing = strays.empty() ? 0 : strays[size_t(0.8 * double(strays.size() - 1))];
        const auto [lowest, highest] =
            std::minmax_element(pitch.begin() + s.first, pitch.begin() + s.end);
        pieces.append({note, s.first, s.end, s.afterSilence, swing, *highest - *lowest});
        notes.append(note);
    }
    for (int i = 0; i < pieces.size(); ++i) // tuningOf weighs by length
        notes[i].offsetSeconds = (pieces[i].end - pieces[i].first) * track.hopSeconds;
    line.tuningCents = 100 * tuningOf(notes);
    for (Piece& p : pieces)
        p.note.pitch = std::clamp(int(std::lround(p.note.midi - line.tuningCents / 100)), 0, 127);

    // Neighbouring pieces on one pitch are one note (a vibrato's swing); a piece too short to
    // be a note is a glide: into the next note when it leads there, else the end of the last.
    const auto seconds = [&](const Piece& p) { return (p.end - p.first) * track.hopSeconds; };
    QVector<Piece> merged;
    for (int i = 0; i < pieces.size(); ++i) {
        Piece p = pieces[i];
        const bool joined = !p.afterSilence && !merged.isEmpty();
        if (joined && merged.last().note.pitch == p.note.pitch) {
            merged.last().end = p.end;
            continue;
        }
        const auto between = [](double a, double x, double b) { return (x - a) * (b - x) >= 0; };
        // A longer piece between two notes is a glide too when it travels most of the way
        // from one to the other (a passing note holds its pitch).
        const Piece* before = merged.size() >= 2 ? &merged[merged.size() - 2] : nullptr;
        const bool travelling =
            before && seconds(merged.last()) < kLongGlideSeconds &&
            merged.last().travel >=
                std::max(kGlideTravelSemitones, 0.5 * std::abs(p.note.midi - before->note.midi));
        const bool glideBefore =
            joined && (seconds(merged.last()) < kGlidePieceSeconds || travelling) &&
            (std::abs(merged.last().note.midi - p.note.midi) <= kGlideSemitones ||
             (before && !merged.last().afterSilence &&
              between(before->note.midi, merged.last().note.midi, p.note.midi)));
        if (glideBefore) {
            // The short piece before this one was this note's glide (or scoop) in.
            p.first = merged.last().first;
            p.afterSilence = merged.last().afterSilence;
            merged.last() = p;
            continue;
        }
        const bool leadsOn = i + 1 < pieces.size() && !pieces[i + 1].afterSilence;
        if (joined && seconds(p) < kGlidePieceSeconds &&
            (!leadsOn || std::abs(pieces[i + 1].note.midi - p.note.midi) > kGlideSemitones) &&
            std::abs(merged.last().note.midi - p.note.midi) <= kGlideSemitones) {
            merged.last().end = p.end; // the last note's glide out
            continue;
        }
        merged.append(p);
    }

    // A note reached by a glide begins where the pitch left the note before, not where it
    // arrived: walk back while the pitch is on its way.
    for (int i = 1; i < merged.size(); ++i) {
        Piece& p = merged[i];
        const Piece& before = merged[i - 1];
        if (p.afterSilence || before.end != p.first)
            continue;
        const double from = before.note.midi, to = p.note.midi;
        const double direction = to > from ? 1 : -1;
        const double left = std::max(kLeftNoteSemitones, before.swing + 0.15);
        int k = p.first;
        while (k - 1 > before.first + kShortestSegmentFrames && p.first - (k - 1) <= kGlideFrames) {
            const double here = pitch[size_t(k - 1)], next = pitch[size_t(k)];
            const bool onItsWay =
                (here - from) * direction > left && (next - here) * direction >= 0;
            if (!onItsWay)
                break;
            --k;
        }
        merged[i - 1].end = k;
        p.first = k;
    }
    // A note after silence begins where its pitch is first heard, if faintly: its attack rises
    // out of the noise a frame or two before the frames count as voiced.
    for (int i = 0; i < merged.size(); ++i) {
        Piece& p = merged[i];
        if (!p.afterSilence)
            continue;
        const int earliest = i > 0 ? merged[i - 1].end : 0;
        while (p.first - 1 >= earliest && p.first - 1 >= 0) {
            const PitchFrame& f = track.frames[p.first - 1];
            if (!std::isfinite(f.midi) || f.periodicity < kFaintPeriodicity ||
                std::abs(f.midi - p.note.midi) > 1 || p.first - 1 < 0)
                break;
            --p.first;
        }
    }
    for (Piece& p : merged) {
        p.note.onsetSeconds = track.frames[p.first].timeSeconds;
        p.note.offsetSeconds = track.frames[p.end - 1].timeSeconds + track.hopSeconds;
        if (p.note.durationSeconds() >= kShortestNoteSeconds)
            line.notes.append(p.note);
    }
    return line;
}

SungLine transcribeSamples(const float* samples, qint64 count, int sampleRate)
{
    return segmentNotes(trackPitch(samples, count, sampleRate));
}

bool transcribeAudioFile(const QString& path, SungLine* line, QString* error,
                         const media::StopRequested& stop)
{
    media::MediaInfo info;
    if (!media::probeMedia(path, &info, error))
        return false;
    if (info.durationUs > qint64(kLongestRecordingSeconds * 1e6)) {
        *error = QStringLiteral("%1: %2 minutes long; a melody to transcribe may be at most %3 "
                                "minutes (cut the part you want)")
                     .arg(path)
                     .arg(info.durationUs / 60e6, 0, 'f', 0)
                     .arg(kLongestRecordingSeconds / 60, 0, 'f', 0);
        return false;
    }
    media::AudioBuffer audio;
    if (!media::decodeAudio(path, kPitchSampleRate, 1, &audio, error, stop))
        return false;
    *line = transcribeSamples(audio.samples.data(), qint64(audio.samples.size()), kPitchSampleRate);
    if (line->notes.isEmpty()) {
        *error = QStringLiteral("%1: no notes heard (%2 s of sound with no steady pitch: hum, "
                                "sing, whistle or play a melody)")
                     .arg(path)
                     .arg(line->durationSeconds, 0, 'f', 1);
        return false;
    }
    return true;
}

} // namespace sw::analysis

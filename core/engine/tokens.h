#pragma once
// The composer's language: a REMI-style token encoding of a two-stream score (melody and
// accompaniment) bar by bar, with the plan's per-bar controls written at the head of each bar.
//
//   BAR LEN_q MODE_m SEC_s DENS_d INT_i VAL_v ARO_a ROLES_r
//   (POS_p CHORD_c)*                       chord symbols of the bar (the current one at POS_0)
//   TRACK_MELODY   (POS_p (PITCH_n DUR_VEL_x)+)*
//   TRACK_ACCOMP   (POS_p (PITCH_n DUR_VEL_x)+)*
//
// Pitches and chord roots are relative to the bar's key: every key is moved to C (C major or
// C minor) before encoding, so the model learns one set of patterns for all twelve tonics and any
// key the plan asks for is reached by moving back. Positions are on a grid of 12 per quarter note
// (16ths and triplets), durations come from a fixed set of grid lengths, and each note's velocity
// is one of four levels folded into its duration token (one token fewer per note).
//
// Grouping the tracks inside a bar (all melody, then all accompaniment) lets the sampler
// regenerate one stream of a bar while the other is fed back unchanged.
//
// Infilling (regenerating bars in the middle of a piece) uses the suffix-first order:
//   BOS prefix-bars SUFFIX suffix-bars MIDDLE middle-bars EOS
// so that the model sees what follows the gap before it writes the gap.

#include "music/chord.h"
#include "music/key.h"

#include <QString>
#include <QVector>

namespace sw::engine {

constexpr int kGridPerQuarter = 12;
constexpr int kGridTicks = 480 / kGridPerQuarter; ///< 40 ticks
constexpr int kMaxBarQuarters = 8;
constexpr int kMaxPositions = kMaxBarQuarters * kGridPerQuarter; ///< 96
constexpr int kVelocityLevels = 4;
constexpr int kLevels = 5;       ///< density and intensity levels 0..4
constexpr int kAffectLevels = 3; ///< valence and arousal levels 0..2 (low, middle, high)

enum class Section
{
    Intro,
    Verse,
    Chorus,
    Outro
};
constexpr int kSectionCount = 4;
QString sectionName(Section section);

/// The controls at the head of a bar: what the plan asks of it, or (in training) what the
/// bar of real music shows.
struct BarControls
{
    int quarters = 4; ///< bar length in quarter notes, 1..8
    music::KeyMode mode = music::KeyMode::Major;
    Section section = Section::Verse;
    int density = 2;   ///< 0..4
    int intensity = 2; ///< 0..4
    int valence = 1;   ///< 0..2
    int arousal = 1;   ///< 0..2
    bool melody = true;
    bool accompaniment = true;
    bool operator==(const BarControls& o) const;
};

/// A note on the grid, its pitch relative to the key (tonic moved to C).
struct GridNote
{
    int position = 0; ///< grid units from the bar's start
    int pitch = 60;
    int duration = kGridPerQuarter; ///< grid units
    int velocityLevel = 2;          ///< 0..3
    bool operator==(const GridNote& o) const
    {
        return position == o.position && pitch == o.pitch && duration == o.duration &&
               velocityLevel == o.velocityLevel;
    }
    bool operator<(const GridNote& o) const
    {
        return position != o.position ? position < o.position : pitch < o.pitch;
    }
};

/// A chord symbol on the grid; root relative to the tonic, or root -1 for "no chord".
struct GridChord
{
    int position = 0;
    int root = 0;
    music::ChordQuality quality = music::ChordQuality::Major;
    bool operator==(const GridChord& o) const
    {
        return position == o.position && root == o.root && (root < 0 || quality == o.quality);
    }
};

struct TokenBar
{
    BarControls controls;
    QVector<GridChord> chords;
    QVector<GridNote> melody;
    QVector<GridNote> accompaniment;
    bool operator==(const TokenBar& o) const
    {
        return controls == o.controls && chords == o.chords && melody == o.melody &&
               accompaniment == o.accompaniment;
    }
};

/// The vocabulary: contiguous ranges of token ids, one range per kind.
namespace vocab {
enum Special : int
{
    Pad = 0,
    Bos,
    Eos,
    Bar,
    TrackMelody,
    TrackAccomp,
    Suffix,
    Middle,
    SpecialCount
};
constexpr int kDurationCount = 24;
constexpr int kChordQualities = 13;

constexpr int LenBase = SpecialCount;                    // LEN_1..LEN_8
constexpr int ModeBase = LenBase + kMaxBarQuarters;      // MODE_major, MODE_minor
constexpr int SectionBase = ModeBase + 2;                // SEC_*
constexpr int DensityBase = SectionBase + kSectionCount; // DENS_0..4
constexpr int IntensityBase = DensityBase + kLevels;     // INT_0..4
constexpr int ValenceBase = IntensityBase + kLevels;     // VAL_0..2
constexpr int ArousalBase = ValenceBase + kAffectLevels; // ARO_0..2
constexpr int RolesBase = ArousalBase + kAffectLevels;   // ROLES_0..3 (bit 0 melody, 1 accomp)
constexpr int PositionBase = RolesBase + 4;              // POS_0..95
constexpr int ChordBase = PositionBase + kMaxPositions;  // CHORD_N, then 12 x qualities
constexpr int PitchBase = ChordBase + 1 + 12 * kChordQualities; // PITCH_0..127
constexpr int DurVelBase = PitchBase + 128;                     // DUR_VEL
constexpr int Size = DurVelBase + kDurationCount * kVelocityLevels;

enum class Kind
{
    Special,
    Length,
    Mode,
    Section,
    Density,
    Intensity,
    Valence,
    Arousal,
    Roles,
    Position,
    Chord,
    Pitch,
    DurVel
};
Kind kindOf(int token);
/// "POS_12", "PITCH_64", "CHORD_Am" ... for logs and tests.
QString tokenName(int token);
} // namespace vocab

/// Grid durations a note may have (1 grid unit = a 48th of a whole note).
const QVector<int>& durationSet();
/// The index of the duration in durationSet() closest to `gridUnits`.
int nearestDurationIndex(int gridUnits);
int velocityLevel(int velocity);
int velocityOfLevel(int level);

int positionToken(int position);
int pitchToken(int pitch);
int durVelToken(int gridDuration, int velocityLevel);
int chordToken(int root, music::ChordQuality quality);
void controlTokens(const BarControls& controls, QVector<int>* out);

/// Appends one bar's tokens (controls, chords, melody, accompaniment).
void encodeBar(const TokenBar& bar, QVector<int>* out);
QVector<int> encodeBars(const QVector<TokenBar>& bars);

/// Parses a token sequence back into bars. Tokens that do not fit the grammar where they stand
/// are skipped and counted in `skipped` (sampled sequences are grammatical by construction;
/// the count is a check). Stops at EOS, SUFFIX or MIDDLE.
QVector<TokenBar> decodeBars(const QVector<int>& tokens, int* skipped = nullptr, int from = 0);

} // namespace sw::engine

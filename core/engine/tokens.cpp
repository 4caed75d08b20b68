#include "engine/tokens.h"

#include <algorithm>
#include <cstdlib>

namespace sw::engine {

using namespace vocab;

QString sectionName(Section section)
{
    switch (section) {
    case Section::Intro:
        return QStringLiteral("intro");
    case Section::Verse:
        return QStringLiteral("verse");
    case Section::Chorus:
        return QStringLiteral("chorus");
    case Section::Outro:
        return QStringLiteral("outro");
    }
    return QString();
}

bool BarControls::operator==(const BarControls& o) const
{
    return quarters == o.quarters && mode == o.mode && section == o.section &&
           density == o.density && intensity == o.intensity && valence == o.valence &&
           arousal == o.arousal && melody == o.melody && accompaniment == o.accompaniment;
}

const QVector<int>& durationSet()
{
    // Grid units (12 per quarter): 16ths, triplets and dotted values up to two whole notes.
    static const QVector<int> set{1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 12, 14,
                                  16, 18, 20, 24, 28, 32, 36, 42, 48, 60, 72, 96};
    return set;
}

int nearestDurationIndex(int gridUnits)
{
    const QVector<int>& set = durationSet();
    int best = 0;
    for (int i = 1; i < set.size(); ++i) {
        if (std::abs(set[i] - gridUnits) < std::abs(set[best] - gridUnits))
            best = i;
    }
    return best;
}

// Velocity levels: the bins split POP909's note velocities roughly into quarters.
int velocityLevel(int velocity)
{
    if (velocity < 68)
        return 0;
    if (velocity < 84)
        return 1;
    if (velocity < 100)
        return 2;
    return 3;
}

int velocityOfLevel(int level)
{
    static const int velocities[kVelocityLevels] = {58, 76, 92, 108};
    return velocities[std::clamp(level, 0, kVelocityLevels - 1)];
}

int positionToken(int position)
{
    return PositionBase + std::clamp(position, 0, kMaxPositions - 1);
}

int pitchToken(int pitch)
{
    return PitchBase + std::clamp(pitch, 0, 127);
}

int durVelToken(int gridDuration, int level)
{
    return DurVelBase + nearestDurationIndex(gridDuration) * kVelocityLevels +
           std::clamp(level, 0, kVelocityLevels - 1);
}

int chordToken(int root, music::ChordQuality quality)
{
    if (root < 0)
        return ChordBase;
    return ChordBase + 1 + (root % 12) * kChordQualities + static_cast<int>(quality);
}

void controlTokens(const BarControls& c, QVector<int>* out)
{
    out->append(LenBase + std::clamp(c.quarters, 1, kMaxBarQuarters) - 1);
    out->append(ModeBase + (c.mode == music::KeyMode::Minor ? 1 : 0));
    out->append(SectionBase + static_cast<int>(c.section));
    out->append(DensityBase + std::clamp(c.density, 0, kLevels - 1));
    out->append(IntensityBase + std::clamp(c.intensity, 0, kLevels - 1));
    out->append(ValenceBase + std::clamp(c.valence, 0, kAffectLevels - 1));
    out->append(ArousalBase + std::clamp(c.arousal, 0, kAffectLevels - 1));
    out->append(RolesBase + (c.melody ? 1 : 0) + (c.accompaniment ? 2 : 0));
}

static void encodeNotes(QVector<GridNote> notes, QVector<int>* out)
{
    std::sort(notes.begin(), notes.end());
    int lastPosition = -1;
    for (const GridNote& n : notes) {
        if (n.position != lastPosition) {
            out->append(positionToken(n.position));
            lastPosition = n.position;
        }
        out->append(pitchToken(n.pitch));
        out->append(durVelToken(n.duration, n.velocityLevel));
    }
}

void encodeBar(const TokenBar& bar, QVector<int>* out)
{
    out->append(Bar);
    controlTokens(bar.controls, out);
    for (const GridChord& c : bar.chords) {
        out->append(positionToken(c.position));
        out->append(chordToken(c.root, c.quality));
    }
    out->append(TrackMelody);
    encodeNotes(bar.melody, out);
    out->append(TrackAccomp);
    encodeNotes(bar.accompaniment, out);
}

QVector<int> encodeBars(const QVector<TokenBar>& bars)
{
    QVector<int> out;
    for (const TokenBar& b : bars)
        encodeBar(b, &out);
    return out;
}

Kind vocab::kindOf(int t)
{
    if (t < LenBase)
        return Kind::Special;
    if (t < ModeBase)
        return Kind::Length;
    if (t < SectionBase)
        return Kind::Mode;
    if (t < DensityBase)
        return Kind::Section;
    if (t < IntensityBase)
        return Kind::Density;
    if (t < ValenceBase)
        return Kind::Intensity;
    if (t < ArousalBase)
        return Kind::Valence;
    if (t < RolesBase)
        return Kind::Arousal;
    if (t < PositionBase)
        return Kind::Roles;
    if (t < ChordBase)
        return Kind::Position;
    if (t < PitchBase)
        return Kind::Chord;
    if (t < DurVelBase)
        return Kind::Pitch;
    return Kind::DurVel;
}

QString vocab::tokenName(int t)
{
    static const char* specials[] = {"PAD",          "BOS",          "EOS",    "BAR",
                                     "TRACK_MELODY", "TRACK_ACCOMP", "SUFFIX", "MIDDLE"};
    switch (kindOf(t)) {
    case Kind::Special:
        return QString::fromLatin1(specials[t]);
    case Kind::Length:
        return QStringLiteral("LEN_%1").arg(t - LenBase + 1);
    case Kind::Mode:
        return t == ModeBase ? QStringLiteral("MODE_major") : QStringLiteral("MODE_minor");
    case Kind::Section:
        return QStringLiteral("SEC_") + sectionName(static_cast<Section>(t - SectionBase));
    case Kind::Density:
        return QStringLiteral("DENS_%1").arg(t - DensityBase);
    case Kind::Intensity:
        return QStringLiteral("INT_%1").arg(t - IntensityBase);
    case Kind::Valence:
        return QStringLiteral("VAL_%1").arg(t - ValenceBase);
    case Kind::Arousal:
        return QStringLiteral("ARO_%1").arg(t - ArousalBase);
    case Kind::Roles:
        return QStringLiteral("ROLES_%1").arg(t - RolesBase);
    case Kind::Position:
        return QStringLiteral("POS_%1").arg(t - PositionBase);
    case Kind::Chord: {
        if (t == ChordBase)
            return QStringLiteral("CHORD_N");
        music::ChordSymbol c;
        c.root = (t - ChordBase - 1) / kChordQualities;
        c.quality = static_cast<music::ChordQuality>((t - ChordBase - 1) % kChordQualities);
        return QStringLiteral("CHORD_") + c.name();
    }
    case Kind::Pitch:
        return QStringLiteral("PITCH_%1").arg(t - PitchBase);
    case Kind::DurVel:
        return QStringLiteral("DUR_%1_VEL_%2")
            .arg(durationSet()[(t - DurVelBase) / kVelocityLevels])
            .arg((t - DurVelBase) % kVelocityLevels);
    }
    return QString();
}

QVector<TokenBar> decodeBars(const QVector<int>& tokens, int* skipped, int from)
{
    enum class Stage
    {
        None,
        Header,
        Chords,
        Melody,
        Accomp
    };
    QVector<TokenBar> bars;
    Stage stage = Stage::None;
    int position = 0;
    int pendingPitch = -1;
    int headerIndex = 0;
    int bad = 0;
    for (int i = from; i < tokens.size(); ++i) {
        const int t = tokens[i];
        const Kind kind = kindOf(t);
        if (t == Eos || t == Suffix || t == Middle)
            break;
        if (t == Bos || t == Pad)
            continue;
        if (t == Bar) {
            bars.append(TokenBar());
            stage = Stage::Header;
            headerIndex = 0;
            position = 0;
            pendingPitch = -1;
            continue;
        }
        if (stage == Stage::None) {
            ++bad;
            continue;
        }
        TokenBar& bar = bars.last();
        BarControls& c = bar.controls;
        if (stage == Stage::Header && headerIndex < 8) {
            static const Kind order[8] = {Kind::Length,  Kind::Mode,      Kind::Section,
                                          Kind::Density, Kind::Intensity, Kind::Valence,
                                          Kind::Arousal, Kind::Roles};
            if (kind != order[headerIndex]) {
                ++bad;
                continue;
            }
            switch (kind) {
            case Kind::Length:
                c.quarters = t - LenBase + 1;
                break;
            case Kind::Mode:
                c.mode = t == ModeBase ? music::KeyMode::Major : music::KeyMode::Minor;
                break;
            case Kind::Section:
                c.section = static_cast<Section>(t - SectionBase);
                break;
            case Kind::Density:
                c.density = t - DensityBase;
                break;
            case Kind::Intensity:
                c.intensity = t - IntensityBase;
                break;
            case Kind::Valence:
                c.valence = t - ValenceBase;
                break;
            case Kind::Arousal:
                c.arousal = t - ArousalBase;
                break;
            default:
                c.melody = (t - RolesBase) & 1;
                c.accompaniment = (t - RolesBase) & 2;
                break;
            }
            if (++headerIndex == 8)
                stage = Stage::Chords;
            continue;
        }
        if (t == TrackMelody && (stage == Stage::Chords)) {
            stage = Stage::Melody;
            pendingPitch = -1;
            continue;
        }
        if (t == TrackAccomp && stage == Stage::Melody) {
            stage = Stage::Accomp;
            pendingPitch = -1;
            continue;
        }
        if (kind == Kind::Position && stage != Stage::Header) {
            position = t - PositionBase;
            pendingPitch = -1;
            continue;
        }
        if (kind == Kind::Chord && stage == Stage::Chords) {
            GridChord chord;
            chord.position = position;
            if (t == ChordBase) {
                chord.root = -1;
            } else {
                chord.root = (t - ChordBase - 1) / kChordQualities;
                chord.quality =
                    static_cast<music::ChordQuality>((t - ChordBase - 1) % kChordQualities);
            }
            bar.chords.append(chord);
            continue;
        }
        if (kind == Kind::Pitch && (stage == Stage::Melody || stage == Stage::Accomp) &&
            pendingPitch < 0) {
            pendingPitch = t - PitchBase;
            continue;
        }
        if (kind == Kind::DurVel && pendingPitch >= 0) {
            GridNote n;
            n.position = position;
            n.pitch = pendingPitch;
            n.duration = durationSet()[(t - DurVelBase) / kVelocityLevels];
            n.velocityLevel = (t - DurVelBase) % kVelocityLevels;
            (stage == Stage::Melody ? bar.melody : bar.accompaniment).append(n);
            pendingPitch = -1;
            continue;
        }
        ++bad;
    }
    if (skipped)
        *skipped = bad;
    return bars;
}

} // namespace sw::engine

#include "music/track.h"

#include <algorithm>

namespace sw::music {

QString trackRoleName(TrackRole role)
{
    switch (role) {
    case TrackRole::Melody:
        return QStringLiteral("melody");
    case TrackRole::Chords:
        return QStringLiteral("chords");
    case TrackRole::Bass:
        return QStringLiteral("bass");
    case TrackRole::Drums:
        return QStringLiteral("drums");
    case TrackRole::Vocal:
        return QStringLiteral("vocal");
    case TrackRole::Other:
        break;
    }
    return QStringLiteral("other");
}

bool parseTrackRole(const QString& name, TrackRole* role)
{
    for (TrackRole r : {TrackRole::Melody, TrackRole::Chords, TrackRole::Bass, TrackRole::Drums,
                        TrackRole::Vocal, TrackRole::Other}) {
        if (trackRoleName(r) == name) {
            *role = r;
            return true;
        }
    }
    return false;
}

void Track::sortNotes()
{
    std::stable_sort(notes.begin(), notes.end(), [](const Note& a, const Note& b) {
        if (a.startTick != b.startTick)
            return a.startTick < b.startTick;
        return a.pitch < b.pitch;
    });
    std::stable_sort(
        controls.begin(), controls.end(),
        [](const ControlChange& a, const ControlChange& b) { return a.tick < b.tick; });
}

qint64 Track::endTick() const
{
    qint64 end = 0;
    for (const Note& n : notes)
        end = std::max(end, n.endTick());
    return end;
}

QString generalMidiProgramName(int program, bool drumKit)
{
    if (drumKit) {
        switch (program) {
        case 8:
            return QStringLiteral("Room Kit");
        case 16:
            return QStringLiteral("Power Kit");
        case 24:
            return QStringLiteral("Electronic Kit");
        case 25:
            return QStringLiteral("TR-808 Kit");
        case 32:
            return QStringLiteral("Jazz Kit");
        case 40:
            return QStringLiteral("Brush Kit");
        case 48:
            return QStringLiteral("Orchestra Kit");
        default:
            return QStringLiteral("Standard Kit");
        }
    }
    static const char* const kNames[128] = {"Acoustic Grand Piano",
                                            "Bright Acoustic Piano",
                                            "Electric Grand Piano",
                                            "Honky-tonk Piano",
                                            "Electric Piano 1",
                                            "Electric Piano 2",
                                            "Harpsichord",
                                            "Clavinet",
                                            "Celesta",
                                            "Glockenspiel",
                                            "Music Box",
                                            "Vibraphone",
                                            "Marimba",
                                            "Xylophone",
                                            "Tubular Bells",
                                            "Dulcimer",
                                            "Drawbar Organ",
                                            "Percussive Organ",
                                            "Rock Organ",
                                            "Church Organ",
                                            "Reed Organ",
                                            "Accordion",
                                            "Harmonica",
                                            "Tango Accordion",
                                            "Acoustic Guitar (nylon)",
                                            "Acoustic Guitar (steel)",
                                            "Electric Guitar (jazz)",
                                            "Electric Guitar (clean)",
                                            "Electric Guitar (muted)",
                                            "Overdriven Guitar",
                                            "Distortion Guitar",
                                            "Guitar Harmonics",
                                            "Acoustic Bass",
                                            "Electric Bass (finger)",
                                            "Electric Bass (pick)",
                                            "Fretless Bass",
                                            "Slap Bass 1",
                                            "Slap Bass 2",
                                            "Synth Bass 1",
                                            "Synth Bass 2",
                                            "Violin",
                                            "Viola",
                                            "Cello",
                                            "Contrabass",
                                            "Tremolo Strings",
                                            "Pizzicato Strings",
                                            "Orchestral Harp",
                                            "Timpani",
                                            "String Ensemble 1",
                                            "String Ensemble 2",
                                            "Synth Strings 1",
                                            "Synth Strings 2",
                                            "Choir Aahs",
                                            "Voice Oohs",
                                            "Synth Voice",
                                            "Orchestra Hit",
                                            "Trumpet",
                                            "Trombone",
                                            "Tuba",
                                            "Muted Trumpet",
                                            "French Horn",
                                            "Brass Section",
                                            "Synth Brass 1",
                                            "Synth Brass 2",
                                            "Soprano Sax",
                                            "Alto Sax",
                                            "Tenor Sax",
                                            "Baritone Sax",
                                            "Oboe",
                                            "English Horn",
                                            "Bassoon",
                                            "Clarinet",
                                            "Piccolo",
                                            "Flute",
                                            "Recorder",
                                            "Pan Flute",
                                            "Blown Bottle",
                                            "Shakuhachi",
                                            "Whistle",
                                            "Ocarina",
                                            "Lead 1 (square)",
                                            "Lead 2 (sawtooth)",
                                            "Lead 3 (calliope)",
                                            "Lead 4 (chiff)",
                                            "Lead 5 (charang)",
                                            "Lead 6 (voice)",
                                            "Lead 7 (fifths)",
                                            "Lead 8 (bass + lead)",
                                            "Pad 1 (new age)",
                                            "Pad 2 (warm)",
                                            "Pad 3 (polysynth)",
                                            "Pad 4 (choir)",
                                            "Pad 5 (bowed)",
                                            "Pad 6 (metallic)",
                                            "Pad 7 (halo)",
                                            "Pad 8 (sweep)",
                                            "FX 1 (rain)",
                                            "FX 2 (soundtrack)",
                                            "FX 3 (crystal)",
                                            "FX 4 (atmosphere)",
                                            "FX 5 (brightness)",
                                            "FX 6 (goblins)",
                                            "FX 7 (echoes)",
                                            "FX 8 (sci-fi)",
                                            "Sitar",
                                            "Banjo",
                                            "Shamisen",
                                            "Koto",
                                            "Kalimba",
                                            "Bagpipe",
                                            "Fiddle",
                                            "Shanai",
                                            "Tinkle Bell",
                                            "Agogo",
                                            "Steel Drums",
                                            "Woodblock",
                                            "Taiko Drum",
                                            "Melodic Tom",
                                            "Synth Drum",
                                            "Reverse Cymbal",
                                            "Guitar Fret Noise",
                                            "Breath Noise",
                                            "Seashore",
                                            "Bird Tweet",
                                            "Telephone Ring",
                                            "Helicopter",
                                            "Applause",
                                            "Gunshot"};
    if (program < 0 || program > 127)
        return QStringLiteral("Program %1").arg(program);
    return QString::fromLatin1(kNames[program]);
}

} // namespace sw::music
